// Promotions of an account: check a proposal (`promo check`, POST /promotions/check), record it as a
// planned fact (`promo add`, POST /promotions), and list them with their status (`promo list`,
// GET /promotions).
//
// A proposal is checked as of its start (DEC-3) against every stored fact of its ASIN — the planned
// promotions included, a stored version of itself excluded — with the rule set in force at its
// start and the ASIN's offers (OUT-4). Recording refuses a proposal with errors unless forced (a seller
// may record what Amazon already runs); the store keys promotions by id, so re-adding the same
// content is a duplicate and changed content an update. The check also quotes (PQ-1) each kind of
// buyer at its start with it added to the live promotions (`buyerPrices`): no stored fact quotes it.
import type { Instant, PromotionFact } from '../core/catalog/facts.js';
import type { Marketplace } from '../core/catalog/marketplace.js';
import { formatInstant } from '../core/calendar/calendar.js';
import { checkPromotion, type PromotionCheck } from '../core/promotions/index.js';
import type { BuyerContext } from '../core/quote/index.js';
import { asinIndex, versionAt, type SkuIndex } from '../core/reference-prices/index.js';
import { ruleSetFor } from '../core/rules/rules.js';
import type { FactFilter, FactStore } from '../store/types.js';
import { asinOfSku, loadAsinFacts, marketplaceOfAsin, marketplaceOfSku, UnknownItemError } from './asin-facts.js';
import type { AddDoc, BuyerPriceDoc, BuyerPriceLabel, CheckDoc, PromotionListDoc } from './pricing-documents.js';
import { checkJson, isoIn, money, promotionJson } from './pricing-json.js';
import { instantOf, type WhenInput } from './pricing-scope.js';
import { parseProposal, proposalFact } from './proposal.js';
import { quoteSkuAt } from './quote.js';

export interface ProposalOptions {
  /** `--marketplace` / `?marketplace=` (DEC-2 for the proposal's SKU), or null. */
  readonly marketplace: Marketplace | null;
  /** The file (or other source) the proposal came from: named in input errors, recorded on import. */
  readonly source: string | null;
}

export interface CheckedProposal {
  readonly fact: PromotionFact;
  readonly asin: string;
  readonly check: PromotionCheck;
  readonly document: CheckDoc;
}

/**
 * Checks a proposal (a parsed JSON value). Throws PricingInputError (a malformed field, exit 2),
 * UnknownItemError (unknown SKU, exit 3) or MarketplaceNeededError (exit 2).
 */
export async function checkProposal(
  store: FactStore,
  account: string,
  data: unknown,
  options: ProposalOptions,
): Promise<CheckedProposal> {
  const input = parseProposal(data, options.source);
  const sku = input.sku.trim();
  const marketplace = await marketplaceOfSku(store, account, sku, options.marketplace);
  const fact = proposalFact(input, marketplace, options.source);
  const asin = await asinOfSku(store, account, sku, marketplace);
  const [facts, offers] = await Promise.all([
    loadAsinFacts(store, account, asin, marketplace),
    store.loadFacts(account, 'offers', { marketplace, asin }),
  ]);
  const skuIndex = asinIndex(facts).bySku.get(sku);
  const product = versionAt(skuIndex?.versions ?? [], fact.start);
  if (skuIndex === undefined || product === null) throw new UnknownItemError('UNKNOWN_SKU', { sku, account });
  const ruleSet = ruleSetFor(marketplace, fact.start);
  const check = checkPromotion(fact, { facts, ruleSet, product, offers });
  const buyers = buyerPricesWith(fact, skuIndex);
  return { fact, asin, check, document: checkJson(fact, asin, check, ruleSet, buyers) };
}

/** The buyer contexts quoted with a proposal: quantity 1, and a business price's min_qty (PM-6). */
function buyerContextsOf(fact: PromotionFact): { label: BuyerPriceLabel; buyer: BuyerContext }[] {
  // A promo code is quoted as entered: the point is what its buyers pay.
  const codes = fact.code === null ? [] : [fact.code];
  const buyer = (prime: boolean, business: boolean, firstTime: boolean, quantity = 1): BuyerContext => ({
    prime,
    business,
    firstTime,
    quantity,
    codes,
  });
  const contexts: { label: BuyerPriceLabel; buyer: BuyerContext }[] = [
    { label: 'regular', buyer: buyer(false, false, false) },
    { label: 'prime', buyer: buyer(true, false, false) },
    { label: 'first_time', buyer: buyer(false, false, true) },
    { label: 'business', buyer: buyer(false, true, false) },
  ];
  if (fact.kind === 'business_price' && fact.minQty !== null && fact.minQty > 1) {
    contexts.push({ label: 'business_min_qty', buyer: buyer(false, true, false, fact.minQty) });
  }
  return contexts;
}

/**
 * PQ-1 at the proposal's start for each buyer context, with the SKU's stored promotions (a stored
 * version of the proposal replaced by it) plus the proposal. Empty when the SKU has no standard price
 * then (nothing to quote; the check's errors say why).
 */
