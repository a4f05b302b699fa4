// The planning context of one SKU as of an instant: its periods (the start slots), its stock and what
// holding it costs per period, its regular price and unit economics, its demand model, and the
// reference prices each period's candidates are screened against.
//
// Periods: the plan starts at the first local midnight at or after the as-of instant and runs for the
// horizon (default 90 days). The first period runs up to the first Outlet cycle start (OUT-6, Monday
// 00:00 local), then weekly periods follow: every action starts at a period start (the grid's weekly
// start slots). Stock: DEC-1 on-hand at the plan's start by lot, plus inbound shipments arriving on
// their ETA (on the first day when they have none). Holding cost per unit and period comes from
// core/inventory-health projectHoldingCost (the EXC-2 projection the excess view shows), by lot age.
import type {
  Instant,
  LotFact,
  Minor,
  OfferFact,
  OutletEventFact,
  PricingRuleFact,
  ProductFact,
  SellerFact,
  ShipmentFact,
} from '../catalog/facts.js';
import { marketplaceInfo, type Marketplace } from '../catalog/marketplace.js';
import { addDays, localDay, nextWeeklyStart, startOfLocalDay, timeZoneOf } from '../calendar/calendar.js';
import { parseLocalDay } from '../calendar/civil.js';
import { demandModel, type DemandModel } from '../demand/model.js';
import type { DemandPriors, ResponseParams } from '../demand/priors.js';
import { projectHoldingCost } from '../inventory-health/holding-cost.js';
import type { Currency } from '../money/money.js';
import { skuOnHand } from '../outlet/inventory.js';
import { asinIndex, versionAt, type AsinFacts } from '../reference-prices/asin-facts.js';
import { referencePrices, type ReferencePrices } from '../reference-prices/reference-prices.js';
import { standardPriceAt } from '../quote/timeline.js';
import { ruleSetFor } from '../rules/rules.js';
import type { RuleSet } from '../rules/schema.js';
import { liquidationRecovery, removalFee, unitSizeOf } from './disposal.js';
import { unitCash, unitCostsOf, type UnitCosts } from './economics.js';
import type { Period } from './types.js';

export const DEFAULT_HORIZON_DAYS = 90;

/** The same ASIN on another marketplace of the account (EXC-6). */
export interface OtherMarketplaceFacts {
  readonly facts: AsinFacts;
  readonly lots: readonly LotFact[];
  readonly shipments: readonly ShipmentFact[];
}

export interface PlanInput {
  readonly sku: string;
  readonly account: string;
  readonly asOf: Instant;
  readonly horizonDays?: number;
  /** The ASIN's facts on the SKU's marketplace (all its SKUs; planned promotions included). */
  readonly facts: AsinFacts;
  readonly offers: readonly OfferFact[];
  /** Inventory snapshots and inbound shipments of the ASIN's SKUs (DEC-1). */
  readonly lots: readonly LotFact[];
  readonly shipments: readonly ShipmentFact[];
  /** OUT-1/OUT-2 inputs (core/outlet eligibility). */
  readonly seller: readonly SellerFact[];
  readonly pricingRules: readonly PricingRuleFact[];
  readonly outletEvents: readonly OutletEventFact[];
  readonly others?: readonly OtherMarketplaceFacts[];
  readonly ruleSetAt?: (at: Instant) => RuleSet;
  readonly priors?: DemandPriors;
  /** Response parameters to plan with instead of the estimated ones (what-ifs, the benchmark). */
  readonly response?: ResponseParams;
  /** Baseline units/day to plan with instead of the estimated one. */
  readonly baselineDaily?: number;
}

/** A stock layer, youngest first: on-hand lots and inbound arrivals (the FIFO order of C.2). */
export interface StockLayer {
  readonly received: Instant;
  readonly units: number;
  /** Period at whose start it is on hand (0 for on-hand lots). */
  readonly arrival: number;
}

