// Human output of `clearway excess` and `clearway replenish`: the same documents as --json, as tables
// (already most urgent first) with a summary line, in the language of --lang.
import type { ExcessDoc, ReplenishDoc } from '../app/inventory-documents.js';
import { t, type Lang } from '../core/messages/messages.js';
import { INVENTORY_CLI as L } from './inventory-messages.js';
import { renderTable, type Cell } from './render.js';

const BAND_LABEL = {
  stockout_risk: L.CLI_INV_BAND_STOCKOUT_RISK,
  healthy: L.CLI_INV_BAND_HEALTHY,
  moderate_excess: L.CLI_INV_BAND_MODERATE_EXCESS,
  heavy_excess: L.CLI_INV_BAND_HEAVY_EXCESS,
} as const;

export function renderExcess(d: ExcessDoc, lang: Lang): string {
  const title = `${t(L.CLI_INV_EXCESS_TITLE, { asOf: d.asOf }, lang)}\n`;
  if (d.rows.length === 0) return `${title}${t(L.CLI_INV_NO_ROWS, {}, lang)}\n`;
  const headers = [
    L.CLI_INV_COL_SKU,
    L.CLI_INV_COL_MP,
    L.CLI_INV_COL_BAND,
    L.CLI_INV_COL_RATIO,
    L.CLI_INV_COL_ON_HAND,
    L.CLI_INV_COL_INBOUND,
    L.CLI_INV_COL_SOLD30,
    L.CLI_INV_COL_EXCESS,
    L.CLI_INV_COL_AGED,
    L.CLI_INV_COL_HOLD30,
    L.CLI_INV_COL_HOLD90,
    L.CLI_INV_COL_OUTLET,
    L.CLI_INV_COL_ACTION,
    L.CLI_INV_COL_PRICE,
    L.CLI_INV_COL_UNITS,
    L.CLI_INV_COL_NET,
    L.CLI_INV_COL_AMAZON,
  ].map((h) => t(h, {}, lang));
  const rows: Cell[][] = d.rows.map((r) => [
    r.sku,
    r.marketplace,
    t(BAND_LABEL[r.band], {}, lang),
    r.ratioInfinite
      ? t(L.CLI_INV_INFINITE, {}, lang)
      : r.stockToSalesRatio === null
        ? null
        : r.stockToSalesRatio.toFixed(2),
    r.onHand,
    r.inbound,
    r.unitsSold30d,
    r.excessUnits,
    r.agedUnits.overExcessAge === null ? null : `${r.agedUnits.overExcessAge}/${r.agedUnits.overAgedStorage ?? 0}`,
    r.holdingCost30d,
    r.holdingCost90d,
    r.outlet.eligible === null ? null : t(r.outlet.eligible ? L.CLI_INV_YES : L.CLI_INV_NO, {}, lang),
    r.recommendation.action,
    r.recommendation.price,
    r.recommendation.expectedUnits,
    r.recommendation.netCash,
    r.amazonRecommendation?.action ?? null,
  ]);
  const count = (band: string) => d.rows.filter((r) => r.band === band).length;
  const summary = t(
    L.CLI_INV_BAND_COUNTS,
    {
      heavy: count('heavy_excess'),
      moderate: count('moderate_excess'),
      healthy: count('healthy'),
      stockout: count('stockout_risk'),
    },
    lang,
  );
  return `${title}${renderTable(headers, rows)}${summary}\n`;
}

export function renderReplenish(d: ReplenishDoc, lang: Lang): string {
  const title = `${t(L.CLI_INV_REPLENISH_TITLE, { asOf: d.asOf }, lang)}\n`;
  if (d.rows.length === 0) return `${title}${t(L.CLI_INV_NO_ROWS, {}, lang)}\n`;
  const headers = [
    L.CLI_INV_COL_SKU,
    L.CLI_INV_COL_MP,
    L.CLI_INV_COL_WDS,
    L.CLI_INV_COL_ON_HAND,
    L.CLI_INV_COL_INBOUND,
    L.CLI_INV_COL_DAYS,
    L.CLI_INV_COL_LEAD,
    L.CLI_INV_COL_REORDER,
    L.CLI_INV_COL_ALERT,
    L.CLI_INV_COL_NOTES,
  ].map((h) => t(h, {}, lang));
  const rows: Cell[][] = d.rows.map((r) => [
    r.sku,
    r.marketplace,
    r.weightedDailySales,
    r.onHand,
    r.inbound.total,
    r.daysOfSupplyInfinite ? t(L.CLI_INV_INFINITE, {}, lang) : r.daysOfSupply,
    r.leadTimeDays,
    r.reorderQty,
    r.alert ? '!' : '',
    [
      ...(r.stale ? [t(L.CLI_INV_STALE, {}, lang)] : []),
      ...r.alerts.filter((a) => a !== 'STOCK_BELOW_LEAD_TIME' && a !== 'STALE_STOCK_DATA'),
    ].join(', ') || null,
  ]);
  const summary = t(
    L.CLI_INV_ALERT_COUNT,
    { alerts: d.rows.filter((r) => r.alert).length, total: d.rows.length },
    lang,
  );
  return `${title}${renderTable(headers, rows)}${summary}\n`;
}
