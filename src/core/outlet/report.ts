// OUT-12 Outlet Deals report: every submission with its status, dates and reasons, and the units and
// sales of its SKU during the run (orders placed from the actual start to the actual end, or to the
// as-of instant while running; cancelled orders left out). Sales are what buyers paid: unit price ×
// units less the line's promotion discount.
import type { Instant, Minor } from '../catalog/facts.js';
import type { Deal, OutletFacts } from './types.js';

export interface ReportRow {
  readonly deal: Deal;
  readonly unitsDuringRun: number;
  readonly salesDuringRun: Minor;
}

/** The run of a deal as of `at`: [start, end) — to just after `at` while running — or null if it never started. */
export function runOf(deal: Deal, at: Instant): { start: Instant; end: Instant } | null {
  if (deal.startedAt === null || deal.startedAt > at) return null;
  const end = deal.closedAt !== null && deal.closedAt <= at ? deal.closedAt : at + 1;
  return { start: deal.startedAt, end };
}

/** OUT-12 rows for the deals of one ASIN (in the order given). */
export function reportRows(f: OutletFacts, deals: readonly Deal[], at: Instant): ReportRow[] {
  return deals.map((deal) => {
    const run = runOf(deal, at);
    let units = 0;
    let sales = 0;
    if (run !== null) {
      for (const o of f.facts.orders) {
        if (o.sku !== deal.sku || o.cancelled || o.at < run.start || o.at >= run.end) continue;
        units += o.units;
        if (o.unitPrice !== null) sales += o.unitPrice * o.units - o.promotionDiscount;
      }
    }
    return { deal, unitsDuringRun: units, salesDuringRun: sales };
  });
}
