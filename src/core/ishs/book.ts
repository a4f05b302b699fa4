// The stock book of one SKU at an instant: what is on hand, what is inbound, and what buyers have been
// promised against it — In-Stock Head Start orders against inbound shipments (ISHS-1..ISHS-3) and
// pre-orders of the SKU's open pre-sale campaign (PRE-2, PRE-3). Every acceptance, arrival, delay and
// release goes through these pure functions, so the one invariant holds whatever the sequence:
//
//   units promised (open ISHS orders + open pre-orders) ≤ units covered (on hand + inbound), and
//   - per shipment, units promised against it ≤ its units (the ISHS-3 cap bounds new promises);
//   - pre-orders ≤ pre-sale cover = on hand + inbound due in stock by the release day, less what is
//     promised against that inbound (PRE-2/PRE-3); units of that cover taken from stock on hand are
//     reserved: orders from stock on hand only take the rest (`freeOnHand`).
//
// When cover shrinks (a short receipt, a delay past the release day, a lower stock count) `settle`
// cancels the newest commitments first until the invariant holds again (PRE-2).
import type { LocalDay } from '../catalog/facts.js';
import type { RuleIssue } from '../messages/messages.js';

export interface BookShipment {
  readonly shipmentId: string;
  /** Units of the SKU on the shipment, not yet received. */
  readonly units: number;
  /** ISHS-2 estimated in-stock day; null when the shipment has no ETA. */
  readonly inStockDay: LocalDay | null;
  /** ISHS-1/ISHS-4: orders may be promised against it (program and enrolment). */
  readonly qualifies: boolean;
  /** ISHS-3: its in-stock estimate is confident. */
  readonly confident: boolean;
  /** Why it does not qualify or is not confident (RuleIssues), for refusals and the status view. */
  readonly issues: readonly RuleIssue[];
  /** ISHS-3 cap: units that may be promised against it in all (≤ units). */
  readonly cap: number;
}

/** An open commitment: an ISHS order against a shipment, or a pre-order. */
export interface BookCommitment {
  readonly orderId: string;
  readonly units: number;
  /** Placement instant (epoch ms): first come, first served. */
  readonly placedAt: number;
  /** The shipment (ISHS) or campaign (pre-order). */
  readonly sourceId: string;
}

export interface BookCampaign {
  readonly id: string;
  /** Local day of the expected release: inbound in stock by then covers pre-orders. */
  readonly releaseDay: LocalDay;
  readonly unitsOffered: number;
  /** PRE-3: pre-orders are taken only while LIVE. */
  readonly live: boolean;
}

export interface StockBook {
  /** DEC-1 on hand (units of ISHS orders and pre-orders leave it only when allocated to them). */
  readonly onHand: number;
  /** Shipments of the SKU not yet received. */
  readonly shipments: readonly BookShipment[];
  /** Open ISHS orders. */
  readonly ishs: readonly BookCommitment[];
  /** The SKU's open campaign (submitted, approved, live or ended, not released), or null. */
  readonly campaign: BookCampaign | null;
  /** Open pre-orders of that campaign. */
  readonly preorders: readonly BookCommitment[];
}

const sum = (items: readonly { readonly units: number }[]): number => items.reduce((n, i) => n + i.units, 0);

/** First come, first served: by placement instant, then order id. */
export function byPlacement(a: BookCommitment, b: BookCommitment): number {
  return a.placedAt - b.placedAt || (a.orderId < b.orderId ? -1 : a.orderId > b.orderId ? 1 : 0);
}

export function promisedOn(book: StockBook, shipmentId: string): number {
  return sum(book.ishs.filter((p) => p.sourceId === shipmentId));
}

/** Does this shipment's stock count as pre-sale cover (in stock by the release day)? */
export function coversPresale(book: StockBook, s: BookShipment): boolean {
  return book.campaign !== null && s.inStockDay !== null && s.inStockDay <= book.campaign.releaseDay;
}

export function preordered(book: StockBook): number {
  return sum(book.preorders);
}

/** Inbound units due by the release day and not promised to ISHS orders. */
export function presaleInboundCover(book: StockBook): number {
  return book.shipments
    .filter((s) => coversPresale(book, s))
    .reduce((n, s) => n + Math.max(0, s.units - promisedOn(book, s.shipmentId)), 0);
}

/** PRE-2: units that can cover pre-orders of the open campaign (0 without one). */
export function presaleCover(book: StockBook): number {
  return book.campaign === null ? 0 : book.onHand + presaleInboundCover(book);
}

/** Units on hand held back for pre-orders that inbound stock does not cover. */
export function reservedOnHand(book: StockBook): number {
  return Math.min(book.onHand, Math.max(0, preordered(book) - presaleInboundCover(book)));
}

/** Units on hand an order from stock may take. */
export function freeOnHand(book: StockBook): number {
  return Math.max(0, book.onHand - reservedOnHand(book));
}

export function inboundUnits(book: StockBook): number {
  return sum(book.shipments);
}

/** Units promised and not yet allocated: open ISHS orders + open pre-orders. */
export function promisedUnits(book: StockBook): number {
  return sum(book.ishs) + preordered(book);
}

