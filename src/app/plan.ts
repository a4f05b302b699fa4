// `clearway plan SKU` / `plan --all` and GET /api/v1/plan: the clearance plan of a SKU (EXC-3..EXC-9)
// as of an instant (default now — the clock lives here), over a horizon (default 90 days). One SKU
// loads its ASIN's facts on its marketplace (DEC-2) and the same ASIN on the account's other
// marketplaces (EXC-6); `--all` loads the account's facts once and plans every SKU from memory.
import type {
  FactKind,
  FactsByKind,
  Instant,
  LotFact,
  OfferFact,
  OutletEventFact,
  PricingRuleFact,
  ProductFact,
  SellerFact,
  ShipmentFact,
} from '../core/catalog/facts.js';
import type { Marketplace } from '../core/catalog/marketplace.js';
import { DEFAULT_HORIZON_DAYS, type OtherMarketplaceFacts, type PlanInput } from '../core/clearance/context.js';
import { planSku } from '../core/clearance/plan.js';
import type { SkuPlan } from '../core/clearance/types.js';
import type { ExcessRecommender } from '../core/inventory-health/excess.js';
import type { OutletFacts } from '../core/outlet/types.js';
import type { Recommendation } from '../core/inventory-health/recommendation.js';
import { asinKey, groupAsinFacts, type AsinFacts } from '../core/reference-prices/asin-facts.js';
import type { FactStore } from '../store/types.js';
import { asinOfSku, loadAsinFacts, marketplaceOfSku } from './asin-facts.js';
import type { PlanAllDoc, PlanDoc } from './plan-documents.js';
import { planJson } from './plan-json.js';
import { planBundleInPool } from './plan-pool.js';
import { PricingInputError } from './pricing-errors.js';
import { PLAN_APP } from './plan-messages.js';
import { instantOf, type WhenInput } from './pricing-scope.js';

export interface PlanQuery {
  /** `--marketplace` / `?marketplace=` (DEC-2), or null. */
  readonly marketplace: Marketplace | null;
  readonly at: WhenInput;
  /** `--horizon` days (default 90). */
  readonly horizon?: number | string | null;
}

/** The horizon asked for: a whole number of days, 7–365 (PricingInputError naming --horizon otherwise). */
export function horizonOf(value: number | string | null | undefined): number {
  if (value === null || value === undefined || value === '') return DEFAULT_HORIZON_DAYS;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n) || n < 7 || n > 365) {
    throw new PricingInputError('BAD_HORIZON', [
      { field: '--horizon', code: PLAN_APP.PLAN_BAD_HORIZON, values: { value: String(value), min: 7, max: 365 } },
    ]);
  }
  return n;
}

/** The facts a plan reads, all kinds, for one account (optionally one marketplace). */
export interface FactBundle {
  readonly products: readonly ProductFact[];
  readonly orders: readonly FactsByKind['orders'][];
  readonly prices: readonly FactsByKind['prices'][];
  readonly promotions: readonly FactsByKind['promotions'][];
  readonly evidence: readonly FactsByKind['evidence'][];
  readonly frozenWasPrices: readonly FactsByKind['frozen_was_prices'][];
  readonly events: readonly FactsByKind['events'][];
  readonly offers: readonly OfferFact[];
  readonly lots: readonly LotFact[];
  readonly shipments: readonly ShipmentFact[];
  readonly seller: readonly SellerFact[];
  readonly pricingRules: readonly PricingRuleFact[];
  readonly outletEvents: readonly OutletEventFact[];
}

async function load<K extends FactKind>(
  store: FactStore,
  account: string,
  kind: K,
  filter: object,
): Promise<FactsByKind[K][]> {
  return store.loadFacts(account, kind, filter);
}

