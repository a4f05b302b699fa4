// Amazon's FBA Manage Inventory report (GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA and the _ALL_ variant;
// AMAZON-REPORTS.md B.1): the 18-column legacy header, the 21-column official list (researching and
// In-Stock Head Start future-supply columns) and the 26-column 2026 header → one `inventory_snapshots`
// fact per SKU, plus a `prices` fact when your-price differs from the price in force.
//
// - The report has no date: the snapshot instant is `--at`, else the import time.
// - The report has no marketplace: `--marketplace`, else the SKU's one marketplace (DEC-2).
// - Empty quantity cells are 0 (Amazon leaves them blank when there is no stock); columns the header
//   lacks are null. afn-total-quantity includes inbound (15 = 0 on hand + 7 working + 8 shipped).
// - per-unit-volume is in the marketplace's unit: cubic feet on US, cubic centimetres elsewhere
//   [unconfirmed in AMAZON-REPORTS.md]; volumeUnit says which.
// - An unknown SKU becomes a minimal product (products.ts), with its unit volume.
import type { InventorySnapshotFact } from '../../core/catalog/facts.js';
import { marketplaceInfo, type Marketplace } from '../../core/catalog/marketplace.js';
import type { FactSink, FileConverter, IngestContext, Reader } from '../reader.js';
import type { Row } from '../row.js';
import { condition, decimal, money, quantity, requiredText, text } from './cells.js';
import { fitReport, resolveColumns, type ReportColumns } from './columns.js';
import { ProductBook, cubicFeet } from './products.js';
import { SnapshotCounter } from './snapshot-counts.js';
import { priceChange } from './price-change.js';

export const MYI_COLUMNS: ReportColumns<
  | 'sku'
  | 'asin'
  | 'condition'
  | 'yourPrice'
  | 'mfnFulfillable'
  | 'warehouse'
  | 'fulfillable'
  | 'unsellable'
  | 'reserved'
  | 'total'
  | 'unitVolume'
  | 'inboundWorking'
  | 'inboundShipped'
  | 'inboundReceiving'
  | 'researching'
  | 'reservedFutureSupply'
  | 'futureSupplyBuyable'
  | 'fcTransfer'
> = {
  fields: {
    sku: ['sku', 'seller-sku'],
    asin: ['asin'],
    condition: ['condition'],
    yourPrice: ['your-price'],
    mfnFulfillable: ['mfn-fulfillable-quantity'],
    warehouse: ['afn-warehouse-quantity'],
    fulfillable: ['afn-fulfillable-quantity'],
    unsellable: ['afn-unsellable-quantity'],
    reserved: ['afn-reserved-quantity'],
    total: ['afn-total-quantity'],
    unitVolume: ['per-unit-volume'],
    inboundWorking: ['afn-inbound-working-quantity'],
    inboundShipped: ['afn-inbound-shipped-quantity'],
    inboundReceiving: ['afn-inbound-receiving-quantity'],
    researching: ['afn-researching-quantity'],
    reservedFutureSupply: ['afn-reserved-future-supply'],
    futureSupplyBuyable: ['afn-future-supply-buyable'],
    fcTransfer: ['afn-fc-transfer-quantity'],
  },
  // prettier-ignore
  required: [
    'sku', 'asin', 'fulfillable', 'unsellable', 'reserved', 'inboundWorking', 'inboundShipped', 'inboundReceiving',
  ],
  // prettier-ignore
  known: [
    'fnsku', 'product-name', 'mfn-listing-exists', 'afn-listing-exists', 'afn-fulfillable-quantity-local',
    'afn-fulfillable-quantity-remote', 'afn-onhand-buyable-quantity', 'store',
  ],
};

/** The unit of MYI's per-unit-volume on a marketplace. */
function volumeUnitOf(marketplace: Marketplace): string {
  return marketplace === 'US' ? 'cubic feet' : 'cubic centimeters';
}

function start(context: IngestContext, header: readonly string[]): FileConverter {
  const c = resolveColumns(header, MYI_COLUMNS.fields);
  const sku = c.sku as string;
  const book = new ProductBook(context);
  const snapshots = new SnapshotCounter();
  const at = context.importedAt;

  async function convert(row: Row, sink: FactSink): Promise<void> {
    const id = requiredText(row, sku);
    const marketplace = book.marketplaceOf(row, sku, id);
    if (marketplace === null || id === '') return;
    const currency = marketplaceInfo(marketplace).currency;
    const unitVolume = decimal(row, c.unitVolume);
    const volumeUnit = unitVolume === null ? null : volumeUnitOf(marketplace);
    const fact: InventorySnapshotFact = {
      sku: id,
      asin: requiredText(row, c.asin as string),
      marketplace,
      at,
      condition: condition(row, c.condition),
      fulfillable: quantity(row, c.fulfillable, true) ?? 0,
      reserved: quantity(row, c.reserved, true) ?? 0,
      unsellable: quantity(row, c.unsellable, true) ?? 0,
      warehouse: quantity(row, c.warehouse, true),
      total: quantity(row, c.total, true),
      inboundWorking: quantity(row, c.inboundWorking, true) ?? 0,
      inboundShipped: quantity(row, c.inboundShipped, true) ?? 0,
      inboundReceiving: quantity(row, c.inboundReceiving, true) ?? 0,
      researching: quantity(row, c.researching, true),
      reservedFutureSupply: quantity(row, c.reservedFutureSupply, true),
      futureSupplyBuyable: quantity(row, c.futureSupplyBuyable, true),
      fcTransfer: quantity(row, c.fcTransfer, true),
      mfnFulfillable: quantity(row, c.mfnFulfillable),
      yourPrice: money(row, c.yourPrice, currency),
      unitVolume,
      volumeUnit,
      source: 'amazon_myi',
    };
    book.ensure(
      row,
      { sku, asin: c.asin },
      {
        sku: id,
        asin: text(row, c.asin),
        marketplace,
        condition: fact.condition,
        at,
        unitCubicFeet: cubicFeet(unitVolume, volumeUnit),
      },
    );
    if (row.failed) return;
    sink.add('inventory_snapshots', fact);
    snapshots.count('inventory_snapshots', marketplace, at);
    await priceChange(context, sink, { sku: id, marketplace, at, price: fact.yourPrice });
  }

  return {
    row: (row, sink) => book.withSku(row.raw(sku), () => convert(row, sink)),
    finish: (sink) => ({ warnings: book.finish(sink), snapshots: snapshots.snapshots }),
  };
}

export const MYI_READER: Reader = {
  kind: 'amazon_manage_inventory',
  rank: 2,
  unquoted: true,
  fit: (header) => fitReport(header, MYI_COLUMNS),
  start,
};