/** Units covered: on hand + inbound. */
export function coveredUnits(book: StockBook): number {
  return book.onHand + inboundUnits(book);
}

/** ISHS-3: units that may still be promised against a shipment: its cap, and the pre-orders it covers. */
export function ishsRoom(book: StockBook, s: BookShipment): number {
  const byCap = s.cap - promisedOn(book, s.shipmentId);
  const byPresale = coversPresale(book, s) ? presaleCover(book) - preordered(book) : Number.POSITIVE_INFINITY;
  return Math.max(0, Math.min(byCap, byPresale));
}

/** PRE-1/PRE-3: units that may still be pre-ordered (cap of units offered, and cover). */
export function preorderRoom(book: StockBook): number {
  if (book.campaign === null) return 0;
  const left = book.campaign.unitsOffered - preordered(book);
  return Math.max(0, Math.min(left, presaleCover(book) - preordered(book)));
}

// ---- changes -------------------------------------------------------------------------------------

export function withOnHand(book: StockBook, onHand: number): StockBook {
  return { ...book, onHand: Math.max(0, onHand) };
}

export function addIshs(book: StockBook, c: BookCommitment): StockBook {
  return { ...book, ishs: [...book.ishs, c] };
}

export function addPreorder(book: StockBook, c: BookCommitment): StockBook {
  return { ...book, preorders: [...book.preorders, c] };
}

/** A shipment's new state (ETA moved, units changed, qualification changed), or a new shipment. */
export function withShipment(book: StockBook, s: BookShipment): StockBook {
  const others = book.shipments.filter((x) => x.shipmentId !== s.shipmentId);
  return { ...book, shipments: [...others, s] };
}

export interface Allocation {
  readonly fulfilled: readonly BookCommitment[];
  readonly cancelled: readonly BookCommitment[];
  /** Units left once the fulfilled ones are served. */
  readonly left: number;
}

/**
 * First come, first served: each commitment in placement order takes its units if they are left, else
 * is cancelled (never split); a later smaller one may still be served from what is left.
 */
export function allocateFirstCome(commitments: readonly BookCommitment[], units: number): Allocation {
  const fulfilled: BookCommitment[] = [];
  const cancelled: BookCommitment[] = [];
  let left = units;
  for (const c of [...commitments].sort(byPlacement)) {
    if (c.units <= left) {
      fulfilled.push(c);
      left -= c.units;
    } else cancelled.push(c);
  }
  return { fulfilled, cancelled, left };
}

export interface Arrival extends Allocation {
  readonly book: StockBook;
}

/**
 * ISHS-2: a shipment arrives with `received` units: they go to the orders promised against it first
 * (first come, first served); orders they cannot serve are cancelled (short receipt); the rest goes on
 * hand. The shipment leaves the book.
 */
export function arrive(book: StockBook, shipmentId: string, received: number): Arrival {
  const on = book.ishs.filter((p) => p.sourceId === shipmentId);
  const a = allocateFirstCome(on, received);
  const next: StockBook = {
    ...book,
    onHand: book.onHand + a.left,
    shipments: book.shipments.filter((s) => s.shipmentId !== shipmentId),
    ishs: book.ishs.filter((p) => p.sourceId !== shipmentId),
  };
  return { ...a, book: next };
}

export interface Settlement {
  readonly book: StockBook;
  /** ISHS orders cancelled because their shipment now holds fewer units than promised. */
  readonly ishsCancelled: readonly BookCommitment[];
  /** PRE-2: pre-orders cancelled, newest first, because cover shrank. */
  readonly preordersCancelled: readonly BookCommitment[];
}

/** Restores the invariant after cover shrank: cancels the newest commitments first. */
export function settle(book: StockBook): Settlement {
  const ishsCancelled: BookCommitment[] = [];
  let ishs = [...book.ishs].sort(byPlacement);
  for (const s of book.shipments) {
    let on = ishs.filter((p) => p.sourceId === s.shipmentId);
    while (sum(on) > s.units) {
      const newest = on[on.length - 1]!;
      ishsCancelled.push(newest);
      ishs = ishs.filter((p) => p !== newest);
      on = on.slice(0, -1);
    }
  }
  let next: StockBook = { ...book, ishs };
  const preordersCancelled: BookCommitment[] = [];
  let preorders = [...book.preorders].sort(byPlacement);
  while (preorders.length > 0 && sum(preorders) > presaleCover({ ...next, preorders })) {
    preordersCancelled.push(preorders[preorders.length - 1]!);
    preorders = preorders.slice(0, -1);
  }
  next = { ...next, preorders };
  return { book: next, ishsCancelled, preordersCancelled };
}

export interface Release extends Allocation {
  readonly book: StockBook;
}

/** PRE-3: at release, pre-orders are served from stock on hand first come, first served; the rest cancelled. */
export function release(book: StockBook): Release {
  const a = allocateFirstCome(book.preorders, book.onHand);
  return { ...a, book: { ...book, onHand: a.left, campaign: null, preorders: [] } };
}
