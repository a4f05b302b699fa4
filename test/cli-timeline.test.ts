// End to end through the built CLI (`npm test` builds first; locally: npx tsc -p tsconfig.build.json):
// `clearway timeline ASIN --from D --to D [--json]` over imported CSV facts — the seed price chain
// (PR-6, PM-3, PM-4, PM-10), the human table and the lines explaining the 30-day low, exit 3 for an
// unknown ASIN and exit 2 for a bad or reversed range; and the same document from
// GET /api/v1/timeline/:asin (OpenAPI schema included).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/api/server.js';
import type { TimelineJson } from '../src/app/timeline.js';
import { openStore } from '../src/store/open.js';
import { runClearway, type Run } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'clearway-cli-timeline-'));
const DB = join(dir, 'timeline.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const clearway = (...args: string[]): Run => runClearway(dir, DB, args);

const FILES: Record<string, string[]> = {
  'products.csv': [
    'sku,asin,marketplace,condition,created,seasonal,rating,ratings_count,subscribe_and_save,images_ok,parent_asin,category,list_price,list_price_evidence_url,min_price,unit_cost,cost_currency,freight_per_unit,fx_rate,referral_pct,fulfilment_fee,unit_cubic_feet,lead_time_days',
    'MUG-1,B0MUG00001,US,new,2024-05-01,false,4.6,312,false,true,,Kitchen,,,,,,,,15,4.75,0.08,40',
  ],
  'prices.csv': ['sku,at,price', 'MUG-1,2026-08-01,32.99'],
  'orders.csv': [
    'order_id,line,sku,at,units,unit_price,currency,promotion_ids,promotion_discount,b2b,subscribe_and_save,cancelled,channel',
    '111-1,1,MUG-1,2026-11-10T10:00:00-08:00,1,32.99,USD,,0.00,false,false,false,fba',
    '111-2,1,MUG-1,2026-11-12T10:00:00-08:00,1,32.99,USD,,0.00,false,false,false,fba',
    '111-3,1,MUG-1,2026-11-14T10:00:00-08:00,1,32.99,USD,,0.00,false,false,false,fba',
  ],
  // The seed chain: a planned 30% coupon from 2026-12-03 for five days.
  'promotions.csv': [
    'id,kind,sku,start,end,discount_pct,discount_amount,price,stackable,code,code_type,audience,min_qty,budget',
    'C1,coupon,MUG-1,2026-12-03,2026-12-08,30,,,false,,,all,,',
  ],
};

beforeAll(() => {
  for (const [name, lines] of Object.entries(FILES)) writeFileSync(join(dir, name), lines.join('\n') + '\n');
  const imported = clearway('import', ...Object.keys(FILES).map((f) => join(dir, f)));
  expect(imported.code, imported.stderr).toBe(0);
});

describe('clearway timeline', () => {
  it('PR-6/PM-3/PM-4 --json: the coupon lowers the 30-day low to 23.09 and the LD/BD maxima from its first day, until 30 days after it ends', () => {
    const run = clearway('timeline', 'B0MUG00001', '--from', '2026-12-01', '--to', '2027-01-08', '--json');
    expect(run.code, run.stderr).toBe(0);
    const doc = JSON.parse(run.stdout) as TimelineJson;
    expect(doc).toMatchObject({ asin: 'B0MUG00001', marketplace: 'US', currency: 'USD', from: '2026-12-01' });
    expect(doc.days).toHaveLength(39);
    const day = (d: string) => doc.days.find((x) => x.day === d)!;
    expect(day('2026-12-02')).toMatchObject({
      at: '2026-12-02T00:00:00-08:00',
      currentPrice: '32.99',
      wasPrice: { value: '32.99', qualifyingOrders: 3 },
      lowest30DayNetPrice: { value: '32.99', cause: null },
      canRun: { lightning_deal: { ok: true, maxPrice: '28.04' }, best_deal: { maxPrice: '29.69' } },
    });
    expect(day('2026-12-03')).toMatchObject({
      lowest30DayNetPrice: { value: '23.09', cause: { promotionIds: ['C1'], kinds: ['coupon'], price: '23.09' } },
      live: [{ id: 'C1', kind: 'coupon', netPrice: '23.09', start: '2026-12-03T00:00:00-08:00' }],
      canRun: {
        lightning_deal: { ok: true, maxPrice: '21.93', binding: { against: 'low', pct: 5, base: '23.09' } },
        best_deal: { ok: true, maxPrice: '23.09' },
      },
    });
    expect(day('2027-01-07').canRun.lightning_deal.maxPrice).toBe('28.04');
    expect(doc.changes).toEqual([
      expect.objectContaining({ day: '2026-12-03', direction: 'falls', from: '32.99', to: '23.09' }),
      expect.objectContaining({ day: '2027-01-07', direction: 'rises', from: '23.09', to: '32.99' }),
    ]);
  });

  it('PM-10 human output: a table of days and lines that explain each move of the 30-day low', () => {
    const run = clearway('timeline', 'B0MUG00001', '--from', '2026-12-02', '--to', '2027-01-07');
    expect(run.code, run.stderr).toBe(0);
    const header = run.stdout.split('\n').find((l) => l.startsWith('day'));
    expect(header?.split(/\s{2,}/)).toEqual([
      'day',
      'current',
      'list',
      'was',
      'low30',
      'live',
      'max LD',
      'max BD',
      'max PD',
    ]);
    expect(run.stdout).toMatch(/^2026-12-03\s+32\.99\s+-\s+32\.99\s+23\.09\s+C1\s+21\.93\s+23\.09\s+21\.93$/m);
    expect(run.stdout).toContain('2026-12-03: 30-day low falls to 23.09 because of coupon C1');
    expect(run.stdout).toContain('2027-01-07: 30-day low rises to 32.99: coupon C1 left the 30-day window');
    const zh = clearway('timeline', 'B0MUG00001', '--from', '2026-12-02', '--to', '2026-12-03', '--lang', 'zh-CN');
    expect(zh.stdout).toContain('2026-12-03：30 天最低净价降至 23.09，原因是 优惠券 C1');
  });

  it('an instant as --from counts as its local day', () => {
    const run = clearway('timeline', 'B0MUG00001', '--from', '2026-12-03T07:59:00Z', '--to', '2026-12-03', '--json');
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as TimelineJson).days.map((d) => d.day)).toEqual(['2026-12-02', '2026-12-03']);
  });

  it('exit 3 for an unknown ASIN; exit 2 for --from after --to or a malformed day', () => {
    const unknown = clearway('timeline', 'B0NOSUCH01', '--from', '2026-12-01', '--to', '2026-12-02');
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toContain('B0NOSUCH01');
    const reversed = clearway('timeline', 'B0MUG00001', '--from', '2026-12-05', '--to', '2026-12-01', '--json');
    expect(reversed.code).toBe(2);
    expect(reversed.stderr).toContain('--from (2026-12-05) is after --to (2026-12-01)');
    expect(reversed.stdout).toBe('');
    const bad = clearway('timeline', 'B0MUG00001', '--from', '2026-13-01');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--from');
  });
});

