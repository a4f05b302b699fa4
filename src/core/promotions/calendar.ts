// Calendar conflicts of a proposal with the ASIN's other promotions (planned ones included):
// - PM-7: direct-price promotions exclude each other in time → DIRECT_PRICE_OVERLAP warning; when a
//   deal (LD, BD, Outlet deal/sale) overlaps a consumer direct price it is an error (DEAL_OVERLAP). A
//   business price (business buyers only, PM-6) overlapping is always only a warning.
// - PM-1e: two coupons live at once both apply → COUPON_DOUBLE_DISCOUNT warning.
// - PM-3: two Lightning Deals on one ASIN must be ≥ 7 local days apart, end to start.
// - PM-9: promotional days in any 90-day window ≤ 70%, in any 30-day window ≤ 21 → warning for the
//   fullest window containing a day of the proposal. A day is promotional when any promotion other
//   than a business price is live at some instant of that local day.
// Other promotions are taken in (start, id) order so the findings never depend on the facts' order.
import type { Instant, PromotionFact } from '../catalog/facts.js';
import { DAY_MS, formatDayNumber, parseLocalDay } from '../calendar/civil.js';
import { localDay, minusLocalDays } from '../calendar/calendar.js';
import { mulDivFloor, percentToBasisPoints } from '../money/money.js';
import { effectOf } from '../quote/effect.js';
import { fail, instant, isDeal, isDirectPrice, money, warn, type CheckEnv } from './env.js';
import type { Findings } from './types.js';

/** The other promotions of the proposal's ASIN and marketplace, sorted by start then id. */
export function asinPromotions(env: Pick<CheckEnv, 'proposal' | 'facts'>): PromotionFact[] {
  const p = env.proposal;
  const skus = new Set(env.facts.products.filter((x) => x.asin === env.facts.asin).map((x) => x.sku));
  skus.add(p.sku);
  return env.facts.promotions
    .filter((o) => o.id !== p.id && o.marketplace === p.marketplace && skus.has(o.sku))
    .sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The common part of two promotions' live times [start, end), or null. */
export function overlapOf(a: PromotionFact, b: PromotionFact): { from: Instant; to: Instant } | null {
  const from = Math.max(a.start, b.start);
  const to = Math.min(a.end, b.end);
  return from < to ? { from, to } : null;
}

function describeDiscount(env: CheckEnv, p: PromotionFact): string {
  const e = effectOf(p);
  if (e.bp >= 0) return `${e.bp / 100}%`;
  if (e.amount >= 0) return money(env, e.amount);
  return '-';
}

function checkOverlaps(env: CheckEnv, out: Findings, others: readonly PromotionFact[]): void {
  const p = env.proposal;
  for (const other of others) {
    const o = overlapOf(p, other);
    if (o === null) continue;
    const span = { from: instant(env, o.from), to: instant(env, o.to) };
    if (isDirectPrice(p.kind) && isDirectPrice(other.kind)) {
      const business = p.kind === 'business_price' || other.kind === 'business_price';
      const deal = isDeal(p.kind) || isDeal(other.kind);
      const values = { otherKind: other.kind, otherId: other.id, ...span };
      if (deal && !business) fail(out, 'DEAL_OVERLAP', 'PM-7', values);
      else warn(out, 'DIRECT_PRICE_OVERLAP', 'PM-7', values);
    }
    if (p.kind === 'coupon' && other.kind === 'coupon') {
      warn(out, 'COUPON_DOUBLE_DISCOUNT', 'PM-1e', {
        otherId: other.id,
        otherDiscount: describeDiscount(env, other),
        ...span,
      });
    }
  }
}

function checkLightningDealSpacing(env: CheckEnv, out: Findings, others: readonly PromotionFact[]): void {
  const p = env.proposal;
  const minDays = env.rules.promotions.ldMinGapDays;
  if (p.kind !== 'lightning_deal' || !(p.end > p.start)) return;
  for (const other of others) {
    if (other.kind !== 'lightning_deal' || !(other.end > other.start)) continue;
    const [first, second] =
      other.start < p.start || (other.start === p.start && other.id < p.id) ? [other, p] : [p, other];
    const earliestNext = minusLocalDays(first.end, -minDays, env.timeZone);
    if (second.start >= earliestNext) continue;
    fail(out, 'LD_SPACING_TOO_SHORT', 'PM-3', {
      otherId: other.id,
      otherStart: instant(env, other.start),
      otherEnd: instant(env, other.end),
      gapDays: Math.round(((second.start - first.end) / DAY_MS) * 100) / 100,
      minDays,
    });
  }
}

/** Local day numbers [first, last] a promotion is live on (end is exclusive); null when empty. */
function dayRange(p: PromotionFact, timeZone: string): [number, number] | null {
  if (!(p.end > p.start)) return null;
  return [parseLocalDay(localDay(p.start, timeZone)), parseLocalDay(localDay(p.end - 1, timeZone))];
}

/** Longest stretch of days PM-9 looks at around a proposal (a guard against absurd end dates). */
const MAX_SPAN_DAYS = 5_000;

function checkPromotionDayBudget(env: CheckEnv, out: Findings, others: readonly PromotionFact[]): void {
  const p = env.proposal;
  const r = env.rules.promotions;
  const own = p.kind === 'business_price' ? null : dayRange(p, env.timeZone);
  if (own === null) return;
  const budgets = [
    {
      windowDays: r.promoDayBudgetWindowDays,
      max: mulDivFloor(r.promoDayBudgetWindowDays, percentToBasisPoints(r.promoDayBudgetMaxPct), 10_000),
    },
    { windowDays: r.promoDayBudgetShortWindowDays, max: r.promoDayBudgetShortMaxDays },
  ];
  const promoRanges = [own];
  for (const o of others) {
    if (o.kind === 'business_price' || o.audience === 'business') continue;
    const range = dayRange(o, env.timeZone);
    if (range !== null) promoRanges.push(range);
  }
  for (const { windowDays, max } of budgets) {
    const lo = own[0] - windowDays + 1;
    const hi = Math.min(own[1] + windowDays - 1, lo + MAX_SPAN_DAYS);
    const promo = new Uint8Array(hi - lo + 1);
    for (const [a, b] of promoRanges) {
      for (let d = Math.max(a, lo); d <= Math.min(b, hi); d++) promo[d - lo] = 1;
    }
    const prefix = new Int32Array(promo.length + 1);
    for (let i = 0; i < promo.length; i++) prefix[i + 1] = (prefix[i] as number) + (promo[i] as number);
    let best = -1;
    let bestStart = lo;
    for (let s = lo; s <= Math.min(own[1], hi - windowDays + 1); s++) {
      const count = (prefix[s - lo + windowDays] as number) - (prefix[s - lo] as number);
      if (count > best) {
        best = count;
        bestStart = s;
      }
    }
    if (best > max) {
      warn(out, 'PROMO_DAY_BUDGET_EXCEEDED', 'PM-9', {
        days: best,
        windowDays,
        max,
        from: formatDayNumber(bestStart),
        to: formatDayNumber(bestStart + windowDays - 1),
      });
    }
  }
}

export function checkCalendar(env: CheckEnv, out: Findings): void {
  const others = asinPromotions(env);
  checkOverlaps(env, out, others);
  checkLightningDealSpacing(env, out, others);
  checkPromotionDayBudget(env, out, others);
}
