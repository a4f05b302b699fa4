// Day-by-day simulation of one marketplace over the demo year: Poisson demand per listing and promotion
// segment, order lines priced by checkout.ts, stock taken from the oldest lots first (FIFO, DEC-1), weekly
// replenishment reviews creating inbound shipments, receipts as new lots, and lots snapshots. A line is
// only placed while the SKU has FBA stock; a line larger than the stock is cut to it; with no stock the
// sale is lost. Lines strictly after a snapshot, so DEC-1 replays the snapshots exactly.
import type { LotFact, OrderLineFact, PromotionFact, ShipmentFact } from '../../core/catalog/facts.js';
import type { Listing } from './catalog.js';
import { resolveLine, CODE_USE, CLIP_RATE, type Buyer } from './checkout.js';
import type { DemoEvent } from './events.js';
import { DemandModel, drawUnits, PRIME_SHARE } from './forecast.js';
import { HISTORY_START, type PriceBook } from './prices.js';
import type { Rng } from './rng.js';
import { newShipment, OrderIds, type Shipment } from './shipments.js';
import type { MarketClock } from './time.js';

export interface Lot {
  received: number;
  units: number;
}

export interface SimInput {
  readonly clock: MarketClock;
  readonly listings: readonly Listing[];
  readonly prices: PriceBook;
  readonly promotions: readonly PromotionFact[];
  readonly events: readonly DemoEvent[];
  readonly rng: Rng;
  readonly shipmentIds: { next(): string };
}

export interface SimResult {
  readonly orders: OrderLineFact[];
  readonly lots: LotFact[];
  readonly shipments: ShipmentFact[];
  /** Lots on hand at the anchor, oldest first. */
  readonly stock: Map<string, Lot[]>;
}

interface Candidate {
  listing: Listing;
  at: number;
  readonly segmentStart: number;
  readonly live: readonly PromotionFact[];
  readonly buyer: Buyer;
  units: number;
  readonly sns: boolean;
  readonly cancelled: boolean;
  readonly fbm: boolean;
  group: number;
  kept: boolean;
}

function drawBuyer(r: Rng, listing: Listing, live: readonly PromotionFact[], business: boolean): Buyer {
  const clipped = new Set<string>();
  const codes = new Set<string>();
  for (const p of live) {
    if (p.kind === 'coupon' && r.chance(CLIP_RATE)) clipped.add(p.id);
    if (p.kind === 'promo_code' && r.chance(CODE_USE[p.codeType ?? 'unrestricted'])) codes.add(p.id);
  }
  const prime = !business && r.chance(PRIME_SHARE[listing.marketplace]);
  return { prime, business, newBuyer: r.chance(0.2), clipped, codes };
}

function onHand(lots: readonly Lot[]): number {
  let sum = 0;
  for (const lot of lots) sum += lot.units;
  return sum;
}

/** Takes `units` from the oldest lots (FIFO). */
function consume(lots: Lot[], units: number): void {
  let left = units;
  while (left > 0 && lots.length > 0) {
    const lot = lots[0] as Lot;
    const take = Math.min(lot.units, left);
    lot.units -= take;
    left -= take;
    if (lot.units === 0) lots.shift();
  }
}

function addLot(lots: Lot[], received: number, units: number): void {
  const last = lots[lots.length - 1];
  if (last && last.received === received) last.units += units;
  else lots.push({ received, units });
}

