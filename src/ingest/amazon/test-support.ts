// Fixtures of the Amazon report tests, copied from AMAZON-REPORTS.md (B.1–B.4): the documented
// headers and the real sample rows, verbatim (tabs written as \t). Also helpers that write a report
// file (any encoding, line ending, BOM) and read it through the ingest path. Test support only.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll } from 'vitest';
import type { FactKind, FactsByKind } from '../../core/catalog/facts.js';
import type { Marketplace } from '../../core/catalog/marketplace.js';
import { t } from '../../core/messages/messages.js';
import { readFactFile, type FileRead, type ReadOptions } from '../read-file.js';
import type { IngestContext } from '../reader.js';

/** B.1 Manage Inventory, legacy 18-column header. */
// prettier-ignore
export const MYI_18: readonly string[] = [
  'sku', 'fnsku', 'asin', 'product-name', 'condition', 'your-price', 'mfn-listing-exists',
  'mfn-fulfillable-quantity', 'afn-listing-exists', 'afn-warehouse-quantity', 'afn-fulfillable-quantity',
  'afn-unsellable-quantity', 'afn-reserved-quantity', 'afn-total-quantity', 'per-unit-volume',
  'afn-inbound-working-quantity', 'afn-inbound-shipped-quantity', 'afn-inbound-receiving-quantity',
];

/** B.1 the 21-column official list: the legacy 18 plus research and future supply. */
export const MYI_21: readonly string[] = [
  ...MYI_18,
  'afn-researching-quantity',
  'afn-reserved-future-supply',
  'afn-future-supply-buyable',
];

/** B.1 the 26-column 2026 header. */
// prettier-ignore
export const MYI_26: readonly string[] = [
  'sku', 'fnsku', 'asin', 'product-name', 'condition', 'your-price', 'mfn-listing-exists',
  'mfn-fulfillable-quantity', 'afn-listing-exists', 'afn-warehouse-quantity', 'afn-fulfillable-quantity',
  'afn-unsellable-quantity', 'afn-reserved-quantity', 'afn-total-quantity', 'per-unit-volume',
  'afn-inbound-working-quantity', 'afn-inbound-shipped-quantity', 'afn-inbound-receiving-quantity',
  'afn-researching-quantity', 'afn-reserved-future-supply', 'afn-future-supply-buyable',
  'afn-fulfillable-quantity-local', 'afn-fulfillable-quantity-remote', 'afn-fc-transfer-quantity',
  'afn-onhand-buyable-quantity', 'store',
];

/** B.1 sample rows (EU account, 2018), verbatim. */
export const MYI_ROWS: readonly string[] = [
  'ABAG-D006-02-EU6-PAN\tX000UXX1YH\tB07CGF3PWH\tNBEADS 10pcs Jewellery Jewelry Silk Pouches Gift Bag Bags, Mixed Color, 5.9"x 4.7"\tNew\t10.39\tNo\t\tYes\t0\t0\t0\t0\t15\t192.06\t7\t8\t0',
  'ABAG-N002-B-02-EU6-PAN\tX000V1NKLH\tB07CPG414Z\tNBEADS 50Pcs Vintage Cloth Drawstring Gift Bags Sacks for Weddings Party Favor, Old Lace, 6.1 x 4.9 inch\tNew\t19.29\tNo\t\tYes\t0\t0\t0\t0\t2\t159.94\t0\t2\t0',
  'ABAG-N002-C-02-EU6-PAN\tX000UY3F4R\tB07CNTCPNR\tNBEADS 100Pcs Vintage Cloth Drawstring Gift Bags Sacks for Weddings Party Favor, Ivory, 4.7 x 4.1 inch\tNew\t31.59\tNo\t\tYes\t0\t0\t0\t0\t3\t192.06\t0\t3\t0',
];

