// PR-2 Was Price, exactly as written: computed at ASIN level (all the seller's SKUs of the ASIN), never
// set: the median unit price of the qualifying order lines in the past 90 days (DEC-3 window), one value
// per line (line total ÷ units, not weighted by units); it exists only with ≥ 3 qualifying lines; an
// even count takes the mean of the two middle values, rounded half up.
// Qualifying = not cancelled, not B2B, not Subscribe & Save, not at a promotional price (no promotion
// id or promotion discount on the line, and no direct-price promotion of the SKU live at the purchase
// instant), not in the past 24 hours; pending lines (no price) never count.
// PR-3 frozen Was Price: on marketplaces whose rule set allows it, a frozen value [from, to) replaces the
// computed one while it is in force, if it belongs to a declared event of the marketplace: the freeze
// began ≥ 30 local days (rule set) before the event's start, and the event has not ended (at < end).
import type { FrozenWasPriceFact, Instant, Minor, OrderLineFact } from '../catalog/facts.js';
import { minusLocalDays, timeZoneOf } from '../calendar/calendar.js';
import { marketplaceInfo } from '../catalog/marketplace.js';
import { ruleIssue, type RuleIssue } from '../messages/messages.js';
import type { RuleSet } from '../rules/schema.js';
import { asinIndex, inSpans, type AsinFacts, type SkuIndex } from './asin-facts.js';
import './messages.js';
import { firstAfter, medianHalfUp, orderRef, pastDaysFrom, recentCutoff, type OrderRef } from './order-lines.js';

export interface FrozenWasPrice {
  readonly price: Minor;
  readonly from: Instant;
  readonly to: Instant;
  readonly event: string;
}

export interface WasPriceResult {
  /** The Was Price in force: the frozen value while frozen, else the computed median, else null. */
  readonly value: Minor | null;
  readonly qualifyingOrders: number;
  readonly frozen: boolean;
  /** The median of the qualifying lines (null with fewer than the minimum), even while frozen. */
  readonly computed: Minor | null;
  readonly frozenPrice: FrozenWasPrice | null;
  /** Why there is no computed value (too few lines), else null. */
  readonly reason: RuleIssue | null;
}

/** PR-2 "not at a promotional price" on the line itself (ids, discount) and in time (direct price live). */
export function atPromotionalPrice(o: OrderLineFact, sku: SkuIndex | undefined): boolean {
  if (o.promotionIds.length > 0 || o.promotionDiscount !== 0) return true;
  return sku !== undefined && sku.directSpans.length > 0 && inSpans(sku.directSpans, o.at);
}

/**
 * Scans the lines in (from, cutoff] that pass `keep` (plus the PR-2 base filters: priced, with units, in
 * the marketplace currency) and returns their unit prices; `refs` collects them when given.
 */
export function scanNonPromotionalLines(
  facts: AsinFacts,
  from: Instant,
  cutoff: Instant,
  keep: (o: OrderLineFact) => boolean,
  refs?: OrderRef[],
): number[] {
  const bySku = asinIndex(facts).bySku;
  const currency = marketplaceInfo(facts.marketplace).currency;
  const orders = facts.orders;
  const values: number[] = [];
  let lastSku = '';
  let sku: SkuIndex | undefined;
  for (let i = firstAfter(orders, from); i < orders.length; i++) {
    const o = orders[i] as OrderLineFact;
    if (o.at > cutoff) break;
    if (o.unitPrice === null || !(o.units > 0) || o.currency !== currency || !keep(o)) continue;
    if (o.sku !== lastSku) {
      lastSku = o.sku;
      sku = bySku.get(o.sku);
    }
    if (atPromotionalPrice(o, sku)) continue;
    values.push(o.unitPrice); // no promotion discount: line total ÷ units = unit price
    if (refs !== undefined) refs.push(orderRef(o));
  }
  return values;
}

/** PR-2 qualifying filters beyond "not promotional". */
export function wasPriceLineKept(o: OrderLineFact): boolean {
  return !o.cancelled && !o.b2b && !o.subscribeAndSave;
}

/** PR-3: the frozen Was Price in force at `at`, or null. */
export function frozenWasPriceAt(facts: AsinFacts, at: Instant, ruleSet: RuleSet): FrozenWasPrice | null {
  const rp = ruleSet.referencePrices;
  if (!rp.wasPriceFreezeAllowed || facts.frozenWasPrices.length === 0) return null;
  const tz = timeZoneOf(facts.marketplace);
  let best: FrozenWasPrice | null = null;
  for (const f of facts.frozenWasPrices as readonly FrozenWasPriceFact[]) {
    if (f.marketplace !== facts.marketplace || !(f.from <= at && at < f.to)) continue;
    for (const e of facts.events) {
      if (e.marketplace !== facts.marketplace || !(at < e.end)) continue;
      if (f.from > minusLocalDays(e.start, rp.wasPriceFreezeMinLeadDays, tz)) continue;
      if (best === null || f.from > best.from) best = { price: f.price, from: f.from, to: f.to, event: e.name };
      break;
    }
  }
  return best;
}

/** PR-2 + PR-3: the Was Price at `at`. `refs` collects the qualifying lines when given. */
export function wasPrice(facts: AsinFacts, at: Instant, ruleSet: RuleSet, refs?: OrderRef[]): WasPriceResult {
  const rp = ruleSet.referencePrices;
  const from = pastDaysFrom(at, rp.wasPriceWindowDays, facts.marketplace);
  const values = scanNonPromotionalLines(facts, from, recentCutoff(at, ruleSet), wasPriceLineKept, refs);
  const qualifyingOrders = values.length;
  const enough = qualifyingOrders >= rp.wasPriceMinQualifyingOrders;
  const computed = enough ? medianHalfUp(values) : null;
  const reason = enough
    ? null
    : ruleIssue('WAS_PRICE_TOO_FEW_ORDERS', 'PR-2', {
        needed: rp.wasPriceMinQualifyingOrders,
        days: rp.wasPriceWindowDays,
        orders: qualifyingOrders,
      });
  const frozenPrice = frozenWasPriceAt(facts, at, ruleSet);
  if (frozenPrice !== null) {
    return { value: frozenPrice.price, qualifyingOrders, frozen: true, computed, frozenPrice, reason };
  }
  return { value: computed, qualifyingOrders, frozen: false, computed, frozenPrice: null, reason };
}
