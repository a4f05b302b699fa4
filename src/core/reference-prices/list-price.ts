// PR-1 List Price: set by the seller, a reference only when validated
//  a) by orders: ≥ N orders (rule set; 1) sold at a unit price at or above the List Price (line total ÷
//     units, so a coupon'ed sale below it does not count) within the past 90 days (180 for a seasonal
//     product) but not in the past 24 hours; cancelled and pending lines never count;
//  b) by evidence: an evidence fact (at ≤ the instant) whose price is at or above the List Price, or the
//     evidence URL recorded on the product row beside its List Price.
// Orders are preferred as the basis. Which List Price: the one of the SKU that sets the current price
// (DEC-2); when that SKU has none, the lowest List Price of the other new-condition SKUs (the lower
// reference is the stricter one for every "X% below ref" rule).
import type { Instant, Minor, OrderLineFact, ProductFact } from '../catalog/facts.js';
import { marketplaceInfo } from '../catalog/marketplace.js';
import { ruleIssue, type RuleIssue } from '../messages/messages.js';
import { formatMoney } from '../money/money.js';
import type { RuleSet } from '../rules/schema.js';
import { asinIndex, versionAt, type AsinFacts } from './asin-facts.js';
import { currentPriceDetail } from './current-price.js';
import './messages.js';
import { firstAfter, orderRef, pastDaysFrom, recentCutoff, soldAtOrAbove, type OrderRef } from './order-lines.js';

export interface ListPriceEvidenceRef {
  readonly url: string;
  readonly price: Minor;
  readonly at: Instant | null;
}

export interface ListPriceResult {
  /** The List Price set by the seller (validated or not), or null. */
  readonly value: Minor | null;
  readonly validated: boolean;
  readonly basis: 'orders' | 'evidence' | null;
  /** Why it is or is not validated (a RuleIssue-like explanation). */
  readonly reason: RuleIssue;
  /** The SKU whose List Price it is. */
  readonly sku: string | null;
  readonly seasonal: boolean;
  /** 90, or 180 for a seasonal product. */
  readonly windowDays: number;
  /** Orders at or above the List Price in the window (distinct order ids). */
  readonly validatingOrders: number;
  /** The lines that validate it (PR-7), when asked for. */
  readonly supportingOrders: readonly OrderRef[];
  readonly supportingEvidence: readonly ListPriceEvidenceRef[];
}

interface ListPriceChoice {
  readonly value: Minor | null;
  readonly product: ProductFact | null;
  readonly seasonal: boolean;
}

/** The List Price of the ASIN at `at` and whether the product is seasonal (any new-condition SKU). */
export function listPriceAt(facts: AsinFacts, at: Instant): ListPriceChoice {
  const current = currentPriceDetail(facts, at);
  let own: ProductFact | null = null;
  let lowest: ProductFact | null = null;
  let seasonal = false;
  for (const s of asinIndex(facts).skus) {
    const v = versionAt(s.versions, at);
    if (v === null || v.condition !== 'new') continue;
    if (v.seasonal) seasonal = true;
    if (v.listPrice === null) continue;
    if (current !== null && s.sku === current.sku) own = v;
    if (lowest === null || v.listPrice < (lowest.listPrice as Minor)) lowest = v;
  }
  const chosen = own ?? lowest;
  return { value: chosen?.listPrice ?? null, product: chosen, seasonal };
}

/** PR-1: the List Price and whether it is validated at `at`. `collect` lists the supporting facts (PR-7). */
export function validatedListPrice(
  facts: AsinFacts,
  at: Instant,
  ruleSet: RuleSet,
  options: { readonly collect?: boolean } = {},
): ListPriceResult {
  const rp = ruleSet.referencePrices;
  const currency = marketplaceInfo(facts.marketplace).currency;
  const { value, product, seasonal } = listPriceAt(facts, at);
  const windowDays = seasonal ? rp.listPriceValidationWindowDaysSeasonal : rp.listPriceValidationWindowDays;
  const hours = rp.referenceRecentExclusionHours;
  const base = { value, sku: product?.sku ?? null, seasonal, windowDays };
  if (value === null) {
    return {
      ...base,
      validated: false,
      basis: null,
      reason: ruleIssue('LIST_PRICE_NOT_SET', 'PR-1', { asin: facts.asin }),
      validatingOrders: 0,
      supportingOrders: [],
      supportingEvidence: [],
    };
  }
  const from = pastDaysFrom(at, windowDays, facts.marketplace);
  const cutoff = recentCutoff(at, ruleSet);
  const orders = facts.orders;
  const ids = new Set<string>();
  const supportingOrders: OrderRef[] = [];
  for (let i = firstAfter(orders, from); i < orders.length; i++) {
    const o = orders[i] as OrderLineFact;
    if (o.at > cutoff) break;
    if (o.cancelled || !soldAtOrAbove(o, value)) continue;
    ids.add(o.orderId);
    if (options.collect) supportingOrders.push(orderRef(o));
  }
  const supportingEvidence: ListPriceEvidenceRef[] = [];
  for (const e of facts.evidence) {
    if (e.at <= at && e.price >= value) supportingEvidence.push({ url: e.url, price: e.price, at: e.at });
  }
  if (product?.listPriceEvidenceUrl)
    supportingEvidence.push({ url: product.listPriceEvidenceUrl, price: value, at: null });
  const shown = formatMoney(value, currency);
  const byOrders = ids.size >= rp.listPriceMinValidatingOrders;
  const basis = byOrders ? 'orders' : supportingEvidence.length > 0 ? 'evidence' : null;
  let reason: RuleIssue;
  if (basis === 'orders') {
    reason = ruleIssue('LIST_PRICE_VALIDATED_BY_ORDERS', 'PR-1', {
      listPrice: shown,
      currency,
      orders: ids.size,
      days: windowDays,
      hours,
    });
  } else if (basis === 'evidence') {
    reason = ruleIssue('LIST_PRICE_VALIDATED_BY_EVIDENCE', 'PR-1', {
      listPrice: shown,
      currency,
      url: (supportingEvidence[0] as ListPriceEvidenceRef).url,
    });
  } else {
    reason = ruleIssue('LIST_PRICE_NOT_VALIDATED', 'PR-1', {
      listPrice: shown,
      currency,
      orders: ids.size,
      needed: rp.listPriceMinValidatingOrders,
      days: windowDays,
      hours,
    });
  }
  return {
    ...base,
    validated: basis !== null,
    basis,
    reason,
    validatingOrders: ids.size,
    supportingOrders,
    supportingEvidence,
  };
}
