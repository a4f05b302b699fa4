// POST /api/v1/import?filename=orders.csv[&marketplace=US][&lang=zh-CN]: imports ONE uploaded file (the
// raw file as the request body, any content type, no multipart) into the caller's account, like
// `clearway import FILE --json`: the body is streamed to a temporary file (at most IMPORT_BODY_LIMIT
// bytes, else 413), importFiles reads it (kind detected from its header), and the answer is the
// CONTRACT.md import summary with `file` set to the uploaded filename. A file with any rejected row
// stores nothing; the answer is still 200 with `ok: false` and the rejections (as the CLI prints its
// JSON and exits 2).
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { MARKETPLACES } from '../../core/catalog/marketplace.js';
import { defineMessages, LANGS } from '../../core/messages/messages.js';
import { importFiles } from '../../app/import.js';
import { KEY_SECURITY, type ApiRoutes } from '../context.js';
import { ErrorBody, sendError } from '../errors.js';

/** The largest file one upload may carry (a year of All Orders of a big seller fits). */
export const IMPORT_BODY_LIMIT = 256 * 1024 * 1024;

const M = defineMessages({
  API_IMPORT_TOO_LARGE: {
    en: 'The file is larger than {limit} MiB; import it with "clearway import" instead.',
    zh: '文件大于 {limit} MiB，请改用 "clearway import" 导入。',
  },
  API_IMPORT_EMPTY: {
    en: 'The request body is empty: send the file itself as the body.',
    zh: '请求体为空：请把文件本身作为请求体发送。',
  },
  API_IMPORT_BAD_FILENAME: {
    en: 'filename "{filename}" is not a file name.',
    zh: 'filename "{filename}" 不是有效的文件名。',
  },
});

const Issue = z.object({
  line: z.number().int().nullable(),
  column: z.string().nullable(),
  code: z.string(),
  reason: z.string().describe('In the language asked with `lang`'),
});

export const ImportSummaryBody = z
  .object({
    ok: z.boolean().describe('False when a row was rejected: nothing of the file was stored'),
    files: z.array(
      z.object({
        file: z.string().describe('The uploaded filename'),
        kind: z.string().nullable(),
        rows: z.number().int(),
        added: z.number().int(),
        updated: z.number().int(),
        duplicates: z.number().int(),
        warnings: z.array(Issue),
        rejected: z.array(Issue).describe('At most 100; `rejectedMore` counts the others'),
        rejectedMore: z.number().int(),
      }),
    ),
  })
  .describe('Import summary (CONTRACT.md `clearway import --json`)');

const Query = z.object({
  filename: z.string().min(1).max(255).describe('Name of the uploaded file, shown in the summary'),
  marketplace: z.enum(MARKETPLACES).optional().describe('Marketplace of rows that do not say it'),
  lang: z.enum(LANGS).optional().describe('Language of the reasons (default en)'),
});

/** The uploaded name reduced to a safe base name, or null when nothing usable is left. */
export function safeFilename(name: string): string | null {
  const base = basename(name.replace(/\\/g, '/'))
    .replace(/[^\w.\- ]+/g, '_')
    .trim();
  return base === '' || /^\.+$/.test(base) ? null : base.slice(0, 200);
}

export class TooLarge extends Error {}

/** Passes bytes through, failing with TooLarge once more than `limit` went by. */
export function byteLimit(limit: number): Transform & { bytes: number } {
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      counter.bytes += chunk.length;
      if (counter.bytes > limit) done(new TooLarge());
      else done(null, chunk);
    },
  }) as Transform & { bytes: number };
  counter.bytes = 0;
  return counter;
}

export const importRoutes: ApiRoutes = async (api, { store }) => {
  // This plugin's scope only: every body arrives as the raw stream, whatever its content type.
  api.removeAllContentTypeParsers();
  api.addContentTypeParser('*', (_request, payload, done) => done(null, payload));

  api.post(
    '/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        summary: 'Import one report or fact file (the raw file as the body)',
        description:
          'Send the file itself as the request body (e.g. `curl --data-binary @orders.csv ' +
          "'…/api/v1/import?filename=orders.csv'`). Its kind is detected from its header, as by " +
          `\`clearway import\`. At most ${IMPORT_BODY_LIMIT / 1024 / 1024} MiB.`,
        tags: ['import'],
        security: KEY_SECURITY,
        querystring: Query,
        response: { 200: ImportSummaryBody, 400: ErrorBody, 401: ErrorBody, 413: ErrorBody },
      },
    },
    async (request, reply) => {
      const { filename, marketplace, lang } = request.query;
      const name = safeFilename(filename);
      if (name === null) return sendError(reply, 400, 'BAD_REQUEST', M.API_IMPORT_BAD_FILENAME, { filename });
      const body = request.body as Readable | undefined;
      const dir = await mkdtemp(join(tmpdir(), 'clearway-upload-'));
      try {
        const path = join(dir, name);
        const counter = byteLimit(IMPORT_BODY_LIMIT);
        if (body) {
          try {
            await pipeline(body, counter, createWriteStream(path));
          } catch (error) {
            if (error instanceof TooLarge) {
              reply.header('connection', 'close');
              return sendError(reply, 413, 'PAYLOAD_TOO_LARGE', M.API_IMPORT_TOO_LARGE, {
                limit: IMPORT_BODY_LIMIT / 1024 / 1024,
              });
            }
            throw error;
          }
        }
        if (counter.bytes === 0) return sendError(reply, 400, 'BAD_REQUEST', M.API_IMPORT_EMPTY);
        const summary = await importFiles(store, request.account, [path], {
          marketplace: marketplace ?? null,
          at: Date.now(),
          lang: lang ?? 'en',
        });
        const files = summary.files.map((f) => ({
          ...f,
          file: name,
          warnings: [...f.warnings],
          rejected: [...f.rejected],
        }));
        return { ok: files.every((f) => f.rejected.length === 0 && f.rejectedMore === 0), files };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
};
