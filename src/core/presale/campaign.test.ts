import { describe, expect, it } from 'vitest';
import { campaign, DAY, T0 } from '../ishs/test-support.js';
import { amountDue, campaignShapeIssues } from './campaign.js';

describe('PRE-1: what a pre-sale campaign states', () => {
  it('PRE-1: a complete campaign (deposit or full payment) has no shape issue', () => {
    expect(campaignShapeIssues(campaign())).toEqual([]);
    expect(campaignShapeIssues(campaign({ paymentMode: 'full', deposit: null }))).toEqual([]);
  });

  it('PRE-1: end after start, release not before end, units and price positive, deposit fits the mode', () => {
    const bad = campaign({ end: T0 + DAY, start: T0 + DAY, releaseAt: T0, unitsOffered: 0, price: 0, deposit: null });
    expect(campaignShapeIssues(bad).map((i) => `${i.field}:${i.code}`)).toEqual([
      'end:PRESALE_FIELD_NOT_AFTER',
      'release:PRESALE_FIELD_BEFORE',
      'units_offered:PRESALE_FIELD_NOT_POSITIVE',
      'price:PRESALE_FIELD_NOT_POSITIVE',
      'deposit:PRESALE_FIELD_DEPOSIT',
    ]);
    expect(campaignShapeIssues(campaign({ deposit: 3000 })).map((i) => i.field)).toEqual(['deposit']);
    expect(campaignShapeIssues(campaign({ paymentMode: 'full', deposit: 100 })).map((i) => i.field)).toEqual([
      'deposit',
    ]);
  });

  it('PRE-3: a buyer pays the deposit or the full price per unit', () => {
    expect(amountDue(campaign(), 3)).toBe(1500);
    expect(amountDue(campaign({ paymentMode: 'full', deposit: null }), 3)).toBe(9000);
  });
});
