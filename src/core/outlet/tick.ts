// `tick`: every Outlet transition due by an instant, computed from facts (OUT-6..OUT-10):
// - a SUBMITTED deal without an operator decision is reviewed automatically at its deadline (OUT-8);
// - an APPROVED deal is removed at the first instant an OUT-10 trigger holds (up to and including its
//   start); at the start an active pricing rule with a minimum above the deal price blocks the price
//   drop: CANCELLED (PRICING_RULE_BLOCKED) and the account is marked (OUT-9); else it starts: the
//   seller's price becomes the deal price (a price fact tagged with the deal) and the deal becomes the
//   SKU's direct-price promotion (a promotion fact with the deal's id, so quotes and PR-6 see it);
// - a RUNNING deal is removed (or cancelled, when the seller raised the price) at the first instant a
//   trigger holds before its end, else it ends; either way the price returns to the standard price.
// Each event is dated when it became due, not when `tick` ran, and carries a deterministic id: running
// `tick` twice at one instant finds nothing due the second time, and ticking at t1 then t2 records
// the same as ticking at t2 alone.
import type { Instant, OutletEventFact, PriceFact, PromotionFact } from '../catalog/facts.js';
import { standardPriceAt } from '../quote/timeline.js';
import { asinIndex } from '../reference-prices/asin-facts.js';
import { changeInstants, removalAt, reviewReasons } from './checks.js';
import { outletEvent } from './events.js';
import { dealAt, dealsAt, isTerminal, type FoldContext } from './lifecycle.js';
import { blockingRule } from './pricing-rules.js';
import type { Deal, OutletFacts, Recorded } from './types.js';

/** The fold context of one ASIN's facts. */
export function foldContextOf(f: OutletFacts): FoldContext {
  const asin = f.facts.asin;
  return { asinOf: () => asin, ...(f.rulesAt ? { rulesAt: f.rulesAt } : {}) };
}

/** OUT-9: the deal as the SKU's direct-price promotion over [start, end). */
export function dealPromotion(deal: Deal, start: Instant, end: Instant): PromotionFact {
  return {
    id: deal.id,
    kind: deal.kind,
    sku: deal.sku,
    marketplace: deal.marketplace,
    start,
    end,
    discountPct: null,
    discountAmount: null,
    price: deal.dealPrice,
    stackable: true,
    code: null,
    codeType: null,
    audience: 'all',
    minQty: null,
    budget: null,
  };
}

class Recorder {
  readonly events: OutletEventFact[] = [];
  readonly prices: PriceFact[] = [];
  readonly promotions = new Map<string, PromotionFact>();
  constructor(private readonly f: OutletFacts) {}

  /** An automatic price fact tagged with the deal — unless the SKU has a price change at that very instant. */
  price(deal: Deal, at: Instant, price: number | null): void {
    if (price === null) return;
    const own = asinIndex(this.f.facts).bySku.get(deal.sku)?.prices ?? [];
    if (own.some((p) => p.at === at) || this.prices.some((p) => p.sku === deal.sku && p.at === at)) return;
    this.prices.push({ sku: deal.sku, marketplace: deal.marketplace, at, price, dealId: deal.id });
  }

  /** OUT-9: a stop at `at` returns the price to the SKU's standard price and ends the deal's promotion. */
  stop(deal: Deal, at: Instant): void {
    if (deal.status !== 'RUNNING' || deal.startedAt === null) return;
    const standard = standardPriceAt(asinIndex(this.f.facts).bySku.get(deal.sku)?.prices ?? [], at);
    this.price(deal, at, standard);
    this.promotions.set(deal.id, dealPromotion(deal, deal.startedAt, at));
  }

  recorded(): Recorded {
    return { events: this.events, prices: this.prices, promotions: [...this.promotions.values()] };
  }
}