/** B.2 planning report, version 1 (2022–2023), 63 columns. */
// prettier-ignore
export const PLANNING_V1: readonly string[] = [
  'snapshot-date', 'sku', 'fnsku', 'asin', 'product-name', 'condition', 'available', 'pending-removal-quantity',
  'inv-age-0-to-90-days', 'inv-age-91-to-180-days', 'inv-age-181-to-270-days', 'inv-age-271-to-365-days',
  'inv-age-365-plus-days', 'currency', 'qty-to-be-charged-ltsf-11-mo', 'projected-ltsf-11-mo',
  'qty-to-be-charged-ltsf-12-mo', 'estimated-ltsf-next-charge', 'units-shipped-t7', 'units-shipped-t30',
  'units-shipped-t60', 'units-shipped-t90', 'alert', 'your-price', 'sales-price', 'lowest-price-new-plus-shipping',
  'lowest-price-used', 'recommended-action', 'healthy-inventory-level', 'recommended-sales-price',
  'recommended-sale-duration-days', 'recommended-removal-quantity',
  'estimated-cost-savings-of-recommended-actions', 'sell-through', 'item-volume', 'volume-unit-measurement',
  'storage-type', 'storage-volume', 'marketplace', 'product-group', 'sales-rank', 'days-of-supply',
  'estimated-excess-quantity', 'weeks-of-cover-t30', 'weeks-of-cover-t90', 'featuredoffer-price',
  'sales-shipped-last-7-days', 'sales-shipped-last-30-days', 'sales-shipped-last-60-days',
  'sales-shipped-last-90-days', 'inv-age-0-to-30-days', 'inv-age-31-to-60-days', 'inv-age-61-to-90-days',
  'inv-age-181-to-330-days', 'inv-age-331-to-365-days', 'estimated-storage-cost-next-month', 'inbound-quantity',
  'inbound-working', 'inbound-shipped', 'inbound-received', 'no-sale-last-6-months', 'reserved-quantity',
  'unfulfillable-quantity',
];

const AIS = ['181-210', '211-240', '241-270', '271-300', '301-330', '331-365', '365-plus'];
/** B.2 version 2 (2023–2025): version 1 plus the AIS columns of airbyte PR #32591. */
export const PLANNING_V2: readonly string[] = [
  ...PLANNING_V1,
  ...AIS.map((tier) => `estimated-ais-${tier}-days`),
  ...AIS.map((tier) => `quantity-to-be-charged-ais-${tier}-days`),
];

