// Fact builders for the tests of inventory-health/ and replenishment/: complete facts with plain
// defaults (SKU-1 on US), so a test states only what it is about. Products, orders and prices come
// from reference-prices/test-fixtures.ts.
import type {
  Instant,
  InventorySnapshotFact,
  LotFact,
  PlanningRowFact,
  RestockRowFact,
  ShipmentFact,
} from '../catalog/facts.js';
import type { Marketplace } from '../catalog/marketplace.js';
import { addDays, startOfLocalDay } from '../calendar/calendar.js';
import { ruleSetFor } from '../rules/rules.js';
import type { RuleSet } from '../rules/schema.js';

export { order, price, product } from '../reference-prices/test-fixtures.js';

export const LA = 'America/Los_Angeles';
/** Local midnight of a US day. */
export const day = (d: string): Instant => startOfLocalDay(d, LA);
/** Noon (LA) `n` days before the local day `d`. */
export const daysBefore = (d: string, n: number): Instant => day(addDays(d, -n)) + 12 * 3_600_000;
export const rulesAt = (mp: Marketplace, at: Instant): RuleSet => ruleSetFor(mp, at);

export function lot(at: Instant, received: Instant, units: number, over: Partial<LotFact> = {}): LotFact {
  return { sku: 'SKU-1', marketplace: 'US', at, received, units, ...over };
}

export function shipment(over: Partial<ShipmentFact> & Pick<ShipmentFact, 'created' | 'units'>): ShipmentFact {
  return {
    shipmentId: `FBA-${over.created}-${over.units}`,
    sku: 'SKU-1',
    marketplace: 'US',
    carrierProgram: 'other',
    shipped: null,
    eta: null,
    received: null,
    ...over,
  };
}

export function inventorySnapshot(at: Instant, over: Partial<InventorySnapshotFact> = {}): InventorySnapshotFact {
  return {
    sku: 'SKU-1',
    asin: 'B000TEST01',
    marketplace: 'US',
    at,
    condition: 'new',
    fulfillable: 0,
    reserved: 0,
    unsellable: 0,
    warehouse: null,
    total: null,
    inboundWorking: 0,
    inboundShipped: 0,
    inboundReceiving: 0,
    researching: null,
    reservedFutureSupply: null,
    futureSupplyBuyable: null,
    fcTransfer: null,
    mfnFulfillable: null,
    yourPrice: null,
    unitVolume: null,
    volumeUnit: null,
    source: 'amazon_myi',
    ...over,
  };
}

const NULL_PLANNING = {
  fcTransfer: null,
  pendingRemoval: null,
  reserved: null,
  unfulfillable: null,
  inbound: null,
  inboundWorking: null,
  inboundShipped: null,
  inboundReceived: null,
  ageDay: null,
  age0To90: null,
  age91To180: null,
  age181To270: null,
  age271To365: null,
  age365Plus: null,
  age366To455: null,
  age456Plus: null,
  age0To30: null,
  age31To60: null,
  age61To90: null,
  age181To330: null,
  age331To365: null,
  unitsShippedT7: null,
  unitsShippedT30: null,
  unitsShippedT60: null,
  unitsShippedT90: null,
  salesShippedT7: null,
  salesShippedT30: null,
  salesShippedT60: null,
  salesShippedT90: null,
  yourPrice: null,
  salesPrice: null,
  lowestPriceNew: null,
  lowestPriceUsed: null,
  featuredOfferPrice: null,
  alert: null,
  recommendedAction: null,
  recommendedSalesPrice: null,
  recommendedSaleDurationDays: null,
  recommendedRemovalQuantity: null,
  estimatedCostSavings: null,
  sellThrough: null,
  itemVolume: null,
  volumeUnit: null,
  storageType: null,
  storageVolume: null,
  daysOfSupply: null,
  estimatedExcessQuantity: null,
  weeksOfCoverT30: null,
  weeksOfCoverT90: null,
  estimatedStorageCostNextMonth: null,
  estimatedAis: null,
  aisChargedUnits: null,
  estimatedLtsfNextCharge: null,
  historicalDaysOfSupply: null,
  totalDaysOfSupply: null,
  fbaMinimumInventoryLevel: null,
  inventoryLevelHealth: null,
  recommendedShipInQuantity: null,
  recommendedShipInDay: null,
  lowInventoryFeeExempt: null,
  lowInventoryFeeApplied: null,
  seasonalNext3Months: null,
  seasonName: null,
  seasonStartDay: null,
  seasonEndDay: null,
} as const;

export function planningRow(at: Instant, over: Partial<PlanningRowFact> = {}): PlanningRowFact {
  return {
    sku: 'SKU-1',
    asin: 'B000TEST01',
    marketplace: 'US',
    at,
    condition: 'new',
    available: 0,
    ...NULL_PLANNING,
    ...over,
  };
}

export function restockRow(at: Instant, over: Partial<RestockRowFact> = {}): RestockRowFact {
  return {
    sku: 'SKU-1',
    asin: 'B000TEST01',
    marketplace: 'US',
    at,
    condition: 'new',
    price: null,
    salesLast30Days: null,
    unitsSoldLast30Days: null,
    totalUnits: null,
    inbound: null,
    available: null,
    fcTransfer: null,
    fcProcessing: null,
    customerOrder: null,
    unfulfillable: null,
    working: null,
    shipped: null,
    receiving: null,
    fulfilledBy: null,
    totalDaysOfSupply: null,
    daysOfSupplyAtAmazon: null,
    alert: null,
    recommendedQuantity: null,
    recommendedShipDay: null,
    recommendedAction: null,
    unitStorageSize: null,
    supplier: null,
    ...over,
  };
}
