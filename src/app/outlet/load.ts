// Loads what the Outlet rules read (core/outlet OutletFacts) for one ASIN of an account, finds a deal
// or a pricing rule by id, and parses the prices and instants the commands are given. Unknown items are
// UnknownItemError (exit 3, HTTP 404); malformed input PricingInputError (exit 2, HTTP 400).
import type { Instant, Minor, OutletEventFact } from '../../core/catalog/facts.js';
import { marketplaceInfo, type Marketplace } from '../../core/catalog/marketplace.js';
import { defineMessages } from '../../core/messages/messages.js';
import { MoneyError, parseMoney } from '../../core/money/money.js';
import type { OutletFacts } from '../../core/outlet/index.js';
import type { FactStore } from '../../store/types.js';
import { asinOfSku, loadAsinFacts, marketplaceOfSku, UnknownItemError } from '../asin-facts.js';
import { PricingInputError } from '../pricing-errors.js';
import { instantOf, type WhenInput } from '../pricing-scope.js';

export const OUTLET_APP = defineMessages({
  UNKNOWN_DEAL: {
    en: 'Outlet deal {id} is not a deal of account {account}',
    zh: '奥特莱斯促销 {id} 不属于账户 {account}',
  },
  UNKNOWN_PRICING_RULE: {
    en: 'Pricing rule {ruleId} is not a rule of account {account}',
    zh: '定价规则 {ruleId} 不属于账户 {account}',
  },
  OUTLET_BAD_PRICE: {
    en: '{option}: "{value}" is not a price in {currency} above zero',
    zh: '{option}："{value}" 不是大于零的 {currency} 价格',
  },
  OUTLET_OPTION_NEEDED: { en: '{option} is needed', zh: '需要提供 {option}' },
});

/** A price typed for `marketplace` ("27.00") in minor units; PricingInputError naming the option otherwise. */
export function priceOf(text: string, marketplace: Marketplace, option: string, allowZero = false): Minor {
  const currency = marketplaceInfo(marketplace).currency;
  const bad = () =>
    new PricingInputError('BAD_PRICE', [
      { field: null, code: OUTLET_APP.OUTLET_BAD_PRICE, values: { option, value: text, currency } },
    ]);
  let minor: Minor;
  try {
    minor = parseMoney(text, currency);
  } catch (error) {
    if (error instanceof MoneyError) throw bad();
    throw error;
  }
  if (minor < 0 || (minor === 0 && !allowZero)) throw bad();
  return minor;
}

export function needed(option: string): PricingInputError {
  return new PricingInputError('BAD_INPUT', [
    { field: null, code: OUTLET_APP.OUTLET_OPTION_NEEDED, values: { option } },
  ]);
}

export { instantOf, type WhenInput };

/** The Outlet facts of one ASIN on one marketplace (one store round trip per kind). */
export async function loadOutletFacts(
  store: FactStore,
  account: string,
  asin: string,
  marketplace: Marketplace,
): Promise<OutletFacts> {
  const filter = { marketplace, asin };
  const [facts, offers, lots, shipments, seller, pricingRules, events] = await Promise.all([
    loadAsinFacts(store, account, asin, marketplace),
    store.loadFacts(account, 'offers', filter),
    store.loadFacts(account, 'lots', filter),
    store.loadFacts(account, 'shipments', filter),
    store.loadFacts(account, 'seller', { marketplace }),
    store.loadFacts(account, 'pricing_rules', filter),
    store.loadFacts(account, 'outlet_events', filter),
  ]);
  return { facts, account, offers, lots, shipments, seller, pricingRules, events };
}

export interface SkuScope {
  readonly sku: string;
  readonly asin: string;
  readonly marketplace: Marketplace;
  readonly at: Instant;
  readonly outlet: OutletFacts;
}

/** DEC-2: the SKU's marketplace, ASIN and Outlet facts, and the instant (a day is local midnight there). */
export async function loadSkuScope(
  store: FactStore,
  account: string,
  sku: string,
  wanted: Marketplace | null,
  when: WhenInput,
): Promise<SkuScope> {
  const marketplace = await marketplaceOfSku(store, account, sku, wanted);
  const asin = await asinOfSku(store, account, sku, marketplace);
  const outlet = await loadOutletFacts(store, account, asin, marketplace);
  return { sku, asin, marketplace, at: instantOf(when, marketplace, 'at'), outlet };
}

/** The events of a deal of the account; UnknownItemError when it has none. */
export async function dealEvents(store: FactStore, account: string, dealId: string): Promise<OutletEventFact[]> {
  const events = (await store.loadFacts(account, 'outlet_events')).filter((e) => e.dealId === dealId);
  if (events.length === 0) throw new UnknownItemError(OUTLET_APP.UNKNOWN_DEAL, { id: dealId, account });
  return events;
}

/** The SKU scope of a deal of the account (its SKU, marketplace and ASIN come from its events). */
export async function loadDealScope(
  store: FactStore,
  account: string,
  dealId: string,
  when: WhenInput,
): Promise<SkuScope> {
  const [first] = await dealEvents(store, account, dealId);
  const e = first as OutletEventFact;
  return loadSkuScope(store, account, e.sku, e.marketplace, when);
}
