// Fact kinds of In-Stock Head Start (ISHS-1..ISHS-6) and pre-sale campaigns (PRE-1..PRE-3), recorded by
// clearway's own commands (`clearway ishs|shipment|order|presale …`), append-only: enrolment events, the
// ETA history of inbound shipments, the promise log of buyer orders placed through clearway, pre-sale
// campaigns and their lifecycle events. Re-exported by facts.ts (FactsByKind).
import type { Instant, LocalDay, Minor } from './facts.js';
import type { Marketplace } from './marketplace.js';
import type { Currency } from '../money/money.js';

export const ISHS_ENROLLMENT_ACTIONS = ['enroll', 'opt_out', 'opt_out_confirmed'] as const;
export type IshsEnrollmentAction = (typeof ISHS_ENROLLMENT_ACTIONS)[number];

/**
 * ISHS-1/ISHS-4: the account enrols in In-Stock Head Start on a marketplace, asks to opt out, and Amazon
 * confirms the opt-out (the 72-hour rule counts from the confirmation). Key: marketplace + at + action.
 */
export interface IshsEnrollmentFact {
  readonly marketplace: Marketplace;
  readonly at: Instant;
  readonly action: IshsEnrollmentAction;
}

/**
 * ISHS-2: the carrier ETA of an inbound shipment changed at `at` (key shipmentId + at). The shipments
 * row holds the latest ETA only (it is keyed, so an update replaces it); this log keeps every ETA, so the
 * estimate and every promise can be recomputed as of any instant.
 */
export interface ShipmentEtaChangeFact {
  readonly shipmentId: string;
  readonly marketplace: Marketplace;
  readonly at: Instant;
  /** The ETA before the change (null when there was none). */
  readonly previousEta: Instant | null;
  readonly eta: Instant;
}

export const PROMISE_EVENTS = ['placed', 'allocated', 'cancelled'] as const;
export type PromiseEvent = (typeof PROMISE_EVENTS)[number];

/** Where the units of a buyer order come from: stock on hand, an inbound shipment (ISHS), a pre-sale. */
export const PROMISE_SOURCES = ['on_hand', 'ishs', 'presale'] as const;
export type PromiseSource = (typeof PROMISE_SOURCES)[number];

/**
 * One event of a buyer order placed through clearway (key orderId + event): `placed` (accepted, with
 * its source and the promise made then), `allocated` (units assigned: at once from stock on hand, on
 * the shipment's arrival for ISHS, at release for a pre-order — the `orders` fact is written then, so
 * DEC-1 on-hand stays exact), `cancelled` (with the reason code; the amount paid is refunded).
 */
export interface PromiseFact {
  readonly orderId: string;
  readonly sku: string;
  readonly marketplace: Marketplace;
  readonly at: Instant;
  readonly event: PromiseEvent;
  readonly source: PromiseSource;
  /** The shipment (ishs) or campaign (presale) the order is promised against; null for on_hand. */
  readonly sourceId: string | null;
  readonly units: number;
  /** The standard price per unit when placed (the quote's base, or the pre-sale price). */
  readonly basePrice: Minor;
  /** What the buyer pays per unit (the quote's net price, or the pre-sale price). */
  readonly unitPrice: Minor;
  readonly currency: Currency;
  /** Promotions applied when placed (the quote's stack; the campaign for a pre-order). */
  readonly promotionIds: readonly string[];
  readonly prime: boolean;
  /** Amount paid when placed (deposit or full price × units); refunded on cancellation. */
  readonly paid: Minor;
  /** The delivery day promised when placed (later promises are recomputed from the ETA history). */
  readonly promisedDelivery: LocalDay | null;
  /** Reason code of a cancellation; null otherwise. */
  readonly reason: string | null;
}

export const PAYMENT_MODES = ['deposit', 'full'] as const;
export type PaymentMode = (typeof PAYMENT_MODES)[number];

/** PRE-1: a pre-sale campaign as created (DRAFT); its lifecycle is in presale_events. Key: id. */
export interface PresaleCampaignFact {
  readonly id: string;
  readonly sku: string;
  readonly marketplace: Marketplace;
  /** When the campaign was created. */
  readonly at: Instant;
  readonly start: Instant;
  readonly end: Instant;
  /** Pre-sale price per unit, marketplace currency. */
  readonly price: Minor;
  /** Units offered: the cap on pre-ordered units. */
  readonly unitsOffered: number;
  readonly paymentMode: PaymentMode;
  /** Deposit per unit (paymentMode deposit), else null. */
  readonly deposit: Minor | null;
  /** Expected release (ship) instant. */
  readonly releaseAt: Instant;
  /** Return/exchange policy text; null when none is stated (PRE-2 review rejects it). */
  readonly returnPolicy: string | null;
}

export const PRESALE_EVENT_TYPES = ['submitted', 'approved', 'rejected', 'released'] as const;
export type PresaleEventType = (typeof PRESALE_EVENT_TYPES)[number];

/** PRE-2: one lifecycle event of a campaign (key campaignId + type); reasons of a rejection. */
export interface PresaleEventFact {
  readonly campaignId: string;
  readonly sku: string;
  readonly marketplace: Marketplace;
  readonly at: Instant;
  readonly type: PresaleEventType;
  readonly reasons: readonly string[];
}

/** The kinds above: recorded by clearway's own commands only (no CSV fact file, no Amazon report). */
export type CommandRecordedKind =
  'ishs_enrollment' | 'shipment_eta_changes' | 'promises' | 'presale_campaigns' | 'presale_events';
