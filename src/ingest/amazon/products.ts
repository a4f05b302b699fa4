// The account's products as an Amazon report reader sees them, and the products it adds.
//
// A seller's first import is often an Amazon report, before any products.csv. So when a report row
// names a SKU that is not a product of the account on the row's marketplace, the reader adds a minimal
// product from what the row says — sku, asin, marketplace, condition (and the unit volume when the
// report gives it) — valid from the earliest instant the file shows it (DEC-6 versions: a later
// products.csv refines it as a new version). Everything else is unknown: null, or false for the flags.
// The SKUs added are listed in one warning of the file.
import type { Condition, Instant, ProductFact } from '../../core/catalog/facts.js';
import type { Marketplace } from '../../core/catalog/marketplace.js';
import { INGEST } from '../messages.js';
import type { FactSink, IngestContext, Issue } from '../reader.js';
import type { Row } from '../row.js';
import { AMAZON } from './messages.js';

export class ProductBook {
  /** SKU → marketplaces where the account (or this file) has it; filled by `load`. */
  private readonly known = new Map<string, Marketplace[]>();
  /** Products this file adds, by marketplace + SKU. */
  private readonly added = new Map<string, { -readonly [K in keyof ProductFact]: ProductFact[K] }>();

  constructor(private readonly context: IngestContext) {}

  /** The SKU's marketplaces when already loaded (synchronous), else undefined. */
  lookup(sku: string): readonly Marketplace[] | undefined {
    return this.known.get(sku);
  }

  async load(sku: string): Promise<readonly Marketplace[]> {
    const found = this.known.get(sku) ?? [...(await this.context.marketplacesOfSku(sku))];
    this.known.set(sku, found);
    return found;
  }

  /**
   * Runs `convert` once the SKU's marketplaces are loaded: synchronously when they are (the common
   * case of a big file), else after the one look-up.
   */
  withSku(sku: string, convert: () => void | Promise<void>): void | Promise<void> {
    if (sku === '' || this.known.has(sku)) return convert();
    return this.load(sku).then(convert);
  }

  /**
   * The marketplace of a row whose report does not name one (DEC-2): `--marketplace`, else the one
   * marketplace that has the SKU; else the row is rejected. Call after `withSku`.
   */
  marketplaceOf(row: Row, column: string, sku: string): Marketplace | null {
    if (this.context.marketplace) return this.context.marketplace;
    const known = this.known.get(sku) ?? [];
    if (known.length === 1) return known[0] as Marketplace;
    if (known.length === 0) row.fail(column, AMAZON.IMPORT_AMAZON_MARKETPLACE_NEEDED, { sku });
    else row.fail(column, INGEST.IMPORT_AMBIGUOUS_MARKETPLACE, { column, id: sku, marketplaces: known.join(', ') });
    return null;
  }

  /**
   * Makes sure the SKU is a product on `marketplace` (call after `withSku`), adding a minimal product
   * when it is not; rejects the row when there is no ASIN to add it with.
   */
  ensure(
    row: Row,
    columns: { readonly sku: string; readonly asin: string | null },
    product: {
      readonly sku: string;
      readonly asin: string | null;
      readonly marketplace: Marketplace;
      readonly condition: Condition;
      readonly at: Instant;
      readonly unitCubicFeet?: number | null;
    },
  ): void {
    const { sku, marketplace, at } = product;
    const key = `${marketplace}\u0000${sku}`;
    const mine = this.added.get(key);
    if (mine) {
      if (at < mine.validFrom) mine.validFrom = at;
      mine.unitCubicFeet ??= product.unitCubicFeet ?? null;
      return;
    }
    const known = this.known.get(sku) ?? [];
    if (known.includes(marketplace)) return;
    if (!product.asin) {
      row.fail(columns.asin ?? columns.sku, AMAZON.IMPORT_AMAZON_ASIN_NEEDED, { sku, marketplace });
      return;
    }
    if (row.failed) return;
    this.added.set(key, {
      sku,
      asin: product.asin,
      marketplace,
      condition: product.condition,
      created: null,
      seasonal: false,
      rating: null,
      ratingsCount: 0,
      subscribeAndSave: false,
      imagesOk: false,
      parentAsin: null,
      category: null,
      listPrice: null,
      listPriceEvidenceUrl: null,
      minPrice: null,
      unitCost: null,
      costCurrency: null,
      freightPerUnit: null,
      fxRate: null,
      referralPct: null,
      fulfilmentFee: null,
      unitCubicFeet: product.unitCubicFeet ?? null,
      leadTimeDays: null,
      casePack: null,
      minOrderQty: null,
      validFrom: at,
    });
    this.known.set(sku, [...known, marketplace]);
  }

  /** Adds the products of the file and returns the warning that lists them (none when none). */
  finish(sink: FactSink): Issue[] {
    if (this.added.size === 0) return [];
    const skus = [...this.added.values()].map((p) =>
      this.context.marketplace ? p.sku : `${p.sku} (${p.marketplace})`,
    );
    for (const product of this.added.values()) sink.add('products', product);
    const shown = skus.slice(0, 10).join(', ') + (skus.length > 10 ? ', …' : '');
    return [
      {
        line: null,
        column: null,
        code: AMAZON.IMPORT_AMAZON_PRODUCTS_ADDED,
        values: { count: skus.length, skus: shown },
      },
    ];
  }
}

/** cm³ per cubic foot. */
const CM3_PER_FT3 = 28_316.846592;

/** A unit volume in cubic feet, from a volume and Amazon's unit name (cubic feet / cubic centimeters). */
export function cubicFeet(volume: number | null, unit: string | null): number | null {
  if (volume === null || !(volume > 0) || unit === null) return null;
  const u = unit.toLowerCase();
  if (u.includes('feet') || u.includes('foot') || u === 'ft3') return volume;
  if (u.includes('centimet') || u === 'cm3') return volume / CM3_PER_FT3;
  return null;
}
