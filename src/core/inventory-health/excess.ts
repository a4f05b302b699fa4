// The excess view of one SKU (EXC-1, EXC-2, EXC-3 baseline) as of an instant, from its grouped facts:
// stock position (DEC-1), units sold in the past 30 days, stock-to-sales ratio and band (DEC-4), age
// buckets, excess units above a healthy cover, the projected holding cost (30/90 days), Amazon's own
// recommendation beside clearway's, and "why" lines in English and Chinese.
//
// Choices (documented for users in the row's `why`):
// - units sold = non-cancelled FBA order lines of the SKU in (asOf − 30 local days, asOf] (the stock is
//   FBA stock; FBM lines are fulfilled elsewhere);
// - on-hand: from clearway's lots (DEC-1) when a lots snapshot exists at or before the instant, else from
//   Amazon's latest inventory snapshot (fulfillable + reserved) with the same DEC-1 movements after it;
// - excess units = on-hand + inbound − ⌈units sold × cover days ÷ 30⌉, not below 0; cover days from the
//   rule set (inventoryHealth.excessHealthyCoverDays, a clearway default) unless the caller gives some;
// - holding cost: projectHoldingCost with the 30-day sales rate; a SKU with unknown ages gets no total.
import type { Instant, Minor } from '../catalog/facts.js';
import { marketplaceInfo, type Marketplace } from '../catalog/marketplace.js';
import { inWindow, localDay, pastDaysWindow, timeZoneOf } from '../calendar/calendar.js';
import { formatMoney, type Currency } from '../money/money.js';
import { ruleIssue, type RuleIssue } from '../messages/messages.js';
import type { RuleSet } from '../rules/schema.js';
import {
  amazonRecommendationOf,
  planningAgeBuckets,
  planningLots,
  type AmazonRecommendation,
} from './amazon-planning.js';
import { projectHoldingCost, type HoldingCost } from './holding-cost.js';
import { INVENTORY_HEALTH_MESSAGES as M } from './messages.js';
import { sizeTierOf, unitVolumeOf } from './product-measures.js';
import { baselineRecommendation, type Recommendation } from './recommendation.js';
import type { SkuFacts } from './sku-facts.js';
import { standardPriceAt } from './sku-facts.js';
import { skuStock } from './sku-stock.js';
import {
  ageBuckets,
  latestAtOrBefore,
  unitsAgedOver,
  type AgeBuckets,
  type Inbound,
  type Lot,
} from './stock-position.js';
import { BAND_URGENCY, stockToSales, type Band, type StockToSales } from './stock-to-sales.js';

/** The Outlet side of a row (OUT-1/OUT-2 verdict and OUT-4), from core/outlet through the app layer. */
export interface OutletSummary {
  readonly eligible: boolean;
  readonly failed: readonly string[];
  readonly maxDealPrice: Minor | null;
}

export interface ExcessRow {
  readonly sku: string;
  readonly asin: string | null;
  readonly marketplace: Marketplace;
  readonly currency: Currency;
  readonly asOf: Instant;
  readonly onHand: number;
  readonly onHandSource: 'lots' | 'inventory_snapshot' | 'none';
  readonly snapshotAt: Instant | null;
  readonly inbound: Inbound;
  readonly unitsSold30d: number;
  readonly salesWindowDays: number;
  readonly stockToSales: StockToSales;
  readonly ageBuckets: AgeBuckets | null;
  readonly ageSource: 'lots' | 'amazon_planning' | 'none';
  /** EXC-2: units aged over excessAgeDaysAbove (90) and over agedStorageDaysAbove (180); null when ages are unknown. */
  readonly agedUnits: { readonly overExcessAge: number | null; readonly overAgedStorage: number | null };
  readonly excessUnits: number;
  readonly healthyCoverUnits: number;
  readonly coverDays: number;
  readonly coverDaysSource: 'rule_set' | 'option';
  /** One projection per horizon (the rule set's holdingCostHorizonsDays plus 30 and 90). */
  readonly holdingCosts: readonly { readonly days: number; readonly cost: HoldingCost }[];
  readonly currentPrice: Minor | null;
  readonly outlet: OutletSummary | null;
  readonly amazonRecommendation: AmazonRecommendation | null;
  readonly recommendation: Recommendation;
  readonly why: readonly RuleIssue[];
}

/** Replaces the EXC-3 baseline (e.g. with the clearance planner's first action); null keeps the baseline. */
export type ExcessRecommender = (row: ExcessRow) => Recommendation | null;

export interface ExcessOptions {
  /** Healthy cover in days (`--cover-days`); the rule set's excessHealthyCoverDays when absent. */
  readonly coverDays?: number | null;
  readonly ruleSetAt: (marketplace: Marketplace, at: Instant) => RuleSet;
  readonly recommender?: ExcessRecommender | null;
}