export interface PlanContext {
  readonly input: PlanInput;
  readonly sku: string;
  readonly asin: string;
  readonly marketplace: Marketplace;
  readonly currency: Currency;
  readonly timeZone: string;
  readonly asOf: Instant;
  readonly horizonDays: number;
  readonly firstDay: string;
  readonly dayZero: Instant;
  readonly horizonEnd: Instant;
  readonly periods: readonly Period[];
  /** The rule set in force at each period's start. */
  readonly periodRules: readonly RuleSet[];
  readonly ruleSetAt: (at: Instant) => RuleSet;
  readonly ruleSet: RuleSet;
  readonly product: ProductFact;
  readonly costs: UnitCosts;
  /** The SKU's standard price at the plan's start (PR-5); null: it has none (nothing can be planned). */
  readonly regularPrice: Minor | null;
  readonly regularCash: number;
  readonly demand: DemandModel;
  readonly params: ResponseParams;
  readonly baseline: number;
  readonly onHand: number;
  readonly inbound: number;
  readonly layers: readonly StockLayer[];
  /** Units arriving at each period's start (period 0 includes nothing on hand). */
  readonly arrivals: readonly number[];
  /** The last period with an arrival (−1: none). */
  readonly lastArrival: number;
  /** holdRate[p][j]: holding cost of one unit of layer j over period p. */
  readonly holdRate: readonly Float64Array[];
  readonly holdingNoFeeData: boolean;
  /** Value of a unit left at the horizon's end (EXC-7 floor: liquidation net, or minus the removal fee). */
  readonly residualPerUnit: number;
  /** Average selling price over the past 90 days (C.6 liquidation), else the regular price. */
  readonly averageSellingPrice: Minor;
  /** Reference prices as of the plan's start (PR-1..PR-6). */
  readonly refs: ReferencePrices;
  /** Local day number of the plan's first day. */
  readonly day0Number: number;
  /** Period of each day offset of the horizon. */
  readonly dayPeriod: Int16Array;
  /** Local midnights by day offset from MIDNIGHT_MARGIN days before the first day, and back. */
  readonly midnights: Float64Array;
  readonly midnightOffset: ReadonlyMap<Instant, number>;
}

/** Days before the first day (and after the horizon) whose midnights are kept (30-day windows). */
export const MIDNIGHT_MARGIN = 70;

/** Local midnight of day offset `n` from the plan's first day. */
export function midnightAt(ctx: PlanContext, n: number): Instant {
  const i = n + MIDNIGHT_MARGIN;
  if (i >= 0 && i < ctx.midnights.length) return ctx.midnights[i] as number;
  return startOfLocalDay(addDays(ctx.firstDay, n), ctx.timeZone);
}

/** Day offset from the plan's first day of the local day containing `at`. */
export function offsetOf(ctx: PlanContext, at: Instant): number {
  return ctx.midnightOffset.get(at) ?? parseLocalDay(localDay(at, ctx.timeZone)) - ctx.day0Number;
}

// Per-unit holding rates repeat across the SKUs of one answer (same receipt day, volume, period):
// memoised (pure: the key holds every input but the rule-set lookup, which is compared by identity).
const rateCache = new Map<string, { rate: number; noFeeData: boolean; rulesAt: (at: Instant) => RuleSet }>();

function holdingRates(
  layers: readonly StockLayer[],
  periods: readonly Period[],
  product: ProductFact,
  ruleSetAt: (at: Instant) => RuleSet,
  tz: string,
): { rates: Float64Array[]; noFeeData: boolean } {
  const size = unitSizeOf(product, 'lb');
  let noFeeData = false;
  const PROBE = 1000;
  const rates = periods.map((p) => {
    const row = new Float64Array(layers.length);
    layers.forEach((layer, j) => {
      const key = `${tz}|${layer.received}|${p.start}|${p.days}|${product.unitCubicFeet}|${size?.tier}|${product.category}`;
      const hit = rateCache.get(key);
      if (hit !== undefined && ruleSetAt === hit.rulesAt) {
        row[j] = hit.rate;
        noFeeData ||= hit.noFeeData;
        return;
      }
      const cost = projectHoldingCost(
        {
          lots: [{ received: layer.received, units: PROBE }],
          dailySales: 0,
          unitCubicFeet: product.unitCubicFeet,
          sizeTier: size?.tier ?? 'standard',
          category: product.category,
        },
        p.start,
        p.days,
        ruleSetAt,
        tz,
      );
      if (cost.total === null) noFeeData = true;
      row[j] = (cost.total ?? (cost.storage ?? 0) + (cost.agedSurcharge ?? 0)) / PROBE;
      if (rateCache.size > 50_000) rateCache.clear();
      rateCache.set(key, { rate: row[j] as number, noFeeData: cost.total === null, rulesAt: ruleSetAt });
    });
    return row;
  });
  return { rates, noFeeData };
}

