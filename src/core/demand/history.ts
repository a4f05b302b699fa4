// The seller's own past promotions, and the prior shrunk toward what they showed.
//
// Which promotions: the SKU's promotion facts that ended by the as-of instant and started within the
// past HISTORY_DAYS days, plus promotions known only from order lines (a promotion id on ≥ 3 lines
// with no promotion fact: an add-on discount as Amazon's order reports give it, read as a coupon whose
// depth is the median line discount and whose days are those of its lines). A Best Deal with a coupon
// live on at least half of its days is a "Best Deal + coupon"; a promotion overlapping any other
// demand-lifting promotion is left out (its lift cannot be attributed).
//
// What each shows: its observed multiplier = units per counted day while it ran ÷ the baseline of
// the 28 days before it (at least 7 counted days; the dip days — DEMAND_PRIORS.dipDays — after an
// earlier promotion are left out too, unless fewer than 7 days would remain). Counted days are in
// stock for the whole day: a stockout day (no stock, nothing sold) and a sold-out day (it sold all it
// opened with: demand was higher than its sales) are left out, as RPL-1 leaves stockout days out of
// the baseline. Inverting the response form of priors.ts at the promotion's own depth and over the
// days counted gives the badge it implies (clamped to [0.1, 50]); e.g. an Outlet run at 30% off that
// tripled sales implies badge = 3 ÷ 0.7^−ε. A deal's interest decays day by day, so a Best Deal that
// sold out on day 3 is read against the mean of its shape over days 0–2, not over its 7 days.
// Its noise: daily orders are Poisson counts, so the log of the multiplier carries a variance of
// ≈ 1/units + 1/units before (delta method); for a PED or a Lightning Deal, which lift only part of
// the buyers or of the day, the badge moves by m ÷ (m − 1 + share) per unit of log m, and the variance
// by its square. The response form's own misfit (DEMAND_PRIORS.formMisfit²) is added.
//
// Shrinkage (hierarchical normal model on the log scale, exact posterior mean): promotion i reads
// dᵢ = log impliedᵢ − log prior(program) = c + e(program) [+ e(coupon) for a Best Deal + coupon] +
// noiseᵢ, with the SKU-wide responsiveness c ~ N(0, commonSpread²), each program's own deviation
// e(p) ~ N(0, programSpread²) and noiseᵢ ~ N(0, varianceᵢ). The posterior mean of (c, e) solves
// (Λ⁻¹ + Aᵀ N⁻¹ A) x = Aᵀ N⁻¹ d (≤ 8 unknowns, Gaussian elimination). Then log badge(p) = log prior(p)
// + c + e(p): a program the SKU never ran (WOOT, business prices…) moves by the SKU-wide c alone; one
// it ran moves further toward its own readings, the more so the more units they rest on. Only the
// badges are re-estimated; ε stays at its published value (a few promotions cannot pin it down).
import type { Instant, LocalDay, OrderLineFact, PriceFact, PromotionFact } from '../catalog/facts.js';
import { localDay } from '../calendar/calendar.js';
import { formatDayNumber, parseLocalDay } from '../calendar/civil.js';
import { ruleIssue, type RuleIssue } from '../messages/messages.js';
import { standardPriceAt } from '../quote/timeline.js';
import { round2 } from './baseline.js';
import { DEMAND } from './messages.js';
import { DEMAND_PRIORS, PROGRAMS, type Program, type ResponseParams } from './priors.js';
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
  /** Days counted (in stock all day) and days left out (stockout or sold out) while it ran. */
  readonly countedDays: number;
  readonly leftOutDays: number;
  /** Units sold on the counted days, and on the counted days before it. */
  readonly units: number;
  readonly unitsBefore: number;
  /** Variance of log impliedBadge: Poisson noise (delta method) + the form's misfit (see the header). */
  readonly variance: number;
}

export interface BadgeEstimate {
  readonly prior: number;
  readonly posterior: number;
  /** Promotions of the program's own among the observations. */
  readonly count: number;
  /** Posterior SD of log posterior (the prior's: √(commonSpread² + programSpread²)). */
  readonly sd: number;
}

/** The spreads of the hierarchical model (DEMAND_PRIORS, see priors.ts). */
export interface ShrinkageSpreads {
  readonly commonSpread: number;
  readonly programSpread: number;
  readonly formMisfit: number;
}

