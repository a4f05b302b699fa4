// The JSON documents of `clearway order|shipment|ishs …` and their HTTP routes, as zod schemas (the CLI
// prints them with --json; the API returns them and publishes them in its OpenAPI document). Money is a
// decimal string beside `currency`; instants ISO-8601 with the marketplace offset; days YYYY-MM-DD.
import { z } from 'zod';
import { CARRIER_PROGRAMS, PROMISE_SOURCES } from '../../core/catalog/facts.js';
import { MARKETPLACES } from '../../core/catalog/marketplace.js';
import { CURRENCIES } from '../../core/money/money.js';
import { IsoInstant, IssueDoc, Money } from '../pricing-documents.js';

const Day = z.string().describe('Local day YYYY-MM-DD in the marketplace zone');
const Source = z.enum(PROMISE_SOURCES).describe('on_hand, ishs (against an inbound shipment) or presale');

export const AllocationDoc = z.object({
  orderId: z.string(),
  sku: z.string(),
  units: z.number().int(),
  at: IsoInstant.describe('When the units were allocated'),
  source: Source,
  sourceId: z.string().nullable(),
  promisedDelivery: Day.nullable(),
});
export type AllocationDoc = z.infer<typeof AllocationDoc>;

export const CancellationDoc = z.object({
  orderId: z.string(),
  sku: z.string(),
  units: z.number().int(),
  at: IsoInstant,
  source: Source,
  sourceId: z.string().nullable(),
  reason: z.string().describe('Machine code, e.g. PRESALE_COVER_SHRANK'),
  rule: z.string(),
  message: z.string(),
  messageZh: z.string(),
  refund: Money.describe('What the buyer paid, refunded'),
  currency: z.enum(CURRENCIES),
});
export type CancellationDoc = z.infer<typeof CancellationDoc>;

export const SettledDoc = z
  .object({ allocated: z.array(AllocationDoc), cancelled: z.array(CancellationDoc) })
  .describe('What bringing the SKU up to date did first (arrivals allocated, cover that shrank)');
export type SettledDoc = z.infer<typeof SettledDoc>;

export const PlacedOrderDoc = z.object({
  orderId: z.string(),
  source: Source,
  sourceId: z.string().nullable().describe('Shipment (ishs) or pre-sale campaign (presale)'),
  basePrice: Money,
  unitPrice: Money.describe('What the buyer pays per unit'),
  total: Money,
  paid: Money.describe('Paid now: the total, or the deposit of a pre-order'),
  promotionIds: z.array(z.string()),
  inStockDay: Day.nullable().describe('ISHS-2 estimated in-stock day (ishs)'),
  releaseDay: Day.nullable().describe('Expected release day (presale)'),
  promisedDelivery: Day,
});
export type PlacedOrderDoc = z.infer<typeof PlacedOrderDoc>;

export const OrderDoc = z
  .object({
    ok: z.boolean(),
    asin: z.string(),
    sku: z.string(),
    marketplace: z.enum(MARKETPLACES),
    at: IsoInstant,
    units: z.number().int(),
    prime: z.boolean(),
    currency: z.enum(CURRENCIES),
    order: PlacedOrderDoc.nullable().describe('The order recorded; null when refused'),
    errors: z.array(IssueDoc).describe('Why the order was refused (each with its rule)'),
    settled: SettledDoc,
  })
  .describe('A buyer order accepted (from stock on hand, In-Stock Head Start or a live pre-sale) or refused');
export type OrderDoc = z.infer<typeof OrderDoc>;

export const MoveDoc = z.object({
  orderId: z.string(),
  sku: z.string(),
  units: z.number().int(),
  prime: z.boolean(),
  oldInStockDay: Day.nullable(),
  newInStockDay: Day.nullable(),
  oldPromise: Day.nullable(),
  newPromise: Day.nullable(),
});
export type MoveDoc = z.infer<typeof MoveDoc>;