export function simulateMarketplace(input: SimInput): SimResult {
  const { clock, listings, rng } = input;
  const anchor = clock.anchor;
  const market = new DemandModel(input);
  const stock = new Map<string, Lot[]>();
  const shipments: Shipment[] = [];
  const orders: OrderLineFact[] = [];
  const lots: LotFact[] = [];
  const orderIds = new OrderIds(rng.fork('order-ids'), listings[0]?.marketplace ?? 'US');
  const bigOrderDone = new Set<string>();
  const firstArrival = new Map<string, number>();
  /** Per SKU: [received, units] of every shipment decided so far. */
  const inbound = new Map<string, [number, number][]>();
  const mp = listings[0]?.marketplace ?? 'US';

  const ship = (group: Listing[], day: number, units: number[], r: Rng): void => {
    const s = newShipment(clock, r, input.shipmentIds.next(), group, day, units);
    shipments.push(s);
    for (const [sku, n] of s.unitsBySku) {
      const list = inbound.get(sku) ?? [];
      list.push([s.received, n]);
      inbound.set(sku, list);
    }
  };

  // ---- the year's opening stock and the shipments already on their way ----
  for (const listing of listings) {
    const r = rng.fork(`init/${listing.sku}`);
    const own: Lot[] = [];
    stock.set(listing.sku, own);
    const ahead = (days: number): number => market.expectedUnits(listing.sku, HISTORY_START, HISTORY_START + days);
    const receivedDaysAgo = (min: number, max: number): number =>
      clock.at(HISTORY_START - r.int(min, max), r.between(9, 17));
    const opening: [number, number][] = [];
    if (listing.profile === 'dead') {
      opening.push([receivedDaysAgo(200, 260), r.int(150, 600)], [receivedDaysAgo(140, 199), r.int(100, 400)]);
    } else if (listing.profile === 'used') {
      opening.push([receivedDaysAgo(10, 200), r.int(60, 120)]);
    } else if (listing.profile === 'overstock') {
      const total = Math.max(listing.casePack, Math.round(ahead(r.int(150, 260))));
      opening.push(
        [receivedDaysAgo(150, 250), Math.round(total * 0.6)],
        [receivedDaysAgo(40, 149), total - Math.round(total * 0.6)],
      );
    } else if (listing.profile !== 'fresh') {
      const total = Math.round(ahead(r.int(25, 70)));
      const parts = r.int(1, 3);
      for (let i = 0; i < parts; i++)
        opening.push([receivedDaysAgo(5 + 50 * (parts - 1 - i), 50 + 50 * (parts - 1 - i)), Math.round(total / parts)]);
    }
    opening.sort((a, b) => a[0] - b[0]);
    for (const [received, units] of opening) if (units > 0) addLot(own, received, units);
    if (listing.profile === 'regular' || listing.profile === 'sloppy' || listing.profile === 'overstock') {
      const units = Math.max(listing.minOrderQty, Math.ceil(ahead(60) / listing.casePack) * listing.casePack);
      ship([listing], HISTORY_START - listing.leadTimeDays + r.int(5, 40), [units], r);
    }
    if (listing.freshDay !== null) {
      const units = Math.ceil(r.int(150, 300) / listing.casePack) * listing.casePack; // RPL-2 first shipment
      ship([listing], listing.freshDay + 1, [units], r);
    }
  }

  // ---- weekly replenishment review (RPL-2, with a seller who is sometimes sloppy or over-buys) ----
  const review = (d: number): void => {
    const r = rng.fork(`review/${d}`);
    const byDesign = new Map<string, { group: Listing[]; units: number[] }>();
    for (const listing of listings) {
      if (listing.profile === 'dead' || listing.profile === 'used') continue;
      if (listing.freshDay !== null && !firstArrival.has(listing.sku)) continue;
      if (listing.profile === 'sloppy' && r.chance(0.5)) continue;
      const day = clock.day(d);
      const pending = (inbound.get(listing.sku) ?? []).reduce(
        (s, [received, n]) => s + (received > day.start ? n : 0),
        0,
      );
      const position = onHand(stock.get(listing.sku) ?? []) + pending;
      const lead = listing.leadTimeDays;
      if (position >= market.expectedUnits(listing.sku, d, d + lead + 21)) continue;
      let units = market.expectedUnits(listing.sku, d, d + lead + r.int(25, 45)) - position;
      if (listing.season !== null) units *= 1.25;
      if (listing.profile === 'sloppy') units *= 0.75;
      if (listing.profile === 'overstock' && !bigOrderDone.has(listing.sku) && d >= HISTORY_START + 20) {
        units *= 3.5;
        bigOrderDone.add(listing.sku);
      }
      units = Math.max(listing.minOrderQty, Math.ceil(units / listing.casePack) * listing.casePack);
      const entry = byDesign.get(listing.design.key) ?? { group: [], units: [] };
      entry.group.push(listing);
      entry.units.push(units);
      byDesign.set(listing.design.key, entry);
    }
    for (const { group, units } of byDesign.values()) ship(group, d, units, r);
  };

  // ---- the year, day by day ----
  const snapshotDays = new Set<number>([HISTORY_START, 0]);
  for (let d = HISTORY_START; d <= 0; d++) {
    const day = clock.day(d);
    if (day.dayOfMonth === 1 || (d >= -91 && day.weekday === 1)) snapshotDays.add(d);
  }
  for (let d = HISTORY_START; d <= 0; d++) {
    const day = clock.day(d);
    if (snapshotDays.has(d) && day.start <= anchor) {
      for (const listing of listings) {
        for (const lot of stock.get(listing.sku) ?? []) {
          lots.push({ sku: listing.sku, marketplace: mp, at: day.start, received: lot.received, units: lot.units });
        }
      }
    }
    if (day.weekday === 1) review(d);
    const end = Math.min(day.end, anchor);
    if (end <= day.start) continue;
    const r = rng.fork(`day/${d}`);
    const candidates: Candidate[] = [];
    for (const listing of listings) {
      for (const segment of market.segments(listing, day, anchor)) {
        const seconds = Math.floor((segment.end - segment.start) / 1000);
        if (seconds < 2) continue;
        for (let n = r.poisson(segment.mean); n > 0; n--) {
          const business = listing.condition === 'new' && r.chance(0.05);
          const units = drawUnits(r, business);
          candidates.push({
            listing,
            at: segment.start + 1000 * r.int(1, seconds - 1),
            segmentStart: segment.start,
            live: segment.live,
            buyer: drawBuyer(r, listing, segment.live, business),
            units,
            sns: listing.subscribeAndSave && !business && r.chance(0.25),
            cancelled: r.chance(0.02),
            fbm: listing.fbm && r.chance(0.1),
            group: -1,
            kept: false,
          });
        }
      }
    }
    candidates.sort((a, b) => a.at - b.at || a.listing.rank - b.listing.rank);
    // Some orders hold several SKUs: a line joins the previous order when nothing about it changes.
    let group = -1;
    let head: Candidate | null = null;
    let size = 0;
    const skusInOrder = new Set<string>();
    for (const c of candidates) {
      const join =
        head !== null && size < 3 && r.chance(0.07) && head.buyer.business === c.buyer.business && !head.sns && !c.sns &&
        head.fbm === c.fbm && head.at >= c.segmentStart && !skusInOrder.has(c.listing.sku); // prettier-ignore
      if (join && head) {
        c.at = head.at;
        size++;
      } else {
        group++;
        head = c;
        size = 1;
        skusInOrder.clear();
      }
      skusInOrder.add(c.listing.sku);
      c.group = group;
    }
    candidates.sort((a, b) => a.at - b.at || a.group - b.group);
    const receipts = shipments
      .filter((s) => s.received >= day.start && s.received < end)
      .sort((a, b) => a.received - b.received);
    let next = 0;
    for (const c of candidates) {
      while (next < receipts.length && (receipts[next] as Shipment).received <= c.at) {
        const s = receipts[next++] as Shipment;
        for (const [sku, units] of s.unitsBySku) {
          addLot(stock.get(sku) as Lot[], s.received, units);
          if (!firstArrival.has(sku)) firstArrival.set(sku, d);
        }
      }
      const own = stock.get(c.listing.sku) as Lot[];
      const available = onHand(own);
      if (available === 0) continue;
      if (!c.cancelled && !c.fbm) {
        c.units = Math.min(c.units, available);
        consume(own, c.units);
      }
      c.kept = true;
    }
    for (; next < receipts.length; next++) {
      const s = receipts[next] as Shipment;
      for (const [sku, units] of s.unitsBySku) {
        addLot(stock.get(sku) as Lot[], s.received, units);
        if (!firstArrival.has(sku)) firstArrival.set(sku, d);
      }
    }
    // Order ids and line numbers for the lines that happened.
    let currentGroup = -1;
    let orderId = '';
    let line = 0;
    for (const c of candidates.filter((x) => x.kept).sort((a, b) => a.group - b.group || a.at - b.at)) {
      if (c.group !== currentGroup) {
        currentGroup = c.group;
        orderId = orderIds.next();
        line = 0;
      }
      line++;
      const standard = input.prices.priceAt(c.listing.sku, c.at);
      const priced = resolveLine(standard, c.live, c.buyer, c.units);
      orders.push({
        orderId,
        line,
        sku: c.listing.sku,
        marketplace: mp,
        at: c.at,
        units: c.units,
        unitPrice: priced.unitPrice,
        currency: c.listing.currency,
        promotionIds: priced.promotionIds,
        promotionDiscount: priced.discountPerUnit * c.units,
        b2b: c.buyer.business,
        subscribeAndSave: c.sns,
        cancelled: c.cancelled,
        channel: c.fbm ? 'fbm' : 'fba',
      });
    }
  }
  orders.sort((a, b) => a.at - b.at || a.orderId.localeCompare(b.orderId) || a.line - b.line);
  return { orders, lots, shipments: shipmentFacts(shipments, anchor, mp), stock };
}

/** Shipments as known at the anchor: later steps are not known yet (null), later creations not at all. */
function shipmentFacts(shipments: readonly Shipment[], anchor: number, mp: Listing['marketplace']): ShipmentFact[] {
  const out: ShipmentFact[] = [];
  for (const s of shipments) {
    if (s.created >= anchor) continue;
    for (const [sku, units] of s.unitsBySku) {
      out.push({
        shipmentId: s.id,
        sku,
        marketplace: mp,
        units,
        carrierProgram: s.carrierProgram,
        created: s.created,
        shipped: s.shipped < anchor ? s.shipped : null,
        eta: s.eta,
        received: s.received < anchor ? s.received : null,
      });
    }
  }
  return out.sort(
    (a, b) => a.created - b.created || a.shipmentId.localeCompare(b.shipmentId) || a.sku.localeCompare(b.sku),
  );
}
