// OUT-7 lifecycle: a deal's state at an instant is a pure fold of its events up to that instant.
//   SUBMITTED → APPROVED | NOT_APPROVED;  APPROVED → RUNNING → ENDED;
//   any non-terminal → CANCELLED;  APPROVED | RUNNING → REMOVED.
// The seller may update the price or cancel only while SUBMITTED; afterwards cancellation is an
// operator (support) action, or the system's for seller-caused stops (OUT-9 pricing rule, OUT-10 own
// price raised). An event the lifecycle does not allow from the deal's state (e.g. from an imported
// file) is ignored by the fold and listed by `ignoredEvents`, never applied.
import type { Instant, OutletActor, OutletEventFact, OutletEventType } from '../catalog/facts.js';
import type { Marketplace } from '../catalog/marketplace.js';
import { cycleStartAfter, reviewDeadline, rulesFor, scheduledEnd, type RulesAt } from './schedule.js';
import type { Deal, DealStatus } from './types.js';

/** OUT-7: the statuses each status may move to. */
export const ALLOWED_TRANSITIONS: Readonly<Record<DealStatus, readonly DealStatus[]>> = {
  SUBMITTED: ['APPROVED', 'NOT_APPROVED', 'CANCELLED'],
  APPROVED: ['RUNNING', 'CANCELLED', 'REMOVED'],
  RUNNING: ['ENDED', 'CANCELLED', 'REMOVED'],
  NOT_APPROVED: [],
  ENDED: [],
  CANCELLED: [],
  REMOVED: [],
};

export function isTerminal(status: DealStatus): boolean {
  return ALLOWED_TRANSITIONS[status].length === 0;
}

/** The status an event moves a deal to; null for events that change no status. */
export function statusAfter(type: OutletEventType): DealStatus | null {
  switch (type) {
    case 'submitted':
      return 'SUBMITTED';
    case 'approved':
      return 'APPROVED';
    case 'not_approved':
      return 'NOT_APPROVED';
    case 'started':
      return 'RUNNING';
    case 'ended':
      return 'ENDED';
    case 'cancelled':
      return 'CANCELLED';
    case 'removed':
      return 'REMOVED';
    case 'price_updated':
    case 'account_flagged':
      return null;
  }
}

/** Who may record each event (OUT-7: seller actions, operator decisions, the system's clock). */
const ACTORS: Readonly<Record<OutletEventType, readonly OutletActor[]>> = {
  submitted: ['seller'],
  price_updated: ['seller'],
  cancelled: ['seller', 'operator', 'system'],
  approved: ['operator', 'system'],
  not_approved: ['operator', 'system'],
  started: ['system'],
  ended: ['system'],
  removed: ['operator', 'system'],
  account_flagged: ['operator', 'system'],
};

/** Whether OUT-7 allows `event` on a deal in `status` (null: the deal does not exist yet). */
export function eventAllowed(status: DealStatus | null, event: Pick<OutletEventFact, 'type' | 'actor'>): boolean {
  if (!ACTORS[event.type].includes(event.actor)) return false;
  if (event.type === 'submitted') return status === null;
  if (status === null) return false;
  if (event.type === 'account_flagged') return true;
  if (event.type === 'price_updated') return status === 'SUBMITTED';
  // The seller cancels only while SUBMITTED; after that it is support's (or the system's) action.
  if (event.type === 'cancelled' && event.actor === 'seller' && status !== 'SUBMITTED') return false;
  const to = statusAfter(event.type) as DealStatus;
  return ALLOWED_TRANSITIONS[status].includes(to);
}

/** Order of events at one instant: a decision before the start, the stop before its account flag. */
const TYPE_ORDER: Readonly<Record<OutletEventType, number>> = {
  submitted: 0,
  price_updated: 1,
  approved: 2,
  not_approved: 3,
  started: 4,
  removed: 5,
  cancelled: 6,
  ended: 7,
  account_flagged: 8,
};

