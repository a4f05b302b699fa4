// Loads what core/ishs needs about one SKU at an instant (its shipments and their ETA history, the
// account's enrolment on the marketplace, the SKU's promise log and pre-sale campaigns, DEC-1 on hand)
// and builds its position (core/ishs/sku-position.ts). One store round trip per kind.
import type { Instant } from '../../core/catalog/facts.js';
import type { Marketplace } from '../../core/catalog/marketplace.js';
import { timeZoneOf } from '../../core/calendar/calendar.js';
import { enrollmentAt, skuPosition, type Enrollment, type SkuFacts, type SkuPosition } from '../../core/ishs/index.js';
import { ruleSetFor } from '../../core/rules/rules.js';
import type { RuleSet } from '../../core/rules/schema.js';
import type { FactStore } from '../../store/types.js';
import { isoIn } from '../pricing-json.js';

export interface SkuContext {
  readonly store: FactStore;
  readonly account: string;
  readonly marketplace: Marketplace;
  readonly sku: string;
}

export interface LoadedSku {
  readonly facts: SkuFacts;
  readonly position: SkuPosition;
  readonly ruleSet: RuleSet;
  readonly timeZone: string;
}

/** ISHS-1/ISHS-4: the account's enrolment on a marketplace as of `at`. */
export async function loadEnrollment(
  store: FactStore,
  account: string,
  marketplace: Marketplace,
  at: Instant,
): Promise<Enrollment> {
  const [events, seller] = await Promise.all([
    store.loadFacts(account, 'ishs_enrollment', { marketplace }),
    store.loadFacts(account, 'seller', { marketplace }),
  ]);
  return enrollmentAt(
    events,
    seller.filter((s) => s.account === account),
    at,
    ruleSetFor(marketplace, at).ishs,
  );
}

export async function loadSku(ctx: SkuContext, at: Instant): Promise<LoadedSku> {
  const { store, account, marketplace, sku } = ctx;
  const bySku = { marketplace, sku };
  const [shipments, etaChanges, enrollment, promises, campaigns, presaleEvents, onHand] = await Promise.all([
    store.loadFacts(account, 'shipments', bySku),
    store.loadFacts(account, 'shipment_eta_changes', { marketplace }),
    loadEnrollment(store, account, marketplace, at),
    store.loadFacts(account, 'promises', bySku),
    store.loadFacts(account, 'presale_campaigns', bySku),
    store.loadFacts(account, 'presale_events', bySku),
    store.onHand(account, marketplace, sku, at),
  ]);
  const timeZone = timeZoneOf(marketplace);
  const ruleSet = ruleSetFor(marketplace, at);
  const facts: SkuFacts = {
    sku,
    timeZone,
    onHand: onHand.units,
    shipments,
    etaChanges,
    enrollment,
    promises,
    campaigns,
    presaleEvents,
  };
  const position = skuPosition(facts, at, ruleSet.ishs, (t) => isoIn(t, marketplace));
  return { facts, position, ruleSet, timeZone };
}
