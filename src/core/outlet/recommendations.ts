// OUT-3 recommendations: among the eligible SKUs, those whose demand and inventory age call for an
// Outlet deal — stock-to-sales ratio (EXC-1) above the rule set's threshold, or units aged more than
// its days — each stating the rule used; re-evaluated at every instant, so one can disappear. Each
// comes with the maximum deal price (OUT-4), a suggested kind and discount (OUT-5: an Outlet deal at
// the deal minimum when both demand and age call for it, else an Outlet sale at the recommended
// minimum; never above the maximum deal price) and the advice lines of OUT-13. An account marked after
// a seller-caused cancellation (OUT-9, OUT-10) gets no recommendations.
import type { Instant, Minor, OutletEventFact, OutletKind } from '../catalog/facts.js';
import { localDay, timeZoneOf } from '../calendar/calendar.js';
import { marketplaceInfo } from '../catalog/marketplace.js';
import { ruleIssue, type RuleIssue } from '../messages/messages.js';
import { discountPercentForDisplay, isAtLeastPercentBelow, reduceByPercentFloor } from '../money/money.js';
import { asinIndex, versionAt } from '../reference-prices/asin-facts.js';
import { moneyIssue } from './actions.js';
import { outletEligibility, skusOf } from './eligibility.js';
import { asinStock, inboundUnits, stockToSales, unitsAgedAtLeast } from './inventory.js';
import { accountFlags } from './lifecycle.js';
import './messages.js';
import { runDays, rulesFor } from './schedule.js';
import { project } from './tick.js';
import type { OutletFacts } from './types.js';

export interface Recommendation {
  readonly sku: string;
  readonly asin: string;
  readonly marketplace: OutletFacts['facts']['marketplace'];
  readonly currentPrice: Minor;
  readonly maxDealPrice: Minor;
  readonly suggested: { readonly kind: OutletKind; readonly discountPct: number; readonly price: Minor };
  /** OUT-3: the rule(s) that call for it, with their values. */
  readonly because: readonly RuleIssue[];
  /** EXC-1; +Infinity when nothing sold in 30 days. */
  readonly stockToSalesRatio: number | null;
  readonly onHand: number;
  readonly inbound: number;
  readonly unitsSold30d: number;
  readonly agedUnits: number;
  /** OUT-13. */
  readonly advice: readonly RuleIssue[];
}

function ratioText(ratio: number): string {
  return Number.isFinite(ratio) ? ratio.toFixed(2) : '∞';
}

/** OUT-3 for one ASIN at `at`: its eligible new-condition SKUs that demand or age call for. */
export function recommendForAsin(f: OutletFacts, at: Instant): Recommendation[] {
  const { asin, marketplace } = f.facts;
  const tz = timeZoneOf(marketplace);
  const currency = marketplaceInfo(marketplace).currency;
  const r = rulesFor(marketplace, f.rulesAt)(at).outlet;
  const skus = skusOf(f);
  const { deals } = project(f, at);
  const stock = asinStock(skus, f.lots, f.facts.orders, f.shipments, at);
  const inbound = inboundUnits(skus, f.shipments, at);
  const { ratio, sold30d } = stockToSales(stock.onHand + inbound, skus, f.facts.orders, at, tz);
  const aged = unitsAgedAtLeast(stock.lots, at, r.outletRecommendAgedDaysAbove + 1, tz);
  const because: RuleIssue[] = [];
  const demand = ratio !== null && ratio > r.outletRecommendStockToSalesAbove;
  if (demand) {
    because.push(
      ruleIssue('OUTLET_RECOMMEND_STOCK_TO_SALES', 'OUT-3', {
        ratio: ratioText(ratio),
        threshold: r.outletRecommendStockToSalesAbove,
      }),
    );
  }
  if (aged > 0) {
    because.push(ruleIssue('OUTLET_RECOMMEND_AGED', 'OUT-3', { units: aged, days: r.outletRecommendAgedDaysAbove }));
  }
  if (because.length === 0) return [];
  const out: Recommendation[] = [];
  for (const sku of skus) {
    const eligibility = outletEligibility(f, sku, at, { deals });
    const max = eligibility.maxDealPrice;
    if (!eligibility.eligible || max === null) continue;
    // OUT-5: a deal when both call for it, else a sale at the recommended minimum; within OUT-4.
    const pct = demand && aged > 0 ? r.outletDealMinDiscountPct : r.outletSaleRecommendedMinPct;
    const price = Math.min(max.max, reduceByPercentFloor(max.currentPrice, pct));
    const kind: OutletKind = isAtLeastPercentBelow(price, max.currentPrice, r.outletDealMinDiscountPct)
      ? 'outlet_deal'
      : 'outlet_sale';
    const advice: RuleIssue[] = [];
    if (r.outletUnderPriceAdviceMax !== null) {
      advice.push(moneyIssue('OUTLET_ADVICE_UNDER_PRICE', 'OUT-13', currency, { limit: r.outletUnderPriceAdviceMax }));
    }
    const product = versionAt(asinIndex(f.facts).bySku.get(sku)?.versions ?? [], at);
    if (product?.parentAsin)
      advice.push(ruleIssue('OUTLET_ADVICE_SIBLINGS', 'OUT-13', { parentAsin: product.parentAsin }));
    advice.push(ruleIssue('OUTLET_ADVICE_IMAGES', 'OUT-13'));
    advice.push(ruleIssue('OUTLET_ADVICE_COUPON', 'OUT-13'));
    advice.push(
      ruleIssue('OUTLET_ADVICE_TWO_WEEKS', 'OUT-13', { days: runDays(kind, rulesFor(marketplace, f.rulesAt)(at)) }),
    );
    out.push({
      sku,
      asin,
      marketplace,
      currentPrice: max.currentPrice,
      maxDealPrice: max.max,
      suggested: { kind, discountPct: discountPercentForDisplay(price, max.currentPrice), price },
      because,
      stockToSalesRatio: ratio,
      onHand: stock.onHand,
      inbound,
      unitsSold30d: sold30d,
      agedUnits: aged,
      advice,
    });
  }
  return out;
}

export interface Recommendations {
  readonly at: Instant;
  /** OUT-9/OUT-10: why the account gets none, or null. */
  readonly suppressed: RuleIssue | null;
  readonly recommendations: readonly Recommendation[];
}

/** OUT-3 over several ASINs; `accountEvents` are the account's Outlet events (for its flags). */
export function outletRecommendations(
  asins: readonly OutletFacts[],
  accountEvents: readonly OutletEventFact[],
  at: Instant,
): Recommendations {
  const flag = accountFlags(accountEvents, at)[0];
  if (flag !== undefined) {
    const day = localDay(flag.at, timeZoneOf(flag.marketplace));
    return {
      at,
      suppressed: ruleIssue('OUTLET_ACCOUNT_FLAGGED', 'OUT-9', { dealId: flag.dealId, day }),
      recommendations: [],
    };
  }
  return { at, suppressed: null, recommendations: asins.flatMap((f) => recommendForAsin(f, at)) };
}
