// Sample facts of the In-Stock Head Start and pre-sale kinds (core/catalog/ishs-presale-facts.ts) for the
// store suite: every nullable field both null and set, both booleans, every JSON list empty and not.
import type {
  IshsEnrollmentFact,
  PresaleCampaignFact,
  PresaleEventFact,
  PromiseFact,
  ShipmentEtaChangeFact,
} from '../../core/catalog/facts.js';

const DAY = 86_400_000;

export function sampleIshsPresaleFacts(t0: number): {
  ishs_enrollment: IshsEnrollmentFact[];
  shipment_eta_changes: ShipmentEtaChangeFact[];
  promises: PromiseFact[];
  presale_campaigns: PresaleCampaignFact[];
  presale_events: PresaleEventFact[];
} {
  const placed: PromiseFact = {
    orderId: 'CW-1',
    sku: 'SKU-1',
    marketplace: 'US',
    at: t0,
    event: 'placed',
    source: 'ishs',
    sourceId: 'FBA-1',
    units: 2,
    basePrice: 2999,
    unitPrice: 2699,
    currency: 'USD',
    promotionIds: ['C-1'],
    prime: true,
    paid: 5398,
    promisedDelivery: '2025-01-22',
    reason: null,
  };
  return {
    ishs_enrollment: [
      { marketplace: 'US', at: t0, action: 'enroll' },
      { marketplace: 'US', at: t0 + DAY, action: 'opt_out' },
      { marketplace: 'US', at: t0 + 2 * DAY, action: 'opt_out_confirmed' },
    ],
    shipment_eta_changes: [
      { shipmentId: 'FBA-1', marketplace: 'US', at: t0, previousEta: null, eta: t0 + 5 * DAY },
      { shipmentId: 'FBA-1', marketplace: 'US', at: t0 + DAY, previousEta: t0 + 5 * DAY, eta: t0 + 8 * DAY },
    ],
    promises: [
      placed,
      { ...placed, event: 'cancelled', at: t0 + DAY, reason: 'ISHS_SHORT_RECEIPT', promisedDelivery: null },
      {
        ...placed,
        orderId: 'CW-2',
        source: 'on_hand',
        sourceId: null,
        promotionIds: [],
        prime: false,
        event: 'allocated',
      },
    ],
    presale_campaigns: [
      {
        id: 'PS-1',
        sku: 'SKU-1',
        marketplace: 'US',
        at: t0,
        start: t0 + DAY,
        end: t0 + 15 * DAY,
        price: 3499,
        unitsOffered: 50,
        paymentMode: 'deposit',
        deposit: 500,
        releaseAt: t0 + 20 * DAY,
        returnPolicy: '30-day returns',
      },
      {
        id: 'PS-2',
        sku: 'SKU-2',
        marketplace: 'DE',
        at: t0,
        start: t0 + DAY,
        end: t0 + 5 * DAY,
        price: 1999,
        unitsOffered: 10,
        paymentMode: 'full',
        deposit: null,
        releaseAt: t0 + 6 * DAY,
        returnPolicy: null,
      },
    ],
    presale_events: [
      { campaignId: 'PS-1', sku: 'SKU-1', marketplace: 'US', at: t0, type: 'submitted', reasons: [] },
      {
        campaignId: 'PS-2',
        sku: 'SKU-2',
        marketplace: 'DE',
        at: t0,
        type: 'rejected',
        reasons: ['PRESALE_NO_RETURN_POLICY', 'operator: too short'],
      },
    ],
  };
}
