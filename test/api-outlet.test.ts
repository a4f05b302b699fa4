// /api/v1/outlet/… and /api/v1/tick on a temp SQLite store holding the Outlet story's facts
// (test/helpers/outlet-story.ts): the same documents as the CLI's --json (the app functions behind both),
// 422 with the document for a refused action, 404 for an unknown deal, 400 for a malformed price.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/api/server.js';
import { importFiles } from '../src/app/import.js';
import { checkSku, report } from '../src/app/outlet/deals.js';
import { parseInstant } from '../src/core/calendar/calendar.js';
import { openStore } from '../src/store/open.js';
import type { FactStore } from '../src/store/types.js';
import type {
  DealActionDoc,
  OutletCheckDoc,
  OutletReportDoc,
  PricingRuleDoc,
  RecommendationsDoc,
  TickDoc,
} from '../src/app/outlet/documents.js';
import { writeStoryFacts } from './helpers/outlet-story.js';

const dir = mkdtempSync(join(tmpdir(), 'clearway-api-outlet-'));
let store: FactStore;
let app: FastifyInstance;

beforeAll(async () => {
  store = await openStore(join(dir, 'clearway.db'));
  const summary = await importFiles(store, 'default', [writeStoryFacts(join(dir, 'facts'))], {
    marketplace: 'US',
    at: parseInstant('2026-03-01T00:00:00Z'),
  });
  expect(summary.files.every((f) => f.rejected.length === 0)).toBe(true);
  app = await buildServer({ store, defaultAccount: 'default' });
});

afterAll(async () => {
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const WED = encodeURIComponent('2026-03-04T10:00:00-08:00');
const DEAL = 'OD-MUG-BLUE-20260304-1';

type Accepted = Extract<DealActionDoc, { ok: true }>;
type Refused = Extract<DealActionDoc, { ok: false }>;
type ErrorAnswer = { error: { code: string } };

async function call<T>(method: 'GET' | 'POST' | 'PATCH', url: string, payload?: Record<string, unknown>) {
  const res =
    payload === undefined
      ? await app.inject({ method, url: `/api/v1${url}` })
      : await app.inject({ method, url: `/api/v1${url}`, payload });
  return { status: res.statusCode, body: res.json<T>() };
}

describe('/api/v1/outlet', () => {
  it('OUT-1..OUT-12 over HTTP: check, refused submit (422), submit, review, tick, report — same documents as the CLI', async () => {
    const check = await call<OutletCheckDoc>('GET', `/outlet/check/MUG-BLUE?at=${WED}`);
    expect(check.status).toBe(200);
    expect(check.body).toEqual(
      await checkSku(store, 'default', 'MUG-BLUE', { marketplace: null, at: '2026-03-04T10:00:00-08:00' }),
    );
    expect(check.body).toMatchObject({ eligible: true, maxDealPrice: '32.00' });

    const refused = await call<Refused>('POST', `/outlet/deals?at=${WED}`, { sku: 'MUG-BLUE', price: '33.00' });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ ok: false, sku: 'MUG-BLUE', maxDealPrice: '32.00', deal: null });
    expect(refused.body.errors[0]?.message).toMatch(/^Maximum deal price is \$32\.00/);

    const submitted = await call<Accepted>('POST', `/outlet/deals?at=${WED}`, { sku: 'MUG-BLUE', price: '27.00' });
    expect(submitted).toMatchObject({
      status: 200,
      body: { ok: true, id: DEAL, status: 'SUBMITTED', dealPrice: '27.00' },
    });

    const updated = await call<Accepted>('PATCH', `/outlet/deals/${DEAL}?at=2026-03-04T12:00:00-08:00`, {
      price: '26.50',
    });
    expect(updated.body).toMatchObject({ ok: true, dealPrice: '26.50', kind: 'outlet_deal' });

    const reviewed = await call<Accepted>('POST', `/outlet/deals/${DEAL}/review?at=2026-03-05`, { approve: true });
    expect(reviewed.body).toMatchObject({ ok: true, status: 'APPROVED', start: '2026-03-09T00:00:00-07:00' });
    const cancel = await call<Refused>('POST', `/outlet/deals/${DEAL}/cancel?at=2026-03-05T12:00:00-08:00`, {});
    expect(cancel.status).toBe(422);
    expect(cancel.body.deal?.status).toBe('APPROVED');

    const tick = await call<TickDoc>(
      'POST',
      `/tick?marketplace=US&at=${encodeURIComponent('2026-03-24T00:00:00-07:00')}`,
    );
    expect(tick.status).toBe(200);
    expect(tick.body.transitions.map((t) => t.event)).toEqual(['started', 'ended']);
    expect(tick.body.priceChanges.map((p) => p.price)).toEqual(['26.50', '40.00']);
    const again = await call<TickDoc>(
      'POST',
      `/tick?marketplace=US&at=${encodeURIComponent('2026-03-24T00:00:00-07:00')}`,
    );
    expect([again.body.transitions, again.body.priceChanges]).toEqual([[], []]);

    const rep = await call<OutletReportDoc>('GET', '/outlet/report?marketplace=US&at=2026-03-24');
    expect(rep.body).toEqual(await report(store, 'default', { marketplace: 'US', at: '2026-03-24' }));
    expect(rep.body.deals).toMatchObject([{ id: DEAL, status: 'ENDED', unitsDuringRun: 5 }]);

    const recs = await call<RecommendationsDoc>('GET', '/outlet/recommendations?marketplace=US&at=2026-03-24');
    expect(recs.body.recommendations.map((r) => r.sku)).toEqual(['LAMP-RED']);
  });

  it('OUT-9 over HTTP: pricing rules as facts; unknown deal 404, malformed price 400', async () => {
    const rule = await call<PricingRuleDoc>('POST', '/outlet/pricing-rules?at=2026-03-01', {
      ruleId: 'AUTO-LAMP',
      action: 'pause',
    });
    expect(rule).toMatchObject({ status: 200, body: { ok: true, rule: { status: 'paused' } } });
    const again = await call<PricingRuleDoc>('POST', '/outlet/pricing-rules?at=2026-03-01', {
      ruleId: 'AUTO-LAMP',
      action: 'pause',
    });
    expect(again.status).toBe(422);
    const nope = await call('POST', '/outlet/deals/OD-NOPE/cancel');
    expect(nope.status, JSON.stringify(nope.body)).toBe(404);
    const bad = await call<ErrorAnswer>('POST', '/outlet/deals', { sku: 'LAMP-RED', price: 'cheap' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('BAD_PRICE');
    const spec = await app.inject('/api/v1/openapi.json');
    const paths = Object.keys((spec.json() as { paths: Record<string, unknown> }).paths);
    expect(paths).toEqual(
      expect.arrayContaining(['/api/v1/outlet/deals', '/api/v1/outlet/deals/{id}/review', '/api/v1/tick']),
    );
  });
});
