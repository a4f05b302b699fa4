// The one error shape of the HTTP API: { "error": { "code", "message", "messageZh" } }, and the
// handlers that turn validation failures, unknown routes and bugs into it.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { tBoth } from '../core/messages/messages.js';
import { API_MESSAGES } from './messages.js';

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().describe('Stable machine code, e.g. UNKNOWN_SKU'),
      message: z.string().describe('English message'),
      messageZh: z.string().describe('Simplified Chinese message'),
    }),
  })
  .describe('An error');
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Error body for a machine `code`, worded by the catalogue message `messageCode`. */
export function errorBody(
  code: string,
  messageCode: string,
  values: Readonly<Record<string, unknown>> = {},
): ErrorBody {
  const { en, zh } = tBoth(messageCode, values);
  return { error: { code, message: en, messageZh: zh } };
}

/** Sends an error answer with its HTTP status. */
export function sendError(
  reply: FastifyReply,
  status: number,
  code: string,
  messageCode: string,
  values: Readonly<Record<string, unknown>> = {},
): FastifyReply {
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send(errorBody(code, messageCode, values));
}

/** Installs the not-found and error handlers of the whole server (root scope). */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) =>
    sendError(reply, 404, 'NOT_FOUND', API_MESSAGES.API_NOT_FOUND, { method: request.method, url: request.url }),
  );

  app.setErrorHandler((error, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const reason = error.validation
        .map((issue) => `${issue.instancePath || '/'} ${issue.message ?? ''}`.trim())
        .join('; ');
      return sendError(reply, 400, 'BAD_REQUEST', API_MESSAGES.API_BAD_REQUEST, { reason });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response does not match its schema');
      return sendError(reply, 500, 'INTERNAL_ERROR', API_MESSAGES.API_INTERNAL_ERROR);
    }
    const status = (error as { statusCode?: unknown }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      // Fastify's own client errors (malformed JSON, body too large, …).
      const reason = error instanceof Error ? error.message : String(error);
      return sendError(reply, status, 'BAD_REQUEST', API_MESSAGES.API_BAD_REQUEST, { reason });
    }
    request.log.error({ err: error }, 'request failed');
    return sendError(reply, 500, 'INTERNAL_ERROR', API_MESSAGES.API_INTERNAL_ERROR);
  });
}
