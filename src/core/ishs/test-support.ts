// Builders for the ISHS and pre-sale tests: stock books, shipments, promise-log entries, campaigns, and
// the US rule set's ishs/presale groups. Plain data, no randomness.
import type {
  Instant,
  PresaleCampaignFact,
  PresaleEventFact,
  PromiseFact,
  ShipmentEtaChangeFact,
  ShipmentFact,
} from '../catalog/facts.js';
import { parseInstant } from '../calendar/calendar.js';
import { ruleSetFor } from '../rules/rules.js';
import type { IshsRules, PresaleRules } from '../rules/schema.js';
import type { BookCommitment, BookShipment, StockBook } from './book.js';

export const LA = 'America/Los_Angeles';
export const DAY = 86_400_000;
export const HOUR = 3_600_000;
/** 2026-03-02T12:00 in Los Angeles (a Monday). */
export const T0: Instant = parseInstant('2026-03-02T12:00:00-08:00');

export function usIshs(at: Instant = T0): IshsRules {
  return ruleSetFor('US', at).ishs;
}

export function usPresale(at: Instant = T0): PresaleRules {
  return ruleSetFor('US', at).presale;
}

export function bookShipment(o: Partial<BookShipment> & { shipmentId: string; units: number }): BookShipment {
  return { inStockDay: '2026-03-10', qualifies: true, confident: true, issues: [], cap: o.units, ...o };
}

export function commitment(orderId: string, units: number, placedAt: number, sourceId: string): BookCommitment {
  return { orderId, units, placedAt, sourceId };
}

export function book(o: Partial<StockBook> = {}): StockBook {
  return { onHand: 0, shipments: [], ishs: [], campaign: null, preorders: [], ...o };
}

export function shipment(o: Partial<ShipmentFact> = {}): ShipmentFact {
  return {
    shipmentId: 'FBA-1',
    sku: 'MUG-1',
    marketplace: 'US',
    units: 100,
    carrierProgram: 'partnered_carrier',
    created: T0 - 5 * DAY,
    shipped: T0 - 4 * DAY,
    eta: T0 + 5 * DAY,
    received: null,
    ...o,
  };
}

export function etaChange(
  at: Instant,
  previousEta: Instant | null,
  eta: Instant,
  shipmentId = 'FBA-1',
): ShipmentEtaChangeFact {
  return { shipmentId, marketplace: 'US', at, previousEta, eta };
}

export function placed(o: Partial<PromiseFact> & { orderId: string }): PromiseFact {
  return {
    sku: 'MUG-1',
    marketplace: 'US',
    at: T0,
    event: 'placed',
    source: 'ishs',
    sourceId: 'FBA-1',
    units: 1,
    basePrice: 2000,
    unitPrice: 2000,
    currency: 'USD',
    promotionIds: [],
    prime: false,
    paid: 2000,
    promisedDelivery: null,
    reason: null,
    ...o,
  };
}

export function campaign(o: Partial<PresaleCampaignFact> = {}): PresaleCampaignFact {
  return {
    id: 'PS-1',
    sku: 'MUG-1',
    marketplace: 'US',
    at: T0,
    start: T0 + DAY,
    end: T0 + 11 * DAY,
    price: 3000,
    unitsOffered: 20,
    paymentMode: 'deposit',
    deposit: 500,
    releaseAt: T0 + 14 * DAY,
    returnPolicy: '30-day returns',
    ...o,
  };
}

export function presaleEvent(
  type: PresaleEventFact['type'],
  at: Instant,
  o: Partial<PresaleEventFact> = {},
): PresaleEventFact {
  return { campaignId: 'PS-1', sku: 'MUG-1', marketplace: 'US', at, type, reasons: [], ...o };
}