/** The deal's next due transition by `at` (events appended to `rec`); false when nothing more is due. */
function step(f: OutletFacts, deal: Deal, deals: readonly Deal[], at: Instant, rec: Recorder): boolean {
  const base = { dealId: deal.id, sku: deal.sku, marketplace: deal.marketplace, actor: 'system' as const };
  if (deal.status === 'SUBMITTED') {
    if (deal.reviewDeadline > at) return false;
    const reasons = reviewReasons(f, deal, deals, deal.reviewDeadline);
    const type = reasons.length === 0 ? 'approved' : 'not_approved';
    rec.events.push(outletEvent({ ...base, at: deal.reviewDeadline, type, reasons }));
    return true;
  }
  if (deal.status === 'APPROVED' && deal.approvedAt !== null && deal.start !== null) {
    const start = deal.start;
    const until = Math.min(start, at);
    const instants = changeInstants(f, deal.approvedAt, until);
    if (start <= at && instants.at(-1) !== start) instants.push(start);
    for (const t of instants) {
      const removal = removalAt(f, deal, t);
      if (removal.reasons.length > 0) {
        rec.events.push(outletEvent({ ...base, at: t, type: 'removed', reasons: removal.reasons }));
        return true;
      }
    }
    if (start > at) return false;
    const rule = blockingRule(f.pricingRules, deal.sku, deal.marketplace, deal.dealPrice, start);
    if (rule !== null) {
      rec.events.push(outletEvent({ ...base, at: start, type: 'cancelled', reasons: ['PRICING_RULE_BLOCKED'] }));
      rec.events.push(outletEvent({ ...base, at: start, type: 'account_flagged', reasons: ['PRICING_RULE_BLOCKED'] }));
      return true;
    }
    rec.events.push(outletEvent({ ...base, at: start, type: 'started', price: deal.dealPrice }));
    rec.price(deal, start, deal.dealPrice);
    rec.promotions.set(deal.id, dealPromotion(deal, start, deal.end ?? start));
    return true;
  }
  if (deal.status === 'RUNNING' && deal.startedAt !== null && deal.end !== null) {
    const end = deal.end;
    for (const t of changeInstants(f, deal.startedAt, Math.min(end - 1, at))) {
      const removal = removalAt(f, deal, t);
      if (removal.reasons.length === 0) continue;
      const type = removal.sellerCaused ? 'cancelled' : 'removed';
      const restored = standardPriceAt(asinIndex(f.facts).bySku.get(deal.sku)?.prices ?? [], t);
      rec.events.push(outletEvent({ ...base, at: t, type, reasons: removal.reasons, price: restored }));
      if (removal.sellerCaused) {
        rec.events.push(outletEvent({ ...base, at: t, type: 'account_flagged', reasons: removal.reasons }));
      }
      rec.stop(deal, t);
      return true;
    }
    if (end > at) return false;
    const restored = standardPriceAt(asinIndex(f.facts).bySku.get(deal.sku)?.prices ?? [], end);
    rec.events.push(outletEvent({ ...base, at: end, type: 'ended', price: restored }));
    rec.price(deal, end, restored);
    return true;
  }
  return false;
}

export interface Projection {
  /** Every deal of the ASIN as of `at`, with the due transitions applied. */
  readonly deals: readonly Deal[];
  /** What the due transitions record (events, automatic price facts, deal promotions). */
  readonly due: Recorded;
}

/** The ASIN's deals as of `at` with every transition due by then (OUT-6..OUT-10), and what to record. */
export function project(f: OutletFacts, at: Instant): Projection {
  const ctx = foldContextOf(f);
  const rec = new Recorder(f);
  const all = (): OutletEventFact[] => [...f.events, ...rec.events];
  for (const start of dealsAt(f.events, at, ctx)) {
    let deal: Deal | null = start;
    // At most a handful of steps per deal (review, start, stop); the bound guards against a bug.
    for (let i = 0; deal !== null && !isTerminal(deal.status) && i < 8; i++) {
      const deals = dealsAt(all(), at, ctx);
      if (!step(f, deal, deals, at, rec)) break;
      deal = dealAt(all(), deal.id, at, ctx);
    }
  }
  return { deals: dealsAt(all(), at, ctx), due: rec.recorded() };
}

/** `tick` for one ASIN: what the transitions due by `at` record (empty when nothing is due). */
export function dueTransitions(f: OutletFacts, at: Instant): Recorded {
  return project(f, at).due;
}
