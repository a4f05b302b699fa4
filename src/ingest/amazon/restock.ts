// Amazon's Restock Inventory report (GET_RESTOCK_INVENTORY_RECOMMENDATIONS_REPORT; AMAZON-REPORTS.md
// B.4), 30 columns (and the 29 without "Recommended action") → one `restock_rows` fact per SKU: the
// inbound breakdown (Working + Shipped + Receiving), days of supply, and Amazon's recommended quantity
// and ship date, kept for comparison with clearway's own replenishment (RPL).
// - The report has no date: the row instant is `--at`, else the import time.
// - Marketplace: the Country column (United Kingdom → UK …), else the currency, else `--marketplace`
//   or the SKU's one marketplace. Recommended ship date: YYYY-MM-DD, or slashed — month first on US
//   files, day first elsewhere (the GB fixture's 04/07/2026 is 4 July) [unconfirmed: from a fixture].
// - Tab-separated as Amazon sends it; a comma-separated copy (as in the public fixture) reads too.
import type { RestockRowFact } from '../../core/catalog/facts.js';
import { marketplaceInfo } from '../../core/catalog/marketplace.js';
import type { FactSink, FileConverter, IngestContext, Reader } from '../reader.js';
import type { Row } from '../row.js';
import { condition, day, decimal, money, quantity, requiredText, text } from './cells.js';
import { fitReport, resolveColumns, type ReportColumns } from './columns.js';
import { ProductBook } from './products.js';
import { RowMarketplaces } from './row-marketplace.js';
import { SnapshotCounter } from './snapshot-counts.js';

const FIELDS = {
  country: ['Country'],
  sku: ['Merchant SKU'],
  asin: ['ASIN'],
  condition: ['Condition'],
  supplier: ['Supplier'],
  currency: ['Currency code'],
  price: ['Price'],
  salesLast30Days: ['Sales last 30 days'],
  unitsSoldLast30Days: ['Units Sold Last 30 Days'],
  totalUnits: ['Total Units'],
  inbound: ['Inbound'],
  available: ['Available'],
  fcTransfer: ['FC transfer'],
  fcProcessing: ['FC Processing'],
  customerOrder: ['Customer Order'],
  unfulfillable: ['Unfulfillable'],
  working: ['Working'],
  shipped: ['Shipped'],
  receiving: ['Receiving'],
  fulfilledBy: ['Fulfilled by'],
  totalDaysOfSupply: ['Total Days of Supply (including units from open shipments)'],
  daysOfSupplyAtAmazon: ['Days of Supply at Amazon Fulfillment Network'],
  alert: ['Alert'],
  recommendedQuantity: ['Recommended replenishment qty', 'Recommended ship-in quantity'],
  recommendedShipDay: ['Recommended ship date', 'Recommended ship-in date'],
  recommendedAction: ['Recommended action'],
  unitStorageSize: ['Unit storage size'],
} as const;

type Field = keyof typeof FIELDS;

export const RESTOCK_COLUMNS: ReportColumns<Field> = {
  fields: FIELDS,
  required: ['sku', 'asin', 'totalUnits', 'inbound', 'available', 'recommendedQuantity'],
  known: ['Product Name', 'FNSKU', 'Supplier part no.'],
};

function start(context: IngestContext, header: readonly string[]): FileConverter {
  const c = resolveColumns(header, FIELDS);
  const sku = c.sku as string;
  const book = new ProductBook(context);
  const marketplaces = new RowMarketplaces(book, { named: c.country, currency: c.currency, sku });
  const snapshots = new SnapshotCounter();
  const at = context.importedAt;

  function convert(row: Row, sink: FactSink): void {
    const id = requiredText(row, sku);
    const marketplace = marketplaces.of(row, id);
    if (marketplace === null || marketplace === 'skip' || id === '') return;
    const currency = marketplaceInfo(marketplace).currency;
    const q = (field: Field) => quantity(row, c[field], true);
    const s = (field: Field) => text(row, c[field]);
    const fact: RestockRowFact = {
      sku: id,
      asin: requiredText(row, c.asin as string),
      marketplace,
      at,
      condition: condition(row, c.condition),
      price: money(row, c.price, currency),
      salesLast30Days: money(row, c.salesLast30Days, currency),
      unitsSoldLast30Days: q('unitsSoldLast30Days'),
      totalUnits: q('totalUnits'),
      inbound: q('inbound'),
      available: q('available'),
      fcTransfer: q('fcTransfer'),
      fcProcessing: q('fcProcessing'),
      customerOrder: q('customerOrder'),
      unfulfillable: q('unfulfillable'),
      working: q('working'),
      shipped: q('shipped'),
      receiving: q('receiving'),
      fulfilledBy: s('fulfilledBy'),
      totalDaysOfSupply: decimal(row, c.totalDaysOfSupply),
      daysOfSupplyAtAmazon: decimal(row, c.daysOfSupplyAtAmazon),
      alert: s('alert'),
      recommendedQuantity: q('recommendedQuantity'),
      recommendedShipDay: day(row, c.recommendedShipDay, marketplace),
      recommendedAction: s('recommendedAction'),
      unitStorageSize: s('unitStorageSize'),
      supplier: s('supplier'),
    };
    book.ensure(
      row,
      { sku, asin: c.asin },
      { sku: id, asin: text(row, c.asin), marketplace, condition: fact.condition, at },
    );
    if (row.failed) return;
    sink.add('restock_rows', fact);
    snapshots.count('restock_rows', marketplace, at);
  }

  return {
    row: (row, sink) => book.withSku(row.raw(sku), () => convert(row, sink)),
    finish: (sink) => ({
      warnings: [...book.finish(sink), ...marketplaces.warnings()],
      snapshots: snapshots.snapshots,
    }),
  };
}

export const RESTOCK_READER: Reader = {
  kind: 'amazon_restock',
  rank: 2,
  unquoted: true,
  fit: (header) => fitReport(header, RESTOCK_COLUMNS),
  start,
};
