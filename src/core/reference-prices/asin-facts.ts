// The facts of one ASIN on one marketplace that reference prices (PR-1..PR-7), quotes and the
// promotion validators read: all versions of all the seller's SKUs of the ASIN, their orders, price
// changes and promotions, List Price evidence, frozen Was Prices and declared events.
//
// `indexAsinFacts` / `groupAsinFacts` build it from loose facts (filter + one stable sort). Per-SKU
// lookups are derived once per AsinFacts object and cached (asinIndex), so an AsinFacts can also be
// written as a literal (tests) as long as its arrays are sorted as documented.
import {
  DIRECT_PRICE_KINDS,
  type EventFact,
  type EvidenceFact,
  type FrozenWasPriceFact,
  type Instant,
  type OrderLineFact,
  type PriceFact,
  type ProductFact,
  type PromotionFact,
  type PromotionKind,
} from '../catalog/facts.js';
import type { Marketplace } from '../catalog/marketplace.js';

export interface AsinFacts {
  readonly asin: string;
  readonly marketplace: Marketplace;
  /** All versions of all the seller's SKUs of the ASIN (DEC-6). */
  readonly products: readonly ProductFact[];
  /** Order lines of those SKUs, sorted by `at`. */
  readonly orders: readonly OrderLineFact[];
  /** Price changes of those SKUs, sorted by `at` (deal-tagged ones included, OUT-9). */
  readonly prices: readonly PriceFact[];
  /** Promotions of those SKUs, live and planned. */
  readonly promotions: readonly PromotionFact[];
  readonly evidence: readonly EvidenceFact[];
  readonly frozenWasPrices: readonly FrozenWasPriceFact[];
  /** Declared events of the marketplace. */
  readonly events: readonly EventFact[];
}

/** Loose facts, in any order and possibly of many ASINs and marketplaces. */
export interface LooseFacts {
  readonly products: readonly ProductFact[];
  readonly orders?: readonly OrderLineFact[];
  readonly prices?: readonly PriceFact[];
  readonly promotions?: readonly PromotionFact[];
  readonly evidence?: readonly EvidenceFact[];
  readonly frozenWasPrices?: readonly FrozenWasPriceFact[];
  readonly events?: readonly EventFact[];
}

const byAt = <T extends { readonly at: Instant }>(a: T, b: T): number => a.at - b.at;

function sortedByAt<T extends { readonly at: Instant }>(list: T[]): T[] {
  for (let i = 1; i < list.length; i++) {
    if ((list[i] as T).at < (list[i - 1] as T).at) return list.sort(byAt); // stable
  }
  return list;
}

function key(mp: string, asin: string): string {
  return `${mp}\u0000${asin}`;
}

/** Groups loose facts into one AsinFacts per (marketplace, ASIN) in one linear pass (+ sorts if unsorted). */
export function groupAsinFacts(facts: LooseFacts): Map<string, AsinFacts> {
  interface Acc {
    asin: string;
    marketplace: Marketplace;
    products: ProductFact[];
    orders: OrderLineFact[];
    prices: PriceFact[];
    promotions: PromotionFact[];
    evidence: EvidenceFact[];
    frozenWasPrices: FrozenWasPriceFact[];
  }
  const groups = new Map<string, Acc>();
  const skuGroup = new Map<string, Acc>();
  for (const p of facts.products) {
    const k = key(p.marketplace, p.asin);
    let g = groups.get(k);
    if (g === undefined) {
      g = {
        asin: p.asin,
        marketplace: p.marketplace,
        products: [],
        orders: [],
        prices: [],
        promotions: [],
        evidence: [],
        frozenWasPrices: [],
      };
      groups.set(k, g);
    }
    g.products.push(p);
    skuGroup.set(key(p.marketplace, p.sku), g);
  }
  for (const o of facts.orders ?? []) skuGroup.get(key(o.marketplace, o.sku))?.orders.push(o);
  for (const p of facts.prices ?? []) skuGroup.get(key(p.marketplace, p.sku))?.prices.push(p);
  for (const p of facts.promotions ?? []) skuGroup.get(key(p.marketplace, p.sku))?.promotions.push(p);
  for (const e of facts.evidence ?? []) groups.get(key(e.marketplace, e.asin))?.evidence.push(e);
  for (const f of facts.frozenWasPrices ?? []) groups.get(key(f.marketplace, f.asin))?.frozenWasPrices.push(f);
  const eventsByMp = new Map<string, EventFact[]>();
  for (const e of facts.events ?? []) {
    const list = eventsByMp.get(e.marketplace) ?? [];
    list.push(e);
    eventsByMp.set(e.marketplace, list);
  }
  const out = new Map<string, AsinFacts>();
  for (const [k, g] of groups) {
    out.set(k, {
      ...g,
      orders: sortedByAt(g.orders),
      prices: sortedByAt(g.prices),
      events: eventsByMp.get(g.marketplace) ?? [],
    });
  }
  return out;
}

