// The demo's demand model: a listing's daily mean = base rate × yearly season (Q4 peak) × weekday
// (weekend bump) × its own season (winter or summer products) × event traffic × price/promotion lift.
// The lift is calibrated on RULEBOOK EXC-9: Outlet at 20% off took daily sales 10 → 35 (× 3.5), and a
// Best Deal with a 30% coupon sold ~200 units on day 1 (~800 in 7 days) for a strong SKU.
import type { Season } from './designs.js';
import type { DemoDay } from './time.js';

/** Promotion lift = exp(K · discount): K = ln(3.5) / 0.20, so 20% off sells 3.5 × (EXC-9). */
export const LIFT_K = Math.log(3.5) / 0.2;
/** Discounts beyond this add no more demand (deep discounts saturate). */
const MAX_LIFT_DISCOUNT = 0.35;
/** The seller's own price moves demand far less than a badge-carrying promotion does. */
const PRICE_ELASTICITY = 2;

/** Demand multiplier of a promotion taking `discount` (fraction) off the current price. */
export function promotionLift(discount: number): number {
  return Math.exp(LIFT_K * Math.min(MAX_LIFT_DISCOUNT, Math.max(0, discount)));
}

/** Demand multiplier of the seller's current price against the price the listing started with. */
export function priceLevelLift(current: number, start: number): number {
  return Math.exp(PRICE_ELASTICITY * Math.min(0.3, Math.max(-0.4, 1 - current / start)));
}

/** Extra pull of a deal badge: a Lightning Deal's countdown, a Best Deal's first days (decaying). */
export function dealNovelty(kind: 'lightning_deal' | 'best_deal', daysIntoDeal: number): number {
  if (kind === 'lightning_deal') return 1.6;
  return Math.max(0.45, 1.12 * Math.pow(0.8, daysIntoDeal));
}

// Mid-month factors, January … December (Q4 peak, a July bump from Prime Day, a January lull).
const MONTHS = [0.82, 0.8, 0.88, 0.9, 0.94, 0.97, 1.04, 0.95, 0.95, 1.02, 1.3, 1.45];

/** Yearly seasonality of the whole range, interpolated between mid-months. */
export function yearlyFactor(day: DemoDay): number {
  const position = day.month - 1 + (day.dayOfMonth - 15) / 30.5;
  const lower = Math.floor(position);
  const frac = position - lower;
  const a = MONTHS[(lower + 12) % 12] as number;
  const b = MONTHS[(lower + 13) % 12] as number;
  // Christmas is over on the 25th: the last week of December sells like January.
  const afterChristmas = day.month === 12 && day.dayOfMonth >= 25 ? 0.65 : 1;
  return (a + (b - a) * frac) * afterChristmas;
}

// Monday … Sunday: the weekend sells more.
const WEEKDAYS = [1.02, 0.92, 0.91, 0.93, 0.97, 1.12, 1.16];

export function weekdayFactor(day: DemoDay): number {
  return WEEKDAYS[day.weekday - 1] as number;
}

/** Peak day of year and width (days) of the seasons of seasonal products. */
const SEASONS = {
  winter: { peak: 350, width: 32, floor: 0.1, height: 2.5 },
  summer: { peak: 190, width: 45, floor: 0.15, height: 2.2 },
};

/** A seasonal product's own curve: near nothing off season, ~2.5 × at its peak. */
export function seasonFactor(season: Season, day: DemoDay): number {
  if (season === null) return 1;
  const s = SEASONS[season];
  const raw = Math.abs(day.dayOfYear - s.peak);
  const distance = Math.min(raw, 365 - raw);
  return s.floor + s.height * Math.exp(-((distance / s.width) ** 2));
}

/** The local-day range of a product's season (for the planning report's season columns). */
export function seasonWindow(season: Season): { name: string; startMonthDay: string; endMonthDay: string } | null {
  if (season === 'winter') return { name: 'Holiday', startMonthDay: '11-01', endMonthDay: '12-31' };
  if (season === 'summer') return { name: 'Summer', startMonthDay: '06-01', endMonthDay: '08-31' };
  return null;
}

/** Event traffic: declared events bring more shoppers to every listing. */
export const EVENT_TRAFFIC = 1.25;
