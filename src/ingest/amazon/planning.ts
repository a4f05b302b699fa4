// Amazon's FBA Inventory planning report (GET_FBA_INVENTORY_PLANNING_DATA; AMAZON-REPORTS.md B.2): the
// 2022 63-column header, the 2023–2025 header with the AIS columns, the 2026 99-column header and the
// EU subset → per row a `planning_rows` fact at its snapshot-date, plus
// - `lots` from the age buckets (DEC-1 on-hand by age; received dates in age-lots.ts), unless the SKU
//   already has a lots snapshot at that instant (exact received dates beat bucket midpoints),
// - an `offers` fact from lowest-price-new-plus-shipping (seller "lowest-new", new, not the Buy Box),
// - a `prices` fact when your-price differs from the price in force (price-change.ts).
// Amazon's own recommendation columns (recommended-action, recommended-sales-price, estimated excess,
// estimated storage and AIS costs …) are kept as reported, to be shown beside clearway's. Renamed
// columns are read under both names (reserved-quantity → Total Reserved Quantity; the EU's
// "Low-Inventory cost coverage fee" columns). Marketplace: the row's marketplace column, else its
// currency, else `--marketplace` or the SKU's one marketplace.
import type { OfferFact, PlanningRowFact } from '../../core/catalog/facts.js';
import { marketplaceInfo } from '../../core/catalog/marketplace.js';
import { INGEST } from '../messages.js';
import type { FactSink, FileConverter, IngestContext, Issue, Reader } from '../reader.js';
import type { Row } from '../row.js';
import { ageLots, lotBuckets } from './age-lots.js';
import { cell, condition, day, decimal, instant, money, quantity, requiredText, text, yesNo } from './cells.js';
import { fitReport, resolveColumns, type ReportColumns } from './columns.js';
import { AMAZON } from './messages.js';
import { priceChange } from './price-change.js';
import { cubicFeet, ProductBook } from './products.js';
import { RowMarketplaces } from './row-marketplace.js';
import { SnapshotCounter } from './snapshot-counts.js';

const AIS_TIERS = ['181-210', '211-240', '241-270', '271-300', '301-330', '331-365', '365-plus', '366-455', '456-plus'];
const AIS_COST = AIS_TIERS.map((tier) => `estimated-ais-${tier}-days`);
const AIS_UNITS = AIS_TIERS.map((tier) => `quantity-to-be-charged-ais-${tier}-days`);

const FIELDS = {
  snapshotDate: ['snapshot-date'],
  sku: ['sku'],
  asin: ['asin'],
  condition: ['condition'],
  marketplace: ['marketplace'],
  currency: ['currency'],
  available: ['available'],
  fcTransfer: ['fc-transfer'],
  pendingRemoval: ['pending-removal-quantity'],
  reserved: ['Total Reserved Quantity', 'reserved-quantity'],
  unfulfillable: ['unfulfillable-quantity'],
  inbound: ['inbound-quantity'],
  inboundWorking: ['inbound-working'],
  inboundShipped: ['inbound-shipped'],
  inboundReceived: ['inbound-received'],
  ageDay: ['Inventory age snapshot date'],
  age0To90: ['inv-age-0-to-90-days'],
  age91To180: ['inv-age-91-to-180-days'],
  age181To270: ['inv-age-181-to-270-days'],
  age271To365: ['inv-age-271-to-365-days'],
  age365Plus: ['inv-age-365-plus-days'],
  age366To455: ['inv-age-366-to-455-days'],
  age456Plus: ['inv-age-456-plus-days'],
  age0To30: ['inv-age-0-to-30-days'],
  age31To60: ['inv-age-31-to-60-days'],
  age61To90: ['inv-age-61-to-90-days'],
  age181To330: ['inv-age-181-to-330-days'],
  age331To365: ['inv-age-331-to-365-days'],
  unitsShippedT7: ['units-shipped-t7'],
  unitsShippedT30: ['units-shipped-t30'],
  unitsShippedT60: ['units-shipped-t60'],
  unitsShippedT90: ['units-shipped-t90'],
  salesShippedT7: ['sales-shipped-last-7-days'],
  salesShippedT30: ['sales-shipped-last-30-days'],
  salesShippedT60: ['sales-shipped-last-60-days'],
  salesShippedT90: ['sales-shipped-last-90-days'],
  yourPrice: ['your-price'],
  salesPrice: ['sales-price'],
  lowestPriceNew: ['lowest-price-new-plus-shipping'],
  lowestPriceUsed: ['lowest-price-used'],
  featuredOfferPrice: ['featuredoffer-price', 'featured-offer-price'],
  alert: ['alert'],
  recommendedAction: ['recommended-action'],
  recommendedSalesPrice: ['recommended-sales-price'],
  recommendedSaleDurationDays: ['recommended-sale-duration-days'],
  recommendedRemovalQuantity: ['recommended-removal-quantity'],
  estimatedCostSavings: ['estimated-cost-savings-of-recommended-actions'],
  sellThrough: ['sell-through'],
  itemVolume: ['item-volume'],
  volumeUnit: ['volume-unit-measurement'],
  storageType: ['storage-type'],
  storageVolume: ['storage-volume'],
  daysOfSupply: ['days-of-supply'],
  estimatedExcessQuantity: ['estimated-excess-quantity'],
  weeksOfCoverT30: ['weeks-of-cover-t30'],
  weeksOfCoverT90: ['weeks-of-cover-t90'],
  estimatedStorageCostNextMonth: ['estimated-storage-cost-next-month'],
  estimatedLtsfNextCharge: ['estimated-ltsf-next-charge'],
  historicalDaysOfSupply: ['historical-days-of-supply'],
  totalDaysOfSupply: ['Total Days of Supply (including units from open shipments)'],
  fbaMinimumInventoryLevel: ['fba-minimum-inventory-level'],
  inventoryLevelHealth: ['fba-inventory-level-health-status'],
  recommendedShipInQuantity: ['Recommended ship-in quantity'],
  recommendedShipInDay: ['Recommended ship-in date'],
  lowInventoryFeeExempt: ['Exempted from Low-Inventory-Level fee?', 'Exempted from Low-Inventory cost coverage fee?'],
  lowInventoryFeeApplied: [
    'Low-Inventory-Level fee applied in current week?',
    'Low-Inventory cost coverage fee applied in current week?',
  ],
  seasonalNext3Months: ['is-seasonal-in-next-3-months'],
  seasonName: ['season-name'],
  seasonStartDay: ['season-start-date'],
  seasonEndDay: ['season-end-date'],
} as const;