const defaultRules = new Map<Marketplace, (at: Instant) => RuleSet>();

/** rules.ts ruleSetFor for one marketplace (one function per marketplace, so caches can key on it). */
export function defaultRuleSetAt(mp: Marketplace): (at: Instant) => RuleSet {
  let f = defaultRules.get(mp);
  if (f === undefined) {
    f = (at: Instant) => ruleSetFor(mp, at);
    defaultRules.set(mp, f);
  }
  return f;
}

/** The planning periods: the lead-in up to the first Outlet cycle start, then weeks (see header). */
export function planPeriods(dayZero: Instant, horizonDays: number, cycleWeekday: number, tz: string): Period[] {
  const firstDay = localDay(dayZero, tz);
  const first = parseLocalDay(firstDay);
  const cycle = nextWeeklyStart(dayZero, cycleWeekday, tz, true);
  const lead = parseLocalDay(localDay(cycle, tz)) - first;
  const periods: Period[] = [];
  let day = 0;
  if (lead > 0) {
    periods.push({ index: 0, start: dayZero, startDay: 0, days: Math.min(lead, horizonDays) });
    day = lead;
  }
  while (day < horizonDays) {
    const days = Math.min(7, horizonDays - day);
    periods.push({ index: periods.length, start: startOfLocalDay(addDays(firstDay, day), tz), startDay: day, days });
    day += days;
  }
  return periods;
}

/** The period containing day offset `day` (the last one for days past the horizon). */
export function periodOfDay(periods: readonly Period[], day: number): number {
  for (let i = periods.length - 1; i >= 0; i--) if ((periods[i] as Period).startDay <= day) return i;
  return 0;
}

/** Average selling price of the SKU's non-cancelled lines over the past 90 days (C.6 ASP), else the price. */
function averageSellingPrice(facts: AsinFacts, sku: string, asOf: Instant, fallback: Minor): Minor {
  let units = 0;
  let amount = 0;
  const from = asOf - 90 * 86_400_000;
  for (const o of facts.orders) {
    if (o.sku !== sku || o.cancelled || o.unitPrice === null || o.at <= from || o.at > asOf) continue;
    units += o.units;
    amount += o.unitPrice * o.units - o.promotionDiscount;
  }
  return units > 0 ? Math.round(amount / units) : fallback;
}

