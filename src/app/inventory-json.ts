// Core excess and replenish rows (minor units, epoch ms) → the documents of inventory-documents.ts:
// money as decimal strings beside `currency`, instants ISO-8601 with the marketplace offset.
import type { Minor } from '../core/catalog/facts.js';
import type { HoldingCost } from '../core/inventory-health/holding-cost.js';
import { holdingCostFor, type ExcessRow } from '../core/inventory-health/excess.js';
import { REPLENISHMENT_MESSAGES } from '../core/replenishment/messages.js';
import type { ReplenishRow } from '../core/replenishment/replenish.js';
import { tBoth } from '../core/messages/messages.js';
import type { Currency } from '../core/money/money.js';
import type { ExcessRowDoc, ReplenishRowDoc } from './inventory-documents.js';
import { isoIn, issueJson, moneyOrNull } from './pricing-json.js';

function holdingJson(days: number, h: HoldingCost, currency: Currency) {
  return {
    days,
    total: moneyOrNull(h.total, currency),
    storage: moneyOrNull(h.storage, currency),
    agedSurcharge: moneyOrNull(h.agedSurcharge, currency),
    noFeeData: h.noFeeData,
    basis: h.basis,
    byMonth: h.byMonth.map((m) => ({
      month: m.month,
      storage: moneyOrNull(m.storage, currency),
      agedSurcharge: moneyOrNull(m.agedSurcharge, currency),
      avgUnits: m.avgUnits,
      days: m.days,
      peak: m.peak,
    })),
  };
}

export function excessRowJson(r: ExcessRow): ExcessRowDoc {
  const c = r.currency;
  const m = (x: Minor | null) => moneyOrNull(x, c);
  const buckets = r.ageBuckets;
  const amazon = r.amazonRecommendation;
  return {
    sku: r.sku,
    asin: r.asin,
    marketplace: r.marketplace,
    currency: c,
    onHand: r.onHand,
    inbound: r.inbound.total,
    unitsSold30d: r.unitsSold30d,
    stockToSalesRatio: r.stockToSales.ratio,
    ratioInfinite: r.stockToSales.ratioInfinite,
    band: r.stockToSales.band,
    ageBuckets: {
      '0-90': buckets?.['0-90'] ?? null,
      '91-180': buckets?.['91-180'] ?? null,
      '181-270': buckets?.['181-270'] ?? null,
      '271-365': buckets?.['271-365'] ?? null,
      '365+': buckets?.['365+'] ?? null,
    },
    holdingCost30d: m(holdingCostFor(r, 30)?.total ?? null),
    holdingCost90d: m(holdingCostFor(r, 90)?.total ?? null),
    outlet: {
      eligible: r.outlet?.eligible ?? null,
      failed: [...(r.outlet?.failed ?? [])],
      maxDealPrice: m(r.outlet?.maxDealPrice ?? null),
    },
    recommendation: {
      action: r.recommendation.action,
      price: m(r.recommendation.price),
      expectedUnits: r.recommendation.expectedUnits,
      netCash: m(r.recommendation.netCash),
      source: r.recommendation.source,
      why: r.recommendation.why.map(issueJson),
    },
    excessUnits: r.excessUnits,
    healthyCoverUnits: r.healthyCoverUnits,
    coverDays: r.coverDays,
    coverDaysSource: r.coverDaysSource,
    inboundDetail: { ...r.inbound },
    onHandSource: r.onHandSource,
    snapshotAt: r.snapshotAt === null ? null : isoIn(r.snapshotAt, r.marketplace),
    ageSource: r.ageSource,
    agedUnits: { ...r.agedUnits },
    holdingCosts: r.holdingCosts.map((h) => holdingJson(h.days, h.cost, c)),
    currentPrice: m(r.currentPrice),
    amazonRecommendation:
      amazon === null
        ? null
        : {
            action: amazon.action,
            salesPrice: m(amazon.salesPrice),
            excessQuantity: amazon.excessQuantity,
            saleDurationDays: amazon.saleDurationDays,
            removalQuantity: amazon.removalQuantity,
            at: isoIn(amazon.at, r.marketplace),
          },
    why: r.why.map(issueJson),
  };
}

export function replenishRowJson(r: ReplenishRow, currency: Currency): ReplenishRowDoc {
  const s = r.seasonal;
  let seasonal: ReplenishRowDoc['seasonal'] = null;
  if (s !== null) {
    const note = tBoth(REPLENISHMENT_MESSAGES.RPL_SEASON, {
      source: s.source,
      start: s.seasonStart,
      end: s.seasonEnd,
      peak: s.peakStart,
      cut: s.cutStockingFrom,
      clearance: s.clearanceFrom,
    });
    seasonal = {
      source: s.source,
      seasonStart: s.seasonStart,
      seasonEnd: s.seasonEnd,
      peakStart: s.peakStart,
      cutStockingFrom: s.cutStockingFrom,
      clearanceFrom: s.clearanceFrom,
      phase: s.phase,
      peakMonth: s.profile?.peakMonth ?? null,
      seasonMonths: [...(s.profile?.seasonMonths ?? [])],
      note: note.en,
      noteZh: note.zh,
    };
  }
  const { rounding } = r.reorder;
  return {
    sku: r.sku,
    asin: r.asin,
    marketplace: r.marketplace,
    weightedDailySales: r.weightedDailySales,
    daysOfSupply: r.daysOfSupply,
    leadTimeDays: r.leadTimeDays,
    reorderQty: r.reorderQty,
    alert: r.alert,
    daysOfSupplyInfinite: r.daysOfSupplyInfinite,
    onHand: r.onHand,
    onHandSource: r.onHandSource,
    inbound: { ...r.inbound },
    coverDays: r.coverDays,
    reorderQtyBeforeRounding: r.reorder.raw,
    rounding: {
      casePack: rounding.casePack,
      minOrderQty: rounding.minOrderQty,
      raisedToMinimum: rounding.raisedToMinimum,
      roundedToCasePack: rounding.roundedToCasePack,
    },
    firstShipment: r.reorder.firstShipment === null ? null : { ...r.reorder.firstShipment },
    alerts: [...r.alerts],
    stale: r.stale,
    stockDataAt: r.stockDataAt === null ? null : isoIn(r.stockDataAt, r.marketplace),
    stockDataAgeDays: r.stockDataAgeDays,
    seasonal,
    lowInventoryFee: {
      status: r.lowInventoryFee.status,
      historicalDaysOfSupply: r.lowInventoryFee.historicalDaysOfSupply.map((w) => ({ ...w })),
      unitsShippedInExemptWindow: r.lowInventoryFee.unitsShippedInExemptWindow,
      feePerUnit: moneyOrNull(r.lowInventoryFee.feePerUnit, currency),
      approximate: r.lowInventoryFee.approximate,
    },
    amazonRecommendation:
      r.amazonRecommendation === null
        ? null
        : { ...r.amazonRecommendation, at: isoIn(r.amazonRecommendation.at, r.marketplace) },
    currency,
    why: r.why.map(issueJson),
  };
}