/** B.2 version 3, the 2026 production header, 99 columns. */
// prettier-ignore
export const PLANNING_V3: readonly string[] = [
  'snapshot-date', 'sku', 'fnsku', 'asin', 'product-name', 'condition', 'available', 'fc-transfer',
  'pending-removal-quantity', 'inv-age-0-to-90-days', 'inv-age-91-to-180-days', 'inv-age-181-to-270-days',
  'inv-age-271-to-365-days', 'inv-age-366-to-455-days', 'inv-age-456-plus-days', 'currency', 'units-shipped-t7',
  'units-shipped-t30', 'units-shipped-t60', 'units-shipped-t90', 'alert', 'your-price', 'sales-price',
  'lowest-price-new-plus-shipping', 'lowest-price-used', 'recommended-action',
  'DEPRECATED healthy-inventory-level', 'recommended-sales-price', 'recommended-sale-duration-days',
  'recommended-removal-quantity', 'estimated-cost-savings-of-recommended-actions', 'sell-through', 'item-volume',
  'volume-unit-measurement', 'storage-type', 'storage-volume', 'marketplace', 'product-group', 'sales-rank',
  'days-of-supply', 'estimated-excess-quantity', 'weeks-of-cover-t30', 'weeks-of-cover-t90', 'featuredoffer-price',
  'sales-shipped-last-7-days', 'sales-shipped-last-30-days', 'sales-shipped-last-60-days',
  'sales-shipped-last-90-days', 'inv-age-0-to-30-days', 'inv-age-31-to-60-days', 'inv-age-61-to-90-days',
  'inv-age-181-to-330-days', 'inv-age-331-to-365-days', 'estimated-storage-cost-next-month', 'inbound-quantity',
  'inbound-working', 'inbound-shipped', 'inbound-received', 'no-sale-last-6-months', 'Total Reserved Quantity',
  'unfulfillable-quantity', 'quantity-to-be-charged-ais-181-210-days', 'estimated-ais-181-210-days',
  'quantity-to-be-charged-ais-211-240-days', 'estimated-ais-211-240-days',
  'quantity-to-be-charged-ais-241-270-days', 'estimated-ais-241-270-days',
  'quantity-to-be-charged-ais-271-300-days', 'estimated-ais-271-300-days',
  'quantity-to-be-charged-ais-301-330-days', 'estimated-ais-301-330-days',
  'quantity-to-be-charged-ais-331-365-days', 'estimated-ais-331-365-days',
  'quantity-to-be-charged-ais-366-455-days', 'estimated-ais-366-455-days',
  'quantity-to-be-charged-ais-456-plus-days', 'estimated-ais-456-plus-days', 'historical-days-of-supply',
  'fba-minimum-inventory-level', 'fba-inventory-level-health-status', 'Recommended ship-in quantity',
  'Recommended ship-in date', 'Last updated date for Historical Days of Supply',
  'Exempted from Low-Inventory-Level fee?', 'Low-Inventory-Level fee applied in current week?',
  'Short term historical days of supply', 'Long term historical days of supply', 'Inventory age snapshot date',
  'Inventory Supply at FBA', 'Reserved FC Processing', 'Reserved Customer Order', 'Reserved Staging',
  'Total Days of Supply (including units from open shipments)', 'supplier', 'is-seasonal-in-next-3-months',
  'season-name', 'season-start-date', 'season-end-date', 'Fulfillment Service and Programs',
];

/** B.2 the EU subset (Low-Inventory cost coverage fee). */
// prettier-ignore
export const PLANNING_EU: readonly string[] = [
  'snapshot-date', 'sku', 'fnsku', 'asin', 'product-name', 'condition', 'available', 'fc-transfer',
  'pending-removal-quantity', 'inv-age-0-to-90-days', 'sell-through', 'days-of-supply', 'marketplace',
  'Total Reserved Quantity', 'unfulfillable-quantity', 'estimated-excess-quantity', 'Inventory age snapshot date',
  'Exempted from Low-Inventory cost coverage fee?', 'Low-Inventory cost coverage fee applied in current week?',
];

/** B.3 All Orders as seen in real files, 32 columns. */
// prettier-ignore
export const ALL_ORDERS_32: readonly string[] = [
  'amazon-order-id', 'merchant-order-id', 'purchase-date', 'last-updated-date', 'order-status',
  'fulfillment-channel', 'sales-channel', 'order-channel', 'url', 'ship-service-level', 'product-name', 'sku',
  'asin', 'item-status', 'quantity', 'currency', 'item-price', 'item-tax', 'shipping-price', 'shipping-tax',
  'gift-wrap-price', 'gift-wrap-tax', 'item-promotion-discount', 'ship-promotion-discount', 'ship-city',
  'ship-state', 'ship-postal-code', 'ship-country', 'promotion-ids', 'is-business-order', 'purchase-order-number',
  'price-designation',
];

/** B.3 the by-order-date class's 33 columns (adds is-sold-by-ab). */
export const ALL_ORDERS_33: readonly string[] = [...ALL_ORDERS_32, 'is-sold-by-ab'];
/** B.3 the older 29-column version: without the business columns added later. */
export const ALL_ORDERS_29: readonly string[] = ALL_ORDERS_32.filter(
  (c) => !['is-business-order', 'purchase-order-number', 'price-designation'].includes(c),
);
/** B.3 the newer variant (amazon-sp-api typings): adds four columns. */
export const ALL_ORDERS_NEWER: readonly string[] = [
  ...ALL_ORDERS_32,
  'number-of-items',
  'tax-collection-model',
  'tax-collection-responsible-party',
  'address-type',
];