/** Every fact kind a plan reads (one store round trip per kind). */
export async function loadFactBundle(
  store: FactStore,
  account: string,
  marketplace: Marketplace | null,
): Promise<FactBundle> {
  const f = marketplace === null ? {} : { marketplace };
  const [
    products,
    orders,
    prices,
    promotions,
    evidence,
    frozenWasPrices,
    events,
    offers,
    lots,
    shipments,
    seller,
    pricingRules,
    outletEvents,
  ] = await Promise.all([
    load(store, account, 'products', f),
    load(store, account, 'orders', f),
    load(store, account, 'prices', f),
    load(store, account, 'promotions', f),
    load(store, account, 'evidence', f),
    load(store, account, 'frozen_was_prices', f),
    load(store, account, 'events', f),
    load(store, account, 'offers', f),
    load(store, account, 'lots', f),
    load(store, account, 'shipments', f),
    load(store, account, 'seller', f),
    load(store, account, 'pricing_rules', f),
    load(store, account, 'outlet_events', f),
  ]);
  return {
    products,
    orders,
    prices,
    promotions,
    evidence,
    frozenWasPrices,
    events,
    offers,
    lots,
    shipments,
    seller,
    pricingRules,
    outletEvents,
  };
}

/** Facts of a bundle grouped by (marketplace, ASIN) for planning. */
export interface PlanIndex {
  readonly asinFacts: ReadonlyMap<string, AsinFacts>;
  readonly byAsin: ReadonlyMap<
    string,
    {
      lots: LotFact[];
      shipments: ShipmentFact[];
      offers: OfferFact[];
      pricingRules: PricingRuleFact[];
      outletEvents: OutletEventFact[];
    }
  >;
  /** Marketplaces of each ASIN. */
  readonly marketplacesOf: ReadonlyMap<string, Marketplace[]>;
  readonly seller: readonly SellerFact[];
}

export function indexBundle(b: FactBundle): PlanIndex {
  const asinFacts = groupAsinFacts(b);
  const asinOf = new Map<string, string>();
  const marketplacesOf = new Map<string, Marketplace[]>();
  for (const p of b.products) {
    asinOf.set(asinKey(p.marketplace, p.sku), p.asin);
    const list = marketplacesOf.get(p.asin) ?? [];
    if (!list.includes(p.marketplace)) list.push(p.marketplace);
    marketplacesOf.set(p.asin, list);
  }
  const byAsin = new Map<string, ReturnType<PlanIndex['byAsin']['get']> & object>();
  const bucket = (mp: Marketplace, asin: string | undefined) => {
    if (asin === undefined) return undefined;
    const key = asinKey(mp, asin);
    let g = byAsin.get(key);
    if (g === undefined) {
      g = { lots: [], shipments: [], offers: [], pricingRules: [], outletEvents: [] };
      byAsin.set(key, g);
    }
    return g;
  };
  for (const l of b.lots) bucket(l.marketplace, asinOf.get(asinKey(l.marketplace, l.sku)))?.lots.push(l);
  for (const s of b.shipments) bucket(s.marketplace, asinOf.get(asinKey(s.marketplace, s.sku)))?.shipments.push(s);
  for (const o of b.offers) bucket(o.marketplace, o.asin)?.offers.push(o);
  for (const r of b.pricingRules)
    bucket(r.marketplace, asinOf.get(asinKey(r.marketplace, r.sku)))?.pricingRules.push(r);
  for (const e of b.outletEvents)
    bucket(e.marketplace, asinOf.get(asinKey(e.marketplace, e.sku)))?.outletEvents.push(e);
  return { asinFacts, byAsin, marketplacesOf, seller: b.seller };
}

/** A plan index from the facts the Outlet loader holds (app/outlet/account.ts): the same facts per
 *  ASIN, so `excess --plan` plans without loading the account's orders a second time. */
export function planIndexOfOutlet(outlet: readonly OutletFacts[]): PlanIndex {
  const asinFacts = new Map<string, AsinFacts>();
  const byAsin = new Map<string, ReturnType<PlanIndex['byAsin']['get']> & object>();
  const marketplacesOf = new Map<string, Marketplace[]>();
  const sellers = new Set<readonly SellerFact[]>();
  for (const o of outlet) {
    const key = asinKey(o.facts.marketplace, o.facts.asin);
    asinFacts.set(key, o.facts);
    byAsin.set(key, {
      lots: [...o.lots],
      shipments: [...o.shipments],
      offers: [...o.offers],
      pricingRules: [...o.pricingRules],
      outletEvents: [...o.events],
    });
    const list = marketplacesOf.get(o.facts.asin) ?? [];
    if (!list.includes(o.facts.marketplace)) list.push(o.facts.marketplace);
    marketplacesOf.set(o.facts.asin, list);
    sellers.add(o.seller);
  }
  const seller: SellerFact[] = [];
  const seen = new Set<SellerFact>();
  for (const list of sellers) {
    for (const s of list) {
      if (seen.has(s)) continue;
      seen.add(s);
      seller.push(s);
    }
  }
  return { asinFacts, byAsin, marketplacesOf, seller };
}

