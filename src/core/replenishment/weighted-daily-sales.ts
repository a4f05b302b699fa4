// RPL-1 weighted daily sales: Σ weight × avg(units sold per day over the past N days), e.g.
// 0.1·avg(3 d) + 0.4·avg(7 d) + 0.3·avg(14 d) + 0.2·avg(30 d). Windows and weights come from the rule
// set's replenishment group (`salesVelocityWeights`); "past N days" is (asOf − N local days, asOf] in
// the marketplace's calendar days (DEC-3). Cancelled lines do not count; every other line does
// (B2B and Subscribe & Save units are sales too).
import type { Instant, OrderLineFact } from '../catalog/facts.js';
import { inWindow, pastDaysWindow, type PastDaysWindow } from '../calendar/calendar.js';
import type { ReplenishmentRules } from '../rules/schema.js';

/** One term of RPL-1: units sold in the window, their daily average and the weight applied. */
export interface VelocityTerm {
  readonly windowDays: number;
  readonly weight: number;
  readonly units: number;
  /** units ÷ windowDays */
  readonly dailyAverage: number;
  readonly window: PastDaysWindow;
}

export interface WeightedDailySales {
  /** Σ weight × dailyAverage, units per day (a rate, not money: a plain number). */
  readonly value: number;
  readonly asOf: Instant;
  readonly terms: readonly VelocityTerm[];
}

export interface WeightedDailySalesOptions {
  /** Count only these SKUs' lines (e.g. one SKU); all lines given when absent. */
  readonly skus?: readonly string[];
}

/**
 * RPL-1 as of `asOf`. `orders` may hold lines outside every window (they are ignored); only lines
 * with at ≤ asOf count, so planned or later facts never leak in.
 */
export function weightedDailySales(
  orders: readonly OrderLineFact[],
  asOf: Instant,
  rules: Pick<ReplenishmentRules, 'salesVelocityWeights'>,
  timeZone: string,
  options: WeightedDailySalesOptions = {},
): WeightedDailySales {
  const skus = options.skus ? new Set(options.skus) : null;
  const windows = rules.salesVelocityWeights.map((w) => ({
    windowDays: w.velocityWindowDays,
    weight: w.velocityWeight,
    window: pastDaysWindow(asOf, w.velocityWindowDays, timeZone),
  }));
  const units = windows.map(() => 0);
  for (const line of orders) {
    if (line.cancelled || (skus !== null && !skus.has(line.sku))) continue;
    windows.forEach((w, i) => {
      if (inWindow(line.at, w.window)) units[i] = (units[i] ?? 0) + line.units;
    });
  }
  const terms = windows.map((w, i): VelocityTerm => {
    const u = units[i] ?? 0;
    return { windowDays: w.windowDays, weight: w.weight, units: u, dailyAverage: u / w.windowDays, window: w.window };
  });
  // Summed in rule-set order; rounded to 1e-9 so that 0.1 + 0.4 … float noise never shows in answers.
  const raw = terms.reduce((sum, term) => sum + term.weight * term.dailyAverage, 0);
  return { value: Math.round(raw * 1e9) / 1e9, asOf, terms };
}
