// Fact kinds read from Amazon's own reports (AMAZON-REPORTS.md B.1, B.2, B.4): inventory snapshots
// (Manage Inventory), planning rows (FBA Inventory planning) and restock rows (Restock Inventory). They
// keep Amazon's figures as reported, including its recommendations, so answers can show them beside
// clearway's own. Re-exported by facts.ts (FactsByKind).
import type { Condition, Instant, LocalDay, Minor } from './facts.js';
import type { Marketplace } from './marketplace.js';

/**
 * An FBA Manage Inventory (MYI) snapshot of one SKU at `at` (key marketplace + sku + at). Quantities
 * are Amazon's; `null` where the report's variant has no such column (the legacy 18-column header has
 * no researching or future-supply columns). `total` includes inbound (Amazon's afn-total-quantity).
 */
export interface InventorySnapshotFact {
  readonly sku: string;
  readonly asin: string;
  readonly marketplace: Marketplace;
  readonly at: Instant;
  readonly condition: Condition;
  readonly fulfillable: number;
  readonly reserved: number;
  readonly unsellable: number;
  readonly warehouse: number | null;
  readonly total: number | null;
  readonly inboundWorking: number;
  readonly inboundShipped: number;
  readonly inboundReceiving: number;
  readonly researching: number | null;
  /** In-Stock Head Start / future supply (afn-reserved-future-supply, afn-future-supply-buyable). */
  readonly reservedFutureSupply: number | null;
  readonly futureSupplyBuyable: number | null;
  readonly fcTransfer: number | null;
  readonly mfnFulfillable: number | null;
  /** The seller's price in the report, marketplace currency. */
  readonly yourPrice: Minor | null;
  /** Volume of one unit in `volumeUnit` (per-unit-volume). */
  readonly unitVolume: number | null;
  readonly volumeUnit: string | null;
  /** The report it came from ('amazon_myi'). */
  readonly source: string;
}

/**
 * One row of Amazon's FBA Inventory planning report (GET_FBA_INVENTORY_PLANNING_DATA) at its
 * snapshot-date (key marketplace + sku + at): stock by age bucket, sales, and Amazon's own
 * recommendations and estimated costs, kept to show beside clearway's. `null`: not in this variant.
 * Money in the marketplace currency; age buckets in units; `…Day` fields are local days.
 */
export interface PlanningRowFact {
  readonly sku: string;
  readonly asin: string;
  readonly marketplace: Marketplace;
  readonly at: Instant;
  readonly condition: Condition;
  readonly available: number;
  readonly fcTransfer: number | null;
  readonly pendingRemoval: number | null;
  readonly reserved: number | null;
  readonly unfulfillable: number | null;
  readonly inbound: number | null;
  readonly inboundWorking: number | null;
  readonly inboundShipped: number | null;
  readonly inboundReceived: number | null;
  /** The day the age buckets were counted (Inventory age snapshot date; EU: two days behind). */
  readonly ageDay: LocalDay | null;
  readonly age0To90: number | null;
  readonly age91To180: number | null;
  readonly age181To270: number | null;
  readonly age271To365: number | null;
  /** The 2022–2025 open bucket; the 2026 header splits it into 366–455 and 456+. */
  readonly age365Plus: number | null;
  readonly age366To455: number | null;
  readonly age456Plus: number | null;
  readonly age0To30: number | null;
  readonly age31To60: number | null;
  readonly age61To90: number | null;
  readonly age181To330: number | null;
  readonly age331To365: number | null;
  readonly unitsShippedT7: number | null;
  readonly unitsShippedT30: number | null;
  readonly unitsShippedT60: number | null;
  readonly unitsShippedT90: number | null;
  readonly salesShippedT7: Minor | null;
  readonly salesShippedT30: Minor | null;
  readonly salesShippedT60: Minor | null;
  readonly salesShippedT90: Minor | null;
  readonly yourPrice: Minor | null;
  readonly salesPrice: Minor | null;
  readonly lowestPriceNew: Minor | null;
  readonly lowestPriceUsed: Minor | null;
  readonly featuredOfferPrice: Minor | null;
  readonly alert: string | null;
  readonly recommendedAction: string | null;
  readonly recommendedSalesPrice: Minor | null;
  readonly recommendedSaleDurationDays: number | null;
  readonly recommendedRemovalQuantity: number | null;
  readonly estimatedCostSavings: Minor | null;
  readonly sellThrough: number | null;
  readonly itemVolume: number | null;
  readonly volumeUnit: string | null;
  readonly storageType: string | null;
  readonly storageVolume: number | null;
  readonly daysOfSupply: number | null;
  readonly estimatedExcessQuantity: number | null;
  readonly weeksOfCoverT30: number | null;
  readonly weeksOfCoverT90: number | null;
  readonly estimatedStorageCostNextMonth: Minor | null;
  /** Sum of the estimated-ais-* tiers, and of the quantity-to-be-charged-ais-* tiers. */
  readonly estimatedAis: Minor | null;
  readonly aisChargedUnits: number | null;
  /** 2022 long-term storage fee estimate (estimated-ltsf-next-charge). */
  readonly estimatedLtsfNextCharge: Minor | null;
  readonly historicalDaysOfSupply: number | null;
  readonly totalDaysOfSupply: number | null;
  readonly fbaMinimumInventoryLevel: number | null;
  readonly inventoryLevelHealth: string | null;
  readonly recommendedShipInQuantity: number | null;
  readonly recommendedShipInDay: LocalDay | null;
  readonly lowInventoryFeeExempt: boolean | null;
  readonly lowInventoryFeeApplied: boolean | null;
  readonly seasonalNext3Months: boolean | null;
  readonly seasonName: string | null;
  readonly seasonStartDay: LocalDay | null;
  readonly seasonEndDay: LocalDay | null;
}

/**
 * One row of Amazon's Restock Inventory report (key marketplace + sku + at; `at` is the import's
 * instant: the report has no date). Amazon's recommendation is kept for comparison with RPL.
 */
export interface RestockRowFact {
  readonly sku: string;
  readonly asin: string;
  readonly marketplace: Marketplace;
  readonly at: Instant;
  readonly condition: Condition;
  readonly price: Minor | null;
  readonly salesLast30Days: Minor | null;
  readonly unitsSoldLast30Days: number | null;
  readonly totalUnits: number | null;
  readonly inbound: number | null;
  readonly available: number | null;
  readonly fcTransfer: number | null;
  readonly fcProcessing: number | null;
  readonly customerOrder: number | null;
  readonly unfulfillable: number | null;
  readonly working: number | null;
  readonly shipped: number | null;
  readonly receiving: number | null;
  readonly fulfilledBy: string | null;
  readonly totalDaysOfSupply: number | null;
  readonly daysOfSupplyAtAmazon: number | null;
  readonly alert: string | null;
  readonly recommendedQuantity: number | null;
  readonly recommendedShipDay: LocalDay | null;
  readonly recommendedAction: string | null;
  readonly unitStorageSize: string | null;
  readonly supplier: string | null;
}
