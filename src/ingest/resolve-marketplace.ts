// The marketplace of a row that names a SKU or an ASIN but no marketplace (orders, prices, promotions,
// lots, shipments, pricing_rules; offers by ASIN). DEC-2: `--marketplace` decides; else the single
// marketplace where the account has a product with that SKU/ASIN; else the row's currency when only one
// of those marketplaces sells in it; else the row is rejected, listing the marketplaces.
import type { Marketplace } from '../core/catalog/marketplace.js';
import { marketplaceInfo } from '../core/catalog/marketplace.js';
import type { Currency } from '../core/money/money.js';
import { INGEST } from './messages.js';
import type { IngestContext } from './reader.js';
import type { Row } from './row.js';

/**
 * Reads the SKU or ASIN of `column` and resolves its marketplace; records the issue on the row and
 * returns null when it cannot. `currency` (orders) may decide between several marketplaces.
 */
export async function resolveMarketplace(
  row: Row,
  column: 'sku' | 'asin',
  context: IngestContext,
  currency: Currency | null = null,
): Promise<Marketplace | null> {
  const id = row.text(column);
  if (id === '') return null;
  const sold = column === 'sku' ? await context.marketplacesOfSku(id) : await context.marketplacesOfAsin(id);
  const values = { column, id, marketplaces: sold.join(', ') };
  if (sold.length === 0) {
    row.fail(column, INGEST.IMPORT_UNKNOWN_ID, values);
    return null;
  }
  if (context.marketplace) {
    if (sold.includes(context.marketplace)) return context.marketplace;
    row.fail(column, INGEST.IMPORT_NOT_ON_MARKETPLACE, { ...values, marketplace: context.marketplace });
    return null;
  }
  if (sold.length === 1) return sold[0] ?? null;
  if (currency) {
    const inCurrency = sold.filter((mp) => marketplaceInfo(mp).currency === currency);
    if (inCurrency.length === 1) return inCurrency[0] ?? null;
  }
  row.fail(column, INGEST.IMPORT_AMBIGUOUS_MARKETPLACE, values);
  return null;
}
