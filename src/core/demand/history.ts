// The seller's own past promotions, and the prior shrunk toward what they showed.
//
// Which promotions: the SKU's promotion facts that ended by the as-of instant and started within the
// past HISTORY_DAYS days, plus promotions known only from order lines (a promotion id on ≥ 3 lines
// with no promotion fact: an add-on discount as Amazon's order reports give it, read as a coupon whose
// depth is the median line discount and whose days are those of its lines). A Best Deal with a coupon
// live on at least half of its days is a "Best Deal + coupon"; a promotion overlapping any other
// demand-lifting promotion is left out (its lift cannot be attributed).
//
// What each shows: its observed multiplier = units per in-stock day while it ran ÷ the baseline of
// the 28 days before it (in-stock, non-promotional days; at least 7 of them). Inverting the response
// form of priors.ts at the promotion's own depth and days gives the badge it implies (clamped to
// [0.1, 50]); e.g. an Outlet run at 30% off that tripled sales implies badge = 3 ÷ 0.7^−ε.
//
// Shrinkage (Bayesian-style, hierarchical, on the log scale). Each promotion i deviates from the prior
// by dᵢ = log impliedᵢ − log prior(program), with weight wᵢ = min(1, days ÷ 7) (a Lightning Deal
// weighs 1). A SKU's response to promotions in general is the first thing its history shows: the
// common deviation g = Σ wᵢdᵢ ÷ (w₀ + Σ wᵢ), w₀ = DEMAND_PRIORS.priorWeight, moves every badge; each
// program with promotions of its own then moves further toward them: log badge = log prior + g +
// Σ wᵢ(dᵢ − g) ÷ (w₀ + Σ wᵢ) over its own. Only the badges are re-estimated; ε stays at its published
// value (a few promotions cannot pin it down).
import type { Instant, LocalDay, OrderLineFact, PriceFact, PromotionFact } from '../catalog/facts.js';
import { localDay } from '../calendar/calendar.js';
import { formatDayNumber, parseLocalDay } from '../calendar/civil.js';
import { ruleIssue, type RuleIssue } from '../messages/messages.js';
import { standardPriceAt } from '../quote/timeline.js';
import { round2 } from './baseline.js';
import { DEMAND } from './messages.js';
import { PROGRAMS, type Program, type ResponseParams } from './priors.js';
import { dealShape, priceEffect } from './response.js';
import type { DayStock } from './stock-days.js';

/** How far back the seller's promotions are read. */
export const HISTORY_DAYS = 180;
/** Days before a promotion whose plain sales are its own baseline. */
export const PRE_PROMOTION_DAYS = 28;
const MIN_PRE_DAYS = 7;
const MIN_INFERRED_LINES = 3;

export interface ObservedPromotion {
  readonly id: string;
  readonly program: Program;
  readonly withCoupon: boolean;
  /** True when known only from order lines' promotion ids. */
  readonly inferred: boolean;
  readonly firstDay: LocalDay;
  readonly lastDay: LocalDay;
  readonly days: number;
  readonly depth: number;
  readonly observedDaily: number;
  readonly baselineBefore: number;
  readonly multiplier: number;
  readonly impliedBadge: number;
  readonly weight: number;
}

export interface BadgeEstimate {
  readonly prior: number;
  readonly posterior: number;
  /** Σ weights of the seller's own observations. */
  readonly evidence: number;
}

export interface HistoryFit {
  readonly params: ResponseParams;
  readonly observations: readonly ObservedPromotion[];
  readonly badges: Readonly<Record<Program, BadgeEstimate>>;
  readonly explanation: readonly RuleIssue[];
}

export interface HistoryInput {
  readonly sku: string;
  readonly orders: readonly OrderLineFact[];
  /** The SKU's price changes sorted by `at`. */
  readonly prices: readonly PriceFact[];
  readonly promotions: readonly PromotionFact[];
  /** On-hand history covering HISTORY_DAYS + PRE_PROMOTION_DAYS days before the as-of day. */
  readonly stock: readonly DayStock[];
  /** Promotional local day numbers (facts and inferred), as baseline.ts counts them. */
  readonly promotionalDays: ReadonlySet<number>;
  readonly asOf: Instant;
  readonly timeZone: string;
}

interface Run {
  readonly id: string;
  readonly kind: PromotionFact['kind'];
  readonly first: number;
  readonly last: number;
  readonly start: Instant;
  /** Depth off the regular price, when known from the fact itself (inferred runs). */
  readonly depth: number | null;
  readonly fact: PromotionFact | null;
}

