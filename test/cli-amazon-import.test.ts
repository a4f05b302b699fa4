// End to end through the built CLI (`npm test` builds first; locally: npx tsc -p tsconfig.build.json):
// `clearway import` of Amazon reports — the real All Orders sample rows, the CONTRACT.md JSON summary,
// a re-import adding nothing, a corrupted report (exit 2, file:line: column: reason, nothing stored),
// a Shift_JIS report and `--encoding`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_ORDERS_32, MYI_18, MYI_ROWS, ORDER_ROWS } from '../src/ingest/amazon/test-support.js';

const BIN = resolve(import.meta.dirname, '..', 'bin', 'clearway');
const dir = mkdtempSync(join(tmpdir(), 'clearway-cli-amazon-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function clearway(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  delete env.CLEARWAY_DB;
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env, cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let n = 0;
function file(name: string, lines: readonly string[], encoding = 'utf8'): string {
  const path = join(dir, `${++n}-${name}`);
  const text = `${lines.join('\r\n')}\r\n`;
  writeFileSync(path, encoding === 'utf8' ? text : iconv.encode(text, encoding));
  return path;
}

const counts = (db: string) =>
  (JSON.parse(clearway('facts', '--db', db, '--json').stdout) as { counts: Record<string, number> }).counts;

describe('clearway import of Amazon reports', () => {
  it('imports the real All Orders sample rows; --json is the CONTRACT.md summary; a re-import adds nothing', () => {
    const db = join(dir, 'orders.db');
    const report = file('all-orders.txt', [ALL_ORDERS_32.join('\t'), ...ORDER_ROWS]);
    const first = clearway('import', report, '--db', db, '--json');
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({
      files: [
        {
          file: report,
          kind: 'amazon_all_orders',
          rows: 3,
          added: 5,
          updated: 0,
          duplicates: 0,
          warnings: [
            {
              line: null,
              column: null,
              code: 'IMPORT_AMAZON_PRODUCTS_ADDED',
              reason:
                '2 SKUs were not products of the account: added with what the report says (th1218 (US), th20p4 (US))',
            },
          ],
          rejected: [],
          rejectedMore: 0,
        },
      ],
    });
    expect([counts(db).orders, counts(db).products]).toEqual([3, 2]);
    const again = clearway('import', report, '--db', db, '--json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).files[0]).toMatchObject({ added: 0, updated: 0, duplicates: 3, warnings: [] });
  });

  it('a corrupted report: exit 2, stderr names file, line, column and reason; nothing of it stored', () => {
    const db = join(dir, 'corrupt.db');
    const bad = (ORDER_ROWS[2] as string).replace('\t4\tUSD\t', '\tfour\tUSD\t');
    const report = file('all-orders.txt', [ALL_ORDERS_32.join('\t'), ORDER_ROWS[0] as string, bad]);
    const run = clearway('import', report, '--db', db);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${report}:3: column quantity: "four" is not a whole number of units ≥ 0`);
    expect(Object.values(counts(db)).every((c) => c === 0)).toBe(true);
  });

  it('a Shift_JIS Manage Inventory report for JP; --encoding overrides; an unknown encoding is exit 2', () => {
    const db = join(dir, 'jp.db');
    const row = (MYI_ROWS[0] as string).replace('ABAG-D006-02-EU6-PAN', 'まくら-01').replace('\t10.39\t', '\t1980\t');
    const report = file('myi.txt', [MYI_18.join('\t'), row], 'shift_jis');
    const run = clearway('import', report, '--db', db, '--marketplace', 'JP', '--at', '2026-05-01', '--json');
    expect(run.code, run.stderr).toBe(0);
    const facts = JSON.parse(clearway('facts', '--db', db, '--json').stdout) as { counts: Record<string, number> };
    expect(facts.counts.inventory_snapshots).toBe(1);
    const forced = clearway(
      'import',
      report,
      '--db',
      db,
      '--marketplace',
      'JP',
      '--encoding',
      'windows-31j',
      '--at',
      '2026-05-01',
      '--json',
    );
    expect(JSON.parse(forced.stdout).files[0]).toMatchObject({ added: 0, rejected: [] });
    const unknown = clearway('import', report, '--db', db, '--encoding', 'klingon');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--encoding klingon is not an encoding clearway can read');
  });
});
