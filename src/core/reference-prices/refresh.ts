// PR-7 reference refresh with evidence: would a request to refresh the List Price or the Was Price
// succeed now, and which orders / evidence support it?
// - List Price: validated per PR-1 (orders at or above it in the past 90/180 days but not the past 24
//   hours, or external evidence).
// - Was Price: ≥ 3 orders within 90 days (rule set), none in the past 24 hours, non-B2B and
//   non-promotional (PR-2's "promotional": promotion ids, a promotion discount, or a direct-price
//   promotion live at the purchase), not cancelled; Subscribe & Save lines carry the S&S discount and
//   are treated as promotional too. The refreshed value would be their median (PR-2 rounding).
// - The 30-day lowest net price can never be refreshed (PR-6).
import type { Instant, Minor, OrderLineFact } from '../catalog/facts.js';
import { marketplaceInfo } from '../catalog/marketplace.js';
import { ruleIssue, type RuleIssue } from '../messages/messages.js';
import { formatMoney } from '../money/money.js';
import type { RuleSet } from '../rules/schema.js';
import type { AsinFacts } from './asin-facts.js';
import { validatedListPrice, type ListPriceEvidenceRef } from './list-price.js';
import './messages.js';
import { medianHalfUp, pastDaysFrom, recentCutoff, type OrderRef } from './order-lines.js';
import { scanNonPromotionalLines } from './was-price.js';

export interface ReferenceRefreshRequest {
  readonly listPrice: {
    readonly value: Minor | null;
    readonly wouldSucceed: boolean;
    readonly basis: 'orders' | 'evidence' | null;
    readonly orders: readonly OrderRef[];
    readonly evidence: readonly ListPriceEvidenceRef[];
    readonly reason: RuleIssue;
  };
  readonly wasPrice: {
    readonly wouldSucceed: boolean;
    /** The median of the supporting orders (what the refresh would establish), or null. */
    readonly value: Minor | null;
    readonly needed: number;
    readonly orders: readonly OrderRef[];
    readonly reason: RuleIssue;
  };
  readonly lowest30DayNetPrice: { readonly refreshable: false; readonly reason: RuleIssue };
}

function refreshLineKept(o: OrderLineFact): boolean {
  return !o.cancelled && !o.b2b && !o.subscribeAndSave;
}

/** PR-7: whether a refresh request would succeed at `at`, with the supporting orders and evidence. */
export function referenceRefreshRequest(facts: AsinFacts, at: Instant, ruleSet: RuleSet): ReferenceRefreshRequest {
  const rp = ruleSet.referencePrices;
  const currency = marketplaceInfo(facts.marketplace).currency;
  const list = validatedListPrice(facts, at, ruleSet, { collect: true });

  const orders: OrderRef[] = [];
  const from = pastDaysFrom(at, rp.refreshWasPriceWindowDays, facts.marketplace);
  const values = scanNonPromotionalLines(facts, from, recentCutoff(at, ruleSet), refreshLineKept, orders);
  const needed = rp.refreshWasPriceMinOrders;
  const wouldSucceed = values.length >= needed;
  const value = wouldSucceed ? medianHalfUp(values) : null;
  const hours = rp.referenceRecentExclusionHours;
  const days = rp.refreshWasPriceWindowDays;
  const reason = wouldSucceed
    ? ruleIssue('WAS_PRICE_REFRESH_SUPPORTED', 'PR-7', {
        orders: values.length,
        days,
        hours,
        value: formatMoney(value as Minor, currency),
        currency,
      })
    : ruleIssue('WAS_PRICE_REFRESH_UNSUPPORTED', 'PR-7', { orders: values.length, needed, days, hours });

  return {
    listPrice: {
      value: list.value,
      wouldSucceed: list.validated,
      basis: list.basis,
      orders: list.supportingOrders,
      evidence: list.supportingEvidence,
      reason: list.reason,
    },
    wasPrice: { wouldSucceed, value, needed, orders, reason },
    lowest30DayNetPrice: {
      refreshable: false,
      reason: ruleIssue('LOWEST_NET_PRICE_NOT_REFRESHABLE', 'PR-6', { days: rp.lowestNetPriceWindowDays }),
    },
  };
}
