// C.8 low-inventory-level fee: charged when historical days of supply is under 28 days on BOTH the
// 30-day and the 90-day window; products that shipped fewer than 20 units in the past 7 days are exempt
// (from 2024-05-15; all figures from the rule set's fees.lowInventoryLevel, null = no fee data).
//
// Approximation (stated in the answer): Amazon's historical days of supply divides the window's AVERAGE
// inventory by its average daily units shipped; clearway has the inventory at the as-of instant only, so
// it divides the current on-hand by the window's average daily FBA units. Compared exactly:
// onHand × W < minDays × unitsShipped(W).
import type { Instant, Minor, OrderLineFact } from '../catalog/facts.js';
import { inWindow, pastDaysWindow } from '../calendar/calendar.js';
import type { Fees } from '../rules/schema.js';

export type LowInventoryStatus = 'at_risk' | 'ok' | 'exempt' | 'no_fee_data';

export interface LowInventoryFee {
  readonly status: LowInventoryStatus;
  /** Days of supply per window (null = infinite: nothing shipped in the window). */
  readonly historicalDaysOfSupply: readonly { readonly windowDays: number; readonly days: number | null }[];
  readonly unitsShippedInExemptWindow: number | null;
  /** The fee per unit when known (the rule set holds no amount yet: null). */
  readonly feePerUnit: Minor | null;
  readonly approximate: true;
}

function fbaUnitsIn(orders: readonly OrderLineFact[], at: Instant, days: number, timeZone: string): number {
  const w = pastDaysWindow(at, days, timeZone);
  let n = 0;
  for (const o of orders) if (o.channel === 'fba' && !o.cancelled && inWindow(o.at, w)) n += o.units;
  return n;
}

export function lowInventoryFee(
  onHand: number,
  orders: readonly OrderLineFact[],
  at: Instant,
  timeZone: string,
  fees: Pick<Fees, 'lowInventoryLevel'>,
): LowInventoryFee {
  const table = fees.lowInventoryLevel;
  if (table === null) {
    return {
      status: 'no_fee_data',
      historicalDaysOfSupply: [],
      unitsShippedInExemptWindow: null,
      feePerUnit: null,
      approximate: true,
    };
  }
  const recent = fbaUnitsIn(orders, at, table.lowInventoryExemptWindowDays, timeZone);
  const windows = table.lowInventorySupplyWindowsDays.map((windowDays) => {
    const shipped = fbaUnitsIn(orders, at, windowDays, timeZone);
    const under = shipped > 0 && onHand * windowDays < table.lowInventoryMinHistoricalDaysOfSupply * shipped;
    const days = shipped === 0 ? null : Math.round(((onHand * windowDays) / shipped) * 10) / 10;
    return { windowDays, days, under };
  });
  let status: LowInventoryStatus = windows.every((w) => w.under) ? 'at_risk' : 'ok';
  if (recent < table.lowInventoryExemptBelowUnitsShipped) status = 'exempt';
  return {
    status,
    historicalDaysOfSupply: windows.map(({ windowDays, days }) => ({ windowDays, days })),
    unitsShippedInExemptWindow: recent,
    feePerUnit: table.lowInventoryFeePerUnit,
    approximate: true,
  };
}