/** The planning context of `input.sku` (throws only on broken input; an unplannable SKU gets empty grids). */
export function planContext(input: PlanInput): PlanContext {
  const marketplace = input.facts.marketplace;
  const tz = timeZoneOf(marketplace);
  const currency = marketplaceInfo(marketplace).currency;
  const ruleSetAt = input.ruleSetAt ?? defaultRuleSetAt(marketplace);
  const asOf = input.asOf;
  const horizonDays = Math.max(1, Math.floor(input.horizonDays ?? DEFAULT_HORIZON_DAYS));
  const asOfDay = localDay(asOf, tz);
  const dayZero = startOfLocalDay(asOfDay, tz) === asOf ? asOf : startOfLocalDay(addDays(asOfDay, 1), tz);
  const firstDay = localDay(dayZero, tz);
  const horizonEnd = startOfLocalDay(addDays(firstDay, horizonDays), tz);
  const ruleSet = ruleSetAt(asOf);
  const periods = planPeriods(dayZero, horizonDays, ruleSet.outlet.outletCycleStartWeekday, tz);
  const sku = input.sku;
  const index = asinIndex(input.facts).bySku.get(sku);
  const product = versionAt(index?.versions ?? [], asOf);
  if (product === null) throw new Error(`no product version of ${sku}`);
  const costs = unitCostsOf(product, ruleSet);
  const regularPrice = standardPriceAt(index?.prices ?? [], asOf);

  const skuPrices = index?.prices ?? [];
  const demand = demandModel({
    sku,
    asOf,
    timeZone: tz,
    ruleSet,
    orders: input.facts.orders,
    prices: skuPrices,
    promotions: input.facts.promotions,
    lots: input.lots,
    shipments: input.shipments,
    ...(input.priors ? { priors: input.priors } : {}),
  });
  const params = input.response ?? demand.params;
  const baseline = input.baselineDaily ?? demand.baseline.daily;

  // Stock: on-hand lots (youngest first) and inbound arrivals.
  const onHand = skuOnHand(sku, input.lots, input.facts.orders, input.shipments, asOf);
  const layers: StockLayer[] = [...onHand.lots]
    .reverse()
    .map((l) => ({ received: l.received, units: l.units, arrival: 0 }));
  const arrivals = periods.map(() => 0);
  let inbound = 0;
  const pending = input.shipments
    .filter((s) => s.sku === sku && (s.received === null || s.received > asOf) && s.units > 0)
    .map((s) => {
      const eta = s.eta !== null && s.eta > dayZero ? s.eta : dayZero;
      const day = parseLocalDay(localDay(eta, tz)) - parseLocalDay(firstDay);
      return { units: s.units, eta, day };
    })
    .filter((s) => s.day < horizonDays)
    .sort((a, b) => b.eta - a.eta);
  for (const s of pending) {
    const p = periodOfDay(periods, s.day);
    arrivals[p] = (arrivals[p] ?? 0) + s.units;
    inbound += s.units;
  }
  const inboundLayers: StockLayer[] = pending.map((s) => ({
    received: s.eta,
    units: s.units,
    arrival: periodOfDay(periods, s.day),
  }));
  const allLayers = [...inboundLayers, ...layers];
  const holding = holdingRates(allLayers, periods, product, ruleSetAt, tz);

  const price = regularPrice ?? 0;
  const end = ruleSetAt(horizonEnd - 1);
  const asp = averageSellingPrice(input.facts, sku, asOf, price);
  const liquidation = liquidationRecovery(end, asp, product);
  const removal = removalFee(end, product);
  const floors = [liquidation.net, ...(removal.perUnit === null ? [] : [-removal.perUnit])];
  const residualPerUnit = regularPrice === null ? 0 : Math.max(...floors);

  const midnights = new Float64Array(horizonDays + 2 * MIDNIGHT_MARGIN);
  const midnightOffset = new Map<Instant, number>();
  for (let i = 0; i < midnights.length; i++) {
    const at = startOfLocalDay(addDays(firstDay, i - MIDNIGHT_MARGIN), tz);
    midnights[i] = at;
    midnightOffset.set(at, i - MIDNIGHT_MARGIN);
  }
  const dayPeriod = new Int16Array(horizonDays);
  for (let d = 0; d < horizonDays; d++) dayPeriod[d] = periodOfDay(periods, d);
  return {
    input,
    sku,
    asin: input.facts.asin,
    marketplace,
    currency,
    timeZone: tz,
    asOf,
    horizonDays,
    firstDay,
    dayZero,
    horizonEnd,
    periods,
    periodRules: periods.map((p) => ruleSetAt(p.start)),
    ruleSetAt,
    ruleSet,
    product,
    costs,
    regularPrice,
    regularCash: regularPrice === null ? 0 : unitCash(regularPrice, costs),
    demand,
    params,
    baseline,
    onHand: onHand.units,
    inbound,
    layers: allLayers,
    arrivals,
    lastArrival: arrivals.reduce((last, n, p) => (n > 0 ? p : last), -1),
    holdRate: holding.rates,
    holdingNoFeeData: holding.noFeeData,
    residualPerUnit,
    averageSellingPrice: asp,
    refs: referencePrices(input.facts, asOf, ruleSet),
    day0Number: parseLocalDay(firstDay),
    dayPeriod,
    midnights,
    midnightOffset,
  };
}

/** Holding cost over period p of the youngest `units` units present (FIFO: the oldest sold first). */
export function holdingCost(ctx: PlanContext, p: number, units: number): number {
  const rates = ctx.holdRate[p] as Float64Array;
  let left = units;
  let cost = 0;
  for (let j = 0; j < ctx.layers.length && left > 1e-12; j++) {
    const layer = ctx.layers[j] as StockLayer;
    if (layer.arrival > p) continue;
    const take = Math.min(layer.units, left);
    cost += take * (rates[j] as number);
    left -= take;
  }
  return cost;
}
