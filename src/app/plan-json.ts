// Core clearance plans (integer minor units, epoch-ms instants) → the documents of plan-documents.ts.
import type { Minor, PromotionFact } from '../core/catalog/facts.js';
import { formatInstant, timeZoneOf } from '../core/calendar/calendar.js';
import type { Marketplace } from '../core/catalog/marketplace.js';
import type { PlannedAction, PlanOption, RejectedCandidate, SkuPlan } from '../core/clearance/types.js';
import type { RuleIssue } from '../core/messages/messages.js';
import { formatMoney, type Currency } from '../core/money/money.js';
import type { PlanActionDoc, PlanDoc, PlanOptionDoc } from './plan-documents.js';
import { issueJson } from './pricing-json.js';
import type { IssueDoc } from './pricing-documents.js';

function money(amount: Minor, currency: Currency): string {
  return formatMoney(amount, currency);
}

function moneyOrNull(amount: Minor | null, currency: Currency): string | null {
  return amount === null ? null : formatMoney(amount, currency);
}

function issues(list: readonly RuleIssue[]): IssueDoc[] {
  return list.map(issueJson);
}

function promotionJson(q: PromotionFact, mp: Marketplace, currency: Currency) {
  const tz = timeZoneOf(mp);
  return {
    id: q.id,
    kind: q.kind,
    start: formatInstant(q.start, tz),
    end: formatInstant(q.end, tz),
    price: moneyOrNull(q.price, currency),
    discount_pct: q.discountPct,
    audience: q.audience,
    min_qty: q.minQty,
  };
}

function actionJson(a: PlannedAction, mp: Marketplace, currency: Currency): PlanActionDoc {
  const tz = timeZoneOf(mp);
  return {
    action: a.action,
    start: formatInstant(a.start, tz),
    end: formatInstant(a.end, tz),
    price: moneyOrNull(a.price, currency),
    discountPct: a.discountPct,
    expectedUnits: a.expectedUnits,
    revenue: money(a.revenue, currency),
    fees: money(a.fees.total, currency),
    feeBreakdown: {
      referral: money(a.fees.referral, currency),
      fulfilment: money(a.fees.fulfilment, currency),
      promotion: money(a.fees.promotion, currency),
      disposal: money(a.fees.disposal, currency),
    },
    netCash: money(a.netCash, currency),
    promotions: a.promotions.map((q) => promotionJson(q, mp, currency)),
    warnings: issues(a.warnings),
    explanation: issues(a.explanation),
  };
}

export function optionJson(o: PlanOption, mp: Marketplace, currency: Currency): PlanOptionDoc {
  return {
    label: o.label,
    actions: o.actions.map((a) => actionJson(a, mp, currency)),
    netCash: money(o.netCash, currency),
    unitsSold: o.unitsSold,
    regularUnits: o.regularUnits,
    regularCash: money(o.regularCash, currency),
    holdingCost: moneyOrNull(o.holdingCost, currency),
    unitsLeft: o.unitsLeft,
    residualValue: money(o.residualValue, currency),
    explanation: issues(o.explanation),
  };
}

/** Rejected candidates grouped by action and rules (the first one's issues shown). */
function rejectedJson(list: readonly RejectedCandidate[], mp: Marketplace): PlanDoc['rejected'] {
  const groups = new Map<string, { first: RejectedCandidate; count: number; firstStart: number | null }>();
  for (const r of list) {
    const key = `${r.action}|${r.issues.map((i) => i.code).join(',')}`;
    const g = groups.get(key);
    if (g === undefined) groups.set(key, { first: r, count: 1, firstStart: r.start });
    else {
      g.count++;
      if (r.start !== null && (g.firstStart === null || r.start < g.firstStart)) g.firstStart = r.start;
    }
  }
  return [...groups.values()].map((g) => ({
    action: g.first.action,
    count: g.count,
    firstStart: g.firstStart === null ? null : formatInstant(g.firstStart, timeZoneOf(mp)),
    rules: [...new Set(g.first.issues.map((i) => i.rule))],
    codes: g.first.issues.map((i) => i.code),
    issues: issues(g.first.issues),
  }));
}

export function planJson(p: SkuPlan): PlanDoc {
  const mp = p.marketplace;
  const c = p.currency;
  return {
    sku: p.sku,
    asin: p.asin,
    marketplace: mp,
    currency: c,
    asOf: formatInstant(p.asOf, timeZoneOf(mp)),
    horizonDays: p.horizonDays,
    firstDay: p.firstDay,
    onHand: p.onHand,
    inbound: p.inbound,
    regularPrice: moneyOrNull(p.regularPrice, c),
    baselineDaily: Math.round(p.baselineDaily * 1000) / 1000,
    actions: p.best.actions.map((a) => actionJson(a, mp, c)),
    netCash: money(p.best.netCash, c),
    holdingCost: moneyOrNull(p.best.holdingCost, c),
    unitsSold: p.best.unitsSold,
    unitsLeft: p.best.unitsLeft,
    alternatives: p.alternatives.map((o) => optionJson(o, mp, c)),
    doNothing: optionJson(p.doNothing, mp, c),
    ruleOfThumb: p.ruleOfThumb === null ? null : optionJson(p.ruleOfThumb, mp, c),
    holdingCostIfNothing: moneyOrNull(p.holdingCostIfNothing, c),
    rejected: rejectedJson(p.rejected, mp),
    searched: p.searched,
    noFeeData: [...p.noFeeData],
    explanation: issues([...p.explanation, ...p.best.explanation]),
    demand: issues(p.demand),
  };
}