type Field = keyof typeof FIELDS;

export const PLANNING_COLUMNS: ReportColumns<Field> = {
  fields: FIELDS,
  required: ['snapshotDate', 'sku', 'asin', 'available'],
  // prettier-ignore
  known: [
    'fnsku', 'product-name', 'healthy-inventory-level', 'DEPRECATED healthy-inventory-level',
    'qty-to-be-charged-ltsf-11-mo', 'projected-ltsf-11-mo', 'qty-to-be-charged-ltsf-12-mo', 'product-group',
    'sales-rank', 'no-sale-last-6-months', 'Last updated date for Historical Days of Supply',
    'Short term historical days of supply', 'Long term historical days of supply', 'Inventory Supply at FBA',
    'Reserved FC Processing', 'Reserved Customer Order', 'Reserved Staging', 'supplier',
    'Fulfillment Service and Programs', ...AIS_COST, ...AIS_UNITS,
  ],
};

function start(context: IngestContext, header: readonly string[]): FileConverter {
  const c = resolveColumns(header, FIELDS);
  const sku = c.sku as string;
  const has = new Set(header);
  const aisCost = AIS_COST.filter((name) => has.has(name));
  const aisUnits = AIS_UNITS.filter((name) => has.has(name));
  const buckets = lotBuckets((field) => c[field] !== null);
  const book = new ProductBook(context);
  const marketplaces = new RowMarketplaces(book, { named: c.marketplace, currency: c.currency, sku });
  const snapshots = new SnapshotCounter();
  const offers = new Map<string, OfferFact>();

  async function convert(row: Row, sink: FactSink): Promise<void> {
    const id = requiredText(row, sku);
    const marketplace = marketplaces.of(row, id);
    if (marketplace === null || marketplace === 'skip' || id === '') return;
    const currency = marketplaceInfo(marketplace).currency;
    const q = (field: Field) => quantity(row, c[field], true);
    const m = (field: Field) => money(row, c[field], currency);
    const n = (field: Field) => decimal(row, c[field]);
    const s = (field: Field) => text(row, c[field]);
    const d = (field: Field) => day(row, c[field], marketplace);
    const at = instant(row, c.snapshotDate, marketplace) ?? 0;
    const sum = (columns: readonly string[], read: (column: string) => number | null) => {
      const values = columns.map(read).filter((v): v is number => v !== null);
      return values.length === 0 ? null : values.reduce((a, b) => a + b, 0);
    };
    const fact: PlanningRowFact = {
      sku: id,
      asin: requiredText(row, c.asin as string),
      marketplace,
      at,
      condition: condition(row, c.condition),
      available: q('available') ?? 0,
      fcTransfer: q('fcTransfer'),
      pendingRemoval: q('pendingRemoval'),
      reserved: q('reserved'),
      unfulfillable: q('unfulfillable'),
      inbound: q('inbound'),
      inboundWorking: q('inboundWorking'),
      inboundShipped: q('inboundShipped'),
      inboundReceived: q('inboundReceived'),
      ageDay: d('ageDay'),
      age0To90: q('age0To90'),
      age91To180: q('age91To180'),
      age181To270: q('age181To270'),
      age271To365: q('age271To365'),
      age365Plus: q('age365Plus'),
      age366To455: q('age366To455'),
      age456Plus: q('age456Plus'),
      age0To30: q('age0To30'),
      age31To60: q('age31To60'),
      age61To90: q('age61To90'),
      age181To330: q('age181To330'),
      age331To365: q('age331To365'),
      unitsShippedT7: q('unitsShippedT7'),
      unitsShippedT30: q('unitsShippedT30'),
      unitsShippedT60: q('unitsShippedT60'),
      unitsShippedT90: q('unitsShippedT90'),
      salesShippedT7: m('salesShippedT7'),
      salesShippedT30: m('salesShippedT30'),
      salesShippedT60: m('salesShippedT60'),
      salesShippedT90: m('salesShippedT90'),
      yourPrice: m('yourPrice'),
      salesPrice: m('salesPrice'),
      lowestPriceNew: m('lowestPriceNew'),
      lowestPriceUsed: m('lowestPriceUsed'),
      featuredOfferPrice: m('featuredOfferPrice'),
      alert: s('alert'),
      recommendedAction: s('recommendedAction'),
      recommendedSalesPrice: m('recommendedSalesPrice'),
      recommendedSaleDurationDays: quantity(row, c.recommendedSaleDurationDays),
      recommendedRemovalQuantity: q('recommendedRemovalQuantity'),
      estimatedCostSavings: m('estimatedCostSavings'),
      sellThrough: n('sellThrough'),
      itemVolume: n('itemVolume'),
      volumeUnit: s('volumeUnit'),
      storageType: s('storageType'),
      storageVolume: n('storageVolume'),
      daysOfSupply: n('daysOfSupply'),
      estimatedExcessQuantity: q('estimatedExcessQuantity'),
      weeksOfCoverT30: n('weeksOfCoverT30'),
      weeksOfCoverT90: n('weeksOfCoverT90'),
      estimatedStorageCostNextMonth: m('estimatedStorageCostNextMonth'),
      estimatedAis: sum(aisCost, (column) => money(row, column, currency)),
      aisChargedUnits: sum(aisUnits, (column) => quantity(row, column)),
      estimatedLtsfNextCharge: m('estimatedLtsfNextCharge'),
      historicalDaysOfSupply: n('historicalDaysOfSupply'),
      totalDaysOfSupply: n('totalDaysOfSupply'),
      fbaMinimumInventoryLevel: q('fbaMinimumInventoryLevel'),
      inventoryLevelHealth: s('inventoryLevelHealth'),
      recommendedShipInQuantity: q('recommendedShipInQuantity'),
      recommendedShipInDay: d('recommendedShipInDay'),
      lowInventoryFeeExempt: yesNo(row, c.lowInventoryFeeExempt),
      lowInventoryFeeApplied: yesNo(row, c.lowInventoryFeeApplied),
      seasonalNext3Months: yesNo(row, c.seasonalNext3Months),
      seasonName: s('seasonName'),
      seasonStartDay: d('seasonStartDay'),
      seasonEndDay: d('seasonEndDay'),
    };
    if (cell(row, c.snapshotDate) === '') row.fail(c.snapshotDate, INGEST.IMPORT_REQUIRED);
    book.ensure(
      row,
      { sku, asin: c.asin },
      {
        sku: id,
        asin: text(row, c.asin),
        marketplace,
        condition: fact.condition,
        at,
        unitCubicFeet: cubicFeet(fact.itemVolume, fact.volumeUnit),
      },
    );
    if (row.failed) return;
    sink.add('planning_rows', fact);
    snapshots.count('planning_rows', marketplace, at);
    // A lots snapshot already known at this instant (exact received dates, e.g. from lots.csv) is kept.
    if (buckets && !(await context.hasFactsAt('lots', marketplace, id, at))) {
      for (const lot of ageLots(fact, buckets)) sink.add('lots', lot);
    }
    if (fact.lowestPriceNew !== null && fact.lowestPriceNew > 0) {
      // One offer per ASIN and snapshot, whatever the number of its SKUs: the lowest price any row gives.
      const key = `${marketplace}|${fact.asin}|${at}`;
      const seen = offers.get(key);
      if (!seen || fact.lowestPriceNew < seen.price) {
        offers.set(key, {
          asin: fact.asin,
          marketplace,
          at,
          seller: 'lowest-new',
          condition: 'new',
          price: fact.lowestPriceNew,
          buyBox: false,
        });
      }
    }
    await priceChange(context, sink, { sku: id, marketplace, at, price: fact.yourPrice });
  }

  return {
    row: (row, sink) => book.withSku(row.raw(sku), () => convert(row, sink)),
    finish(sink) {
      for (const offer of offers.values()) sink.add('offers', offer);
      const warnings: Issue[] = [...book.finish(sink), ...marketplaces.warnings()];
      if (!buckets) warnings.push({ line: null, column: null, code: AMAZON.IMPORT_AMAZON_NO_AGE_LOTS, values: {} });
      return { warnings, snapshots: snapshots.snapshots };
    },
  };
}

export const PLANNING_READER: Reader = {
  kind: 'amazon_inventory_planning',
  rank: 2,
  unquoted: true,
  fit: (header) => fitReport(header, PLANNING_COLUMNS),
  start,
};
