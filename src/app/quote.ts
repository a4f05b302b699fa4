// `clearway quote ASIN` / GET /api/v1/quote/:asin (PQ-1..PQ-3): what one buyer pays for one unit of an
// ASIN at an instant. The SKU quoted is the one that sets the current price (DEC-2) unless one is
// named; its standard price is the base, its promotions (live at the instant) the stack, and its
// product version gives the cost floor (PQ-3) and minimum price (PM-8) behind the warnings.
import type { Instant, Minor, PromotionFact } from '../core/catalog/facts.js';
import { costFloor, quote, standardPriceAt, type BuyerContext, type Quote } from '../core/quote/index.js';
import { asinIndex, currentPriceDetail, versionAt, type SkuIndex } from '../core/reference-prices/index.js';
import { marketplaceInfo, type Marketplace } from '../core/catalog/marketplace.js';
import { ruleSetFor } from '../core/rules/rules.js';
import type { FactStore } from '../store/types.js';
import { UnknownItemError } from './asin-facts.js';
import { PricingInputError } from './pricing-errors.js';
import type { QuoteDoc } from './pricing-documents.js';
import { isoIn, quoteJson } from './pricing-json.js';
import { PRICING } from './pricing-messages.js';
import { instantOf, loadAsinScope, type AsinQuery } from './pricing-scope.js';

export interface QuoteQuery extends AsinQuery {
  /** The SKU to quote (must be one of the ASIN's); null = the one that sets the current price. */
  readonly sku: string | null;
  readonly buyer: BuyerContext;
}

/** The quote document of CONTRACT.md. */
export async function quoteAsin(store: FactStore, account: string, asin: string, query: QuoteQuery): Promise<QuoteDoc> {
  const scope = await loadAsinScope(store, account, asin, query.marketplace);
  const { marketplace, facts } = scope;
  const at = instantOf(query.at, marketplace, 'at');
  const index = asinIndex(facts);
  const noPrice = () =>
    new PricingInputError('NO_PRICE', [
      {
        field: null,
        code: PRICING.PRICING_NO_PRICE,
        values: { item: query.sku ?? asin, marketplace, at: isoIn(at, marketplace) },
      },
    ]);
  let sku = query.sku;
  if (sku !== null) {
    if (!index.bySku.has(sku)) {
      throw new UnknownItemError(PRICING.PROPOSAL_SKU_NOT_OF_ASIN, { sku, asin, marketplace });
    }
  } else {
    sku = currentPriceDetail(facts, at)?.sku ?? null;
    if (sku === null) throw noPrice();
  }
  const quoted = quoteSkuAt(index.bySku.get(sku)!, marketplace, at, query.buyer);
  if (quoted === null) throw noPrice();
  const { quote: q, costFloor: floor, minPrice } = quoted;
  return quoteJson(q, { asin, sku, marketplace, buyer: query.buyer, costFloor: floor, minPrice });
}

export interface SkuQuote {
  readonly quote: Quote;
  /** PQ-3, null when the product version has no cost. */
  readonly costFloor: Minor | null;
  /** PM-8. */
  readonly minPrice: Minor | null;
}

/**
 * PQ-1 for one SKU of an ASIN at `at`: its standard price (PR-5) is the base, `promotions` (default:
 * its stored ones) the stack, its product version at `at` the cost floor and minimum price. Null when
 * the SKU has no standard price at `at`.
 */
export function quoteSkuAt(
  s: SkuIndex,
  marketplace: Marketplace,
  at: Instant,
  buyer: BuyerContext,
  promotions: readonly PromotionFact[] = s.promotions,
): SkuQuote | null {
  const basePrice = standardPriceAt(s.prices, at);
  if (basePrice === null) return null;
  const ruleSet = ruleSetFor(marketplace, at);
  const version = versionAt(s.versions, at);
  const floor = version === null ? null : costFloor(version, ruleSet);
  const minPrice = version?.minPrice ?? null;
  const q = quote(
    { at, currency: marketplaceInfo(marketplace).currency, basePrice, promotions, buyer, costFloor: floor, minPrice },
    ruleSet,
  );
  return { quote: q, costFloor: floor, minPrice };
}
