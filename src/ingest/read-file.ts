// Reads one fact file as a stream (memory bounded by a batch of facts, not by the file: 1,000,000-line
// files are fine): detects its encoding and kind from its head, converts every row, yields the facts in
// batches and collects every rejected row. UTF-8 with or without BOM, UTF-16 with BOM, Windows-31J and
// Windows-1252 (encoding.ts); LF or CRLF, with or without a final newline; comma- or tab-separated.
// Amazon flat files (Reader.unquoted) are split on tabs and line breaks only. Once a row is rejected
// no batch is yielded any more (the caller stores nothing of the file), but reading goes on to report
// every rejected row.
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import type { FactKind, FactsByKind } from '../core/catalog/facts.js';
import type { Marketplace } from '../core/catalog/marketplace.js';
import type { FactBatch } from '../store/types.js';
import { decodeBytes, detectEncoding, textStream, type FileEncoding } from './encoding.js';
import { INGEST } from './messages.js';
import type { FactSink, FileConverter, IngestContext, Issue, Reader, SnapshotRows } from './reader.js';
import { detectReader, READERS } from './registry.js';
import { Row } from './row.js';

export interface ReadOptions {
  readonly readers?: readonly Reader[];
  /** Rejections listed in full; the rest are only counted (default 100). */
  readonly maxIssues?: number;
  /** Called every `progressEvery` data rows (default 100,000) with the rows read so far. */
  readonly onProgress?: (rows: number) => void;
  readonly progressEvery?: number;
  /** `--encoding`: the file's character encoding (detected when absent). */
  readonly encoding?: string | null;
  /** Data rows whose facts make one yielded batch (default 5,000). */
  readonly batchRows?: number;
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

/** The end of a streamed file: what FileRead says, without the facts (they were yielded). */
export interface FileEnd extends Omit<FileRead, 'batch'> {
  /** The snapshots the file held (Amazon inventory reports), for the truncated-report warning. */
  readonly snapshots: readonly SnapshotRows[];
  readonly encoding: string;
}

export interface FileHead {
  readonly delimiter: ',' | '\t';
  /** Header names, trimmed; [] for an empty file. */
  readonly header: readonly string[];
  readonly encoding: FileEncoding;
}

const HEAD_BYTES = 64 * 1024;

/** The encoding, delimiter and header of a file, from its first line (for detecting kinds before reading). */
export async function readHead(
  path: string,
  hint: { readonly marketplace?: Marketplace | null; readonly encoding?: string | null } = {},
): Promise<FileHead> {
  const handle = await open(path, 'r');
  let bytes: Buffer;
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    bytes = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const encoding = detectEncoding(bytes, {
    marketplace: hint.marketplace ?? null,
    given: hint.encoding ?? null,
    whole: bytes.length < HEAD_BYTES,
  });
  const text = decodeBytes(bytes.subarray(encoding.bom), encoding.encoding);
  const first = (text.replace(/^\uFEFF/, '').split('\n')[0] ?? '').replace(/\r$/, '');
  const tabs = first.split('\t').length;
  const delimiter = tabs > first.split(',').length ? '\t' : ',';
  if (first.trim() === '') return { delimiter, header: [], encoding };
  try {
    const [cells = []] = parseSync(first, { delimiter, relax_quotes: true }) as string[][];
    return { delimiter, header: cells.map((c) => c.trim()), encoding };
  } catch {
    return { delimiter, header: first.split(delimiter).map((c) => c.trim()), encoding };
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

/** Accumulates facts by kind until taken (a batch) or until the first rejection (then drops them all). */
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
  get discarded(): boolean {
    return this.facts === null;
  }
  /** The facts so far (null once discarded, or when there are none); starts a new batch. */
  take(): FactBatch | null {
    const facts = this.facts;
    if (!facts || Object.keys(facts).length === 0) return null;
    this.facts = {};
    return facts as FactBatch;
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

/** A blank line, or a row of empty cells (",,,," as spreadsheets write them). */
function blank(record: readonly string[]): boolean {
  for (const cell of record) if (cell !== '' && cell.trim() !== '') return false;
  return true;
}

/** Records of a tab-separated, never-quoted text, a chunk's worth at a time (one record per line). */
async function* unquotedRecords(text: AsyncIterable<string>): AsyncGenerator<string[][]> {
  let rest = '';
  let first = true;
  for await (const chunk of text) {
    let s = rest + chunk;
    if (first && s.length > 0) {
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
      first = false;
    }
    const lines = s.split('\n');
    rest = lines.pop() as string;
    yield lines.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line).split('\t'));
  }
  if (rest !== '') yield [(rest.endsWith('\r') ? rest.slice(0, -1) : rest).split('\t')];
}

/** Records parsed by csv-parse (quoted cells may hold delimiters and line breaks), one at a time. */
async function* quotedRecords(text: AsyncIterable<string>, delimiter: string): AsyncGenerator<string[][]> {
  const parser = Readable.from(text).pipe(
    parse({ bom: true, delimiter, relax_column_count: true, skip_empty_lines: false }),
  );
  for await (const record of parser as AsyncIterable<string[]>) yield [record];
}

function asFileConverter(started: ReturnType<Reader['start']>): FileConverter {
  return typeof started === 'function' ? { row: started, finish: () => ({}) } : started;
}

/**
 * Streams a fact file: yields its facts in batches while no row is rejected and returns how the file
 * ended. The caller stores the batches in one transaction and rolls it back when `rejected` is not
 * empty. Throws only when the file cannot be opened or read.
 */
export async function* streamFactFile(
  path: string,
  context: IngestContext,
  options: ReadOptions = {},
): AsyncGenerator<FactBatch, FileEnd, void> {
  const readers = options.readers ?? READERS;
  const progressEvery = options.progressEvery ?? 100_000;
  const batchRows = options.batchRows ?? 5000;
  const head = await readHead(path, { marketplace: context.marketplace, encoding: options.encoding ?? null });
  const issues = new IssueList(options.maxIssues ?? 100);
  const found = checkHeader(head.header, readers);
  found.issues.forEach((issue) => issues.add(issue));
  const warnings = [...found.warnings];
  const snapshots: SnapshotRows[] = [];
  let rows = 0;
  const end = (): FileEnd => ({
    kind: found.kind,
    rows,
    rejected: issues.listed,
    rejectedMore: issues.more,
    warnings,
    snapshots,
    encoding: head.encoding.encoding,
  });
  if (!found.reader || issues.any) return end();

  const columnIndex = new Map(head.header.map((name, i) => [name, i] as const));
  const width = head.header.length;
  const converter = asFileConverter(found.reader.start(context, head.header));
  const builder = new BatchBuilder();
  const plain = found.reader.unquoted === true && head.delimiter === '\t';
  const text = textStream(path, head.encoding);
  const records = plain ? unquotedRecords(text) : quotedRecords(text, head.delimiter);
  let sinceBatch = 0;
  // Line numbers are counted here (csv-parse's per-record `info` costs a third of the parse time):
  // each record ends one line, plus the line breaks inside its quoted cells; blank lines come as [''].
  let line = 0;
  const reject = (issue: Issue) => {
    issues.add(issue);
    builder.discard();
  };
  try {
    for await (const group of records) {
      for (const record of group) {
        const start = line + 1;
        line = plain ? start : start + newlinesIn(record);
        if (start === 1 || blank(record)) continue; // the header was read by readHead
        rows++;
        if (options.onProgress && rows % progressEvery === 0) options.onProgress(rows);
        let extra = false;
        for (let i = width; i < record.length; i++) if ((record[i] as string).trim() !== '') extra = true;
        if (record.length < width || extra) {
          reject({
            line: start,
            column: null,
            code: INGEST.IMPORT_FIELD_COUNT,
            values: { count: record.length, expected: width },
          });
          continue;
        }
        const row = new Row(start, record, columnIndex);
        const pending = converter.row(row, builder);
        if (pending) await pending;
        if (row.failed) {
          // In header order, whatever order the reader checked the cells in.
          const at = (issue: Issue) => (issue.column === null ? -1 : (columnIndex.get(issue.column) ?? width));
          row.issues.sort((a, b) => at(a) - at(b)).forEach(reject);
          continue;
        }
        if (++sinceBatch >= batchRows) {
          sinceBatch = 0;
          const batch = builder.take();
          if (batch) yield batch;
        }
      }
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const errorLine = (error as CsvError & { lines?: number }).lines ?? null;
    reject({ line: errorLine, column: null, code: INGEST.IMPORT_CSV_SYNTAX, values: { detail: error.message } });
  }
  const summary = await converter.finish(builder);
  warnings.push(...(summary.warnings ?? []));
  snapshots.push(...(summary.snapshots ?? []));
  const last = builder.take();
  if (last && !issues.any) yield last;
  return end();
}

/** Reads a whole fact file into one batch (tests, small files); see FileRead. */
export async function readFactFile(path: string, context: IngestContext, options: ReadOptions = {}): Promise<FileRead> {
  const facts: { [K in FactKind]?: FactsByKind[K][] } = {};
  const stream = streamFactFile(path, context, options);
  let next = await stream.next();
  while (!next.done) {
    for (const [kind, list] of Object.entries(next.value) as [FactKind, FactsByKind[FactKind][]][]) {
      const all = (facts[kind] ??= []) as FactsByKind[FactKind][];
      for (const fact of list) all.push(fact);
    }
    next = await stream.next();
  }
  const { snapshots: _snapshots, encoding: _encoding, ...end } = next.value;
  return { ...end, batch: end.rejected.length > 0 ? {} : (facts as FactBatch) };
}
