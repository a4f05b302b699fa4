// The replenish view of one SKU as of an instant (RPL-1..RPL-4, C.8 low-inventory fee), from its
// grouped facts (inventory-health/sku-facts.ts). `alert` is RPL-3: days of supply below the lead time,
// while no seasonal cut (RPL-4) holds stocking back; other signals are listed in `alerts` by code.
import type { Instant } from '../catalog/facts.js';
import type { Marketplace } from '../catalog/marketplace.js';
import { localDay, timeZoneOf } from '../calendar/calendar.js';
import { parseLocalDay } from '../calendar/civil.js';
import { lowInventoryFee, type LowInventoryFee } from '../inventory-health/low-inventory.js';
import type { SkuFacts } from '../inventory-health/sku-facts.js';
import { skuStock } from '../inventory-health/sku-stock.js';
import { latestAtOrBefore, type Inbound } from '../inventory-health/stock-position.js';
import { ruleIssue, type RuleIssue } from '../messages/messages.js';
import type { RuleSet } from '../rules/schema.js';
import { REPLENISHMENT_MESSAGES as M } from './messages.js';
import { ceilUnits, coverDaysOf, daysOfSupply, reorderQuantity, type Reorder } from './reorder.js';
import { seasonalPlan, seasonalPlanFromDays, seasonFromHistory, type SeasonalPlan } from './seasonal.js';
import { weightedDailySales } from './weighted-daily-sales.js';

export const REPLENISH_ALERTS = [
  'STOCK_BELOW_LEAD_TIME',
  'STALE_STOCK_DATA',
  'NO_STOCK_DATA',
  'NO_LEAD_TIME',
  'SEASONAL_CUT_STOCKING',
  'SEASONAL_START_CLEARANCE',
  'LOW_INVENTORY_FEE_RISK',
] as const;
export type ReplenishAlert = (typeof REPLENISH_ALERTS)[number];

export interface AmazonRestock {
  readonly quantity: number | null;
  readonly shipDay: string | null;
  readonly alert: string | null;
  readonly action: string | null;
  readonly at: Instant;
}

export interface ReplenishRow {
  readonly sku: string;
  readonly asin: string | null;
  readonly marketplace: Marketplace;
  readonly asOf: Instant;
  readonly weightedDailySales: number;
  readonly onHand: number;
  readonly onHandSource: 'lots' | 'inventory_snapshot' | 'none';
  readonly inbound: Inbound;
  readonly daysOfSupply: number | null;
  readonly daysOfSupplyInfinite: boolean;
  readonly leadTimeDays: number | null;
  readonly coverDays: number;
  readonly reorder: Reorder;
  readonly reorderQty: number;
  readonly alert: boolean;
  readonly alerts: readonly ReplenishAlert[];
  readonly stale: boolean;
  readonly stockDataAt: Instant | null;
  readonly stockDataAgeDays: number | null;
  readonly seasonal: SeasonalPlan | null;
  readonly lowInventoryFee: LowInventoryFee;
  readonly amazonRecommendation: AmazonRestock | null;
  readonly why: readonly RuleIssue[];
}

export interface ReplenishOptions {
  readonly ruleSetAt: (marketplace: Marketplace, at: Instant) => RuleSet;
  /** RPL-2 cover days (already checked against the rule set's 60–90); the rule set's default when absent. */
  readonly coverDays?: number | null;
}

/** Never stocked: no stock in any snapshot or report, no shipment, nothing on hand. */
function isNewProduct(f: SkuFacts, at: Instant, onHand: number): boolean {
  if (onHand > 0) return false;
  if (f.lots.some((l) => l.at <= at && l.units > 0)) return false;
  if (f.shipments.some((s) => s.created <= at)) return false;
  if (
    f.inventorySnapshots.some(
      (s) => s.at <= at && s.fulfillable + s.reserved + s.inboundWorking + s.inboundShipped + s.inboundReceiving > 0,
    )
  ) {
    return false;
  }
  if (f.planningRows.some((p) => p.at <= at && p.available > 0)) return false;
  return !f.restockRows.some((r) => r.at <= at && (r.totalUnits ?? 0) > 0);
}