describe('GET /api/v1/timeline/:asin', () => {
  it('returns the document of --json; 404 for an unknown ASIN, 400 for a reversed range; in the OpenAPI document', async () => {
    const store = await openStore(DB);
    const app = await buildServer({ store, defaultAccount: 'default' });
    try {
      const res = await app.inject({ url: '/api/v1/timeline/B0MUG00001?from=2026-12-01&to=2026-12-10' });
      expect(res.statusCode, res.body).toBe(200);
      const cli = clearway('timeline', 'B0MUG00001', '--from', '2026-12-01', '--to', '2026-12-10', '--json');
      expect(res.json()).toEqual(JSON.parse(cli.stdout));
      const unknown = await app.inject({ url: '/api/v1/timeline/B0NOSUCH01?from=2026-12-01&to=2026-12-02' });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json()).toMatchObject({ error: { code: 'UNKNOWN_ASIN' } });
      const reversed = await app.inject({ url: '/api/v1/timeline/B0MUG00001?from=2026-12-05&to=2026-12-01' });
      expect(reversed.statusCode).toBe(400);
      expect(reversed.json()).toMatchObject({ error: { code: 'TIMELINE_RANGE_REVERSED' } });
      const missing = await app.inject({ url: '/api/v1/timeline/B0MUG00001' });
      expect(missing.statusCode).toBe(400);
      const openapi = (await app.inject({ url: '/api/v1/openapi.json' })).json() as { paths: Record<string, unknown> };
      expect(Object.keys(openapi.paths)).toContain('/api/v1/timeline/{asin}');
    } finally {
      await app.close();
      await store.close();
    }
  });
});
