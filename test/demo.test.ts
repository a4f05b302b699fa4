// `clearway demo` end to end: files written, a fresh SQLite database loaded through the ordinary importer
// (fact files, then the Amazon reports through the report readers; nothing rejected, every fact stored), the store's DEC-1 on-hand agreeing with the generator's stock,
// a second run replacing the database rather than adding to it, the server started with its URL printed,
// and bad arguments refused with exit 2.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FACT_KINDS, type FactKind } from '../src/core/catalog/facts.js';
import { buildReports, type ReportKind } from '../src/app/demo/write-reports.js';
import { DEFAULT_DEMO_SEED, generateDemo, type DemoData } from '../src/app/demo/generate.js';
import { run } from '../src/cli/program.js';
import { openStore } from '../src/store/open.js';

const AT = '2026-05-14';
const ANCHOR = Date.UTC(2026, 4, 14);

let dir = '';
let expected: DemoData;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clearway-demo-'));
  expected = generateDemo({ seed: DEFAULT_DEMO_SEED, anchor: ANCHOR, account: 'default' });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Starts the CLI in-process; its stdout and stderr are captured in `io` until it ends. */
function startCli(argv: string[]): { io: { stdout: string; stderr: string }; done: Promise<number> } {
  const io = { stdout: '', stderr: '' };
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    io.stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    io.stderr += String(chunk);
    return true;
  });
  const done = run(argv, {}).finally(() => {
    out.mockRestore();
    err.mockRestore();
  });
  return { io, done };
}

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { io, done } = startCli(argv);
  const code = await done;
  return { code, ...io };
}

describe('clearway demo', () => {
  it('writes the files, loads every fact into a fresh SQLite file and prints the counts (--no-serve)', async () => {
    const started = performance.now();
    const result = await cli(['demo', '--no-serve', '--dir', dir, '--at', AT, '--json']);
    const seconds = (performance.now() - started) / 1000;
    expect(result.code, result.stderr).toBe(0);
    const doc = JSON.parse(result.stdout) as {
      db: string;
      today: string;
      seed: number;
      counts: Record<string, number>;
    };
    expect(doc).toMatchObject({ db: join(dir, 'demo.db'), today: AT, seed: DEFAULT_DEMO_SEED });
    // The Amazon reports are imported after the fact files: their order lines are the lines already there
    // (nothing counted twice); they add the report kinds, one lowest-new offer per ASIN of the planning
    // report, and lots only for SKUs without a lots snapshot at the report's instant.
    const reports = [...buildReports(expected).values()];
    const rowsOf = (kind: ReportKind) => reports.reduce((sum, r) => sum + r[kind].length, 0);
    const planning = reports.flatMap((r) => r.inventory_planning);
    const lowestNew = new Set(
      planning
        .filter((r) => (r['lowest-price-new-plus-shipping'] ?? '') !== '')
        .map((r) => `${r.marketplace}|${r.asin}`),
    );
    const added: Partial<Record<FactKind, number>> = {
      inventory_snapshots: rowsOf('manage_inventory'),
      planning_rows: rowsOf('inventory_planning'),
      restock_rows: rowsOf('restock'),
      offers: lowestNew.size,
    };
    for (const kind of FACT_KINDS) {
      if (kind === 'lots') continue;
      expect(doc.counts[kind], kind).toBe(expected.facts[kind].length + (added[kind] ?? 0));
    }
    expect(doc.counts.lots).toBeGreaterThanOrEqual(expected.facts.lots.length);
    expect(doc.counts.lots).toBeLessThanOrEqual(expected.facts.lots.length + 8 * planning.length);
    expect(result.stderr).toContain('order lines');
    for (const file of [
      'facts/US/orders.csv',
      'facts/JP/products.csv',
      'reports/DE/fba-inventory-planning.txt',
      'reports/JP/all-orders.txt',
    ]) {
      expect(existsSync(join(dir, file)), file).toBe(true);
    }
    console.log(`clearway demo --no-serve (in-process, sources via vitest): ${seconds.toFixed(1)} s`);
  });

  it('DEC-1: the store’s on-hand at the anchor equals the generator’s stock', async () => {
    const store = await openStore(join(dir, 'demo.db'));
    try {
      const sample = expected.listings.filter((_, i) => i % 25 === 0);
      for (const listing of sample) {
        const onHand = await store.onHand('default', listing.marketplace, listing.sku, ANCHOR);
        const lots = expected.stock.get(listing.sku) ?? [];
        expect(onHand.units, listing.sku).toBe(lots.reduce((s, l) => s + l.units, 0));
        expect(onHand.lots.map((l) => [l.received, l.units])).toEqual(lots.map((l) => [l.received, l.units]));
      }
      expect(await store.marketplacesOfAsin('default', expected.listings[0]!.asin)).toContain('US');
    } finally {
      await store.close();
    }
  });

  it('replaces the demo database on a second run, then serves it and prints the URL', async () => {
    const before = process.listeners('SIGINT');
    const { io, done } = startCli(['demo', '--dir', dir, '--at', AT, '--port', '0', '--json']);
    // Wait for the URL (the command then serves until Ctrl+C).
    for (let i = 0; i < 1200 && !io.stdout.includes('"url"'); i++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    const doc = JSON.parse(io.stdout) as { url: string; counts: Record<string, number> };
    expect(doc.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/?$/);
    expect(doc.counts.orders).toBe(expected.facts.orders.length);
    const health = await fetch(new URL('/api/v1/health', doc.url));
    expect(health.status).toBe(200);
    const store = await openStore(join(dir, 'demo.db'));
    const counts = await store.countFacts('default');
    await store.close();
    expect(counts.orders).toBe(expected.facts.orders.length);
    const added = process.listeners('SIGINT').filter((l) => !before.includes(l));
    expect(added.length).toBeGreaterThan(0);
    for (const listener of added) listener('SIGINT');
    expect(await done, io.stderr).toBe(0);
  });

  it('refuses bad arguments with exit 2: a seed that is not a number, an existing --db, a PostgreSQL URL', async () => {
    expect((await cli(['demo', '--no-serve', '--dir', dir, '--seed', 'abc'])).code).toBe(2);
    const existing = join(dir, 'mine.db');
    await writeFile(existing, 'not a demo');
    const refused = await cli(['--db', existing, 'demo', '--no-serve', '--dir', dir]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('already exists');
    expect((await cli(['--db', 'postgres://localhost/x', 'demo', '--no-serve', '--dir', dir])).code).toBe(2);
  });
});
