import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Marketplace } from '../core/catalog/marketplace.js';
import { t } from '../core/messages/messages.js';
import { readFactFile, readHead, type FileRead } from './read-file.js';
import type { IngestContext } from './reader.js';

const dir = mkdtempSync(join(tmpdir(), 'clearway-read-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileNo = 0;

const CONTEXT: IngestContext = {
  account: 'default',
  marketplace: null,
  importedAt: Date.UTC(2026, 3, 1),
  marketplacesOfSku: async (sku): Promise<Marketplace[]> => (sku.startsWith('SKU-') ? ['US'] : []),
  marketplacesOfAsin: async () => [],
  priceAt: async () => null,
  hasFactsAt: async () => false,
  orderLinesBetween: async () => [],
};

function write(content: string | Buffer): string {
  const path = join(dir, `f${++fileNo}.csv`);
  writeFileSync(path, content);
  return path;
}

function reasons(result: FileRead): [number | null, string | null, string][] {
  return result.rejected.map((r) => [r.line, r.column, t(r.code, r.values)]);
}

const PRICES = 'sku,at,price';

describe('file format', () => {
  it('reads UTF-8 with a BOM, CRLF line endings, no final newline, blank lines and empty trailing cells', async () => {
    const path = write(
      Buffer.from(`\uFEFF${PRICES}\r\nSKU-1,2026-03-01T00:00:00Z,1.00\r\n\r\n,,\r\nSKU-2,2026-03-02T00:00:00Z,2.00,`),
    );
    const result = await readFactFile(path, CONTEXT);
    expect(result.kind).toBe('prices');
    expect(result.rejected).toEqual([]);
    expect(result.rows).toBe(2);
    expect(result.batch.prices?.map((p) => [p.sku, p.price])).toEqual([
      ['SKU-1', 100],
      ['SKU-2', 200],
    ]);
  });

  it('reads tab-separated files and trims header names and cells', async () => {
    const path = write(` sku \tat\tprice\nSKU-1\t 2026-03-01T00:00:00Z \t 3.50 \n`);
    expect(await readHead(path)).toMatchObject({ delimiter: '\t', header: ['sku', 'at', 'price'] });
    const result = await readFactFile(path, CONTEXT);
    expect(result.batch.prices?.[0]?.price).toBe(350);
  });

  it('numbers lines from the header (line 1), counting quoted line breaks and blank lines', async () => {
    const orders =
      'order_id,line,sku,at,units,unit_price,currency,promotion_ids,promotion_discount,b2b,subscribe_and_save,cancelled,channel';
    const good = 'O,1,SKU-1,2026-03-01,1,1.00,USD,,,false,false,false,fba';
    const path = write(
      [
        orders,
        good,
        '',
        '"O\nwith a break",1,SKU-1,2026-03-01,1,1.00,USD,,,false,false,false,fba',
        'O,2,SKU-1,2026-03-01,1,1.00,USD,,,false,false,false,bad',
      ].join('\n'),
    );
    expect(reasons(await readFactFile(path, CONTEXT))).toEqual([[6, 'channel', '"bad" is not one of fba, fbm']]);
  });

  it('rejects a row with missing or extra fields, and a CSV syntax error', async () => {
    const result = await readFactFile(write(`${PRICES}\nSKU-1,2026-03-01\nSKU-1,2026-03-01,1.00,oops\n`), CONTEXT);
    expect(reasons(result)).toEqual([
      [2, null, 'the row has 2 fields, the header has 3'],
      [3, null, 'the row has 4 fields, the header has 3'],
    ]);
    const syntax = await readFactFile(write(`${PRICES}\nSKU-1,2026-03-01,"1.00\n`), CONTEXT);
    expect(syntax.rejected).toHaveLength(1);
    expect(syntax.rejected[0]).toMatchObject({ line: 2, column: null, code: 'IMPORT_CSV_SYNTAX' });
    expect(syntax.batch).toEqual({});
  });
});

describe('headers', () => {
  it('rejects an empty file, a duplicate column, and names the missing columns of the closest kind', async () => {
    expect(reasons(await readFactFile(write(''), CONTEXT))).toEqual([[1, null, 'the file is empty (no header line)']]);
    expect(reasons(await readFactFile(write('sku,at,price,price\n'), CONTEXT))).toEqual([
      [1, 'price', 'the column appears twice in the header'],
    ]);
    const missing = await readFactFile(write('sku,at,received\nSKU-1,2026-03-01,2026-01-01\n'), CONTEXT);
    expect(missing.kind).toBe('lots');
    expect(reasons(missing)).toEqual([[1, 'units', 'required column of lots is missing']]);
    const unknown = await readFactFile(write('foo,bar\n1,2\n'), CONTEXT);
    expect(unknown.kind).toBeNull();
    expect(reasons(unknown)).toEqual([[1, null, 'the header matches no known file kind (first columns: foo, bar)']]);
  });

  it('warns about columns the kind does not read, and imports the rest', async () => {
    const result = await readFactFile(write('sku,at,price,note\nSKU-1,2026-03-01T00:00:00Z,1.00,hello\n'), CONTEXT);
    expect(result.rejected).toEqual([]);
    expect(result.warnings.map((w) => [w.line, w.column, t(w.code, w.values)])).toEqual([
      [1, 'note', 'not a column of prices: ignored'],
    ]);
    expect(result.batch.prices).toHaveLength(1);
  });
});

describe('every rejected row, bounded', () => {
  it('collects all rejected rows, lists at most maxIssues and counts the rest; keeps no facts', async () => {
    const rows = Array.from({ length: 250 }, (_, i) =>
      i % 2 === 0 ? `SKU-1,2026-03-01,${i}.00` : `NOPE-${i},2026-03-01,1.00`,
    );
    const result = await readFactFile(write([PRICES, ...rows].join('\n')), CONTEXT, { maxIssues: 100 });
    expect(result.rows).toBe(250);
    expect(result.rejected).toHaveLength(100);
    expect(result.rejected[0]).toMatchObject({ line: 3, column: 'sku' });
    expect(result.rejected[99]).toMatchObject({ line: 201, column: 'sku' });
    expect(result.rejectedMore).toBe(25);
    expect(result.batch).toEqual({});
  });

  it('streams a 300,000-row file with progress every 100,000 rows', async () => {
    const path = join(dir, 'big.csv');
    const out = createWriteStream(path);
    out.write(`${PRICES}\n`);
    for (let i = 0; i < 300_000; i++) out.write(`SKU-${i % 50},2026-03-01T00:00:00Z,${(i % 9000) + 1}.99\n`);
    await new Promise<void>((resolve, reject) =>
      out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    const progress: number[] = [];
    const result = await readFactFile(path, CONTEXT, { onProgress: (rows) => progress.push(rows) });
    expect(result.rejected).toEqual([]);
    expect(result.rows).toBe(300_000);
    expect(result.batch.prices).toHaveLength(300_000);
    expect(result.batch.prices?.[299_999]).toEqual({
      sku: 'SKU-49',
      marketplace: 'US',
      at: Date.UTC(2026, 2, 1),
      price: ((299_999 % 9000) + 1) * 100 + 99,
      dealId: null,
    });
    expect(progress).toEqual([100_000, 200_000, 300_000]);
  });
});
