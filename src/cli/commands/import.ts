// `clearway import [--encoding E] FILE…`: imports fact files and Amazon reports (a folder: every .csv
// in it). Prints one table row per file (or the CONTRACT.md JSON with --json); every rejection goes to
// stderr as `file:line: column C: reason`; exit 2 when any file was rejected (nothing of it stored).
// `--encoding` (utf8, windows-31j, windows-1252 …) overrides the detected encoding of every file.
import type { Command } from 'commander';
import { defineMessages, t, type Lang } from '../../core/messages/messages.js';
import { isKnownEncoding } from '../../ingest/encoding.js';
import { importFiles, type ImportFileSummary, type ImportIssue } from '../../app/import.js';
import { CliExit, EXIT, type GlobalOptions } from '../context.js';
import { CLI } from '../messages.js';
import { renderTable } from '../render.js';
import { withStore } from '../store.js';

const M = defineMessages({
  CLI_IMPORT_BAD_ENCODING: {
    en: '--encoding {encoding} is not an encoding clearway can read (e.g. utf8, windows-31j, windows-1252)',
    zh: '--encoding {encoding} 不是 clearway 能读取的编码（例如 utf8、windows-31j、windows-1252）',
  },
});

function where(file: string, issue: ImportIssue): string {
  return issue.line === null ? file : `${file}:${issue.line}`;
}

function what(issue: ImportIssue, lang: Lang): string {
  if (issue.column === null) return issue.reason;
  return t(CLI.CLI_IMPORT_ISSUE_COLUMN, { column: issue.column, reason: issue.reason }, lang);
}

/** `orders.csv:7: column at: "2026-13-01" is not a date …` (line and column left out when unknown). */
export function issueLine(file: string, issue: ImportIssue, lang: Lang): string {
  return `${where(file, issue)}: ${what(issue, lang)}`;
}

function stderrLines(file: ImportFileSummary, lang: Lang): string[] {
  const lines = file.rejected.map((issue) => issueLine(file.file, issue, lang));
  if (file.rejectedMore > 0) lines.push(`${file.file}: ${t(CLI.CLI_IMPORT_MORE, { count: file.rejectedMore }, lang)}`);
  for (const warning of file.warnings) {
    lines.push(`${where(file.file, warning)}: ${t(CLI.CLI_IMPORT_WARNING, { text: what(warning, lang) }, lang)}`);
  }
  return lines;
}

function table(files: readonly ImportFileSummary[], lang: Lang): string {
  const headers = [
    CLI.CLI_COL_FILE,
    CLI.CLI_COL_KIND,
    CLI.CLI_COL_ROWS,
    CLI.CLI_COL_ADDED,
    CLI.CLI_COL_UPDATED,
    CLI.CLI_COL_DUPLICATES,
    CLI.CLI_COL_REJECTED,
  ].map((code) => t(code, {}, lang));
  const rows = files.map((f) => [
    f.file,
    f.kind,
    f.rows,
    f.added,
    f.updated,
    f.duplicates,
    f.rejected.length + f.rejectedMore,
  ]);
  return renderTable(headers, rows);
}

export function register(program: Command, globals: () => GlobalOptions): void {
  program
    .command('import')
    .description(t(CLI.CLI_IMPORT_DESCRIPTION))
    .argument('<files...>', 'fact files or folders')
    .option('--encoding <name>', 'character encoding of the files (default: detected per file)')
    .action(async (paths: string[], options: { encoding?: string }) => {
      const g = globals();
      const lang = g.lang;
      const encoding = options.encoding ?? null;
      if (encoding !== null && !isKnownEncoding(encoding)) {
        throw new CliExit(EXIT.badInput, t(M.CLI_IMPORT_BAD_ENCODING, { encoding }, lang));
      }
      const summary = await withStore(g, (store) =>
        importFiles(store, g.account, paths, {
          marketplace: g.marketplace,
          at: g.at,
          lang,
          encoding,
          onProgress: (file, rows) => process.stderr.write(`${t(CLI.CLI_IMPORT_PROGRESS, { file, rows }, lang)}\n`),
        }),
      );
      if (summary.files.length === 0) {
        throw new CliExit(EXIT.badInput, t(CLI.CLI_IMPORT_NO_FILES, { paths: paths.join(', ') }, lang));
      }
      process.stdout.write(g.json ? `${JSON.stringify(summary)}\n` : table(summary.files, lang));
      const lines = summary.files.flatMap((file) => stderrLines(file, lang));
      if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
      const rejected = summary.files.filter((f) => f.rejected.length > 0).length;
      if (rejected > 0) {
        throw new CliExit(
          EXIT.badInput,
          t(CLI.CLI_IMPORT_REJECTED, { count: rejected, total: summary.files.length }, lang),
        );
      }
    });
}
