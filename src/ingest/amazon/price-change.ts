// The seller's price seen in an inventory report becomes a `prices` fact (PR-5) only when it differs
// from the price in force at the snapshot instant (the latest prices fact at or before it), so a daily
// report adds a fact only on the days the price changed.
import type { Instant, Minor } from '../../core/catalog/facts.js';
import type { Marketplace } from '../../core/catalog/marketplace.js';
import type { FactSink, IngestContext } from '../reader.js';

export async function priceChange(
  context: IngestContext,
  sink: FactSink,
  seen: { readonly sku: string; readonly marketplace: Marketplace; readonly at: Instant; readonly price: Minor | null },
): Promise<void> {
  if (seen.price === null || seen.price <= 0) return;
  const inForce = await context.priceAt(seen.marketplace, seen.sku, seen.at);
  if (inForce === seen.price) return;
  sink.add('prices', { sku: seen.sku, marketplace: seen.marketplace, at: seen.at, price: seen.price, dealId: null });
}
