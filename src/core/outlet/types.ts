// The shapes of the Outlet capability (OUT-1..OUT-13): the facts one ASIN's Outlet answers read, a
// deal's state (a fold of its events, lifecycle.ts), eligibility criteria and the answers of actions.
import type {
  Instant,
  LotFact,
  Minor,
  OfferFact,
  OutletEventFact,
  OutletKind,
  PriceFact,
  PricingRuleFact,
  PromotionFact,
  SellerFact,
  ShipmentFact,
} from '../catalog/facts.js';
import type { Marketplace } from '../catalog/marketplace.js';
import type { RuleIssue } from '../messages/messages.js';
import type { AsinFacts } from '../reference-prices/asin-facts.js';
import type { RuleSet } from '../rules/schema.js';

/** Everything the Outlet rules read about one ASIN on one marketplace of an account. */
export interface OutletFacts {
  /** Products, orders, price changes and promotions of all the seller's SKUs of the ASIN. */
  readonly facts: AsinFacts;
  /** The account's name: offers listed under it are the seller's own (OUT-10 Buy Box). */
  readonly account: string;
  /** Offers seen on the ASIN (snapshots). */
  readonly offers: readonly OfferFact[];
  /** Inventory snapshots of the ASIN's SKUs (DEC-1). */
  readonly lots: readonly LotFact[];
  /** Inbound shipments of the ASIN's SKUs (DEC-1 receipts; EXC-1 inbound). */
  readonly shipments: readonly ShipmentFact[];
  /** Seller account versions on the marketplace (OUT-1). */
  readonly seller: readonly SellerFact[];
  /** Automated pricing rule events of the ASIN's SKUs (OUT-9). */
  readonly pricingRules: readonly PricingRuleFact[];
  /** Outlet deal events of the ASIN's SKUs (OUT-7). */
  readonly events: readonly OutletEventFact[];
  /** The rule set in force at an instant; defaults to rules.ts ruleSetFor (tests may pass their own). */
  readonly rulesAt?: (at: Instant) => RuleSet;
}

export const DEAL_STATUSES = [
  'SUBMITTED',
  'APPROVED',
  'NOT_APPROVED',
  'RUNNING',
  'ENDED',
  'CANCELLED',
  'REMOVED',
] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

/** An Outlet deal as of an instant: the fold of its events (lifecycle.ts). */
export interface Deal {
  readonly id: string;
  readonly sku: string;
  readonly asin: string;
  readonly marketplace: Marketplace;
  readonly kind: OutletKind;
  readonly dealPrice: Minor;
  readonly status: DealStatus;
  readonly submittedAt: Instant;
  /** When the deal price was last set (submission or update): the base of OUT-10 "price changed". */
  readonly pricedAt: Instant;
  /** OUT-6: the automatic review happens here unless an operator decided before. */
  readonly reviewDeadline: Instant;
  readonly approvedAt: Instant | null;
  /** OUT-6: the actual start, else the scheduled one (first cycle start after approval or, while
   *  SUBMITTED, after the review deadline); null when the deal never got one (not approved). */
  readonly start: Instant | null;
  /** The actual end (ENDED, or the stop of a RUNNING deal), else the scheduled end; null with start. */
  readonly end: Instant | null;
  readonly startedAt: Instant | null;
  /** When the deal reached a terminal status. */
  readonly closedAt: Instant | null;
  /** Reason codes of the last decision (not approved, removed, cancelled). */
  readonly reasons: readonly string[];
  /** True when this deal's cancellation marked the account (OUT-9, OUT-10). */
  readonly flaggedAccount: boolean;
  /** The instant of the deal's latest event. */
  readonly lastEventAt: Instant;
}

/** One eligibility criterion (CONTRACT `outlet check`): its code, rule, the value found and the verdict. */
export interface Criterion {
  readonly code: string;
  readonly rule: string;
  readonly value: string | number | boolean | null | readonly string[];
  readonly ok: boolean;
  /** Values of the message (thresholds); the message itself is rendered from code + values. */
  readonly values: Readonly<Record<string, unknown>>;
}

/** OUT-4: the maximum deal price and what it was computed from. */
export interface MaxDealPrice {
  readonly max: Minor;
  readonly currentPrice: Minor;
  /** The lowest new-condition offer of any seller (own current price included). */
  readonly lowestOffer: Minor;
  /** The current price less the minimum discount, rounded down. */
  readonly reduced: Minor;
}

export interface Eligibility {
  readonly sku: string;
  readonly asin: string;
  readonly marketplace: Marketplace;
  readonly at: Instant;
  readonly eligible: boolean;
  readonly failed: readonly string[];
  readonly criteria: readonly Criterion[];
  readonly maxDealPrice: MaxDealPrice | null;
  readonly onHand: number;
  readonly agedUnits: number;
}

/** What a transition writes besides its events (OUT-9): automatic price facts tagged with the deal,
 *  and the deal as a promotion fact (so quotes, PR-6 and PM-7 see it as the direct price). */
export interface Recorded {
  readonly events: readonly OutletEventFact[];
  readonly prices: readonly PriceFact[];
  readonly promotions: readonly PromotionFact[];
}

/** The answer of a seller's or operator's action: accepted with what to record, or refused (GEN-4). */
export type ActionResult =
  | { readonly ok: true; readonly deal: Deal; readonly recorded: Recorded; readonly warnings: readonly RuleIssue[] }
  | {
      readonly ok: false;
      readonly deal: Deal | null;
      readonly errors: readonly RuleIssue[];
      readonly warnings: readonly RuleIssue[];
    };
