// PRE-2 review of a submitted campaign: every criterion is reported with its values, not just the first
// failure.
// - length: its start and end local days are `presaleMinCampaignDays`..`presaleMaxCampaignDays` apart;
// - margin: the pre-sale price exceeds the cost floor (PQ-3 costFloor) by `presaleMinMarginPct`% at least
//   (price × 100 ≥ floor × (100 + pct), compared exactly in integers); an unknown cost fails the check;
// - cover: the units offered are covered by stock on hand plus inbound due in stock by the release day,
//   less what In-Stock Head Start orders already hold of that inbound (book.ts presaleCover);
// - return policy: a non-empty return and exchange policy is stated (PRE-1);
// - single: no other campaign of the SKU is open (submitted, approved, live, or ended and not released),
//   so that one set of pre-orders holds the SKU's cover at a time.
import type { Minor, PresaleCampaignFact } from '../catalog/facts.js';
import { daysBetween, localDay } from '../calendar/calendar.js';
import { ruleIssue, type RuleIssue } from '../messages/messages.js';
import { percentToBasisPoints } from '../money/money.js';
import type { PresaleRules } from '../rules/schema.js';
import { PRESALE_MESSAGES as M } from './messages.js';

export interface ReviewCriterion {
  /** The criterion (PRESALE_LENGTH, PRESALE_MARGIN, PRESALE_COVER, PRESALE_RETURN_POLICY, PRESALE_SINGLE). */
  readonly code: string;
  readonly rule: string;
  readonly ok: boolean;
  readonly values: Readonly<Record<string, unknown>>;
  /** The failure code when not ok (PRESALE_TOO_SHORT, PRESALE_NO_MARGIN, …), else null. */
  readonly failure: string | null;
}

export interface Review {
  readonly ok: boolean;
  readonly criteria: readonly ReviewCriterion[];
  /** One RuleIssue per failed criterion (its failure code). */
  readonly errors: readonly RuleIssue[];
}

export interface ReviewInput {
  readonly campaign: PresaleCampaignFact;
  readonly timeZone: string;
  /** PQ-3 cost floor of the SKU at review, null when unknown. */
  readonly costFloor: Minor | null;
  /** Units the campaign's cover would hold now (book.ts presaleCover with this campaign). */
  readonly cover: number;
  /** Ids of the SKU's other open campaigns. */
  readonly otherOpen: readonly string[];
  /** Renders money for the messages ("34.99"). */
  readonly money: (amount: Minor) => string;
}

/** PRE-2: the length in days between the local days of start and end. */
export function campaignDays(c: PresaleCampaignFact, timeZone: string): number {
  return daysBetween(localDay(c.start, timeZone), localDay(c.end, timeZone));
}

/** PRE-2: does the price keep `pct`% over the cost floor? Exact: price·10000 ≥ floor·(10000 + bp), price > floor. */
export function keepsMargin(price: Minor, floor: Minor, pct: number): boolean {
  const bp = percentToBasisPoints(pct);
  return price > floor && BigInt(price) * 10_000n >= BigInt(floor) * BigInt(10_000 + bp);
}

export function reviewCampaign(input: ReviewInput, rules: PresaleRules): Review {
  const c = input.campaign;
  const criteria: ReviewCriterion[] = [];
  const errors: RuleIssue[] = [];
  const check = (code: string, ok: boolean, values: Record<string, unknown>, failure: string) => {
    criteria.push({ code, rule: 'PRE-2', ok, values, failure: ok ? null : failure });
    if (!ok) errors.push(ruleIssue(failure, 'PRE-2', values));
  };
  const days = campaignDays(c, input.timeZone);
  const minDays = rules.presaleMinCampaignDays;
  const maxDays = rules.presaleMaxCampaignDays;
  const length = { days, minDays, maxDays };
  check(
    M.PRESALE_LENGTH,
    days >= minDays && days <= maxDays,
    length,
    days < minDays ? M.PRESALE_TOO_SHORT : M.PRESALE_TOO_LONG,
  );

  const minMarginPct = rules.presaleMinMarginPct;
  if (input.costFloor === null) {
    check(
      M.PRESALE_MARGIN,
      false,
      { sku: c.sku, price: input.money(c.price), costFloor: null, minMarginPct },
      M.PRESALE_COST_UNKNOWN,
    );
  } else {
    const values = { price: input.money(c.price), costFloor: input.money(input.costFloor), minMarginPct };
    check(M.PRESALE_MARGIN, keepsMargin(c.price, input.costFloor, minMarginPct), values, M.PRESALE_NO_MARGIN);
  }

  const cover = { unitsOffered: c.unitsOffered, cover: input.cover };
  check(M.PRESALE_COVER, c.unitsOffered <= input.cover, cover, M.PRESALE_UNITS_NOT_COVERED);

  const policy = (c.returnPolicy ?? '').trim();
  check(
    M.PRESALE_RETURN_POLICY,
    policy !== '',
    { returnPolicy: policy === '' ? null : policy },
    M.PRESALE_NO_RETURN_POLICY,
  );

  const other = input.otherOpen[0] ?? null;
  check(M.PRESALE_SINGLE, other === null, { sku: c.sku, other }, M.PRESALE_OVERLAP);
  return { ok: errors.length === 0, criteria, errors };
}
