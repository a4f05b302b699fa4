// The on-hand history of a SKU, one entry per marketplace-local day (DEC-1), so that demand can be
// measured on the days the SKU could actually be bought: a day with no stock is not a day of zero
// demand. On-hand at the start of day d = the latest lots snapshot at or before that local midnight,
// minus the units of non-cancelled FBA order lines placed after the snapshot, plus the units of
// shipments received after it, never below zero (the DEC-1 arithmetic of store/on-hand.ts and
// core/outlet/inventory.ts, done here in one sweep over all the days instead of once per day).
//
// A day counts as in stock when units were on hand at its start or anything sold that day (a sale
// proves stock). Before the first snapshot the on-hand is unknown (null): such days count as in
// stock — the reading that never invents a stockout — except before the SKU's first order line ever,
// when it was not selling yet (not listed, not received): those are not days of zero demand either.
import type { Instant, LocalDay, LotFact, OrderLineFact, ShipmentFact } from '../catalog/facts.js';
import { startOfLocalDay } from '../calendar/calendar.js';
import { formatDayNumber, parseLocalDay } from '../calendar/civil.js';
import { dayNumberIn, zoneFor } from '../calendar/zone-offsets.js';

export interface DayStock {
  readonly day: LocalDay;
  /** Units on hand at the day's local midnight (DEC-1); null before the first snapshot. */
  readonly openUnits: number | null;
  /** Units of non-cancelled order lines placed that day (FBA and FBM: demand, not only stock). */
  readonly soldUnits: number;
  /** True when the SKU could be bought that day (see the header). */
  readonly inStock: boolean;
}

// Local midnights repeat for every SKU of one answer: memoised per zone and day (pure).
const midnights = new Map<string, Instant>();

function midnightOf(dayNumber: number, day: LocalDay, timeZone: string): Instant {
  const key = `${timeZone}|${dayNumber}`;
  let at = midnights.get(key);
  if (at === undefined) {
    if (midnights.size > 20_000) midnights.clear();
    at = startOfLocalDay(day, timeZone);
    midnights.set(key, at);
  }
  return at;
}

interface Move {
  readonly at: Instant;
  /** 0 = receipt or sale (applied first at one instant), 1 = snapshot (it already includes them). */
  readonly order: 0 | 1;
  readonly units: number;
}

/**
 * The on-hand history of `sku` over the local days [fromDay, toDay] (both included). `lots`,
 * `orders` and `shipments` may hold other SKUs (skipped) and facts outside the range.
 */
export function dailyStock(
  sku: string,
  lots: readonly LotFact[],
  orders: readonly OrderLineFact[],
  shipments: readonly ShipmentFact[],
  fromDay: LocalDay,
  toDay: LocalDay,
  timeZone: string,
): DayStock[] {
  const first = parseLocalDay(fromDay);
  const last = parseLocalDay(toDay);
  if (last < first) return [];
  const zone = zoneFor(timeZone);
  const sold = new Float64Array(last - first + 1);
  const moves: Move[] = [];
  const snapshots = new Map<Instant, number>();
  for (const l of lots) if (l.sku === sku) snapshots.set(l.at, (snapshots.get(l.at) ?? 0) + l.units);
  for (const [at, units] of snapshots) moves.push({ at, order: 1, units });
  for (const o of orders) {
    if (o.sku !== sku || o.cancelled) continue;
    const d = dayNumberIn(zone, o.at) - first;
    if (d >= 0 && d < sold.length) sold[d] = (sold[d] as number) + o.units;
    if (o.channel === 'fba') moves.push({ at: o.at, order: 0, units: -o.units });
  }
  for (const s of shipments) {
    if (s.sku === sku && s.received !== null) moves.push({ at: s.received, order: 0, units: s.units });
  }
  moves.sort((a, b) => a.at - b.at || a.order - b.order || b.units - a.units);

  let firstSale = Infinity;
  for (const o of orders) if (o.sku === sku && !o.cancelled && o.at < firstSale) firstSale = o.at;
  const firstSaleDay = firstSale === Infinity ? Infinity : dayNumberIn(zone, firstSale);
  const out: DayStock[] = [];
  let units: number | null = null;
  let i = 0;
  for (let n = first; n <= last; n++) {
    const day = formatDayNumber(n);
    const midnight = midnightOf(n, day, timeZone);
    while (i < moves.length && (moves[i] as Move).at <= midnight) {
      const m = moves[i] as Move;
      if (m.order === 1) units = m.units;
      else if (units !== null) units = Math.max(0, units + m.units);
      i++;
    }
    const soldToday = sold[n - first] as number;
    const inStock = soldToday > 0 || (units === null ? n >= firstSaleDay : units > 0);
    out.push({ day, openUnits: units, soldUnits: soldToday, inStock });
  }
  return out;
}