export interface HistoryFit {
  readonly params: ResponseParams;
  /** Posterior mean of the SKU-wide responsiveness c (log scale). */
  readonly common: number;
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

/**
 * The badge an observed multiplier implies under the response form over the days counted (day
 * indices from the promotion's first day), and d log badge ÷ d log m; null when it cannot.
 */
export function impliedBadge(
  params: ResponseParams,
  program: Program,
  withCoupon: boolean,
  depth: number,
  counted: readonly number[],
  m: number,
): { badge: number; sensitivity: number } | null {
  const pe = priceEffect(params, depth);
  let badge: number;
  let sensitivity = 1;
  if (program === 'best_deal') {
    let shape = 0;
    for (const i of counted) shape += dealShape(params, i);
    badge = m / (pe * (shape / counted.length));
    if (withCoupon) badge /= params.badge.coupon;
  } else if (program === 'lightning_deal') {
    const s = Math.min(params.lightningDealHours, 24) / 24;
    badge = (m - 1 + s) / (s * pe * dealShape(params, 0));
    sensitivity = m / (m - 1 + s);
  } else if (program === 'ped') {
    badge = (m - 1 + params.primeShare) / (params.primeShare * pe);
    sensitivity = m / (m - 1 + params.primeShare);
  } else {
    badge = m / pe;
  }
  if (!Number.isFinite(badge) || badge <= 0) return null;
  return { badge: Math.min(Math.max(badge, 0.1), 50), sensitivity };
}

/**
 * A day that measures demand: in stock all day. A stockout day is not; nor is a day that sold all the
 * units it opened with (it sold out during the day: demand was at least its sales, not equal to them).
 */
export function wholeDay(s: DayStock): boolean {
  if (!s.inStock) return false;
  return s.openUnits === null || s.soldUnits === 0 || s.soldUnits < s.openUnits;
}

/** The seller's past promotions and the lift each showed (see the header). */
export function ownPromotionLifts(
  input: HistoryInput,
  params: ResponseParams,
  formMisfit: number = DEMAND_PRIORS.formMisfit,
): ObservedPromotion[] {
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
  // Days of a post-promotion dip (priors.ts: sales pulled forward): not plain demand either.
  const dipDays = new Set<number>();
  for (const run of runs) {
    if (programOfKind(run.kind) === null) continue;
    for (let d = run.last + 1; d <= run.last + params.dipDays; d++) dipDays.add(d);
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
    const counted: number[] = [];
    for (let d = run.first; d <= run.last; d++) {
      const s = byDay.get(d);
      if (s === undefined || !wholeDay(s)) continue;
      counted.push(d - run.first);
      units += s.soldUnits;
    }
    // The days before it, without the post-promotion dip of earlier promotions (unless that leaves
    // fewer than MIN_PRE_DAYS days).
    let preUnits = 0;
    let preDays = 0;
    for (const skipDips of [true, false]) {
      preUnits = 0;
      preDays = 0;
      for (let d = run.first - PRE_PROMOTION_DAYS; d < run.first; d++) {
        const s = byDay.get(d);
        if (s === undefined || !wholeDay(s) || input.promotionalDays.has(d)) continue;
        if (skipDips && dipDays.has(d)) continue;
        preDays++;
        preUnits += s.soldUnits;
      }
      if (preDays >= MIN_PRE_DAYS) break;
    }
    if (counted.length === 0 || preDays < MIN_PRE_DAYS || preUnits === 0) continue;
    const observedDaily = units / counted.length;
    const baselineBefore = preUnits / preDays;
    const multiplier = observedDaily / baselineBefore;
    const days = run.last - run.first + 1;
    if (program === 'lightning_deal' && days > 1) program = 'best_deal';
    // A Lightning Deal lifts its own day only (its day must have been counted).
    if (program === 'lightning_deal' && counted[0] !== 0) continue;
    const implied = impliedBadge(params, program, withCoupon, depth, counted, multiplier);
    if (implied === null) continue;
    // Poisson noise of log m (delta method; a promotion that sold nothing reads as one unit).
    const poisson = 1 / Math.max(units, 1) + 1 / preUnits;
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
      impliedBadge: implied.badge,
      countedDays: counted.length,
      leftOutDays: days - counted.length,
      units,
      unitsBefore: preUnits,
      variance: poisson * implied.sensitivity ** 2 + formMisfit ** 2,
    });
  }
  return out.sort((a, b) => (a.firstDay < b.firstDay ? -1 : a.firstDay > b.firstDay ? 1 : a.id < b.id ? -1 : 1));
}