/** Promotions known only from order lines: id → run (see the header). */
export function inferredPromotions(
  sku: string,
  orders: readonly OrderLineFact[],
  known: ReadonlySet<string>,
  timeZone: string,
): { id: string; first: number; last: number; start: Instant; depth: number }[] {
  const byId = new Map<string, OrderLineFact[]>();
  for (const o of orders) {
    if (o.sku !== sku || o.cancelled || o.unitPrice === null || o.unitPrice <= 0) continue;
    for (const id of o.promotionIds) {
      if (known.has(id)) continue;
      const list = byId.get(id) ?? [];
      list.push(o);
      byId.set(id, list);
    }
  }
  const out: { id: string; first: number; last: number; start: Instant; depth: number }[] = [];
  for (const [id, lines] of byId) {
    if (lines.length < MIN_INFERRED_LINES) continue;
    const depths = lines.map((o) => o.promotionDiscount / ((o.unitPrice as number) * o.units)).sort((a, b) => a - b);
    const depth = depths[Math.floor(depths.length / 2)] as number;
    if (!(depth > 0 && depth < 1)) continue;
    const days = lines.map((o) => parseLocalDay(localDay(o.at, timeZone)));
    out.push({
      id,
      first: Math.min(...days),
      last: Math.max(...days),
      start: Math.min(...lines.map((o) => o.at)),
      depth,
    });
  }
  return out;
}

function programOfKind(kind: PromotionFact['kind']): Program | null {
  switch (kind) {
    case 'outlet_deal':
    case 'outlet_sale':
      return 'outlet';
    case 'lightning_deal':
      return 'lightning_deal';
    case 'best_deal':
      return 'best_deal';
    case 'coupon':
      return 'coupon';
    case 'ped':
      return 'ped';
    default:
      return null;
  }
}

function depthOf(p: PromotionFact, regular: number): number | null {
  if (p.price !== null) return regular > 0 ? 1 - p.price / regular : null;
  if (p.discountPct !== null) return p.discountPct / 100;
  if (p.discountAmount !== null) return regular > 0 ? p.discountAmount / regular : null;
  return null;
}

/** The badge an observed multiplier implies under the response form (null when it cannot). */
function impliedBadge(
  params: ResponseParams,
  program: Program,
  withCoupon: boolean,
  depth: number,
  days: number,
  m: number,
): number | null {
  const pe = priceEffect(params, depth);
  let badge: number;
  if (program === 'best_deal') {
    let shape = 0;
    for (let i = 0; i < days; i++) shape += dealShape(params, i);
    badge = m / (pe * (shape / days));
    if (withCoupon) badge /= params.badge.coupon;
  } else if (program === 'lightning_deal') {
    const s = Math.min(params.lightningDealHours, 24) / 24;
    badge = (m - 1 + s) / (s * pe * dealShape(params, 0));
  } else if (program === 'ped') {
    badge = (m - 1 + params.primeShare) / (params.primeShare * pe);
  } else {
    badge = m / pe;
  }
  if (!Number.isFinite(badge) || badge <= 0) return null;
  return Math.min(Math.max(badge, 0.1), 50);
}

