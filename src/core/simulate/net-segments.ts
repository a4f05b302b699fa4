// The price and promotion timeline of an ASIN over a whole date range, cut once into segments inside
// which no standard price, live promotion or product version changes (quote/timeline.ts), so the
// what-if timeline quotes each segment once instead of once per day whose window contains it:
// - the PR-6 net price of each SKU per segment (reference-prices skuNetAt, the very function
//   lowest30DayNetPrice uses), and from it the 30-day lowest net price of any window (from, to] — with
//   the same value, `at`, `until`, SKU and cause as lowest30DayNetPrice would give;
// - for the promotions live in a segment, the lowest net price any buyer paid with each of them
//   applied (the PQ-4 buyer contexts: Prime or not, first-time or not, business or not, each minimum
//   quantity, with and without the live codes).
// Per-segment results depend on the rule set (offer inactivity, code stacking), so they are cached
// per rule set object and computed on first use.
import type { Instant, Minor, PromotionFact } from '../catalog/facts.js';
import { marketplaceInfo } from '../catalog/marketplace.js';
import type { Currency } from '../money/money.js';
import { buyerContextsFor } from '../quote/loss-guard.js';
import { quote } from '../quote/quote.js';
import { liveAt, pushChangeInstants, splitAt, standardPriceAt, type Segment } from '../quote/timeline.js';
import { asinIndex, type AsinFacts, type SkuIndex } from '../reference-prices/asin-facts.js';
import { skuNetAt, type LowestNetCause, type SkuNet } from '../reference-prices/lowest-net-price.js';
import type { RuleSet } from '../rules/schema.js';

/** The lowest net price one buyer paid with a promotion applied, and the stack that made it. */
export interface AppliedNet {
  readonly net: Minor;
  readonly stack: readonly string[];
}

/** PR-6 answer over a window, as lowest30DayNetPrice gives it (without the window description). */
export interface WindowLow {
  readonly value: Minor | null;
  readonly at: Instant | null;
  readonly until: Instant | null;
  readonly sku: string | null;
  readonly cause: LowestNetCause | null;
}

interface PerRuleSet {
  readonly nets: ((SkuNet | null)[] | undefined)[];
  readonly applied: (Map<string, AppliedNet> | undefined)[];
}

export class NetSegments {
  readonly segments: readonly Segment[];
  private readonly skus: readonly SkuIndex[];
  private readonly currency: Currency;
  private readonly byRuleSet = new Map<RuleSet, PerRuleSet>();

  /** Segments covering [from, to): `from` must be at or before every window start asked later. */
  constructor(facts: AsinFacts, from: Instant, to: Instant) {
    this.skus = asinIndex(facts).skus;
    this.currency = marketplaceInfo(facts.marketplace).currency;
    const instants: number[] = [];
    for (const s of this.skus) {
      pushChangeInstants(instants, s.prices, s.promotions, from, to, false);
      for (const v of s.versions) if (v.validFrom > from && v.validFrom < to) instants.push(v.validFrom);
    }
    this.segments = splitAt(from, to, instants, false);
  }

  private cache(ruleSet: RuleSet): PerRuleSet {
    let c = this.byRuleSet.get(ruleSet);
    if (c === undefined) {
      c = { nets: [], applied: [] };
      this.byRuleSet.set(ruleSet, c);
    }
    return c;
  }

  /** PR-6 net price of each SKU (asinIndex order) in segment i; null where the SKU does not count. */
  netsOf(i: number, ruleSet: RuleSet): readonly (SkuNet | null)[] {
    const c = this.cache(ruleSet);
    let nets = c.nets[i];
    if (nets === undefined) {
      const start = (this.segments[i] as Segment).start;
      nets = this.skus.map((s) => skuNetAt(s, start, this.currency, ruleSet));
      c.nets[i] = nets;
    }
    return nets;
  }

  /** Index of the first segment whose end is after `t` (the one containing t), from `hint` on. */
  indexAfter(t: Instant, hint = 0): number {
    let i = hint;
    while (i < this.segments.length - 1 && (this.segments[i] as Segment).end <= t) i++;
    return i;
  }

  /**
   * PR-6 over the window (from, to] — the same answer as lowest30DayNetPrice(facts, to, ruleSet) when
   * from = to − the rule set's window: segments in time order, SKUs in order, the first lowest wins and
   * later equal ones extend `until`. `first` is the index of the segment containing `from`.
   */
  lowIn(from: Instant, to: Instant, ruleSet: RuleSet, first: number): WindowLow {
    let value: Minor | null = null;
    let lowAt: Instant | null = null;
    let until: Instant | null = null;
    let sku: string | null = null;
    let cause: LowestNetCause | null = null;
    for (let i = first; i < this.segments.length; i++) {
      const seg = this.segments[i] as Segment;
      if (seg.start > to) break;
      const nets = this.netsOf(i, ruleSet);
      const end = Math.min(seg.end, to);
      for (let k = 0; k < nets.length; k++) {
        const n = nets[k];
        if (n === null || n === undefined) continue;
        if (value === null || n.net < value) {
          value = n.net;
          lowAt = Math.max(seg.start, from);
          until = end;
          sku = (this.skus[k] as SkuIndex).sku;
          cause = n.cause;
        } else if (n.net === value) {
          until = end;
        }
      }
    }
    return { value, at: lowAt, until, sku, cause };
  }

  /** For segment i: per live promotion id, the lowest net price a buyer paid with it applied. */
  appliedIn(i: number, ruleSet: RuleSet): ReadonlyMap<string, AppliedNet> {
    const c = this.cache(ruleSet);
    let applied = c.applied[i];
    if (applied !== undefined) return applied;
    applied = new Map();
    const start = (this.segments[i] as Segment).start;
    for (const s of this.skus) {
      const base = standardPriceAt(s.prices, start);
      if (base === null) continue;
      const live: PromotionFact[] = liveAt(s.promotions, start);
      if (live.length === 0) continue;
      const { buyers } = buyerContextsFor(live, ruleSet.quote.lossGuardMaxCodes);
      for (const buyer of buyers) {
        const q = quote({ at: start, currency: this.currency, basePrice: base, promotions: live, buyer }, ruleSet);
        const stack = q.direct === null ? q.addOns.map((a) => a.id) : [q.direct.id, ...q.addOns.map((a) => a.id)];
        for (const id of stack) {
          const seen = applied.get(id);
          if (seen === undefined || q.netUnitPrice < seen.net) applied.set(id, { net: q.netUnitPrice, stack });
        }
      }
    }
    c.applied[i] = applied;
    return applied;
  }
}
