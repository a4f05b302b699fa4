// The Amazon Outlet program end to end through the built CLI (`npm test` builds first), on facts
// written to a temp dir (test/helpers/outlet-story.ts):
// check → submit above the maximum (refused: "Maximum deal price is $32.00", exit 4) → submit → approve
// → tick into RUNNING (the price drops; the quote shows the deal, PQ-2) → tick past the end (the price
// is restored) → not eligible for 90 days (OUT-2h). And PRICING_RULE_BLOCKED: a deal whose SKU has an
// active pricing rule with a minimum above the deal price is cancelled at the start and the account is
// marked (recommendations suppressed); pausing the rule first lets it start.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  DealActionDoc,
  OutletCheckDoc,
  OutletReportDoc,
  PricingRuleDoc,
  RecommendationsDoc,
  TickDoc,
} from '../src/app/outlet/documents.js';
import type { QuoteDoc } from '../src/app/pricing-documents.js';
import { buildDist, clearwayJson, runClearway, type Run } from './helpers/cli.js';
import { writeStoryFacts } from './helpers/outlet-story.js';

const dir = mkdtempSync(join(tmpdir(), 'clearway-cli-outlet-'));
const facts = writeStoryFacts(join(dir, 'facts'));

beforeAll(() => buildDist('cli/commands/outlet.js'), 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (db: string, ...args: string[]): Run => runClearway(dir, db, args);

/** Runs `--json …`, expecting exit `code`, and returns the document (typed as the caller says). */
function doc<T>(db: string, code: number, ...args: string[]): T {
  return clearwayJson<T>(dir, db, code, args);
}

type Accepted = Extract<DealActionDoc, { ok: true }>;
type Refused = Extract<DealActionDoc, { ok: false }>;

let dbNo = 0;
function storyDb(): string {
  const db = join(dir, `story${++dbNo}.db`);
  const r = cli(db, 'import', facts);
  expect(r.code, r.stderr).toBe(0);
  return db;
}

const WED = '2026-03-04T10:00:00-08:00';
const DEAL = 'OD-MUG-BLUE-20260304-1';

describe('clearway outlet: the full story', () => {
  it('OUT-1..OUT-12: check → refused above the maximum → submit → approve → tick (running, quoted) → tick (ended) → 90 days not eligible', () => {
    const db = storyDb();

    // OUT-1/OUT-2/OUT-4: eligible, every criterion listed with its value; maximum $32.00.
    const check = doc<OutletCheckDoc>(db, 0, '--at', WED, 'outlet', 'check', 'MUG-BLUE');
    expect(check).toMatchObject({
      sku: 'MUG-BLUE',
      asin: 'B0MUG00001',
      eligible: true,
      failed: [],
      maxDealPrice: '32.00',
    });
    expect(check.criteria).toHaveLength(12);
    expect(check.criteria.map((c) => c.rule)).toContain('OUT-2h');

    // OUT-4: above the maximum → refused, exit 4, the JSON still on stdout.
    const refused = doc<Refused>(db, 4, '--at', WED, 'outlet', 'submit', 'MUG-BLUE', '--price', '33.00');
    expect(refused.ok).toBe(false);
    expect(refused.errors[0]).toMatchObject({ code: 'OUTLET_PRICE_ABOVE_MAX', rule: 'OUT-4' });
    expect(refused.errors[0]?.message).toMatch(/^Maximum deal price is \$32\.00/);
    const human = cli(db, '--at', WED, 'outlet', 'submit', 'MUG-BLUE', '--price', '33.00');
    expect(human.code).toBe(4);
    expect(human.stdout).toContain('Maximum deal price is $32.00');

    // OUT-5/OUT-6: submitted as an Outlet deal (32.5% off); reviewed by Friday, starts Monday 00:00.
    const submitted = doc<Accepted>(db, 0, '--at', WED, 'outlet', 'submit', 'MUG-BLUE', '--price', '27.00');
    expect(submitted).toMatchObject({
      ok: true,
      id: DEAL,
      kind: 'outlet_deal',
      dealPrice: '27.00',
      status: 'SUBMITTED',
      reviewDeadline: '2026-03-06T00:00:00-08:00',
      start: '2026-03-09T00:00:00-07:00',
      end: '2026-03-23T00:00:00-07:00',
    });

    // OUT-7: the operator approves; the seller can no longer change the price.
    expect(
      doc<Accepted>(db, 0, '--at', '2026-03-05T09:00:00-08:00', 'outlet', 'review', DEAL, '--approve').status,
    ).toBe('APPROVED');
    const late = doc<Refused>(db, 4, '--at', '2026-03-05T10:00:00-08:00', 'outlet', 'update', DEAL, '--price', '26.00');
    expect(late.errors.map((e) => e.code)).toEqual(['OUTLET_NOT_SUBMITTED']);

    // OUT-9: the tick at the cycle start drops the price to the deal price; a second tick changes nothing.
    const started = doc<TickDoc>(db, 0, '--marketplace', 'US', '--at', '2026-03-09T08:00:00-07:00', 'tick');
    expect(started.transitions.map((t) => [t.event, t.at, t.status])).toEqual([
      ['started', '2026-03-09T00:00:00-07:00', 'RUNNING'],
    ]);
    expect(started.priceChanges).toEqual([
      {
        sku: 'MUG-BLUE',
        marketplace: 'US',
        at: '2026-03-09T00:00:00-07:00',
        price: '27.00',
        currency: 'USD',
        dealId: DEAL,
      },
    ]);
    const again = doc<TickDoc>(db, 0, '--marketplace', 'US', '--at', '2026-03-09T08:00:00-07:00', 'tick');
    expect([again.transitions, again.priceChanges]).toEqual([[], []]);

    // OUT-11/PQ-2: the quote shows the running deal as the direct price; the coupon adds on the standard price.
    const quote = doc<QuoteDoc>(db, 0, '--at', '2026-03-10T12:00:00-07:00', 'quote', 'B0MUG00001');
    expect(quote.basePrice).toBe('40.00');
    expect(quote.direct).toMatchObject({ id: DEAL, kind: 'outlet_deal', price: '27.00' });
    expect(quote.addOns).toMatchObject([{ id: 'COUPON-5', base: '40.00', discount: '2.00' }]);
    expect([quote.netUnitPrice, quote.totalDiscount, quote.outletStacking]).toEqual(['25.00', '15.00', true]);

    // OUT-9: past the end the price returns to $40.00.
    const ended = doc<TickDoc>(db, 0, '--marketplace', 'US', '--at', '2026-03-24', 'tick');
    expect(ended.transitions.map((t) => [t.event, t.at])).toEqual([['ended', '2026-03-23T00:00:00-07:00']]);
    expect(ended.priceChanges.map((p) => [p.price, p.at])).toEqual([['40.00', '2026-03-23T00:00:00-07:00']]);
    const after = doc<QuoteDoc>(db, 0, '--at', '2026-03-24T12:00:00-07:00', 'quote', 'B0MUG00001');
    expect(after.direct).toBeNull();

    // OUT-12: the report — units and sales during the run (3 × 27.00 + 2 × 27.00 − 4.00 coupon).
    const report = doc<OutletReportDoc>(db, 0, '--marketplace', 'US', '--at', '2026-03-24', 'outlet', 'report');
    expect(report.deals).toMatchObject([
      {
        id: DEAL,
        status: 'ENDED',
        start: '2026-03-09T00:00:00-07:00',
        end: '2026-03-23T00:00:00-07:00',
        unitsDuringRun: 5,
        salesDuringRun: '131.00',
      },
    ]);

    // OUT-2h: not eligible for 90 days after the end (and not within 60 days of the run).
    const cooling = doc<OutletCheckDoc>(db, 0, '--at', '2026-03-25', 'outlet', 'check', 'MUG-BLUE');
    expect(cooling.failed).toEqual(['OUTLET_RECENT_DEAL', 'OUTLET_COOLDOWN']);
    expect(cooling.criteria.find((c) => c.code === 'OUTLET_COOLDOWN')?.value).toBe('2026-06-21');
    expect(doc<OutletCheckDoc>(db, 0, '--at', '2026-06-20', 'outlet', 'check', 'MUG-BLUE').failed).toEqual([
      'OUTLET_COOLDOWN',
    ]);
    expect(doc<OutletCheckDoc>(db, 0, '--at', '2026-06-21', 'outlet', 'check', 'MUG-BLUE').eligible).toBe(true);
    const resubmit = doc<Refused>(db, 4, '--at', '2026-04-01', 'outlet', 'submit', 'MUG-BLUE', '--price', '27.00');
    expect(resubmit.errors.map((e) => e.code)).toEqual(['OUTLET_RECENT_DEAL', 'OUTLET_COOLDOWN']);
  });

  it('OUT-7: the seller cancels while SUBMITTED; human output in both languages', () => {
    const db = storyDb();
    doc(db, 0, '--at', WED, 'outlet', 'submit', 'MUG-BLUE', '--price', '29.00');
    const cancelled = doc<Accepted>(db, 0, '--at', '2026-03-05', 'outlet', 'cancel', DEAL);
    expect(cancelled).toMatchObject({
      status: 'CANCELLED',
      reasons: [{ code: 'OUTLET_CANCELLED_BY_SELLER', rule: 'OUT-7' }],
    });
    const zh = cli(db, '--lang', 'zh-CN', '--at', '2026-03-05', 'outlet', 'check', 'MUG-BLUE');
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('符合奥特莱斯条件');
  });

  it('exit codes: unknown SKU or deal → 3, malformed price or review → 2', () => {
    const db = storyDb();
    const exit = (code: number, ...args: string[]) => {
      const r = cli(db, ...args);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(code);
    };
    exit(3, 'outlet', 'check', 'NO-SUCH-SKU');
    exit(3, 'outlet', 'cancel', 'OD-NOPE');
    exit(2, 'outlet', 'submit', 'MUG-BLUE', '--price', 'abc');
    exit(2, 'outlet', 'submit', 'MUG-BLUE', '--price', '0');
    doc(db, 0, '--at', WED, 'outlet', 'submit', 'MUG-BLUE', '--price', '27.00');
    exit(2, 'outlet', 'review', DEAL);
    exit(2, 'outlet', 'review', DEAL, '--approve', '--reject', 'x');
    exit(3, 'pricing-rule', 'pause', 'NO-RULE');
  });
});

describe('PRICING_RULE_BLOCKED', () => {
  const LAMP = 'OD-LAMP-RED-20260304-1';

  it('PRICING_RULE_BLOCKED: an active rule with a minimum above the deal price cancels the deal at the start and marks the account', () => {
    const db = storyDb();
    // OUT-3: recommended before; OUT-9: the submission warns about the rule.
    const before = doc<RecommendationsDoc>(db, 0, '--marketplace', 'US', '--at', WED, 'outlet', 'recommendations');
    expect(before.suppressed).toBeNull();
    expect(before.recommendations.map((r) => r.sku)).toEqual(['LAMP-RED', 'MUG-BLUE']);
    const submitted = doc<Accepted>(
      db,
      0,
      '--at',
      '2026-03-04T11:00:00-08:00',
      'outlet',
      'submit',
      'LAMP-RED',
      '--price',
      '42.00',
    );
    expect(submitted.warnings.map((w) => w.code)).toEqual(['OUTLET_PRICING_RULE_WARNING']);

    // OUT-8 automatic approval on Friday, then OUT-9 at Monday's start: blocked.
    const tick = doc<TickDoc>(db, 0, '--marketplace', 'US', '--at', '2026-03-09T08:00:00-07:00', 'tick');
    expect(tick.transitions.map((t) => [t.event, t.status, t.reasons.map((r) => r.code)])).toEqual([
      ['approved', 'APPROVED', []],
      ['cancelled', 'CANCELLED', ['PRICING_RULE_BLOCKED']],
      ['account_flagged', 'CANCELLED', ['PRICING_RULE_BLOCKED']],
    ]);
    expect(tick.priceChanges).toEqual([]);

    const report = doc<OutletReportDoc>(db, 0, '--marketplace', 'US', '--at', '2026-03-10', 'outlet', 'report');
    expect(report.deals).toMatchObject([
      {
        id: LAMP,
        status: 'CANCELLED',
        flaggedAccount: true,
        start: null,
        reasons: [{ code: 'PRICING_RULE_BLOCKED', rule: 'OUT-9' }],
      },
    ]);
    // OUT-9: the account's Outlet recommendations are suppressed.
    const recs = doc<RecommendationsDoc>(
      db,
      0,
      '--marketplace',
      'US',
      '--at',
      '2026-03-10',
      'outlet',
      'recommendations',
    );
    expect(recs.suppressed).toMatchObject({ code: 'OUTLET_ACCOUNT_FLAGGED', rule: 'OUT-9' });
    expect(recs.recommendations).toEqual([]);
  });

  it('OUT-9: pausing the rule (clearway pricing-rule) before the start lets the deal start; actions from the wrong state are refused', () => {
    const db = storyDb();
    doc(db, 0, '--at', '2026-03-04T11:00:00-08:00', 'outlet', 'submit', 'LAMP-RED', '--price', '42.00');
    const paused = doc<PricingRuleDoc>(db, 0, '--at', '2026-03-05', 'pricing-rule', 'pause', 'AUTO-LAMP');
    expect(paused).toMatchObject({ ok: true, rule: { ruleId: 'AUTO-LAMP', status: 'paused', minPrice: '50.00' } });
    expect(doc<PricingRuleDoc>(db, 4, '--at', '2026-03-05', 'pricing-rule', 'pause', 'AUTO-LAMP').errors[0]?.code).toBe(
      'PRICING_RULE_NOT_ACTIVE',
    );
    const tick = doc<TickDoc>(db, 0, '--marketplace', 'US', '--at', '2026-03-09T08:00:00-07:00', 'tick');
    expect(tick.transitions.map((t) => t.event)).toEqual(['approved', 'started']);
    expect(tick.priceChanges.map((p) => p.price)).toEqual(['42.00']);
    // Resuming it while the deal runs warns nothing more (the drop already happened); a new rule on a
    // SKU with an open deal under its minimum warns.
    doc(db, 0, '--at', '2026-03-10', 'pricing-rule', 'delete', 'AUTO-LAMP');
    const created = doc<PricingRuleDoc>(
      db,
      0,
      '--at',
      '2026-03-10',
      'pricing-rule',
      'create',
      'AUTO-2',
      '--sku',
      'LAMP-RED',
      '--min',
      '45.00',
    );
    expect(created).toMatchObject({ ok: true, warnings: [], rule: { status: 'active', minPrice: '45.00' } });
  });
});
