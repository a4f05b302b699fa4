// The marketplace of a planning or restock row: the row's own marketplace/Country column when it has
// one (rows of marketplaces clearway does not cover are skipped and counted in one warning); else its
// currency when only one marketplace sells in it; else `--marketplace` or the SKU's one marketplace
// (DEC-2). A currency that is not the marketplace's rejects the row.
import { marketplaceInfo, marketplacesForCurrency, type Marketplace } from '../../core/catalog/marketplace.js';
import { isCurrency } from '../../core/money/money.js';
import { INGEST } from '../messages.js';
import type { Issue } from '../reader.js';
import type { Row } from '../row.js';
import { cell } from './cells.js';
import { marketplaceNamed } from './marketplaces.js';
import { AMAZON } from './messages.js';
import type { ProductBook } from './products.js';

export class RowMarketplaces {
  private skipped = 0;
  private readonly names = new Set<string>();

  constructor(
    private readonly book: ProductBook,
    private readonly columns: { readonly named: string | null; readonly currency: string | null; readonly sku: string },
  ) {}

  /** The row's marketplace; 'skip' for a marketplace clearway does not cover; null when rejected. */
  of(row: Row, sku: string): Marketplace | 'skip' | null {
    const { named, currency, sku: skuColumn } = this.columns;
    const name = cell(row, named);
    const currencyText = cell(row, currency).toUpperCase();
    let marketplace: Marketplace | null = null;
    if (name !== '') {
      marketplace = marketplaceNamed(name);
      if (marketplace === null) {
        this.skipped++;
        if (this.names.size < 5) this.names.add(name);
        return 'skip';
      }
    } else {
      const byCurrency = isCurrency(currencyText) ? marketplacesForCurrency(currencyText) : [];
      marketplace =
        byCurrency.length === 1 ? (byCurrency[0] as Marketplace) : this.book.marketplaceOf(row, skuColumn, sku);
      if (marketplace === null) return null;
    }
    const expected = marketplaceInfo(marketplace).currency;
    if (currencyText !== '' && currencyText !== expected) {
      row.fail(currency, INGEST.IMPORT_CURRENCY_MISMATCH, { value: cell(row, currency), marketplace, expected });
    }
    return marketplace;
  }

  warnings(): Issue[] {
    if (this.skipped === 0) return [];
    const values = { count: this.skipped, marketplaces: [...this.names].join(', ') };
    return [{ line: null, column: this.columns.named, code: AMAZON.IMPORT_AMAZON_SKIPPED_MARKETPLACE, values }];
  }
}
