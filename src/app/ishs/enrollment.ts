// `clearway ishs enroll|opt-out|status` (POST /api/v1/ishs/enroll, /opt-out; GET /api/v1/ishs/status):
// ISHS-1 enrolment per seller account (every marketplace it sells on, or the one named), ISHS-4 opt-out
// with Amazon's confirmation (the 72 hours count from it), and the status: the enrolment state and each
// inbound shipment's qualification, confidence (ISHS-3), in-stock day, cap and units promised.
import type { Instant, IshsEnrollmentFact } from '../../core/catalog/facts.js';
import type { Marketplace } from '../../core/catalog/marketplace.js';
import { ruleIssue, type RuleIssue } from '../../core/messages/messages.js';
import type { FactStore } from '../../store/types.js';
import { PricingInputError } from '../pricing-errors.js';
import { isoIn } from '../pricing-json.js';
import { instantOf, type WhenInput } from '../pricing-scope.js';
import type { IshsEnrollmentDoc, IshsStatusDoc } from './documents.js';
import { shipmentStatusJson } from './json.js';
import { loadEnrollment, loadSku } from './load.js';
import { ISHS_APP } from './messages.js';
import { withAccountLock } from './record.js';

/** The marketplaces an ISHS command applies to: the one named, else every one the account sells on. */
export async function ishsMarketplaces(
  store: FactStore,
  account: string,
  wanted: Marketplace | null,
): Promise<Marketplace[]> {
  if (wanted !== null) return [wanted];
  const [products, seller] = await Promise.all([
    store.loadFacts(account, 'products'),
    store.loadFacts(account, 'seller'),
  ]);
  const found = [...new Set([...products.map((p) => p.marketplace), ...seller.map((s) => s.marketplace)])].sort();
  if (found.length === 0) {
    throw new PricingInputError('NO_MARKETPLACE', [
      { field: '--marketplace', code: ISHS_APP.ISHS_NO_MARKETPLACE, values: { account } },
    ]);
  }
  return found;
}

/** A day given as --at is local midnight of the one marketplace concerned (else UTC). */
function zoneMarketplace(mps: readonly Marketplace[]): Marketplace | null {
  return mps.length === 1 ? mps[0]! : null;
}

export interface EnrollQuery {
  readonly marketplace: Marketplace | null;
  readonly at: WhenInput;
}

export interface OptOutQuery extends EnrollQuery {
  /** When Amazon confirmed the opt-out (ISHS-4); null = at the same instant. */
  readonly confirmedAt: WhenInput;
}

export interface EnrollmentResult {
  readonly document: IshsEnrollmentDoc;
  /** ISHS-4: an opt-out of an account that is not enrolled is refused (exit 4), nothing recorded. */
  readonly refused: boolean;
}

/** ISHS-1: enrols the account (on one or every marketplace) at --at. */
export async function enrollIshs(store: FactStore, account: string, q: EnrollQuery): Promise<EnrollmentResult> {
  const mps = await ishsMarketplaces(store, account, q.marketplace);
  const at = instantOf(q.at, zoneMarketplace(mps), '--at');
  await withAccountLock(account, () =>
    store.importFacts(
      account,
      { ishs_enrollment: mps.map((marketplace) => ({ marketplace, at, action: 'enroll' as const })) },
      {
        importedAt: at,
        source: 'ishs enroll',
      },
    ),
  );
  const status = await ishsStatus(store, account, { marketplace: q.marketplace, at });
  return { document: { ...status, ok: true, errors: [] }, refused: false };
}

/** ISHS-4: asks to opt out at --at, confirmed at `confirmedAt` (default the same instant). */
export async function optOutIshs(store: FactStore, account: string, q: OptOutQuery): Promise<EnrollmentResult> {
  const mps = await ishsMarketplaces(store, account, q.marketplace);
  const at = instantOf(q.at, zoneMarketplace(mps), '--at');
  const confirmed =
    q.confirmedAt === null || q.confirmedAt === undefined
      ? at
      : instantOf(q.confirmedAt, zoneMarketplace(mps), '--confirmed-at');
  if (confirmed < at) {
    const values = { confirmed: new Date(confirmed).toISOString(), at: new Date(at).toISOString() };
    throw new PricingInputError('BAD_CONFIRMATION', [
      { field: '--confirmed-at', code: ISHS_APP.ISHS_CONFIRMED_BEFORE_OPT_OUT, values },
    ]);
  }
  return withAccountLock(account, async () => {
    const facts: IshsEnrollmentFact[] = [];
    const errors: RuleIssue[] = [];
    for (const marketplace of mps) {
      const e = await loadEnrollment(store, account, marketplace, at);
      if (e.state !== 'enrolled' && e.state !== 'opt_out_pending') {
        errors.push(ruleIssue(ISHS_APP.ISHS_NOT_ENROLLED_TO_OPT_OUT, 'ISHS-4', { marketplace }));
        continue;
      }
      facts.push({ marketplace, at, action: 'opt_out' }, { marketplace, at: confirmed, action: 'opt_out_confirmed' });
    }
    if (errors.length > 0) {
      const status = await ishsStatus(store, account, { marketplace: q.marketplace, at });
      return { document: { ...status, ok: false, errors }, refused: true };
    }
    await store.importFacts(account, { ishs_enrollment: facts }, { importedAt: at, source: 'ishs opt-out' });
    const status = await ishsStatus(store, account, { marketplace: q.marketplace, at: Math.max(at, confirmed) });
    return { document: { ...status, ok: true, errors: [] }, refused: false };
  });
}

/** The enrolment and the inbound shipments of each marketplace as of --at. */
export async function ishsStatus(
  store: FactStore,
  account: string,
  q: { marketplace: Marketplace | null; at: WhenInput },
): Promise<IshsStatusDoc> {
  const mps = await ishsMarketplaces(store, account, q.marketplace);
  const at: Instant = instantOf(q.at, zoneMarketplace(mps), '--at');
  const marketplaces: IshsStatusDoc['marketplaces'] = [];
  for (const marketplace of mps) {
    const e = await loadEnrollment(store, account, marketplace, at);
    const last = e.periods[e.periods.length - 1] ?? null;
    const iso = (t: Instant | null | undefined) => (t === null || t === undefined ? null : isoIn(t, marketplace));
    const lines = (await store.loadFacts(account, 'shipments', { marketplace })).filter(
      (s) => s.created <= at && (s.received === null || s.received > at),
    );
    const shipments = [];
    for (const sku of [...new Set(lines.map((l) => l.sku))].sort()) {
      const loaded = await loadSku({ store, account, marketplace, sku }, at);
      for (const v of loaded.position.shipments) {
        if (lines.some((l) => l.shipmentId === v.shipmentId && l.sku === sku)) {
          shipments.push(shipmentStatusJson(v, loaded.position.book, marketplace));
        }
      }
    }
    marketplaces.push({
      marketplace,
      state: e.state,
      enrolledSince: iso(last?.from),
      optOutRequested: iso(last?.optOutRequested),
      optOutConfirmed: iso(last?.optOutConfirmed),
      qualifyingCreatedUntil: iso(last?.qualifyingCreatedUntil),
      shipments,
    });
  }
  return { at: isoIn(at, mps[0]!), marketplaces };
}
