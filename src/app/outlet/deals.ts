// The Outlet use cases (OUT-1..OUT-13) behind `clearway outlet …`, `clearway tick` and /api/v1/outlet:
// load the facts, ask core/outlet, and record what an accepted action or a tick wrote — its deal
// events, automatic price facts and the deal's promotion fact — in ONE import (one transaction). Reads
// (check, recommendations, report) answer as of the instant with every transition due by then applied,
// recorded or not; `tick` records them.
import type { Instant, OutletEventFact } from '../../core/catalog/facts.js';
import { formatInstant } from '../../core/calendar/calendar.js';
import { marketplaceInfo, type Marketplace } from '../../core/catalog/marketplace.js';
import { formatMoney } from '../../core/money/money.js';
import {
  cancelDeal,
  compareEvents,
  dealAt,
  foldContextOf,
  maxDealPrice,
  outletEligibility,
  outletRecommendations,
  project,
  reportRows,
  reviewDeal,
  statusAfter,
  submitDeal,
  updateDealPrice,
  type ActionResult,
  type OutletFacts,
  type Recorded,
  type ReviewDecision,
} from '../../core/outlet/index.js';
import type { FactStore } from '../../store/types.js';
import { UnknownItemError } from '../asin-facts.js';
import { isoIn, issueJson } from '../pricing-json.js';
import { loadAccountOutlet } from './account.js';
import type { DealActionDoc, OutletCheckDoc, OutletReportDoc, RecommendationsDoc, TickDoc } from './documents.js';
import { checkJson, dealJson, priceChangeJson, recommendationsJson, reportRowJson, transitionJson } from './json.js';
import { instantOf, loadDealScope, loadSkuScope, OUTLET_APP, priceOf, type SkuScope, type WhenInput } from './load.js';

export interface OutletQuery {
  /** `--marketplace` / `?marketplace=` (DEC-2), or null. */
  readonly marketplace: Marketplace | null;
  readonly at: WhenInput;
}

/** Records what a transition wrote, in one transaction; nothing when it wrote nothing. */
async function recordAll(store: FactStore, account: string, r: Recorded, at: Instant, source: string): Promise<void> {
  if (r.events.length + r.prices.length + r.promotions.length === 0) return;
  await store.importFacts(
    account,
    { outlet_events: r.events, prices: r.prices, promotions: r.promotions },
    { importedAt: at, source },
  );
}

/** CONTRACT `outlet check SKU`: OUT-1/OUT-2 criteria with values and verdicts, and OUT-4. */
export async function checkSku(
  store: FactStore,
  account: string,
  sku: string,
  q: OutletQuery,
): Promise<OutletCheckDoc> {
  const s = await loadSkuScope(store, account, sku, q.marketplace, q.at);
  const { deals } = project(s.outlet, s.at);
  return checkJson(outletEligibility(s.outlet, sku, s.at, { deals }));
}

function actionDoc(s: SkuScope, r: ActionResult): DealActionDoc {
  if (r.ok) return { ...dealJson(r.deal), ok: true, errors: [], warnings: r.warnings.map(issueJson) };
  const currency = marketplaceInfo(s.marketplace).currency;
  const max = maxDealPrice(s.outlet, s.at);
  return {
    ok: false,
    sku: s.sku,
    asin: s.asin,
    marketplace: s.marketplace,
    currency,
    maxDealPrice: max === null ? null : formatMoney(max.max, currency),
    errors: r.errors.map(issueJson),
    warnings: r.warnings.map(issueJson),
    deal: r.deal === null ? null : dealJson(r.deal),
  };
}

async function act(
  store: FactStore,
  account: string,
  s: SkuScope,
  r: ActionResult,
  source: string,
): Promise<DealActionDoc> {
  if (r.ok) await recordAll(store, account, r.recorded, s.at, source);
  return actionDoc(s, r);
}

/** OUT-4/OUT-5: `outlet submit SKU --price P`. Refused (ok: false) with every error; exit 4. */
export async function submitSku(
  store: FactStore,
  account: string,
  sku: string,
  price: string,
  q: OutletQuery,
): Promise<DealActionDoc> {
  const s = await loadSkuScope(store, account, sku, q.marketplace, q.at);
  const minor = priceOf(price, s.marketplace, '--price');
  return act(store, account, s, submitDeal(s.outlet, sku, minor, s.at), 'clearway outlet submit');
}

/** The deal's scope, or UnknownItemError when the fold does not know it (e.g. only ignored events). */
async function dealScope(store: FactStore, account: string, id: string, when: WhenInput): Promise<SkuScope> {
  const s = await loadDealScope(store, account, id, when);
  if (dealAt(s.outlet.events, id, Number.MAX_SAFE_INTEGER, foldContextOf(s.outlet)) === null) {
    throw new UnknownItemError(OUTLET_APP.UNKNOWN_DEAL, { id, account });
  }
  return s;
}

