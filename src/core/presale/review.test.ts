import { describe, expect, it } from 'vitest';
import { campaign, DAY, LA, T0, usPresale } from '../ishs/test-support.js';
import { campaignDays, keepsMargin, reviewCampaign, type ReviewInput } from './review.js';

const rules = usPresale();
const input = (o: Partial<ReviewInput> = {}): ReviewInput => ({
  campaign: campaign(),
  timeZone: LA,
  costFloor: 2000,
  cover: 25,
  otherOpen: [],
  money: (n) => (n / 100).toFixed(2),
  ...o,
});

describe('PRE-2: review checks, each reported with its values', () => {
  it('PRE-2: a reasonable campaign passes every criterion', () => {
    const r = reviewCampaign(input(), rules);
    expect(r.ok).toBe(true);
    expect(r.criteria.map((c) => [c.code, c.ok])).toEqual([
      ['PRESALE_LENGTH', true],
      ['PRESALE_MARGIN', true],
      ['PRESALE_COVER', true],
      ['PRESALE_RETURN_POLICY', true],
      ['PRESALE_SINGLE', true],
    ]);
    expect(r.criteria[0]?.values).toEqual({ days: 10, minDays: 3, maxDays: 60 });
  });

  it('PRE-2: campaign length within the rule set’s min/max days (local days)', () => {
    expect(campaignDays(campaign({ start: T0, end: T0 + 2 * DAY }), LA)).toBe(2);
    const short = reviewCampaign(input({ campaign: campaign({ end: campaign().start + 2 * DAY }) }), rules);
    expect(short.errors.map((e) => [e.code, e.rule])).toEqual([['PRESALE_TOO_SHORT', 'PRE-2']]);
    const long = reviewCampaign(
      input({ campaign: campaign({ end: campaign().start + 61 * DAY, releaseAt: T0 + 90 * DAY }) }),
      rules,
    );
    expect(long.errors.map((e) => e.code)).toEqual(['PRESALE_TOO_LONG']);
  });

  it('PRE-2: the price keeps presaleMinMarginPct over the cost floor, compared exactly', () => {
    expect(rules.presaleMinMarginPct).toBe(5);
    expect(keepsMargin(2100, 2000, 5)).toBe(true);
    expect(keepsMargin(2099, 2000, 5)).toBe(false);
    expect(keepsMargin(2000, 2000, 0)).toBe(false);
    const thin = reviewCampaign(input({ costFloor: 2900 }), rules);
    expect(thin.errors.map((e) => [e.code, e.values])).toEqual([
      ['PRESALE_NO_MARGIN', { price: '30.00', costFloor: '29.00', minMarginPct: 5 }],
    ]);
    expect(reviewCampaign(input({ costFloor: null }), rules).errors.map((e) => e.code)).toEqual([
      'PRESALE_COST_UNKNOWN',
    ]);
  });

  it('PRE-2: the units offered must be covered by stock on hand plus inbound', () => {
    const r = reviewCampaign(input({ cover: 19 }), rules);
    expect(r.errors.map((e) => [e.code, e.values])).toEqual([
      ['PRESALE_UNITS_NOT_COVERED', { unitsOffered: 20, cover: 19 }],
    ]);
  });

  it('PRE-2: a return policy must be stated; one open campaign per SKU; every failure is listed', () => {
    const r = reviewCampaign(
      input({ campaign: campaign({ returnPolicy: '  ' }), otherOpen: ['PS-0'], cover: 0 }),
      rules,
    );
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => e.code)).toEqual([
      'PRESALE_UNITS_NOT_COVERED',
      'PRESALE_NO_RETURN_POLICY',
      'PRESALE_OVERLAP',
    ]);
    expect(r.errors.at(-1)?.message).toBe('pre-sale PS-0 of MUG-1 is still open (one open pre-sale per SKU)');
  });
});
