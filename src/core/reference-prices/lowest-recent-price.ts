// PR-4 Lowest Recent Price: the lowest unit price the ASIN sold at over the past 30 days (DEC-3 window),
// over B2C new-condition order lines only — excluding cancelled, B2B and Subscribe & Save lines and
// lines of SKUs that were not new at the order instant. The unit price is what the buyer paid (line
// total ÷ units, half up), so promotional sales count: it is the lowest price actually charged.
import type { Instant, Minor, OrderLineFact } from '../catalog/facts.js';
import { marketplaceInfo } from '../catalog/marketplace.js';
import type { RuleSet } from '../rules/schema.js';
import { asinIndex, versionAt, type AsinFacts, type SkuIndex } from './asin-facts.js';
import { firstAfter, paidUnitPrice, pastDaysFrom } from './order-lines.js';

export function lowestRecentPrice(facts: AsinFacts, at: Instant, ruleSet: RuleSet): Minor | null {
  const from = pastDaysFrom(at, ruleSet.referencePrices.lowestRecentPriceWindowDays, facts.marketplace);
  const bySku = asinIndex(facts).bySku;
  const currency = marketplaceInfo(facts.marketplace).currency;
  const orders = facts.orders;
  let lowest: Minor | null = null;
  let lastSku = '';
  let sku: SkuIndex | undefined;
  for (let i = firstAfter(orders, from); i < orders.length; i++) {
    const o = orders[i] as OrderLineFact;
    if (o.at > at) break;
    if (o.cancelled || o.b2b || o.subscribeAndSave || o.currency !== currency) continue;
    const paid = paidUnitPrice(o);
    if (paid === null || (lowest !== null && paid >= lowest)) continue;
    if (o.sku !== lastSku) {
      lastSku = o.sku;
      sku = bySku.get(o.sku);
    }
    const version = sku === undefined ? null : versionAt(sku.versions, o.at);
    if (version === null || version.condition !== 'new') continue;
    lowest = paid;
  }
  return lowest;
}