/** OUT-7: `outlet update ID --price P` (SUBMITTED only). */
export async function updateDeal(
  store: FactStore,
  account: string,
  id: string,
  price: string,
  q: OutletQuery,
): Promise<DealActionDoc> {
  const s = await dealScope(store, account, id, q.at);
  const minor = priceOf(price, s.marketplace, '--price');
  return act(store, account, s, updateDealPrice(s.outlet, id, minor, s.at), 'clearway outlet update');
}

/** OUT-7: `outlet cancel ID` — the seller's (SUBMITTED only) or support's (`operator`) cancellation. */
export async function cancelOutletDeal(
  store: FactStore,
  account: string,
  id: string,
  actor: 'seller' | 'operator',
  q: OutletQuery,
): Promise<DealActionDoc> {
  const s = await dealScope(store, account, id, q.at);
  return act(store, account, s, cancelDeal(s.outlet, id, actor, s.at), 'clearway outlet cancel');
}

/** OUT-7/OUT-8: `outlet review ID --approve|--reject REASON` (the operator's decision). */
export async function reviewOutletDeal(
  store: FactStore,
  account: string,
  id: string,
  decision: ReviewDecision,
  q: OutletQuery,
): Promise<DealActionDoc> {
  const s = await dealScope(store, account, id, q.at);
  return act(store, account, s, reviewDeal(s.outlet, id, decision, s.at), 'clearway outlet review');
}

/** The marketplace whose zone and offset an account-wide answer uses: `--marketplace`, else the
 *  account's only one; null (UTC) when it sells on several. */
function zoneMarketplace(q: OutletQuery, all: readonly OutletFacts[]): Marketplace | null {
  if (q.marketplace !== null) return q.marketplace;
  const mps = new Set(all.map((f) => f.facts.marketplace));
  return mps.size === 1 ? (all[0] as OutletFacts).facts.marketplace : null;
}

/** The as-of instant of an account-wide answer (a day is local midnight of zoneMarketplace, else UTC). */
function accountInstant(q: OutletQuery, all: readonly OutletFacts[]): Instant {
  return instantOf(q.at, zoneMarketplace(q, all), 'at');
}

/** An instant of an account-wide answer: ISO with the offset of zoneMarketplace, else UTC. */
function accountIso(at: Instant, q: OutletQuery, all: readonly OutletFacts[]): string {
  const mp = zoneMarketplace(q, all);
  return mp === null ? formatInstant(at) : isoIn(at, mp);
}

/** The account's Outlet events with everything due by `at` (for its flags, OUT-9). */
function accountEvents(all: readonly OutletFacts[], at: Instant): OutletEventFact[] {
  return all.flatMap((f) => [...f.events, ...(f.events.length > 0 ? project(f, at).due.events : [])]);
}

/** OUT-3/OUT-13: `outlet recommendations` over the account (or one marketplace). */
export async function recommendations(store: FactStore, account: string, q: OutletQuery): Promise<RecommendationsDoc> {
  const all = await loadAccountOutlet(store, account, q.marketplace);
  const at = accountInstant(q, all);
  const r = outletRecommendations(all, accountEvents(all, at), at);
  return recommendationsJson(accountIso(at, q, all), r.suppressed, r.recommendations);
}

/** OUT-12: `outlet report` — every submission of the account, oldest first. */
export async function report(store: FactStore, account: string, q: OutletQuery): Promise<OutletReportDoc> {
  const everything = await loadAccountOutlet(store, account, q.marketplace);
  const at = accountInstant(q, everything);
  const all = everything.filter((f) => f.events.length > 0);
  const rows = all.flatMap((f) => reportRows(f, project(f, at).deals, at));
  rows.sort((a, b) => a.deal.submittedAt - b.deal.submittedAt || (a.deal.id < b.deal.id ? -1 : 1));
  return { at: accountIso(at, q, everything), deals: rows.map(reportRowJson) };
}

/** `clearway tick`: records every transition due by the instant over the account, in one transaction. */
export async function tick(store: FactStore, account: string, q: OutletQuery): Promise<TickDoc> {
  const everything = await loadAccountOutlet(store, account, q.marketplace);
  const at = accountInstant(q, everything);
  const all = everything.filter((f) => f.events.length > 0);
  const events: OutletEventFact[] = [];
  const transitions: TickDoc['transitions'] = [];
  const recorded = {
    events,
    prices: [] as Recorded['prices'][number][],
    promotions: [] as Recorded['promotions'][number][],
  };
  for (const f of all) {
    const due = project(f, at).due;
    const log = [...f.events, ...due.events];
    for (const e of [...due.events].sort(compareEvents)) {
      const status = statusAfter(e.type) ?? dealAt(log, e.dealId, e.at, foldContextOf(f))?.status ?? 'SUBMITTED';
      transitions.push(transitionJson(e, f.facts.asin, status));
    }
    events.push(...due.events);
    recorded.prices.push(...due.prices);
    recorded.promotions.push(...due.promotions);
  }
  await recordAll(store, account, recorded, at, 'clearway tick');
  return { at: accountIso(at, q, everything), transitions, priceChanges: recorded.prices.map(priceChangeJson) };
}
