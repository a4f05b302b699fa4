// Baseline daily demand of a SKU: what it sells per day at its regular price with no promotion, by
// RPL-1's weights (0.1·3 d + 0.4·7 d + 0.3·14 d + 0.2·30 d, the rule set's salesVelocityWeights), each
// window's average taken over the days that measure plain demand only:
// - stockout days are left out (a day without stock is not a day of zero demand, stock-days.ts);
// - promotional days are left out (a live deal, coupon, PED, Outlet… lifts sales above the baseline;
//   business prices and promotion codes do not count, they reach few buyers).
// Windows are the N complete local days before the as-of day (a partly elapsed day never counts as a
// slow day). A window with no such day takes the average of the next longer window that has one (up
// to 90 days); with none at all the baseline is 0. The plain RPL-1 figure (every day counted) is kept
// beside it so the adjustment shows.
import type { Instant, PromotionFact } from '../catalog/facts.js';
import { localDay } from '../calendar/calendar.js';
import { formatDayNumber, parseLocalDay } from '../calendar/civil.js';
import { ruleIssue, type RuleIssue } from '../messages/messages.js';
import type { ReplenishmentRules } from '../rules/schema.js';
import { DEMAND } from './messages.js';
import type { DayStock } from './stock-days.js';

/** The longest window a fallback looks at. */
export const BASELINE_FALLBACK_DAYS = 90;

export interface BaselineTerm {
  readonly windowDays: number;
  readonly weight: number;
  /** Days counted (in stock, not promotional). */
  readonly countedDays: number;
  readonly stockoutDays: number;
  readonly promotionalDays: number;
  /** Units sold on the counted days. */
  readonly units: number;
  /** units ÷ countedDays, or the fallback window's average. */
  readonly average: number;
  /** The longer window whose average was taken when this one had no counted day; null otherwise. */
  readonly fallbackWindowDays: number | null;
}

export interface Baseline {
  /** Units per day at the regular price (stockout- and promotion-adjusted RPL-1). */
  readonly daily: number;
  /** RPL-1 over the same complete days with every day counted (for comparison). */
  readonly plainDaily: number;
  readonly terms: readonly BaselineTerm[];
  readonly explanation: readonly RuleIssue[];
}

export interface BaselineInput {
  readonly sku: string;
  /** The SKU's on-hand history covering at least the BASELINE_FALLBACK_DAYS days before the as-of day. */
  readonly stock: readonly DayStock[];
  /** Promotions of the SKU (others are ignored). */
  readonly promotions: readonly PromotionFact[];
  readonly asOf: Instant;
  readonly timeZone: string;
  readonly rules: Pick<ReplenishmentRules, 'salesVelocityWeights'>;
}

/** Kinds that lift everybody's demand (business prices and codes reach few buyers). */
function liftsDemand(p: PromotionFact): boolean {
  return p.kind !== 'business_price' && p.kind !== 'promo_code';
}

/** Local day numbers on which a promotion of the SKU was live at some instant. */
export function promotionalDays(
  sku: string,
  promotions: readonly PromotionFact[],
  timeZone: string,
  fromDay: number,
  toDay: number,
): Set<number> {
  const days = new Set<number>();
  for (const p of promotions) {
    if (p.sku !== sku || !liftsDemand(p) || !(p.end > p.start)) continue;
    const a = Math.max(parseLocalDay(localDay(p.start, timeZone)), fromDay);
    const b = Math.min(parseLocalDay(localDay(p.end - 1, timeZone)), toDay);
    for (let d = a; d <= b; d++) days.add(d);
  }
  return days;
}

interface WindowCount {
  counted: number;
  stockout: number;
  promotional: number;
  units: number;
  allUnits: number;
}

/** The stockout- and promotion-adjusted RPL-1 baseline (see the header). */
export function baselineDemand(input: BaselineInput): Baseline {
  const today = parseLocalDay(localDay(input.asOf, input.timeZone));
  const byDay = new Map<number, DayStock>();
  for (const s of input.stock) byDay.set(parseLocalDay(s.day), s);
  const promo = promotionalDays(input.sku, input.promotions, input.timeZone, today - BASELINE_FALLBACK_DAYS, today - 1);

  const count = (n: number): WindowCount => {
    const c: WindowCount = { counted: 0, stockout: 0, promotional: 0, units: 0, allUnits: 0 };
    for (let d = today - n; d < today; d++) {
      const s = byDay.get(d);
      const sold = s?.soldUnits ?? 0;
      c.allUnits += sold;
      if (s !== undefined && !s.inStock) c.stockout++;
      else if (promo.has(d)) c.promotional++;
      else {
        c.counted++;
        c.units += sold;
      }
    }
    return c;
  };

  const weights = input.rules.salesVelocityWeights;
  const fallbacks = [...new Set([...weights.map((w) => w.velocityWindowDays), BASELINE_FALLBACK_DAYS])].sort(
    (a, b) => a - b,
  );
  const counts = new Map<number, WindowCount>(fallbacks.map((n) => [n, count(n)]));
  const explanation: RuleIssue[] = [];
  const terms = weights.map((w): BaselineTerm => {
    const c = counts.get(w.velocityWindowDays) as WindowCount;
    let average = c.counted > 0 ? c.units / c.counted : 0;
    let fallbackWindowDays: number | null = null;
    if (c.counted === 0) {
      const longer = fallbacks.find((n) => n > w.velocityWindowDays && (counts.get(n) as WindowCount).counted > 0);
      if (longer !== undefined) {
        const l = counts.get(longer) as WindowCount;
        average = l.units / l.counted;
        fallbackWindowDays = longer;
      }
    }
    return {
      windowDays: w.velocityWindowDays,
      weight: w.velocityWeight,
      countedDays: c.counted,
      stockoutDays: c.stockout,
      promotionalDays: c.promotional,
      units: c.units,
      average,
      fallbackWindowDays,
    };
  });
  const daily = round9(terms.reduce((s, term) => s + term.weight * term.average, 0));
  const plainDaily = round9(
    weights.reduce(
      (s, w) =>
        s + (w.velocityWeight * (counts.get(w.velocityWindowDays) as WindowCount).allUnits) / w.velocityWindowDays,
      0,
    ),
  );
  const shown = terms.map((term) => `${term.weight}×${round2(term.average)}/${term.windowDays}d`).join(' + ');
  const excluded = terms.find((t) => t.windowDays === Math.max(...weights.map((w) => w.velocityWindowDays)));
  explanation.push(
    ruleIssue(DEMAND.DEMAND_BASELINE, 'RPL-1', {
      daily: round2(daily),
      plain: round2(plainDaily),
      terms: shown,
      stockoutDays: excluded?.stockoutDays ?? 0,
      promotionalDays: excluded?.promotionalDays ?? 0,
      windowDays: excluded?.windowDays ?? 0,
      from: formatDayNumber(today - (excluded?.windowDays ?? 0)),
      to: formatDayNumber(today - 1),
    }),
  );
  for (const term of terms) {
    if (term.fallbackWindowDays !== null) {
      explanation.push(
        ruleIssue(DEMAND.DEMAND_BASELINE_FALLBACK, 'RPL-1', {
          windowDays: term.windowDays,
          fallbackDays: term.fallbackWindowDays,
          average: round2(term.average),
        }),
      );
    }
  }
  return { daily, plainDaily, terms, explanation };
}

function round9(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