/** The seller's past promotions and the lift each showed (see the header). */
export function ownPromotionLifts(input: HistoryInput, params: ResponseParams): ObservedPromotion[] {
  const tz = input.timeZone;
  const today = parseLocalDay(localDay(input.asOf, tz));
  const byDay = new Map<number, DayStock>();
  for (const s of input.stock) byDay.set(parseLocalDay(s.day), s);
  const own = input.promotions.filter((p) => p.sku === input.sku && p.end > p.start);
  const runs: Run[] = own
    .filter((p) => p.end <= input.asOf && parseLocalDay(localDay(p.start, tz)) >= today - HISTORY_DAYS)
    .map((p) => ({
      id: p.id,
      kind: p.kind,
      first: parseLocalDay(localDay(p.start, tz)),
      last: parseLocalDay(localDay(p.end - 1, tz)),
      start: p.start,
      depth: null,
      fact: p,
    }));
  for (const r of inferredPromotions(input.sku, input.orders, new Set(input.promotions.map((p) => p.id)), tz)) {
    if (r.first >= today - HISTORY_DAYS && r.last < today) runs.push({ ...r, kind: 'coupon', fact: null });
  }
  const out: ObservedPromotion[] = [];
  for (const run of runs) {
    let program = programOfKind(run.kind);
    if (program === null) continue;
    const overlapping = runs.filter(
      (o) => o !== run && o.first <= run.last && run.first <= o.last && programOfKind(o.kind) !== null,
    );
    let withCoupon = false;
    if (program === 'best_deal' && overlapping.length === 1 && overlapping[0]?.kind === 'coupon') {
      const c = overlapping[0];
      const shared = Math.min(c.last, run.last) - Math.max(c.first, run.first) + 1;
      withCoupon = shared * 2 >= run.last - run.first + 1;
      if (!withCoupon) continue;
    } else if (overlapping.length > 0) continue;
    const regular = standardPriceAt(input.prices, run.start);
    let depth = run.depth;
    if (run.fact !== null) {
      if (regular === null) continue;
      depth = depthOf(run.fact, regular);
      const coupon = withCoupon ? overlapping[0]?.fact : null;
      if (coupon && depth !== null) {
        const cd = depthOf(coupon, regular);
        if (cd === null) continue;
        depth = 1 - (1 - depth) * (1 - cd);
      }
    }
    if (depth === null || !(depth >= 0 && depth < 1)) continue;
    let units = 0;
    let inStock = 0;
    for (let d = run.first; d <= run.last; d++) {
      const s = byDay.get(d);
      if (s === undefined || !s.inStock) continue;
      inStock++;
      units += s.soldUnits;
    }
    let preUnits = 0;
    let preDays = 0;
    for (let d = run.first - PRE_PROMOTION_DAYS; d < run.first; d++) {
      const s = byDay.get(d);
      if (s === undefined || !s.inStock || input.promotionalDays.has(d)) continue;
      preDays++;
      preUnits += s.soldUnits;
    }
    if (inStock === 0 || preDays < MIN_PRE_DAYS || preUnits === 0) continue;
    const observedDaily = units / inStock;
    const baselineBefore = preUnits / preDays;
    const multiplier = observedDaily / baselineBefore;
    const days = run.last - run.first + 1;
    if (program === 'lightning_deal' && days > 1) program = 'best_deal';
    const badge = impliedBadge(params, program, withCoupon, depth, days, multiplier);
    if (badge === null) continue;
    out.push({
      id: run.id,
      program,
      withCoupon,
      inferred: run.fact === null,
      firstDay: formatDayNumber(run.first),
      lastDay: formatDayNumber(run.last),
      days,
      depth,
      observedDaily,
      baselineBefore,
      multiplier,
      impliedBadge: badge,
      weight: program === 'lightning_deal' ? 1 : Math.min(1, days / 7),
    });
  }
  return out.sort((a, b) => (a.firstDay < b.firstDay ? -1 : a.firstDay > b.firstDay ? 1 : a.id < b.id ? -1 : 1));
}

/** The prior's badges shrunk toward the observations (see the header). */
export function shrinkToHistory(
  prior: ResponseParams,
  observations: readonly ObservedPromotion[],
  priorWeight: number,
): HistoryFit {
  const badge = { ...prior.badge };
  const badges = {} as Record<Program, BadgeEstimate>;
  const explanation: RuleIssue[] = [];
  const dev = (o: ObservedPromotion): number => Math.log(o.impliedBadge) - Math.log(prior.badge[o.program]);
  const total = observations.reduce((s, o) => s + o.weight, 0);
  const common = total > 0 ? observations.reduce((s, o) => s + o.weight * dev(o), 0) / (priorWeight + total) : 0;
  if (total > 0) {
    explanation.push(
      ruleIssue(DEMAND.DEMAND_COMMON_FACTOR, 'EXC-9', {
        count: observations.length,
        factor: round2(Math.exp(common)),
        priorWeight,
      }),
    );
  }
  for (const program of PROGRAMS) {
    const own = observations.filter((o) => o.program === program);
    const evidence = own.reduce((s, o) => s + o.weight, 0);
    const p = prior.badge[program];
    const shift =
      evidence > 0 ? own.reduce((s, o) => s + o.weight * (dev(o) - common), 0) / (priorWeight + evidence) : 0;
    const posterior = Math.exp(Math.log(p) + common + shift);
    badge[program] = posterior;
    badges[program] = { prior: p, posterior, evidence };
    if (evidence > 0) {
      explanation.push(
        ruleIssue(DEMAND.DEMAND_SHRUNK_TO_HISTORY, 'EXC-9', {
          program,
          prior: round2(p),
          posterior: round2(posterior),
          count: own.length,
          ids: own.map((o) => o.id).join(', '),
          observed: own.map((o) => `${round2(o.multiplier)}× at ${Math.round(o.depth * 100)}% off`).join('; '),
          priorWeight,
        }),
      );
    }
  }
  if (observations.length === 0)
    explanation.push(ruleIssue(DEMAND.DEMAND_NO_OWN_HISTORY, 'EXC-9', { days: HISTORY_DAYS }));
  // WOOT has no history of its own here: it follows the Outlet badge (priors.ts).
  if (badges.woot.evidence === 0) badges.woot = { ...badges.woot, posterior: (badge.woot = badge.outlet) };
  return { params: { ...prior, badge }, observations, badges, explanation };
}
