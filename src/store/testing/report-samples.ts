// Sample facts of the Amazon report kinds (inventory_snapshots, planning_rows, restock_rows) for the
// store suite: one row with every field set, one with every nullable field null.
import type { InventorySnapshotFact, PlanningRowFact, RestockRowFact } from '../../core/catalog/facts.js';

const DAY = 86_400_000;

/** Every nullable field of a fact type set to null (the rest from `base`). */
function nulled<T extends object>(base: T, keep: readonly (keyof T)[]): T {
  const out = { ...base } as Record<string, unknown>;
  for (const key of Object.keys(out)) if (!keep.includes(key as keyof T)) out[key] = null;
  return out as T;
}

const HEAD = ['sku', 'asin', 'marketplace', 'at', 'condition'] as const;

export function sampleReportFacts(t0: number): {
  inventory_snapshots: InventorySnapshotFact[];
  planning_rows: PlanningRowFact[];
  restock_rows: RestockRowFact[];
} {
  const snapshot: InventorySnapshotFact = {
    sku: 'SKU-1',
    asin: 'B000000001',
    marketplace: 'US',
    at: t0,
    condition: 'new',
    fulfillable: 40,
    reserved: 3,
    unsellable: 1,
    warehouse: 44,
    total: 59,
    inboundWorking: 7,
    inboundShipped: 8,
    inboundReceiving: 0,
    researching: 2,
    reservedFutureSupply: 5,
    futureSupplyBuyable: 4,
    fcTransfer: 1,
    mfnFulfillable: 0,
    yourPrice: 2499,
    unitVolume: 0.125,
    volumeUnit: 'cubic feet',
    source: 'amazon_myi',
  };
  const planning: PlanningRowFact = {
    sku: 'SKU-1',
    asin: 'B000000001',
    marketplace: 'US',
    at: t0,
    condition: 'new',
    available: 40,
    fcTransfer: 1,
    pendingRemoval: 0,
    reserved: 3,
    unfulfillable: 1,
    inbound: 15,
    inboundWorking: 7,
    inboundShipped: 8,
    inboundReceived: 0,
    ageDay: '2025-01-13',
    age0To90: 20,
    age91To180: 10,
    age181To270: 5,
    age271To365: 3,
    age365Plus: null,
    age366To455: 1,
    age456Plus: 1,
    age0To30: 5,
    age31To60: 7,
    age61To90: 8,
    age181To330: 7,
    age331To365: 1,
    unitsShippedT7: 3,
    unitsShippedT30: 12,
    unitsShippedT60: 25,
    unitsShippedT90: 40,
    salesShippedT7: 7497,
    salesShippedT30: 29_988,
    salesShippedT60: 62_475,
    salesShippedT90: 99_960,
    yourPrice: 2499,
    salesPrice: 2299,
    lowestPriceNew: 2399,
    lowestPriceUsed: 1899,
    featuredOfferPrice: 2449,
    alert: 'low-traffic',
    recommendedAction: 'CreateSale',
    recommendedSalesPrice: 1999,
    recommendedSaleDurationDays: 14,
    recommendedRemovalQuantity: 0,
    estimatedCostSavings: 1234,
    sellThrough: 0.45,
    itemVolume: 0.125,
    volumeUnit: 'cubic feet',
    storageType: 'Standard',
    storageVolume: 5.5,
    daysOfSupply: 101.5,
    estimatedExcessQuantity: 9,
    weeksOfCoverT30: 14.3,
    weeksOfCoverT90: 11.2,
    estimatedStorageCostNextMonth: 429,
    estimatedAis: 9_007_199_254_740_991,
    aisChargedUnits: 5,
    estimatedLtsfNextCharge: 0,
    historicalDaysOfSupply: 88.25,
    totalDaysOfSupply: 120,
    fbaMinimumInventoryLevel: 12,
    inventoryLevelHealth: 'Healthy',
    recommendedShipInQuantity: 0,
    recommendedShipInDay: '2025-02-01',
    lowInventoryFeeExempt: true,
    lowInventoryFeeApplied: false,
    seasonalNext3Months: false,
    seasonName: 'Winter',
    seasonStartDay: '2025-11-01',
    seasonEndDay: '2026-01-31',
  };
  const restock: RestockRowFact = {
    sku: 'SKU-1',
    asin: 'B000000001',
    marketplace: 'UK',
    at: t0,
    condition: 'new',
    price: 999,
    salesLast30Days: 24_500,
    unitsSoldLast30Days: 24,
    totalUnits: 5,
    inbound: 10,
    available: 5,
    fcTransfer: 0,
    fcProcessing: 0,
    customerOrder: 0,
    unfulfillable: 0,
    working: 10,
    shipped: 0,
    receiving: 0,
    fulfilledBy: 'Amazon',
    totalDaysOfSupply: 15,
    daysOfSupplyAtAmazon: 10,
    alert: 'reorder_now',
    recommendedQuantity: 18,
    recommendedShipDay: '2026-07-07',
    recommendedAction: 'Reorder now',
    unitStorageSize: 'Small',
    supplier: 'ACME Ltd',
  };
  const fixed = ['fulfillable', 'reserved', 'unsellable', 'inboundWorking', 'inboundShipped', 'inboundReceiving'];
  return {
    inventory_snapshots: [
      snapshot,
      { ...nulled(snapshot, [...HEAD, ...(fixed as (keyof InventorySnapshotFact)[]), 'source']), at: t0 + DAY },
    ],
    planning_rows: [planning, { ...nulled(planning, [...HEAD, 'available']), sku: 'SKU-2', condition: 'used' }],
    restock_rows: [restock, { ...nulled(restock, HEAD), at: t0 + DAY }],
  };
}
