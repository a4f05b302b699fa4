// The tables of the fact kinds read from Amazon's own reports (core/catalog/report-facts.ts):
// inventory_snapshots (Manage Inventory), planning_rows (FBA Inventory planning), restock_rows
// (Restock Inventory). Part of FACT_TABLES (fact-tables.ts); created by migration 0002. Each is one
// snapshot row per marketplace + SKU + instant; the (marketplace, at) index answers "how many rows had
// the previous snapshot" (the truncated-report warning of `clearway import`).
import { CONDITIONS } from '../core/catalog/facts.js';
import { MARKETPLACES } from '../core/catalog/marketplace.js';
import type { ColumnSpec, ColumnType, FactTableSpec } from './fact-tables.js';

type ReportKind = 'inventory_snapshots' | 'planning_rows' | 'restock_rows';

/** A column named after its field in snake_case (no field here needs fact-tables.ts's renames). */
function col(
  field: string,
  type: ColumnType,
  opts: { nullable?: boolean; values?: readonly string[] } = {},
): ColumnSpec {
  const column = field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`).replace(/(\d+)/g, '_$1');
  return { field, column, type, nullable: opts.nullable ?? false, ...(opts.values ? { values: opts.values } : {}) };
}

/** Nullable columns of one type. */
function optional(type: ColumnType, fields: readonly string[]): ColumnSpec[] {
  return fields.map((f) => col(f, type, { nullable: true }));
}

const head = [
  col('sku', 'text'),
  col('asin', 'text'),
  col('marketplace', 'text', { values: MARKETPLACES }),
  col('at', 'big'),
  col('condition', 'text', { values: CONDITIONS }),
];

function snapshotTable(kind: ReportKind, columns: readonly ColumnSpec[]): FactTableSpec {
  return {
    kind,
    table: kind,
    columns: [...head, ...columns],
    key: ['marketplace', 'sku', 'at'],
    identity: null,
    time: { kind: 'instant', field: 'at' },
    order: ['at', 'marketplace', 'sku'],
    sku: 'column',
    asin: 'column',
    indexes: [['marketplace', 'at']],
  };
}

// prettier-ignore
export const REPORT_TABLES: Readonly<Record<ReportKind, FactTableSpec>> = {
  inventory_snapshots: snapshotTable('inventory_snapshots', [
    ...['fulfillable', 'reserved', 'unsellable'].map((f) => col(f, 'int')),
    ...optional('int', ['warehouse', 'total']),
    ...['inboundWorking', 'inboundShipped', 'inboundReceiving'].map((f) => col(f, 'int')),
    ...optional('int', ['researching', 'reservedFutureSupply', 'futureSupplyBuyable', 'fcTransfer', 'mfnFulfillable']),
    col('yourPrice', 'big', { nullable: true }),
    col('unitVolume', 'real', { nullable: true }),
    col('volumeUnit', 'text', { nullable: true }),
    col('source', 'text'),
  ]),
  planning_rows: snapshotTable('planning_rows', [
    col('available', 'int'),
    ...optional('int', [
      'fcTransfer', 'pendingRemoval', 'reserved', 'unfulfillable', 'inbound', 'inboundWorking', 'inboundShipped',
      'inboundReceived',
    ]),
    col('ageDay', 'text', { nullable: true }),
    ...optional('int', [
      'age0To90', 'age91To180', 'age181To270', 'age271To365', 'age365Plus', 'age366To455', 'age456Plus',
      'age0To30', 'age31To60', 'age61To90', 'age181To330', 'age331To365',
      'unitsShippedT7', 'unitsShippedT30', 'unitsShippedT60', 'unitsShippedT90',
    ]),
    ...optional('big', [
      'salesShippedT7', 'salesShippedT30', 'salesShippedT60', 'salesShippedT90',
      'yourPrice', 'salesPrice', 'lowestPriceNew', 'lowestPriceUsed', 'featuredOfferPrice',
    ]),
    ...optional('text', ['alert', 'recommendedAction']),
    col('recommendedSalesPrice', 'big', { nullable: true }),
    ...optional('int', ['recommendedSaleDurationDays', 'recommendedRemovalQuantity']),
    col('estimatedCostSavings', 'big', { nullable: true }),
    ...optional('real', ['sellThrough', 'itemVolume']),
    ...optional('text', ['volumeUnit', 'storageType']),
    ...optional('real', ['storageVolume', 'daysOfSupply']),
    col('estimatedExcessQuantity', 'int', { nullable: true }),
    ...optional('real', ['weeksOfCoverT30', 'weeksOfCoverT90']),
    ...optional('big', ['estimatedStorageCostNextMonth', 'estimatedAis']),
    col('aisChargedUnits', 'int', { nullable: true }),
    col('estimatedLtsfNextCharge', 'big', { nullable: true }),
    ...optional('real', ['historicalDaysOfSupply', 'totalDaysOfSupply']),
    col('fbaMinimumInventoryLevel', 'int', { nullable: true }),
    col('inventoryLevelHealth', 'text', { nullable: true }),
    col('recommendedShipInQuantity', 'int', { nullable: true }),
    col('recommendedShipInDay', 'text', { nullable: true }),
    ...optional('bool', ['lowInventoryFeeExempt', 'lowInventoryFeeApplied', 'seasonalNext3Months']),
    ...optional('text', ['seasonName', 'seasonStartDay', 'seasonEndDay']),
  ]),
  restock_rows: snapshotTable('restock_rows', [
    ...optional('big', ['price', 'salesLast30Days']),
    ...optional('int', [
      'unitsSoldLast30Days', 'totalUnits', 'inbound', 'available', 'fcTransfer', 'fcProcessing', 'customerOrder',
      'unfulfillable', 'working', 'shipped', 'receiving',
    ]),
    col('fulfilledBy', 'text', { nullable: true }),
    ...optional('real', ['totalDaysOfSupply', 'daysOfSupplyAtAmazon']),
    col('alert', 'text', { nullable: true }),
    col('recommendedQuantity', 'int', { nullable: true }),
    ...optional('text', ['recommendedShipDay', 'recommendedAction', 'unitStorageSize', 'supplier']),
  ]),
};