function buyerPricesWith(fact: PromotionFact, s: SkuIndex): BuyerPriceDoc[] {
  const promotions = [...s.promotions.filter((p) => p.id !== fact.id), fact];
  const out: BuyerPriceDoc[] = [];
  for (const { label, buyer } of buyerContextsOf(fact)) {
    const quoted = quoteSkuAt(s, fact.marketplace, fact.start, buyer, promotions);
    if (quoted === null) return [];
    const q = quoted.quote;
    const c = q.currency;
    out.push({
      context: { prime: buyer.prime, business: buyer.business, firstTime: buyer.firstTime, quantity: buyer.quantity },
      label,
      netUnitPrice: money(q.netUnitPrice, c),
      totalDiscount: money(q.totalDiscount, c),
      direct: q.direct === null ? null : { id: q.direct.id, kind: q.direct.kind, price: money(q.direct.price, c) },
      addOns: q.addOns.map((a) => ({ id: a.id, kind: a.kind, base: money(a.base, c), discount: money(a.discount, c) })),
      warnings: q.warnings.map((w) => ({ code: w.code, rule: w.rule, message: w.message, messageZh: w.messageZh })),
    });
  }
  return out;
}

export interface AddOptions extends ProposalOptions {
  /** Record it even when the check finds errors. */
  readonly force: boolean;
  /** The import instant (the as-of instant of the command; null = now). */
  readonly at: Instant | null;
}

export interface AddResult {
  readonly document: AddDoc;
  /** True when the check found errors and it was not forced: nothing was stored (exit 4, HTTP 422). */
  readonly refused: boolean;
}

/** Checks a proposal and records it as a promotion fact unless it has errors and is not forced. */
export async function addProposal(
  store: FactStore,
  account: string,
  data: unknown,
  options: AddOptions,
): Promise<AddResult> {
  const checked = await checkProposal(store, account, data, options);
  const at = options.at ?? Date.now();
  const promotion = promotionJson(checked.fact, checked.asin, at);
  const base = { ...checked.document, promotion };
  if (!checked.check.ok && !options.force) {
    return { document: { ...base, stored: false, outcome: 'refused', forced: false }, refused: true };
  }
  const counts = await store.importFacts(
    account,
    { promotions: [checked.fact] },
    { importedAt: at, source: options.source ?? 'promotion' },
  );
  const c = counts.promotions ?? { added: 0, updated: 0, duplicates: 0 };
  const outcome = c.added > 0 ? 'added' : c.updated > 0 ? 'updated' : 'duplicate';
  return { document: { ...base, stored: true, outcome, forced: !checked.check.ok }, refused: false };
}

export interface ListQuery {
  readonly marketplace: Marketplace | null;
  readonly sku: string | null;
  readonly asin: string | null;
  /** Promotions ending at or after it (a day: local midnight of the marketplace, else UTC). */
  readonly from: WhenInput;
  /** Promotions starting at or before it. */
  readonly to: WhenInput;
  /** The instant statuses are relative to (null = now). */
  readonly at: WhenInput;
}

/** Throws the UnknownItemError of a named SKU or ASIN the account does not sell (there). */
async function requireKnown(store: FactStore, account: string, q: ListQuery): Promise<void> {
  if (q.sku !== null) {
    const sold = await store.marketplacesOfSku(account, q.sku);
    if (sold.length === 0 || (q.marketplace !== null && !sold.includes(q.marketplace))) {
      await marketplaceOfSku(store, account, q.sku, q.marketplace);
    }
  }
  if (q.asin !== null) {
    const sold = await store.marketplacesOfAsin(account, q.asin);
    if (sold.length === 0 || (q.marketplace !== null && !sold.includes(q.marketplace))) {
      await marketplaceOfAsin(store, account, q.asin, q.marketplace);
    }
  }
}

/**
 * Promotions of the account matching the query, by start then id, with their status at `at`. Days
 * (`at`, `from`, `to`) are local midnight of the marketplace when the listed products are all on one
 * (or one is named), else UTC midnight. An unknown SKU or ASIN → UnknownItemError.
 */
export async function listPromotions(store: FactStore, account: string, q: ListQuery): Promise<PromotionListDoc> {
  await requireKnown(store, account, q);
  const scope: { -readonly [K in keyof FactFilter]: FactFilter[K] } = {};
  if (q.marketplace !== null) scope.marketplace = q.marketplace;
  if (q.sku !== null) scope.sku = q.sku;
  if (q.asin !== null) scope.asin = q.asin;
  const products = await store.loadFacts(account, 'products', scope);
  const marketplaces = new Set(products.map((p) => p.marketplace));
  const zoneOf = q.marketplace ?? (marketplaces.size === 1 ? [...marketplaces][0]! : null);
  const at = instantOf(q.at, zoneOf, 'at');
  const filter = { ...scope };
  if (q.from !== null && q.from !== undefined) filter.from = instantOf(q.from, zoneOf, 'from');
  if (q.to !== null && q.to !== undefined) filter.to = instantOf(q.to, zoneOf, 'to');
  const promotions = await store.loadFacts(account, 'promotions', filter);
  // The ASIN of each SKU: its latest product version's (products come oldest first).
  const asinOf = new Map<string, string>();
  for (const p of products) asinOf.set(`${p.marketplace}\u0000${p.sku}`, p.asin);
  const sorted = [...promotions].sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    at: zoneOf === null ? formatInstant(at) : isoIn(at, zoneOf),
    promotions: sorted.map((p) => promotionJson(p, asinOf.get(`${p.marketplace}\u0000${p.sku}`) ?? null, at)),
  };
}