/** B.3 sample rows (US FBA, Feb 2020), verbatim: 32 tab-separated fields each. */
export const ORDER_ROWS: readonly string[] = [
  '114-4892924-3377867\t114-4892924-3377867\t2020-02-18T05:05:21+00:00\t2020-02-18T17:23:22+00:00\tShipped\tAmazon\tAmazon.com\t\t\tExpedited\tTrendy Home 12" x 18" Premium Hypoallergenic Stuffer Home Office Decorative Throw Pillow Insert, Standard/White (12x18)\tth1218\tB07K1FNN7M\tShipped\t1\tUSD\t7.49\t\t\t\t\t\t\t\tMEMPHIS\tTN\t38117-3311\tUS\t\tfalse\t\t',
  '113-9925451-0581038\t113-9925451-0581038\t2020-02-18T05:02:46+00:00\t2020-02-18T16:42:18+00:00\tShipped\tAmazon\tAmazon.com\t\t\tExpedited\tTrendy Home 20" x 20" Premium Hypoallergenic Stuffer Home Office Decorative Throw Pillow Insert, Standard/White (20x20(4pack))\tth20p4\tB07JQBJDRC\tShipped\t1\tUSD\t25.99\t2.14\t\t\t\t\t\t\tGRAND PRAIRIE\tTX\t75050-7893\tUS\t\tfalse\t\t',
  '112-4197184-1505047\t112-4197184-1505047\t2020-02-18T04:38:23+00:00\t2020-02-18T20:11:50+00:00\tShipped\tAmazon\tAmazon.com\t\t\tExpedited\tTrendy Home 20" x 20" Premium Hypoallergenic Stuffer Home Office Decorative Throw Pillow Insert, Standard/White (20x20(4pack))\tth20p4\tB07JQBJDRC\tShipped\t4\tUSD\t103.96\t8.56\t\t\t\t\t\t\tGRAND PRAIRIE\tTX\t75052\tUS\t\tfalse\t\t',
];

/** B.4 Restock Inventory, 30 columns. */
// prettier-ignore
export const RESTOCK_30: readonly string[] = [
  'Country', 'Product Name', 'FNSKU', 'Merchant SKU', 'ASIN', 'Condition', 'Supplier', 'Supplier part no.',
  'Currency code', 'Price', 'Sales last 30 days', 'Units Sold Last 30 Days', 'Total Units', 'Inbound', 'Available',
  'FC transfer', 'FC Processing', 'Customer Order', 'Unfulfillable', 'Working', 'Shipped', 'Receiving',
  'Fulfilled by', 'Total Days of Supply (including units from open shipments)',
  'Days of Supply at Amazon Fulfillment Network', 'Alert', 'Recommended replenishment qty',
  'Recommended ship date', 'Recommended action', 'Unit storage size',
];

/** B.4 the synthetic GB fixture (29 columns, comma-separated as in the fixture), verbatim. */
export const RESTOCK_CSV: readonly string[] = [
  'Country,Product Name,FNSKU,Merchant SKU,ASIN,Condition,Supplier,Supplier part no.,Currency code,Price,Sales last 30 days,Units Sold Last 30 Days,Total Units,Inbound,Available,FC transfer,FC Processing,Customer Order,Unfulfillable,Working,Shipped,Receiving,Fulfilled by,Total Days of Supply (including units from open shipments),Days of Supply at Amazon Fulfillment Network,Alert,Recommended replenishment qty,Recommended ship date,Unit storage size',
  'United Kingdom,Wooden Push Sign DONALD,X00123,OD001209UK,B01EXAMPLE1,New,,,GBP,9.99,245.00,24,0,0,0,0,0,0,0,0,0,0,Amazon,0,0,out_of_stock,227,04/07/2026,Small',
  'United Kingdom,Metal Plate SAVILLE,X00124,OD045085UK,B01EXAMPLE2,New,,,GBP,12.99,180.00,18,5,10,5,0,0,0,0,0,0,0,Amazon,15,10,reorder_now,18,07/07/2026,Small',
  'United Kingdom,Acrylic Plaque DICK,X00125,OD009033UK,B01EXAMPLE3,New,,,GBP,8.99,30.00,3,20,0,20,0,0,0,0,0,0,0,Amazon,200,200,,0,,Small',
];

