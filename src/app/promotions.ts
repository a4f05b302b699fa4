// Promotions of an account: check a proposal (`promo check`, POST /promotions/check), record it as a
// planned fact (`promo add`, POST /promotions), and list them with their status (`promo list`,
// GET /promotions).
//
// A proposal is checked as of its start (DEC-3) against every stored fact of its ASIN — the planned
// promotions included, a stored version of itself excluded — with the rule set in force at its
// start and the ASIN's offers (OUT-4). Recording refuses a proposal with errors unless forced (a seller
// may record what Amazon already runs); the store keys promotions by id, so re-adding the same
// content is a duplicate and changed content an update.
import type { Instant, PromotionFact } from '../core/catalog/facts.js';
import type { Marketplace } from '../core/catalog/marketplace.js';
import { formatInstant } from '../core/calendar/calendar.js';
import { checkPromotion, type PromotionCheck } from '../core/promotions/index.js';
import { asinIndex, versionAt } from '../core/reference-prices/index.js';
import { ruleSetFor } from '../core/rules/rules.js';
import type { FactFilter, FactStore } from '../store/types.js';
import { asinOfSku, loadAsinFacts, marketplaceOfAsin, marketplaceOfSku, UnknownItemError } from './asin-facts.js';
import type { AddDoc, CheckDoc, PromotionListDoc } from './pricing-documents.js';
import { checkJson, isoIn, promotionJson } from './pricing-json.js';
import { instantOf, type WhenInput } from './pricing-scope.js';
import { parseProposal, proposalFact } from './proposal.js';

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
  const versions = asinIndex(facts).bySku.get(sku)?.versions ?? [];
  const product = versionAt(versions, fact.start);
  if (product === null) throw new UnknownItemError('UNKNOWN_SKU', { sku, account });
  const ruleSet = ruleSetFor(marketplace, fact.start);
  const check = checkPromotion(fact, { facts, ruleSet, product, offers });
  return { fact, asin, check, document: checkJson(fact, asin, check, ruleSet) };
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
