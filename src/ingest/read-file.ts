// Reads one fact file in a stream (bounded by the facts it yields, not by the file: 1,000,000-row files
// are fine): detects its kind from the header, converts every row, and collects every rejected row.
// UTF-8 with or without BOM, LF or CRLF, comma- or tab-separated. A file with any issue yields no facts.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { CsvError, parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import type { FactKind, FactsByKind } from '../core/catalog/facts.js';
import type { FactBatch } from '../store/types.js';
import { INGEST } from './messages.js';
import type { FactSink, IngestContext, Issue, Reader } from './reader.js';
import { detectReader, READERS } from './registry.js';
import { Row } from './row.js';

export interface ReadOptions {
  readonly readers?: readonly Reader[];
  /** Rejections listed in full; the rest are only counted (default 100). */
  readonly maxIssues?: number;
  /** Called every `progressEvery` data rows (default 100,000) with the rows read so far. */
  readonly onProgress?: (rows: number) => void;
  readonly progressEvery?: number;
}

export interface FileRead {
  /** The reader's kind; for an unrecognised header the closest kind, or null. */
  readonly kind: string | null;
  /** Data rows read (blank lines not counted). */
  readonly rows: number;
  /** The facts of the file; empty when anything was rejected. */
  readonly batch: FactBatch;
  readonly rejected: readonly Issue[];
  /** Rejections beyond `maxIssues`, counted but not listed. */
  readonly rejectedMore: number;
  readonly warnings: readonly Issue[];
}

export interface FileHead {
  readonly delimiter: ',' | '\t';
  /** Header names, trimmed; [] for an empty file. */
  readonly header: readonly string[];
}

const HEAD_BYTES = 64 * 1024;

/** The delimiter and header of a file, from its first line (for detecting kinds before reading). */
export async function readHead(path: string): Promise<FileHead> {
  const handle = await open(path, 'r');
  let text: string;
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    text = buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
  const first = (text.replace(/^\uFEFF/, '').split('\n')[0] ?? '').replace(/\r$/, '');
  const tabs = first.split('\t').length;
  const delimiter = tabs > first.split(',').length ? '\t' : ',';
  if (first.trim() === '') return { delimiter, header: [] };
  try {
    const [cells = []] = parseSync(first, { delimiter, relax_quotes: true }) as string[][];
    return { delimiter, header: cells.map((c) => c.trim()) };
  } catch {
    return { delimiter, header: first.split(delimiter).map((c) => c.trim()) };
  }
}

/** Collects rejections, listing at most `max` of them. */
class IssueList {
  readonly listed: Issue[] = [];
  more = 0;
  constructor(private readonly max: number) {}
  add(issue: Issue): void {
    if (this.listed.length < this.max) this.listed.push(issue);
    else this.more++;
  }
  get any(): boolean {
    return this.listed.length > 0;
  }
}

/** Accumulates facts by kind until the first rejection; then drops them (nothing will be stored). */
class BatchBuilder implements FactSink {
  private facts: { [K in FactKind]?: FactsByKind[K][] } | null = {};
  add<K extends FactKind>(kind: K, fact: FactsByKind[K]): void {
    if (!this.facts) return;
    const list: FactsByKind[K][] = (this.facts[kind] ??= []);
    list.push(fact);
  }
  discard(): void {
    this.facts = null;
  }
  get batch(): FactBatch {
    return (this.facts ?? {}) as FactBatch;
  }
}

interface HeaderCheck {
  readonly reader: Reader | null;
  /** The reader's kind, or the closest kind of an unrecognised header. */
  readonly kind: string | null;
  readonly issues: Issue[];
  readonly warnings: Issue[];
}