const EMPTY = { lots: [], shipments: [], offers: [], pricingRules: [], outletEvents: [] };

/** The planning input of one SKU from an index. */
export function planInputFrom(
  index: PlanIndex,
  account: string,
  sku: string,
  asin: string,
  marketplace: Marketplace,
  at: Instant,
  horizonDays: number,
): PlanInput | null {
  const facts = index.asinFacts.get(asinKey(marketplace, asin));
  if (facts === undefined) return null;
  const own = index.byAsin.get(asinKey(marketplace, asin)) ?? EMPTY;
  const others: OtherMarketplaceFacts[] = [];
  for (const mp of index.marketplacesOf.get(asin) ?? []) {
    if (mp === marketplace) continue;
    const f = index.asinFacts.get(asinKey(mp, asin));
    const g = index.byAsin.get(asinKey(mp, asin)) ?? EMPTY;
    if (f !== undefined) others.push({ facts: f, lots: g.lots, shipments: g.shipments });
  }
  return {
    sku,
    account,
    asOf: at,
    horizonDays,
    facts,
    offers: own.offers,
    lots: own.lots,
    shipments: own.shipments,
    seller: index.seller.filter((s) => s.marketplace === marketplace),
    pricingRules: own.pricingRules,
    outletEvents: own.outletEvents,
    others,
  };
}

/** `clearway plan SKU`: UnknownItemError (exit 3), MarketplaceNeededError / PricingInputError (exit 2). */
export async function planOfSku(store: FactStore, account: string, sku: string, query: PlanQuery): Promise<PlanDoc> {
  const horizon = horizonOf(query.horizon);
  const marketplace = await marketplaceOfSku(store, account, sku, query.marketplace);
  const asin = await asinOfSku(store, account, sku, marketplace);
  const at = instantOf(query.at, marketplace, '--at');
  const marketplaces = await store.marketplacesOfAsin(account, asin);
  const bundles = await Promise.all(
    marketplaces.map(async (mp) => {
      const f = { marketplace: mp, asin };
      const [facts, offers, lots, shipments, seller, pricingRules, outletEvents] = await Promise.all([
        loadAsinFacts(store, account, asin, mp),
        load(store, account, 'offers', f),
        load(store, account, 'lots', f),
        load(store, account, 'shipments', f),
        load(store, account, 'seller', { marketplace: mp }),
        load(store, account, 'pricing_rules', f),
        load(store, account, 'outlet_events', f),
      ]);
      return { mp, facts, offers, lots, shipments, seller, pricingRules, outletEvents };
    }),
  );
  const own = bundles.find((b) => b.mp === marketplace);
  if (own === undefined) throw new Error(`no facts for ${sku} on ${marketplace}`);
  const input: PlanInput = {
    sku,
    account,
    asOf: at,
    horizonDays: horizon,
    facts: own.facts,
    offers: own.offers,
    lots: own.lots,
    shipments: own.shipments,
    seller: own.seller,
    pricingRules: own.pricingRules,
    outletEvents: own.outletEvents,
    others: bundles
      .filter((b) => b.mp !== marketplace)
      .map((b) => ({ facts: b.facts, lots: b.lots, shipments: b.shipments })),
  };
  return planJson(planSku(input));
}

/** The excess view's recommendation from a SKU's plan: its first action (null: no action, keep the
 *  EXC-3 baseline). */
export function recommendationOfPlan(plan: SkuPlan): Recommendation | null {
  const first = plan.best.actions[0];
  if (first === undefined) return null;
  return {
    action: first.action,
    price: first.price,
    expectedUnits: first.expectedUnits,
    netCash: first.netCash,
    source: 'plan',
    why: [...plan.explanation.slice(0, 1), ...first.explanation],
  };
}

