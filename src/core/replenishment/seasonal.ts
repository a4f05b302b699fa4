// RPL-4 seasonal products: cut stocking from 1 month before the peak; start the clearance plan 2 weeks
// before the season ends.
//
// Only products flagged seasonal. The season comes from the product's OWN sales history: units sold
// (non-cancelled lines) per local calendar month over the past `seasonalHistoryDays` (365); the peak
// month sells most; the season is the run of consecutive months (wrapping over New Year) around it
// whose units are ≥ seasonalPeakShareOfMaxPct % of the peak month's (compared exactly). The product
// must be known (created, first stocked, shipped or sold) from within a month of the window's start —
// a seasonal product sells nothing for months, so the first sale in the window proves nothing — and a
// year where every month qualifies has no season. Without such a history, Amazon's planning report season (season-start/end-date) is used.
//
// Dates for the season occurrence that ends on or after the as-of day:
//   cutStockingFrom = first day of the peak month − seasonalCutStockingMonthsBeforePeak months;
//   clearanceFrom   = the day after the season's last day − seasonalClearanceWeeksBeforeEnd weeks.
// Phase on the as-of day: 'clearance' from clearanceFrom to the season's end, 'cut_stocking' from
// cutStockingFrom until then, else 'normal'. While cutting or clearing, no reorder is proposed.
import type { Instant, LocalDay, OrderLineFact } from '../catalog/facts.js';
import { addDays, localDay } from '../calendar/calendar.js';
import { daysFromCivil, daysInMonth, formatDayNumber, parseLocalDay } from '../calendar/civil.js';
import { percentToBasisPoints } from '../money/money.js';
import type { ReplenishmentRules } from '../rules/schema.js';

export type SeasonPhase = 'normal' | 'cut_stocking' | 'clearance';

export interface SeasonProfile {
  /** Units per calendar month 1–12 (index 0 = January) over the history window. */
  readonly monthlyUnits: readonly number[];
  readonly peakMonth: number;
  /** Season months in order (e.g. [11, 12, 1]). */
  readonly seasonMonths: readonly number[];
}

export interface SeasonalPlan {
  readonly source: 'sales_history' | 'amazon_planning';
  readonly profile: SeasonProfile | null;
  readonly seasonStart: LocalDay;
  readonly seasonEnd: LocalDay;
  readonly peakStart: LocalDay;
  readonly cutStockingFrom: LocalDay;
  readonly clearanceFrom: LocalDay;
  readonly phase: SeasonPhase;
}

type SeasonRules = Pick<
  ReplenishmentRules,
  | 'seasonalHistoryDays'
  | 'seasonalPeakShareOfMaxPct'
  | 'seasonalCutStockingMonthsBeforePeak'
  | 'seasonalClearanceWeeksBeforeEnd'
>;

const monthIndexOf = (day: LocalDay): number => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
const firstDayOf = (index: number): LocalDay =>
  formatDayNumber(daysFromCivil(Math.floor(index / 12), (index % 12) + 1, 1));
const lastDayOf = (index: number): LocalDay => {
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return formatDayNumber(daysFromCivil(y, m, daysInMonth(y, m)));
};

/** The season of a product from its own sales (null: too little history, no sales, or no season). */
export function seasonFromHistory(
  orders: readonly OrderLineFact[],
  at: Instant,
  timeZone: string,
  rules: SeasonRules,
  knownSince: Instant | null = null,
): SeasonProfile | null {
  const today = parseLocalDay(localDay(at, timeZone));
  const windowStart = today - rules.seasonalHistoryDays; // exclusive, local days
  const monthly = Array.from({ length: 12 }, () => 0);
  let earliest: number | null = knownSince === null ? null : parseLocalDay(localDay(knownSince, timeZone));
  for (const o of orders) {
    if (o.cancelled || o.at > at) continue;
    const d = localDay(o.at, timeZone);
    const n = parseLocalDay(d);
    if (earliest === null || n < earliest) earliest = n;
    if (n <= windowStart) continue;
    const m = Number(d.slice(5, 7)) - 1;
    monthly[m] = (monthly[m] ?? 0) + o.units;
  }
  if (earliest === null || earliest > windowStart + 31) return null;
  const max = Math.max(...monthly);
  if (max === 0) return null;
  const peakIdx = monthly.indexOf(max);
  const bp = percentToBasisPoints(rules.seasonalPeakShareOfMaxPct);
  const inSeason = (i: number) => (monthly[((i % 12) + 12) % 12] ?? 0) * 10_000 >= bp * max;
  if (monthly.every((_, i) => inSeason(i))) return null;
  let first = peakIdx;
  while (inSeason(first - 1)) first -= 1;
  let last = peakIdx;
  while (inSeason(last + 1)) last += 1;
  const seasonMonths: number[] = [];
  for (let i = first; i <= last; i++) seasonMonths.push((((i % 12) + 12) % 12) + 1);
  return { monthlyUnits: monthly, peakMonth: peakIdx + 1, seasonMonths };
}

function phaseOf(today: LocalDay, cut: LocalDay, clearance: LocalDay, end: LocalDay): SeasonPhase {
  if (today > end) return 'normal';
  if (today >= clearance) return 'clearance';
  if (today >= cut) return 'cut_stocking';
  return 'normal';
}

function planFor(
  startDay: LocalDay,
  endDay: LocalDay,
  peakDay: LocalDay,
  today: LocalDay,
  rules: SeasonRules,
  source: SeasonalPlan['source'],
  profile: SeasonProfile | null,
): SeasonalPlan {
  const cutStockingFrom = firstDayOf(monthIndexOf(peakDay) - rules.seasonalCutStockingMonthsBeforePeak);
  const clearanceFrom = addDays(endDay, 1 - 7 * rules.seasonalClearanceWeeksBeforeEnd);
  return {
    source,
    profile,
    seasonStart: startDay,
    seasonEnd: endDay,
    peakStart: peakDay,
    cutStockingFrom,
    clearanceFrom,
    phase: phaseOf(today, cutStockingFrom, clearanceFrom, endDay),
  };
}

/** RPL-4 dates and phase at `at` for a season profile: the occurrence ending on or after today. */
export function seasonalPlan(profile: SeasonProfile, at: Instant, timeZone: string, rules: SeasonRules): SeasonalPlan {
  const today = localDay(at, timeZone);
  const len = profile.seasonMonths.length;
  const lastMonth = profile.seasonMonths[len - 1] ?? profile.peakMonth;
  const peakOffset = profile.seasonMonths.indexOf(profile.peakMonth);
  const year = Number(today.slice(0, 4));
  let endIdx = (year - 1) * 12 + lastMonth - 1;
  while (lastDayOf(endIdx) < today) endIdx += 12;
  const startIdx = endIdx - (len - 1);
  return planFor(
    firstDayOf(startIdx),
    lastDayOf(endIdx),
    firstDayOf(startIdx + peakOffset),
    today,
    rules,
    'sales_history',
    profile,
  );
}

/** RPL-4 from Amazon's planning season (season-start/end-date); the peak is taken as the season start. */
export function seasonalPlanFromDays(
  seasonStart: LocalDay,
  seasonEnd: LocalDay,
  at: Instant,
  timeZone: string,
  rules: SeasonRules,
): SeasonalPlan {
  return planFor(seasonStart, seasonEnd, seasonStart, localDay(at, timeZone), rules, 'amazon_planning', null);
}
