// Building Outlet deal events (OUT-7) and deal ids. An event's id is deterministic — deal, type and
// instant — so recording the same transition twice (a second `tick` at the same instant, a re-import)
// adds nothing: the store keeps one row per id.
import type { Instant, Minor, OutletActor, OutletEventFact, OutletEventType, OutletKind } from '../catalog/facts.js';
import type { Marketplace } from '../catalog/marketplace.js';
import { localDay } from '../calendar/calendar.js';

/** The id of the event of `type` of deal `dealId` at `at`. */
export function outletEventId(dealId: string, type: OutletEventType, at: Instant): string {
  return `${dealId}:${type}:${at}`;
}

export interface EventInput {
  readonly dealId: string;
  readonly sku: string;
  readonly marketplace: Marketplace;
  readonly at: Instant;
  readonly type: OutletEventType;
  readonly actor: OutletActor;
  readonly kind?: OutletKind | null;
  readonly price?: Minor | null;
  readonly reasons?: readonly string[];
}

export function outletEvent(e: EventInput): OutletEventFact {
  return {
    id: outletEventId(e.dealId, e.type, e.at),
    dealId: e.dealId,
    sku: e.sku,
    marketplace: e.marketplace,
    at: e.at,
    type: e.type,
    kind: e.kind ?? null,
    price: e.price ?? null,
    reasons: e.reasons ?? [],
    actor: e.actor,
  };
}

/**
 * A new deal's id: `OD-<SKU>-<local day of submission, YYYYMMDD>-<n>`, n counting the deals already
 * submitted for that SKU that day (readable on a command line, and the same for the same history).
 */
export function newDealId(
  sku: string,
  at: Instant,
  timeZone: string,
  existing: readonly Pick<OutletEventFact, 'dealId'>[],
): string {
  const prefix = `OD-${sku}-${localDay(at, timeZone).replaceAll('-', '')}-`;
  const taken = new Set(existing.map((e) => e.dealId));
  let n = 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}