/**
 * The clearance planner as the excess view's recommender (app/excess.ts ExcessHooks): a row's
 * recommendation becomes its plan's first action (null keeps the EXC-3 baseline: no plan action).
 */
export function planRecommender(
  index: PlanIndex,
  account: string,
  at: Instant,
  horizonDays = DEFAULT_HORIZON_DAYS,
): ExcessRecommender {
  return (row) => {
    if (row.asin === null) return null;
    const input = planInputFrom(index, account, row.sku, row.asin, row.marketplace, at, horizonDays);
    if (input === null) return null;
    return recommendationOfPlan(planSku(input));
  };
}

/** One SKU `plan --all` plans: its latest product version and the as-of instant of its marketplace. */
export interface PlanJob {
  readonly sku: string;
  readonly asin: string;
  readonly marketplace: Marketplace;
  readonly at: Instant;
}

/** The SKUs of a bundle in (marketplace, SKU) order, each with the as-of instant of its marketplace. */
export function planJobs(bundle: FactBundle, query: Omit<PlanQuery, 'marketplace'>): PlanJob[] {
  const latest = new Map<string, ProductFact>();
  for (const p of bundle.products) {
    const key = asinKey(p.marketplace, p.sku);
    const seen = latest.get(key);
    if (seen === undefined || p.validFrom >= seen.validFrom) latest.set(key, p);
  }
  const skus = [...latest.values()].sort((a, b) =>
    a.marketplace < b.marketplace ? -1 : a.marketplace > b.marketplace ? 1 : a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0,
  );
  const atOf = new Map<Marketplace, Instant>();
  return skus.map((p) => {
    let at = atOf.get(p.marketplace);
    if (at === undefined) {
      at = instantOf(query.at, p.marketplace, '--at');
      atOf.set(p.marketplace, at);
    }
    return { sku: p.sku, asin: p.asin, marketplace: p.marketplace, at };
  });
}

/** Progress of `plan --all`: SKUs done and in all. */
export type PlanProgress = (done: number, total: number) => void;

/**
 * Plans every SKU of a loaded bundle (the latest product version of each SKU and marketplace), in
 * (marketplace, SKU) order, in this thread; each plan goes to `onPlan` as soon as it is made (so
 * `plan --all` can stream them) and, without `onPlan`, into the returned list. plan-pool.ts
 * planBundleInPool does the same across worker threads (what the commands run).
 */
export function planBundle(
  bundle: FactBundle,
  account: string,
  query: Omit<PlanQuery, 'marketplace'>,
  onProgress?: PlanProgress,
  onPlan?: (plan: PlanDoc) => void,
): PlanDoc[] {
  const horizon = horizonOf(query.horizon);
  const index = indexBundle(bundle);
  const jobs = planJobs(bundle, query);
  const plans: PlanDoc[] = [];
  jobs.forEach((j, i) => {
    const input = planInputFrom(index, account, j.sku, j.asin, j.marketplace, j.at, horizon);
    if (input !== null) {
      const doc = planJson(planSku(input));
      if (onPlan) onPlan(doc);
      else plans.push(doc);
    }
    onProgress?.(i + 1, jobs.length);
  });
  return plans;
}

/** `clearway plan --all` (GET /api/v1/plan?all): the whole document. */
export async function planAll(
  store: FactStore,
  account: string,
  query: PlanQuery,
  onProgress?: PlanProgress,
): Promise<PlanAllDoc> {
  horizonOf(query.horizon);
  const bundle = await loadFactBundle(store, account, query.marketplace);
  const plans = await planBundleInPool(bundle, account, query, onProgress);
  return { asOf: plans[0]?.asOf ?? null, plans };
}

/** `clearway plan --all --json`, streamed: each plan to `onPlan` as it is made (memory stays flat). */
export async function planAllStreamed(
  store: FactStore,
  account: string,
  query: PlanQuery,
  onPlan: (plan: PlanDoc) => void,
  onProgress?: PlanProgress,
): Promise<void> {
  horizonOf(query.horizon);
  const bundle = await loadFactBundle(store, account, query.marketplace);
  await planBundleInPool(bundle, account, query, onProgress, onPlan);
}