/** The AsinFacts of one ASIN on one marketplace (empty lists when nothing is known). */
export function indexAsinFacts(asin: string, marketplace: Marketplace, facts: LooseFacts): AsinFacts {
  const own = {
    ...facts,
    products: facts.products.filter((p) => p.asin === asin && p.marketplace === marketplace),
  };
  const found = groupAsinFacts(own).get(key(marketplace, asin));
  if (found !== undefined) return found;
  return {
    asin,
    marketplace,
    products: [],
    orders: [],
    prices: [],
    promotions: [],
    evidence: (facts.evidence ?? []).filter((e) => e.asin === asin && e.marketplace === marketplace),
    frozenWasPrices: (facts.frozenWasPrices ?? []).filter((f) => f.asin === asin && f.marketplace === marketplace),
    events: (facts.events ?? []).filter((e) => e.marketplace === marketplace),
  };
}

/** Lookup key of groupAsinFacts' map. */
export function asinKey(marketplace: Marketplace, asin: string): string {
  return key(marketplace, asin);
}

// ---- per-SKU index (derived, cached) ------------------------------------------------------------

export interface SkuIndex {
  readonly sku: string;
  /** Versions sorted by validFrom. */
  readonly versions: readonly ProductFact[];
  readonly prices: readonly PriceFact[];
  readonly promotions: readonly PromotionFact[];
  /** Direct-price promotions only (PR-2: an order while one is live is not qualifying). */
  readonly directPromotions: readonly PromotionFact[];
  /** The times any of them is live, merged: [start0, end0, start1, end1, …] sorted, disjoint, half-open. */
  readonly directSpans: readonly number[];
}

/** Merges the live times [start, end) of promotions into sorted disjoint spans (flattened pairs). */
export function mergedSpans(promotions: readonly PromotionFact[]): number[] {
  const live = promotions.filter((p) => p.end > p.start).sort((a, b) => a.start - b.start);
  const out: number[] = [];
  for (const p of live) {
    const last = out.length - 1;
    if (last > 0 && p.start <= (out[last] as number)) out[last] = Math.max(out[last] as number, p.end);
    else out.push(p.start, p.end);
  }
  return out;
}

/** Whether `at` lies in one of the spans of mergedSpans (binary search). */
export function inSpans(spans: readonly number[], at: Instant): boolean {
  let lo = 0;
  let hi = spans.length >>> 1; // first span whose start > at
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans[2 * mid] as number) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && at < (spans[2 * lo - 1] as number);
}

export interface AsinIndex {
  readonly skus: readonly SkuIndex[];
  readonly bySku: ReadonlyMap<string, SkuIndex>;
}

const DIRECT = new Set<PromotionKind>(DIRECT_PRICE_KINDS);
const indexCache = new WeakMap<AsinFacts, AsinIndex>();

export function asinIndex(facts: AsinFacts): AsinIndex {
  const cached = indexCache.get(facts);
  if (cached !== undefined) return cached;
  const acc = new Map<
    string,
    { versions: ProductFact[]; prices: PriceFact[]; promotions: PromotionFact[]; directPromotions: PromotionFact[] }
  >();
  const get = (sku: string) => {
    let a = acc.get(sku);
    if (a === undefined) {
      a = { versions: [], prices: [], promotions: [], directPromotions: [] };
      acc.set(sku, a);
    }
    return a;
  };
  for (const p of facts.products) get(p.sku).versions.push(p);
  for (const p of facts.prices) get(p.sku).prices.push(p);
  for (const p of facts.promotions) {
    const a = get(p.sku);
    a.promotions.push(p);
    if (DIRECT.has(p.kind)) a.directPromotions.push(p);
  }
  const skus: SkuIndex[] = [];
  for (const sku of [...acc.keys()].sort()) {
    const a = acc.get(sku) as NonNullable<ReturnType<typeof acc.get>>;
    a.versions.sort((x, y) => x.validFrom - y.validFrom);
    skus.push({ sku, ...a, directSpans: mergedSpans(a.directPromotions) });
  }
  const index: AsinIndex = { skus, bySku: new Map(skus.map((s) => [s.sku, s])) };
  indexCache.set(facts, index);
  return index;
}

/** DEC-6: the product version in force at `at` (latest validFrom ≤ at); before the first version, the
 *  first one (a product row is known from its import; facts before it still describe the same SKU). */
export function versionAt(versions: readonly ProductFact[], at: Instant): ProductFact | null {
  if (versions.length === 0) return null;
  if (versions.length === 1) return versions[0] as ProductFact;
  let found = versions[0] as ProductFact;
  for (let i = 1; i < versions.length; i++) {
    const v = versions[i] as ProductFact;
    if (v.validFrom > at) break;
    found = v;
  }
  return found;
}
