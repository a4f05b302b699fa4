// `clearway prices ASIN` / GET /api/v1/prices/:asin: the reference prices of an ASIN as of any instant
// (PR-1..PR-6) — past, now or planned: stored promotions that start later count once they are live.
import { currentPriceDetail, referencePrices } from '../core/reference-prices/index.js';
import { ruleSetFor } from '../core/rules/rules.js';
import type { FactStore } from '../store/types.js';
import type { PricesDoc } from './pricing-documents.js';
import { pricesJson } from './pricing-json.js';
import { instantOf, loadAsinScope, type AsinQuery } from './pricing-scope.js';

/** The prices document of CONTRACT.md; UnknownItemError / MarketplaceNeededError / PricingInputError. */
export async function pricesOfAsin(
  store: FactStore,
  account: string,
  asin: string,
  query: AsinQuery,
): Promise<PricesDoc> {
  const scope = await loadAsinScope(store, account, asin, query.marketplace);
  const at = instantOf(query.at, scope.marketplace, 'at');
  const ruleSet = ruleSetFor(scope.marketplace, at);
  const refs = referencePrices(scope.facts, at, ruleSet);
  return pricesJson(refs, ruleSet, currentPriceDetail(scope.facts, at)?.sku ?? null);
}