/** The holding cost of a horizon, or null when the row has none for it. */
export function holdingCostFor(row: ExcessRow, days: number): HoldingCost | null {
  return row.holdingCosts.find((h) => h.days === days)?.cost ?? null;
}

function unitsSoldIn(f: SkuFacts, at: Instant, days: number, timeZone: string): number {
  const window = pastDaysWindow(at, days, timeZone);
  let n = 0;
  for (const o of f.orders) if (o.channel === 'fba' && !o.cancelled && inWindow(o.at, window)) n += o.units;
  return n;
}

/** EXC-1/EXC-2 view of one SKU at `at`, with the EXC-3 baseline (or the recommender's answer). */
export function excessRow(f: SkuFacts, at: Instant, options: ExcessOptions, outlet: OutletSummary | null): ExcessRow {
  const mp = f.marketplace;
  const tz = timeZoneOf(mp);
  const { currency } = marketplaceInfo(mp);
  const rules = options.ruleSetAt(mp, at);
  const ih = rules.inventoryHealth;
  const why: RuleIssue[] = [];
  const money = (m: Minor | null) => (m === null ? '-' : formatMoney(m, currency));

  // Stock position (DEC-1) and inbound (RPL-2 definition).
  const planning = latestAtOrBefore(f.planningRows, at);
  const { position, onHandSource, snapshot, inbound } = skuStock(f, at);
  if (onHandSource === 'inventory_snapshot' && snapshot !== null) {
    why.push(ruleIssue(M.EXC_WHY_ON_HAND_FROM_SNAPSHOT, 'DEC-1', { at: localDay(snapshot.at, tz) }));
  } else if (onHandSource === 'none') why.push(ruleIssue(M.EXC_WHY_NO_STOCK_DATA, 'DEC-1', {}));

  // EXC-1 / DEC-4.
  const windowDays = ih.stockToSalesSalesWindowDays;
  const sold = unitsSoldIn(f, at, windowDays, tz);
  const sts = stockToSales(position.units, inbound.total, sold, ih);
  if (sts.ratioInfinite) why.push(ruleIssue(M.EXC_WHY_RATIO_INFINITE, 'EXC-1', { stock: sts.stock, days: windowDays }));
  else if (sts.ratio === null) why.push(ruleIssue(M.EXC_WHY_NO_STOCK_NO_SALES, 'DEC-4', { days: windowDays }));
  else {
    const values = { stock: sts.stock, sold, days: windowDays, ratio: sts.ratio.toFixed(2), band: sts.band };
    why.push(ruleIssue(M.EXC_WHY_RATIO, 'EXC-1', values));
  }

  // Ages (EXC-2, DEC-1): clearway lots, else Amazon's planning buckets.
  let buckets: AgeBuckets | null = null;
  let ageSource: ExcessRow['ageSource'] = 'none';
  let holdingLots: readonly Lot[] = position.lots;
  let overExcessAge: number | null = null;
  let overAgedStorage: number | null = null;
  if (onHandSource === 'lots') {
    buckets = ageBuckets(position.lots, at, tz);
    ageSource = 'lots';
    overExcessAge = unitsAgedOver(position.lots, at, tz, ih.excessAgeDaysAbove);
    overAgedStorage = unitsAgedOver(position.lots, at, tz, ih.agedStorageDaysAbove);
  } else if (planning !== null && planningAgeBuckets(planning) !== null) {
    buckets = planningAgeBuckets(planning);
    ageSource = 'amazon_planning';
    holdingLots = planningLots(planning, position.units, at, tz) ?? position.lots;
    why.push(ruleIssue(M.EXC_WHY_AGES_FROM_PLANNING, 'EXC-2', { day: planning.ageDay ?? localDay(planning.at, tz) }));
  } else if (position.units > 0) why.push(ruleIssue(M.EXC_WHY_AGES_UNKNOWN, 'EXC-2', {}));
  if (overExcessAge !== null) {
    why.push(
      ruleIssue(M.EXC_WHY_AGED, 'EXC-2', {
        over90: overExcessAge,
        over180: overAgedStorage,
        excessDays: ih.excessAgeDaysAbove,
        agedDays: ih.agedStorageDaysAbove,
      }),
    );
  }

  // Excess units above the healthy cover.
  const coverDays = options.coverDays ?? ih.excessHealthyCoverDays;
  const healthyCoverUnits = Math.ceil((sold * coverDays) / windowDays);
  const excessUnits = Math.max(0, sts.stock - healthyCoverUnits);
  why.push(
    ruleIssue(M.EXC_WHY_EXCESS_UNITS, 'EXC-1', {
      excess: excessUnits,
      cover: healthyCoverUnits,
      coverDays,
      sold,
      days: windowDays,
    }),
  );

  // EXC-2 holding cost over each horizon.
  const volume = unitVolumeOf(f.product, snapshot, planning);
  const horizons = [...new Set([...ih.holdingCostHorizonsDays, 30, 90])].sort((a, b) => a - b);
  const agesKnown = ageSource !== 'none' || position.units === 0;
  const holdingCosts = horizons.map((days) => {
    const cost = projectHoldingCost(
      {
        lots: holdingLots,
        dailySales: sold / windowDays,
        unitCubicFeet: volume.cubicFeet,
        sizeTier: sizeTierOf(planning),
        category: f.product?.category ?? null,
      },
      at,
      days,
      (instant) => options.ruleSetAt(mp, instant),
      tz,
    );
    return { days, cost: agesKnown ? cost : { ...cost, agedSurcharge: null, total: null } };
  });
  const h30 = holdingCosts.find((h) => h.days === 30)?.cost ?? null;
  const h90 = holdingCosts.find((h) => h.days === 90)?.cost ?? null;
  if (h30?.noFeeData) why.push(ruleIssue(M.EXC_WHY_HOLDING_NO_FEE_DATA, 'GEN-3', { marketplace: mp }));
  else if (volume.cubicFeet === null && position.units > 0) why.push(ruleIssue(M.EXC_WHY_NO_VOLUME, 'EXC-2', {}));
  else if (h30 && h90) {
    why.push(ruleIssue(M.EXC_WHY_HOLDING, 'EXC-2', { cost30: money(h30.total), cost90: money(h90.total) }));
  }

  const amazon = amazonRecommendationOf(planning);
  if (amazon?.action) {
    const values = { action: amazon.action, price: money(amazon.salesPrice), qty: amazon.excessQuantity ?? '-' };
    why.push(ruleIssue(M.EXC_WHY_AMAZON, 'EXC-3', { ...values, day: localDay(amazon.at, tz) }));
  }

  const current = standardPriceAt(f.prices, at)?.price ?? planning?.yourPrice ?? snapshot?.yourPrice ?? null;
  const baseline = baselineRecommendation(
    {
      band: sts.band,
      excessUnits,
      dailySales: sold / windowDays,
      currentPrice: current,
      outletEligible: outlet?.eligible ?? null,
      outletMaxDealPrice: outlet?.maxDealPrice ?? null,
      referralPct: f.product?.referralPct ?? null,
      fulfilmentFee: f.product?.fulfilmentFee ?? null,
    },
    rules,
  );
  const row: ExcessRow = {
    sku: f.sku,
    asin: f.asin,
    marketplace: mp,
    currency,
    asOf: at,
    onHand: position.units,
    onHandSource,
    snapshotAt: position.snapshotAt,
    inbound,
    unitsSold30d: sold,
    salesWindowDays: windowDays,
    stockToSales: sts,
    ageBuckets: buckets,
    ageSource,
    agedUnits: { overExcessAge, overAgedStorage },
    excessUnits,
    healthyCoverUnits,
    coverDays,
    coverDaysSource: options.coverDays == null ? 'rule_set' : 'option',
    holdingCosts,
    currentPrice: current,
    outlet,
    amazonRecommendation: amazon,
    recommendation: baseline,
    why,
  };
  const planned = options.recommender?.(row) ?? null;
  return planned === null ? row : { ...row, recommendation: planned };
}

/** Most urgent first: band (heavy, moderate, stockout risk, healthy), then excess units, 90-day cost, SKU. */
export function compareByUrgency(a: ExcessRow, b: ExcessRow): number {
  const band = BAND_URGENCY[a.stockToSales.band] - BAND_URGENCY[b.stockToSales.band];
  if (band !== 0) return band;
  if (a.excessUnits !== b.excessUnits) return b.excessUnits - a.excessUnits;
  const ca = holdingCostFor(a, 90)?.total ?? -1;
  const cb = holdingCostFor(b, 90)?.total ?? -1;
  if (ca !== cb) return cb - ca;
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

/** Rows of every SKU, optionally of one band, most urgent first. */
export function excessRows(
  groups: readonly SkuFacts[],
  at: Instant,
  options: ExcessOptions & { readonly band?: Band | null },
  outletOf: (f: SkuFacts) => OutletSummary | null = () => null,
): ExcessRow[] {
  const rows = groups.map((f) => excessRow(f, at, options, outletOf(f)));
  const kept = options.band == null ? rows : rows.filter((r) => r.stockToSales.band === options.band);
  return kept.sort(compareByUrgency);
}