export const EtaUpdateDoc = z
  .object({
    shipmentId: z.string(),
    marketplace: z.enum(MARKETPLACES),
    at: IsoInstant,
    previousEta: IsoInstant.nullable(),
    eta: IsoInstant,
    lines: z.array(
      z.object({
        sku: z.string(),
        units: z.number().int(),
        previousInStockDay: Day.nullable(),
        inStockDay: Day,
        slips: z.number().int().describe('Times the ETA has moved later'),
        confident: z.boolean().describe('ISHS-3: new orders may still be promised against it'),
        withheld: z.array(IssueDoc),
      }),
    ),
    moved: z.array(MoveDoc).describe('ISHS-2: every open order whose promise moved, old and new'),
    cancelled: z.array(CancellationDoc).describe('PRE-2: pre-orders the delay left without cover'),
  })
  .describe('A shipment ETA change and the promises it moved');
export type EtaUpdateDoc = z.infer<typeof EtaUpdateDoc>;

export const ReceiveDoc = z
  .object({
    shipmentId: z.string(),
    marketplace: z.enum(MARKETPLACES),
    at: IsoInstant,
    lines: z.array(z.object({ sku: z.string(), expectedUnits: z.number().int(), receivedUnits: z.number().int() })),
    allocated: z.array(AllocationDoc).describe('ISHS-2: orders served first, first come first served'),
    cancelled: z.array(CancellationDoc),
  })
  .describe('A shipment received and its units allocated');
export type ReceiveDoc = z.infer<typeof ReceiveDoc>;

export const ShipmentStatusDoc = z.object({
  shipmentId: z.string(),
  sku: z.string(),
  units: z.number().int(),
  carrierProgram: z.enum(CARRIER_PROGRAMS),
  created: IsoInstant,
  shipped: IsoInstant.nullable(),
  eta: IsoInstant.nullable(),
  slips: z.number().int(),
  inStockDay: Day.nullable(),
  qualifies: z.boolean(),
  confident: z.boolean(),
  reasons: z.array(IssueDoc),
  cap: z.number().int(),
  promised: z.number().int(),
  room: z.number().int().describe('Units that may still be promised against it'),
});
export type ShipmentStatusDoc = z.infer<typeof ShipmentStatusDoc>;

export const IshsStatusDoc = z
  .object({
    at: IsoInstant,
    marketplaces: z.array(
      z.object({
        marketplace: z.enum(MARKETPLACES),
        state: z.enum(['never', 'enrolled', 'opt_out_pending', 'opted_out']),
        enrolledSince: IsoInstant.nullable(),
        optOutRequested: IsoInstant.nullable(),
        optOutConfirmed: IsoInstant.nullable(),
        qualifyingCreatedUntil: IsoInstant.nullable().describe('ISHS-4: shipments created later do not qualify'),
        shipments: z.array(ShipmentStatusDoc).describe('Inbound shipments not yet received'),
      }),
    ),
  })
  .describe('In-Stock Head Start enrolment and inbound shipments');
export type IshsStatusDoc = z.infer<typeof IshsStatusDoc>;

export const ReconcileDoc = z
  .object({
    at: IsoInstant,
    rows: z.array(
      z.object({
        sku: z.string(),
        asin: z.string(),
        marketplace: z.enum(MARKETPLACES),
        onHand: z.number().int(),
        inbound: z.number().int(),
        promisedAgainstInbound: z.number().int(),
        preorders: z.number().int(),
        available: z.number().int().describe('ISHS-5: on hand + inbound − promised'),
        freeOnHand: z.number().int(),
        myi: z
          .object({
            at: IsoInstant,
            reservedFutureSupply: z.number().int().nullable(),
            futureSupplyBuyable: z.number().int().nullable(),
            onHand: z.number().int(),
            inbound: z.number().int(),
          })
          .nullable()
          .describe("Amazon's Manage Inventory future-supply columns (latest snapshot)"),
      }),
    ),
  })
  .describe('ISHS-5 reconciliation per SKU');
export type ReconcileDoc = z.infer<typeof ReconcileDoc>;

export const IshsEnrollmentDoc = IshsStatusDoc.extend({
  ok: z.boolean(),
  errors: z.array(IssueDoc).describe('Why the opt-out was refused (ISHS-4)'),
}).describe('In-Stock Head Start enrolment or opt-out, and the status after it');
export type IshsEnrollmentDoc = z.infer<typeof IshsEnrollmentDoc>;