export function compareEvents(a: OutletEventFact, b: OutletEventFact): number {
  return a.at - b.at || TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export interface FoldContext {
  /** The ASIN of a SKU on a marketplace. */
  readonly asinOf: (sku: string, marketplace: Marketplace) => string;
  /** The rule set lookup (tests); defaults to rules.ts per marketplace. */
  readonly rulesAt?: RulesAt;
}

type MutableDeal = { -readonly [K in keyof Deal]: Deal[K] };

function apply(deal: MutableDeal | null, e: OutletEventFact, ctx: FoldContext): MutableDeal | null {
  const rulesAt = rulesFor(e.marketplace, ctx.rulesAt);
  if (e.type === 'submitted') {
    const deadline = reviewDeadline(e.at, e.marketplace, rulesAt);
    const kind = e.kind ?? 'outlet_deal';
    const start = cycleStartAfter(deadline, e.marketplace, rulesAt);
    return {
      id: e.dealId,
      sku: e.sku,
      asin: ctx.asinOf(e.sku, e.marketplace),
      marketplace: e.marketplace,
      kind,
      dealPrice: e.price ?? 0,
      status: 'SUBMITTED',
      submittedAt: e.at,
      pricedAt: e.at,
      reviewDeadline: deadline,
      approvedAt: null,
      start,
      end: scheduledEnd(start, kind, e.marketplace, rulesAt),
      startedAt: null,
      closedAt: null,
      reasons: [],
      flaggedAccount: false,
      lastEventAt: e.at,
    };
  }
  if (deal === null) return null;
  deal.lastEventAt = e.at;
  switch (e.type) {
    case 'price_updated':
      deal.dealPrice = e.price ?? deal.dealPrice;
      deal.kind = e.kind ?? deal.kind;
      deal.pricedAt = e.at;
      deal.end = scheduledEnd(deal.start as Instant, deal.kind, deal.marketplace, rulesAt);
      break;
    case 'approved':
      deal.status = 'APPROVED';
      deal.approvedAt = e.at;
      deal.start = cycleStartAfter(e.at, deal.marketplace, rulesAt);
      deal.end = scheduledEnd(deal.start, deal.kind, deal.marketplace, rulesAt);
      break;
    case 'started':
      deal.status = 'RUNNING';
      deal.startedAt = e.at;
      deal.start = e.at;
      deal.end = scheduledEnd(e.at, deal.kind, deal.marketplace, rulesAt);
      break;
    case 'account_flagged':
      deal.flaggedAccount = true;
      break;
    default: {
      // not_approved, ended, cancelled, removed: terminal.
      deal.status = statusAfter(e.type) as DealStatus;
      deal.closedAt = e.at;
      deal.reasons = [...e.reasons];
      if (deal.startedAt !== null) deal.end = e.at;
      else {
        deal.start = null;
        deal.end = null;
      }
    }
  }
  return deal;
}

/** The events of each deal, in fold order. */
export function eventsByDeal(events: readonly OutletEventFact[]): Map<string, OutletEventFact[]> {
  const byDeal = new Map<string, OutletEventFact[]>();
  for (const e of events) {
    const list = byDeal.get(e.dealId) ?? [];
    list.push(e);
    byDeal.set(e.dealId, list);
  }
  for (const list of byDeal.values()) list.sort(compareEvents);
  return byDeal;
}

function foldOne(events: readonly OutletEventFact[], at: Instant, ctx: FoldContext, ignored: OutletEventFact[]) {
  let deal: MutableDeal | null = null;
  for (const e of events) {
    if (e.at > at) break;
    if (!eventAllowed(deal?.status ?? null, e)) {
      ignored.push(e);
      continue;
    }
    deal = apply(deal, e, ctx);
  }
  return deal;
}

/** OUT-7: every deal as of `at` (events after `at` are not seen), in submission order. */
export function dealsAt(events: readonly OutletEventFact[], at: Instant, ctx: FoldContext): Deal[] {
  const ignored: OutletEventFact[] = [];
  const deals: Deal[] = [];
  for (const list of eventsByDeal(events).values()) {
    const deal = foldOne(list, at, ctx, ignored);
    if (deal !== null) deals.push(deal);
  }
  return deals.sort((a, b) => a.submittedAt - b.submittedAt || (a.id < b.id ? -1 : 1));
}

/** The events (up to `at`) that OUT-7 does not allow from their deal's state: the fold skipped them. */
export function ignoredEvents(events: readonly OutletEventFact[], at: Instant, ctx: FoldContext): OutletEventFact[] {
  const ignored: OutletEventFact[] = [];
  for (const list of eventsByDeal(events).values()) foldOne(list, at, ctx, ignored);
  return ignored;
}

/** The deal with this id as of `at`, or null. */
export function dealAt(events: readonly OutletEventFact[], dealId: string, at: Instant, ctx: FoldContext): Deal | null {
  return (
    dealsAt(
      events.filter((e) => e.dealId === dealId),
      at,
      ctx,
    )[0] ?? null
  );
}

/** The account flags (OUT-9/OUT-10) recorded up to `at`, oldest first. */
export function accountFlags(events: readonly OutletEventFact[], at: Instant): OutletEventFact[] {
  return events.filter((e) => e.type === 'account_flagged' && e.at <= at).sort(compareEvents);
}
