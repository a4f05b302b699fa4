// A proposed promotion file (`clearway promo check|add`): every wrong field is named, days are local
// midnight of the SKU's marketplace (DEC-3), money is read in its currency, ids are generated from
// the content when absent.
import { describe, expect, it } from 'vitest';
import { parseInstant } from '../core/calendar/calendar.js';
import { fieldIssueText, PricingInputError } from './pricing-errors.js';
import { parseProposal, proposalFact, proposalJson } from './proposal.js';

const COUPON = { sku: 'MUG-1', kind: 'coupon', start: '2026-03-20', end: '2026-03-27', discount_pct: 30 };

function issuesOf(work: () => unknown): string[] {
  try {
    work();
  } catch (error) {
    if (error instanceof PricingInputError) return error.issues.map((i) => fieldIssueText(i));
    throw error;
  }
  throw new Error('expected a PricingInputError');
}

describe('parseProposal', () => {
  it('accepts the promotions CSV fields with defaults for the optional ones', () => {
    expect(parseProposal(COUPON, 'c.json')).toEqual(COUPON);
  });

  it('names every wrong field, in the order of the CSV columns, then unknown fields', () => {
    const issues = issuesOf(() =>
      parseProposal(
        {
          discount_pct: 100.5,
          kind: 'flash_sale',
          sku: ' ',
          start: '2026-13-01',
          price: 23.091,
          budget: true,
          stackable: 'yes',
          audience: 'everyone',
          min_qty: 0,
          extra: 1,
        },
        null,
      ),
    );
    expect(issues).toEqual([
      'field sku: must not be empty',
      expect.stringContaining('field kind: "flash_sale" is not one of coupon, price_discount'),
      'field start: "2026-13-01" is not a date (YYYY-MM-DD or ISO-8601 with offset)',
      'field end: a value is required',
      'field discount_pct: 100.5 is not a percentage (0 to 100, at most 2 decimals)',
      'field stackable: "yes" is not true or false',
      expect.stringContaining('field audience: "everyone" is not one of all, prime'),
      'field min_qty: 0 is not a whole number ≥ 1',
      expect.stringContaining('field budget: true is not an amount'),
      expect.stringContaining('field extra: not a field of a promotion'),
    ]);
  });

  it('a money value is a decimal string, or a JSON number read as its decimal text; a negative one is refused', () => {
    expect(parseProposal({ ...COUPON, discount_pct: null, discount_amount: 5 }, null).discount_amount).toBe(5);
    expect(issuesOf(() => parseProposal({ ...COUPON, price: '-1.00' }, null))).toEqual([
      'field price: "-1.00" is not an amount (a decimal string like "23.09")',
    ]);
  });

  it('a file that is not one JSON object is bad input naming the file', () => {
    const notJson = new PricingInputError('x', []);
    expect(notJson.lines()).toEqual([]);
    try {
      proposalJson('[1,', 'p.json');
      expect.unreachable();
    } catch (error) {
      expect((error as PricingInputError).lines()[0]).toMatch(/^p\.json: not a JSON document: /);
    }
    try {
      parseProposal([COUPON], 'p.json');
      expect.unreachable();
    } catch (error) {
      expect((error as PricingInputError).lines('zh-CN')).toEqual(['p.json: 必须包含一个以 JSON 对象表示的促销']);
    }
  });
});

describe('proposalFact', () => {
  it('DEC-3: days are local midnight of the marketplace; money in its currency', () => {
    const us = proposalFact(parseProposal({ ...COUPON, budget: '500.5' }, null), 'US', null);
    expect(us.start).toBe(parseInstant('2026-03-20T00:00:00-07:00'));
    expect(us.end).toBe(parseInstant('2026-03-27T00:00:00-07:00'));
    expect(us).toMatchObject({ marketplace: 'US', discountPct: 30, budget: 50050, audience: 'all', stackable: false });
    const de = proposalFact(parseProposal(COUPON, null), 'DE', null);
    expect(de.start).toBe(parseInstant('2026-03-20T00:00:00+01:00'));
    const jp = proposalFact(parseProposal({ ...COUPON, discount_pct: null, discount_amount: '500' }, null), 'JP', null);
    expect(jp.discountAmount).toBe(500);
  });

  it('refuses minor units the currency does not have, and an end not after the start', () => {
    const input = parseProposal({ ...COUPON, discount_pct: null, discount_amount: '5.5', end: '2026-03-20' }, null);
    expect(issuesOf(() => proposalFact(input, 'JP', null))).toEqual([
      'field end: "2026-03-20" must be after start ("2026-03-20")',
      'field discount_amount: "5.5" has more than 0 decimal places for JPY',
    ]);
    const cents = parseProposal({ ...COUPON, discount_pct: null, discount_amount: '5.5' }, null);
    expect(proposalFact(cents, 'US', null).discountAmount).toBe(550);
  });

  it('without an id, the id is derived from the content: the same proposal gets the same id, another a different one', () => {
    const a = proposalFact(parseProposal(COUPON, null), 'US', null);
    const b = proposalFact(parseProposal({ ...COUPON }, null), 'US', null);
    const c = proposalFact(parseProposal({ ...COUPON, discount_pct: 25 }, null), 'US', null);
    expect(a.id).toMatch(/^P-[0-9A-F]{12}$/);
    expect(b.id).toBe(a.id);
    expect(c.id).not.toBe(a.id);
    expect(proposalFact(parseProposal({ ...COUPON, id: ' C30 ' }, null), 'US', null).id).toBe('C30');
  });
});