function checkHeader(header: readonly string[], readers: readonly Reader[]): HeaderCheck {
  const issue = (column: string | null, code: string, values: Issue['values'] = {}): Issue => ({
    line: 1,
    column,
    code,
    values,
  });
  if (header.length === 0)
    return { reader: null, kind: null, issues: [issue(null, INGEST.IMPORT_EMPTY_FILE)], warnings: [] };
  const issues = header
    .filter((column, i) => column !== '' && header.indexOf(column) !== i)
    .map((column) => issue(column, INGEST.IMPORT_DUPLICATE_COLUMN));
  const detection = detectReader(header, readers);
  if (detection.reader === null) {
    const closest = detection.closest;
    if (!closest) {
      issues.push(issue(null, INGEST.IMPORT_UNKNOWN_HEADER, { header: header.slice(0, 6).join(', ') }));
      return { reader: null, kind: null, issues, warnings: [] };
    }
    const kind = closest.reader.kind;
    issues.push(...closest.fit.missing.map((column) => issue(column, INGEST.IMPORT_MISSING_COLUMN, { kind })));
    return { reader: null, kind, issues, warnings: [] };
  }
  const kind = detection.reader.kind;
  const warnings = detection.fit.ignored
    .filter((column) => column !== '')
    .map((column) => issue(column, INGEST.IMPORT_IGNORED_COLUMN, { kind }));
  return { reader: detection.reader, kind, issues, warnings };
}

function newlinesIn(cells: readonly string[]): number {
  let n = 0;
  for (const cell of cells) {
    for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) n++;
  }
  return n;
}

/** Reads a whole fact file; see FileRead. Throws only when the file cannot be opened or read. */
export async function readFactFile(path: string, context: IngestContext, options: ReadOptions = {}): Promise<FileRead> {
  const readers = options.readers ?? READERS;
  const progressEvery = options.progressEvery ?? 100_000;
  const head = await readHead(path);
  const issues = new IssueList(options.maxIssues ?? 100);
  const found = checkHeader(head.header, readers);
  found.issues.forEach((issue) => issues.add(issue));
  const result = (rows: number, batch: FactBatch): FileRead => ({
    kind: found.kind,
    rows,
    batch,
    rejected: issues.listed,
    rejectedMore: issues.more,
    warnings: found.warnings,
  });
  if (!found.reader || issues.any) return result(0, {});

  const columnIndex = new Map(head.header.map((name, i) => [name, i] as const));
  const width = head.header.length;
  const convert = found.reader.start(context);
  const builder = new BatchBuilder();
  const parser = createReadStream(path).pipe(
    parse({ bom: true, delimiter: head.delimiter, relax_column_count: true, skip_empty_lines: false }),
  );
  let rows = 0;
  // Line numbers are counted here (csv-parse's per-record `info` costs a third of the parse time):
  // each record ends one line, plus the line breaks inside its quoted cells; blank lines come as [''].
  let line = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      const start = line + 1;
      line = start + newlinesIn(record);
      if (start === 1) continue; // the header, read by readHead
      // A row of empty cells (",,,," as spreadsheets write them) is a blank line.
      if (record.every((cell) => cell.trim() === '')) continue;
      rows++;
      if (options.onProgress && rows % progressEvery === 0) options.onProgress(rows);
      if (record.length < width || record.slice(width).some((cell) => cell.trim() !== '')) {
        const values = { count: record.length, expected: width };
        issues.add({ line: start, column: null, code: INGEST.IMPORT_FIELD_COUNT, values });
        builder.discard();
        continue;
      }
      const row = new Row(start, record, columnIndex);
      const pending = convert(row, builder);
      if (pending) await pending;
      if (row.failed) {
        // In header order, whatever order the reader checked the cells in.
        const at = (issue: Issue) => (issue.column === null ? -1 : (columnIndex.get(issue.column) ?? width));
        row.issues.sort((a, b) => at(a) - at(b)).forEach((issue) => issues.add(issue));
        builder.discard();
      }
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const errorLine = (error as CsvError & { lines?: number }).lines ?? null;
    issues.add({ line: errorLine, column: null, code: INGEST.IMPORT_CSV_SYNTAX, values: { detail: error.message } });
    builder.discard();
  }
  return result(rows, issues.any ? {} : builder.batch);
}