const dir = mkdtempSync(join(tmpdir(), 'clearway-amazon-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileNo = 0;

export interface WriteOptions {
  readonly encoding?: 'utf8' | 'windows-31j' | 'windows-1252';
  readonly bom?: boolean;
  readonly crlf?: boolean;
  /** Leave out the newline after the last line. */
  readonly noFinalNewline?: boolean;
  readonly name?: string;
}

/** Writes a report (header + rows, each a line) and returns its path. */
export function writeReport(lines: readonly string[], options: WriteOptions = {}): string {
  const eol = options.crlf ? '\r\n' : '\n';
  const text = (options.bom ? '\uFEFF' : '') + lines.join(eol) + (options.noFinalNewline ? '' : eol);
  const path = join(dir, options.name ?? `report-${++fileNo}.txt`);
  const encoding = options.encoding ?? 'utf8';
  writeFileSync(path, encoding === 'utf8' ? text : iconv.encode(text, encoding));
  return path;
}

/** A tab-separated report of a header and rows given as cell arrays or tab-joined lines. */
export function tsv(header: readonly string[], rows: readonly (string | readonly string[])[]): string[] {
  return [header.join('\t'), ...rows.map((r) => (typeof r === 'string' ? r : r.join('\t')))];
}

/** A row of `header` with the given cells by column name (the others empty). */
export function rowOf(header: readonly string[], cells: Readonly<Record<string, string>>): string {
  for (const name of Object.keys(cells)) if (!header.includes(name)) throw new Error(`no column ${name}`);
  return header.map((h) => cells[h] ?? '').join('\t');
}

/** An ingest context over a fixed catalogue (SKU → marketplaces) and price list. */
export function context(
  overrides: Partial<IngestContext> & { readonly catalogue?: Record<string, Marketplace[]> } = {},
): IngestContext {
  const { catalogue = {}, ...rest } = overrides;
  return {
    account: 'acme',
    marketplace: null,
    importedAt: Date.UTC(2026, 4, 1, 12),
    marketplacesOfSku: async (sku) => catalogue[sku] ?? [],
    marketplacesOfAsin: async () => [],
    priceAt: async () => null,
    hasFactsAt: async () => false,
    orderLinesBetween: async () => [],
    ...rest,
  };
}

export function read(path: string, ctx: IngestContext = context(), options: ReadOptions = {}): Promise<FileRead> {
  return readFactFile(path, ctx, options);
}

/** The facts of one kind of a file read without rejections. */
export function factsOf<K extends FactKind>(result: FileRead, kind: K): readonly FactsByKind[K][] {
  if (result.rejected.length > 0) throw new Error(`rejected: ${JSON.stringify(result.rejected)}`);
  return result.batch[kind] ?? [];
}

/** Rejections or warnings as [line, column, English reason]. */
export function reasons(issues: FileRead['rejected']): [number | null, string | null, string][] {
  return issues.map((r) => [r.line, r.column, t(r.code, r.values)]);
}

/** The same header and rows with the columns in another order (a fixed shuffle). */
export function reordered(lines: readonly string[], delimiter = '\t'): string[] {
  const width = (lines[0] ?? '').split(delimiter).length;
  const order = Array.from({ length: width }, (_, i) => i).sort(
    (a, b) => ((a * 7919) % 97) - ((b * 7919) % 97) || a - b,
  );
  return lines.map((line) => {
    const cells = line.split(delimiter);
    return order.map((i) => cells[i] ?? '').join(delimiter);
  });
}