/** Solves M x = b in place (Gaussian elimination with partial pivoting; M symmetric positive definite). */
function solve(m: number[][], b: number[]): number[] {
  const n = b.length;
  for (let k = 0; k < n; k++) {
    let piv = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(m[i]![k]!) > Math.abs(m[piv]![k]!)) piv = i;
    [m[k], m[piv]] = [m[piv]!, m[k]!];
    [b[k], b[piv]] = [b[piv]!, b[k]!];
    for (let i = k + 1; i < n; i++) {
      const f = m[i]![k]! / m[k]![k]!;
      for (let j = k; j < n; j++) m[i]![j]! -= f * m[k]![j]!;
      b[i]! -= f * b[k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let k = n - 1; k >= 0; k--) {
    let v = b[k]!;
    for (let j = k + 1; j < n; j++) v -= m[k]![j]! * x[j]!;
    x[k] = v / m[k]![k]!;
  }
  return x;
}

/** The programs a reading loads on (a Best Deal + coupon: both badges). */
function loads(o: ObservedPromotion): Program[] {
  return o.program === 'best_deal' && o.withCoupon ? ['best_deal', 'coupon'] : [o.program];
}

/** The prior's badges shrunk toward the observations (hierarchical model, see the header). */
export function shrinkToHistory(
  prior: ResponseParams,
  observations: readonly ObservedPromotion[],
  spreads: ShrinkageSpreads = DEMAND_PRIORS,
): HistoryFit {
  const badge = { ...prior.badge };
  const badges = {} as Record<Program, BadgeEstimate>;
  const explanation: RuleIssue[] = [];
  // Unknowns: 0 = c, then the programs read.
  const programs = PROGRAMS.filter((p) => observations.some((o) => loads(o).includes(p)));
  const index = new Map<Program, number>(programs.map((p, k) => [p, k + 1]));
  const n = programs.length + 1;
  const m = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) =>
      i !== j ? 0 : 1 / (i === 0 ? spreads.commonSpread : spreads.programSpread) ** 2,
    ),
  );
  const b = new Array<number>(n).fill(0);
  for (const o of observations) {
    const d = Math.log(o.impliedBadge) - Math.log(prior.badge[o.program]);
    const rows = [0, ...loads(o).map((p) => index.get(p) as number)];
    for (const i of rows) {
      b[i]! += d / o.variance;
      for (const j of rows) m[i]![j]! += 1 / o.variance;
    }
  }
  // The posterior covariance's entries needed for the SDs: columns of M⁻¹ for c and each program.
  const inverse = (k: number): number[] => {
    const e = new Array<number>(n).fill(0);
    e[k] = 1;
    return solve(
      m.map((r) => [...r]),
      e,
    );
  };
  const x =
    observations.length > 0
      ? solve(
          m.map((r) => [...r]),
          [...b],
        )
      : new Array<number>(n).fill(0);
  const common = x[0] as number;
  const c0 = observations.length > 0 ? inverse(0) : null;
  const varCommon = c0 === null ? spreads.commonSpread ** 2 : (c0[0] as number);
  for (const program of PROGRAMS) {
    const k = index.get(program);
    const own = observations.filter((o) => loads(o).includes(program));
    const p = prior.badge[program];
    const shift = k === undefined ? 0 : (x[k] as number);
    const posterior = Math.exp(Math.log(p) + common + shift);
    let variance = varCommon + spreads.programSpread ** 2;
    if (k !== undefined && c0 !== null) {
      const ck = inverse(k);
      variance = (c0[0] as number) + 2 * (c0[k] as number) + (ck[k] as number);
    }
    badge[program] = posterior;
    badges[program] = { prior: p, posterior, count: own.length, sd: Math.sqrt(Math.max(variance, 0)) };
  }
  if (observations.length === 0) {
    explanation.push(ruleIssue(DEMAND.DEMAND_NO_OWN_HISTORY, 'EXC-9', { days: HISTORY_DAYS }));
    return { params: { ...prior, badge }, common: 0, observations, badges, explanation };
  }
  for (const o of observations) {
    explanation.push(
      ruleIssue(DEMAND.DEMAND_OBSERVED, o.leftOutDays > 0 ? 'RPL-1' : 'EXC-9', {
        id: o.id,
        program: o.withCoupon ? `${o.program} + coupon` : o.program,
        from: o.firstDay,
        to: o.lastDay,
        pct: Math.round(o.depth * 100),
        observed: round2(o.observedDaily),
        counted: o.countedDays,
        leftOut: o.leftOutDays,
        before: round2(o.baselineBefore),
        multiplier: round2(o.multiplier),
        implied: round2(o.impliedBadge),
        units: o.units,
        unitsBefore: o.unitsBefore,
        noise: round2(Math.exp(Math.sqrt(o.variance))),
      }),
    );
  }
  explanation.push(
    ruleIssue(DEMAND.DEMAND_COMMON_FACTOR, 'EXC-9', {
      count: observations.length,
      factor: round2(Math.exp(common)),
      commonSpread: round2(Math.exp(spreads.commonSpread)),
      programSpread: round2(Math.exp(spreads.programSpread)),
      misfit: round2(Math.exp(spreads.formMisfit)),
    }),
  );
  const unread: string[] = [];
  for (const program of PROGRAMS) {
    const e = badges[program];
    if (e.count === 0) {
      unread.push(`${program} ${round2(e.prior)} → ${round2(e.posterior)}`);
      continue;
    }
    const own = observations.filter((o) => loads(o).includes(program));
    explanation.push(
      ruleIssue(DEMAND.DEMAND_SHRUNK_TO_HISTORY, 'EXC-9', {
        program,
        prior: round2(e.prior),
        posterior: round2(e.posterior),
        common: round2(Math.exp(common)),
        own: round2(e.posterior / e.prior / Math.exp(common)),
        count: own.length,
        ids: own.map((o) => o.id).join(', '),
        sd: round2(Math.exp(e.sd)),
      }),
    );
  }
  if (unread.length > 0) {
    explanation.push(
      ruleIssue(DEMAND.DEMAND_COMMON_ONLY, 'EXC-9', {
        factor: round2(Math.exp(common)),
        badges: unread.join(', '),
      }),
    );
  }
  return { params: { ...prior, badge }, common, observations, badges, explanation };
}