/** The first instant the product is known from: created, first lot received or counted, first shipment. */
function knownSince(f: SkuFacts): Instant | null {
  const candidates = [
    f.product?.created ?? null,
    ...f.lots.map((l) => Math.min(l.at, l.received)),
    ...f.shipments.map((s) => s.created),
  ].filter((x): x is Instant => x !== null);
  return candidates.length === 0 ? null : Math.min(...candidates);
}

function seasonalOf(f: SkuFacts, at: Instant, tz: string, rules: RuleSet): SeasonalPlan | null {
  if (f.product?.seasonal !== true) return null;
  const profile = seasonFromHistory(f.orders, at, tz, rules.replenishment, knownSince(f));
  if (profile !== null) return seasonalPlan(profile, at, tz, rules.replenishment);
  const planning = latestAtOrBefore(f.planningRows, at);
  if (planning?.seasonStartDay && planning.seasonEndDay) {
    return seasonalPlanFromDays(planning.seasonStartDay, planning.seasonEndDay, at, tz, rules.replenishment);
  }
  return null;
}

export function replenishRow(f: SkuFacts, at: Instant, options: ReplenishOptions): ReplenishRow {
  const mp = f.marketplace;
  const tz = timeZoneOf(mp);
  const rules = options.ruleSetAt(mp, at);
  const r = rules.replenishment;
  const why: RuleIssue[] = [];
  const alerts: ReplenishAlert[] = [];

  const velocity = weightedDailySales(f.orders, at, r, tz);
  const wds = velocity.value;
  const terms = velocity.terms.map((t) => `${t.weight}·${t.units}/${t.windowDays}`).join(' + ');
  why.push(ruleIssue(M.RPL_WHY_VELOCITY, 'RPL-1', { value: wds, terms }));

  const stock = skuStock(f, at);
  const onHand = stock.position.units;
  const inbound = stock.inbound;
  const leadTimeDays = f.product?.leadTimeDays ?? null;
  const coverDays = coverDaysOf(options.coverDays, r).days;

  // RPL-3 days of supply and staleness.
  const supply = daysOfSupply(onHand + inbound.total, wds, leadTimeDays);
  const today = parseLocalDay(localDay(at, tz));
  const stockDataAgeDays =
    stock.latestStockDataAt === null ? null : today - parseLocalDay(localDay(stock.latestStockDataAt, tz));
  const stale = stockDataAgeDays === null || stockDataAgeDays > r.stockDataStaleAfterDays;
  if (stockDataAgeDays === null) {
    alerts.push('NO_STOCK_DATA');
    why.push(ruleIssue(M.RPL_NO_STOCK_DATA, 'RPL-3', {}));
  } else if (stale) {
    alerts.push('STALE_STOCK_DATA');
    why.push(ruleIssue(M.RPL_STALE, 'RPL-3', { age: stockDataAgeDays, max: r.stockDataStaleAfterDays }));
  }
  if (leadTimeDays === null) {
    alerts.push('NO_LEAD_TIME');
    why.push(ruleIssue(M.RPL_NO_LEAD_TIME, 'RPL-3', {}));
  }

  // RPL-2 reorder (first shipment for a new product), rounded to case packs.
  const isNew = inbound.total === 0 && isNewProduct(f, at, onHand);
  const computed = reorderQuantity(
    {
      weightedDailySales: wds,
      onHand,
      inbound: inbound.total,
      coverDays,
      casePack: f.product?.casePack ?? null,
      minOrderQty: f.product?.minOrderQty ?? null,
      isNew,
    },
    r,
  );
  if (computed.firstShipment) {
    const { min, max, demandUnits } = computed.firstShipment;
    why.push(ruleIssue(M.RPL_WHY_FIRST_SHIPMENT, 'RPL-2', { raw: computed.raw, min, max, demand: demandUnits }));
  } else {
    const demand = ceilUnits(wds * coverDays);
    why.push(
      ruleIssue(M.RPL_WHY_REORDER, 'RPL-2', {
        wds,
        cover: coverDays,
        demand,
        onHand,
        inbound: inbound.total,
        raw: computed.raw,
      }),
    );
  }
  const { rounding } = computed;
  if (rounding.raisedToMinimum || rounding.roundedToCasePack) {
    const values = {
      before: rounding.before,
      after: rounding.after,
      minOrderQty: rounding.minOrderQty ?? '-',
      casePack: rounding.casePack ?? '-',
    };
    why.push(ruleIssue(M.RPL_WHY_ROUNDED, 'RPL-2', values));
  }

  // RPL-4 seasonal cut and clearance.
  const seasonal = seasonalOf(f, at, tz, rules);
  let reorder: Reorder = computed;
  if (seasonal !== null) {
    const values = {
      source: seasonal.source,
      start: seasonal.seasonStart,
      end: seasonal.seasonEnd,
      peak: seasonal.peakStart,
      cut: seasonal.cutStockingFrom,
      clearance: seasonal.clearanceFrom,
    };
    why.push(ruleIssue(M.RPL_SEASON, 'RPL-4', values));
    if (seasonal.phase !== 'normal') {
      alerts.push('SEASONAL_CUT_STOCKING');
      why.push(ruleIssue(M.RPL_SEASON_CUT, 'RPL-4', { end: seasonal.seasonEnd }));
      reorder = { ...computed, qty: 0 };
    }
    if (seasonal.phase === 'clearance') {
      alerts.push('SEASONAL_START_CLEARANCE');
      why.push(ruleIssue(M.RPL_SEASON_CLEARANCE, 'RPL-4', { end: seasonal.seasonEnd }));
    }
  } else if (f.product?.seasonal === true) why.push(ruleIssue(M.RPL_SEASON_UNKNOWN, 'RPL-4', {}));

  const alert = supply.belowLeadTime && (seasonal === null || seasonal.phase === 'normal');
  if (alert) {
    alerts.unshift('STOCK_BELOW_LEAD_TIME');
    why.push(ruleIssue(M.RPL_ALERT_BELOW_LEAD_TIME, 'RPL-3', { days: supply.days, leadTime: leadTimeDays }));
  }

  const low = lowInventoryFee(onHand, f.orders, at, tz, rules.fees);
  if (low.status === 'at_risk') {
    alerts.push('LOW_INVENTORY_FEE_RISK');
    why.push(
      ruleIssue(M.RPL_LOW_INVENTORY_FEE, 'C.8', {
        min: rules.fees.lowInventoryLevel?.lowInventoryMinHistoricalDaysOfSupply,
      }),
    );
  }

  const restock = latestAtOrBefore(f.restockRows, at);
  const amazon: AmazonRestock | null =
    restock === null
      ? null
      : {
          quantity: restock.recommendedQuantity,
          shipDay: restock.recommendedShipDay,
          alert: restock.alert,
          action: restock.recommendedAction,
          at: restock.at,
        };
  if (amazon?.quantity != null) {
    why.push(
      ruleIssue(M.RPL_AMAZON, 'RPL-2', {
        qty: amazon.quantity,
        day: amazon.shipDay ?? '-',
        alert: amazon.alert ?? '-',
      }),
    );
  }

  return {
    sku: f.sku,
    asin: f.asin,
    marketplace: mp,
    asOf: at,
    weightedDailySales: wds,
    onHand,
    onHandSource: stock.onHandSource,
    inbound,
    daysOfSupply: supply.days,
    daysOfSupplyInfinite: supply.infinite,
    leadTimeDays,
    coverDays,
    reorder,
    reorderQty: reorder.qty,
    alert,
    alerts,
    stale,
    stockDataAt: stock.latestStockDataAt,
    stockDataAgeDays,
    seasonal,
    lowInventoryFee: low,
    amazonRecommendation: amazon,
    why,
  };
}

/** Most urgent first: alert, then the shortest supply against lead time, then the largest reorder, SKU. */
export function compareReplenishUrgency(a: ReplenishRow, b: ReplenishRow): number {
  if (a.alert !== b.alert) return a.alert ? -1 : 1;
  const slack = (row: ReplenishRow) =>
    row.daysOfSupply === null ? Number.POSITIVE_INFINITY : row.daysOfSupply - (row.leadTimeDays ?? 0);
  const s = slack(a) - slack(b);
  if (s !== 0 && !Number.isNaN(s)) return s;
  if (a.reorderQty !== b.reorderQty) return b.reorderQty - a.reorderQty;
  return a.marketplace === b.marketplace
    ? a.sku < b.sku
      ? -1
      : a.sku > b.sku
        ? 1
        : 0
    : a.marketplace < b.marketplace
      ? -1
      : 1;
}

export function replenishRows(groups: readonly SkuFacts[], at: Instant, options: ReplenishOptions): ReplenishRow[] {
  return groups.map((f) => replenishRow(f, at, options)).sort(compareReplenishUrgency);
}
