// Loads what core/ needs to answer questions about one ASIN (or SKU) of an account: its marketplace
// (DEC-2), and its AsinFacts — all versions of the seller's SKUs of the ASIN, their orders, price
// changes, promotions (live and planned), List Price evidence, frozen Was Prices and the marketplace's
// declared events. One store round trip per kind; core/ then answers as of any instant.
import type { Marketplace } from '../core/catalog/marketplace.js';
import { defineMessages, t, type Lang } from '../core/messages/messages.js';
import { indexAsinFacts, type AsinFacts } from '../core/reference-prices/asin-facts.js';
import type { FactStore } from '../store/types.js';

export const ITEM_MESSAGES = defineMessages({
  UNKNOWN_ASIN: {
    en: 'ASIN {asin} is not sold by account {account}',
    zh: '账户 {account} 没有销售 ASIN {asin}',
  },
  UNKNOWN_SKU: {
    en: 'SKU {sku} is not a product of account {account}',
    zh: 'SKU {sku} 不是账户 {account} 的商品',
  },
  ASIN_NOT_ON_MARKETPLACE: {
    en: '{item} is not sold on {marketplace}; it is sold on {marketplaces}',
    zh: '{item} 未在 {marketplace} 站点销售;它在 {marketplaces} 销售',
  },
  MARKETPLACE_NEEDED: {
    en: '{item} is sold on several marketplaces ({marketplaces}): give --marketplace',
    zh: '{item} 在多个站点销售({marketplaces}):请用 --marketplace 指定站点',
  },
});

/** An ASIN, SKU or id that the account does not have (CONTRACT exit 3). */
export class UnknownItemError extends Error {
  override readonly name = 'UnknownItemError';
  constructor(
    readonly code: string,
    readonly values: Readonly<Record<string, unknown>>,
  ) {
    super(t(code, values));
  }
  messageIn(lang: Lang): string {
    return t(this.code, this.values, lang);
  }
}

/** The item is sold on several marketplaces and none was named (CONTRACT exit 2, listing them). */
export class MarketplaceNeededError extends Error {
  override readonly name = 'MarketplaceNeededError';
  readonly code = 'MARKETPLACE_NEEDED';
  constructor(readonly values: Readonly<Record<string, unknown>>) {
    super(t('MARKETPLACE_NEEDED', values));
  }
  messageIn(lang: Lang): string {
    return t(this.code, this.values, lang);
  }
}

function pickMarketplace(
  item: string,
  sold: readonly Marketplace[],
  wanted: Marketplace | null,
  unknown: () => UnknownItemError,
): Marketplace {
  if (sold.length === 0) throw unknown();
  if (wanted !== null) {
    if (sold.includes(wanted)) return wanted;
    throw new UnknownItemError('ASIN_NOT_ON_MARKETPLACE', { item, marketplace: wanted, marketplaces: sold.join(', ') });
  }
  if (sold.length > 1) throw new MarketplaceNeededError({ item, marketplaces: sold.join(', ') });
  return sold[0]!;
}

/** DEC-2: the marketplace of an ASIN of the account (`wanted` = `--marketplace`, or null). */
export async function marketplaceOfAsin(
  store: FactStore,
  account: string,
  asin: string,
  wanted: Marketplace | null,
): Promise<Marketplace> {
  const sold = await store.marketplacesOfAsin(account, asin);
  return pickMarketplace(asin, sold, wanted, () => new UnknownItemError('UNKNOWN_ASIN', { asin, account }));
}

/** DEC-2 for a SKU. */
export async function marketplaceOfSku(
  store: FactStore,
  account: string,
  sku: string,
  wanted: Marketplace | null,
): Promise<Marketplace> {
  const sold = await store.marketplacesOfSku(account, sku);
  return pickMarketplace(sku, sold, wanted, () => new UnknownItemError('UNKNOWN_SKU', { sku, account }));
}

/** The ASIN of a SKU on a marketplace (the latest product version's). */
export async function asinOfSku(
  store: FactStore,
  account: string,
  sku: string,
  marketplace: Marketplace,
): Promise<string> {
  const versions = await store.loadFacts(account, 'products', { marketplace, sku });
  const latest = versions[versions.length - 1];
  if (latest === undefined) throw new UnknownItemError('UNKNOWN_SKU', { sku, account });
  return latest.asin;
}

/** Everything core/ needs about one ASIN on one marketplace. */
export async function loadAsinFacts(
  store: FactStore,
  account: string,
  asin: string,
  marketplace: Marketplace,
): Promise<AsinFacts> {
  const filter = { marketplace, asin };
  const [products, orders, prices, promotions, evidence, frozenWasPrices, events] = await Promise.all([
    store.loadFacts(account, 'products', filter),
    store.loadFacts(account, 'orders', filter),
    store.loadFacts(account, 'prices', filter),
    store.loadFacts(account, 'promotions', filter),
    store.loadFacts(account, 'evidence', filter),
    store.loadFacts(account, 'frozen_was_prices', filter),
    store.loadFacts(account, 'events', { marketplace }),
  ]);
  if (products.length === 0) throw new UnknownItemError('UNKNOWN_ASIN', { asin, account });
  return indexAsinFacts(asin, marketplace, { products, orders, prices, promotions, evidence, frozenWasPrices, events });
}
