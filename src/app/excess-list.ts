// GET /api/v1/excess?view=list (issue 8): the excess answer with only the columns the dashboard's
// table and overview read. The default answer (CONTRACT.md `clearway excess --json`) is unchanged; this
// one drops the per-row `why`, holding-cost projections by month, inbound detail, Outlet and Amazon's
// recommendation — the bulk of the document. Measured (bench/web-excess.bench.js, 20,000 SKUs, load ≈ 9
// on 2 cores): 74.3 MiB → 7.7 MiB, answer 25.6 s → 14.9 s (the excess computation itself stays), and the
// table usable 379 ms after the last byte instead of 664 ms.
import type { ExcessDoc, ExcessRowDoc } from './inventory-documents.js';
import type { ExcessListDoc, ExcessListRowDoc } from './dashboard-documents.js';

export const EXCESS_VIEWS = ['full', 'list'] as const;
export type ExcessView = (typeof EXCESS_VIEWS)[number];

export function excessListRow(r: ExcessRowDoc): ExcessListRowDoc {
  return {
    sku: r.sku,
    asin: r.asin,
    marketplace: r.marketplace,
    currency: r.currency,
    onHand: r.onHand,
    inbound: r.inbound,
    unitsSold30d: r.unitsSold30d,
    stockToSalesRatio: r.stockToSalesRatio,
    ratioInfinite: r.ratioInfinite,
    band: r.band,
    ageBuckets: r.ageBuckets,
    holdingCost30d: r.holdingCost30d,
    holdingCost90d: r.holdingCost90d,
    excessUnits: r.excessUnits,
    currentPrice: r.currentPrice,
    recommendation: { action: r.recommendation.action, netCash: r.recommendation.netCash },
  };
}

export function excessListDoc(doc: ExcessDoc): ExcessListDoc {
  return {
    view: 'list',
    asOf: doc.asOf,
    marketplace: doc.marketplace,
    coverDays: doc.coverDays,
    rows: doc.rows.map(excessListRow),
  };
}
