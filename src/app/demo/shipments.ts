// Inbound shipments and Amazon-style ids for the demo: a shipment is decided on a review day, created
// that day, handed to its carrier after production (20–35% of the lead time), expected after the lead
// time and received a little early, on time, late (15%) or very late (5%). Carrier programs per
// marketplace include Amazon Freight, the Partnered Carrier Program, Amazon Global Logistics (the three
// In-Stock Head Start programs, ISHS-1) and others.
import type { CarrierProgram } from '../../core/catalog/facts.js';
import type { Listing } from './catalog.js';
import type { Rng } from './rng.js';
import type { MarketClock } from './time.js';

export interface Shipment {
  readonly id: string;
  readonly unitsBySku: ReadonlyMap<string, number>;
  readonly carrierProgram: CarrierProgram;
  readonly created: number;
  readonly shipped: number;
  readonly eta: number;
  readonly received: number;
}

const PROGRAMS: Record<Listing['marketplace'], readonly (readonly [CarrierProgram, number])[]> = {
  US: [
    ['amazon_global_logistics', 0.3],
    ['partnered_carrier', 0.25],
    ['amazon_freight', 0.3],
    ['other', 0.15],
  ],
  DE: [
    ['partnered_carrier', 0.45],
    ['amazon_global_logistics', 0.2],
    ['amazon_freight', 0.15],
    ['other', 0.2],
  ],
  JP: [
    ['other', 0.5],
    ['amazon_global_logistics', 0.35],
    ['partnered_carrier', 0.15],
  ],
};

/** A shipment of a family's SKUs decided on day offset `day`. */
export function newShipment(
  clock: MarketClock,
  r: Rng,
  id: string,
  group: readonly Listing[],
  day: number,
  units: readonly number[],
): Shipment {
  const first = group[0] as Listing;
  const lead = Math.max(...group.map((l) => l.leadTimeDays));
  const x = r.float();
  const delay = x < 0.8 ? r.int(-2, 2) : x < 0.95 ? r.int(5, 20) : r.int(25, 40);
  const unitsBySku = new Map<string, number>();
  group.forEach((l, i) => unitsBySku.set(l.sku, units[i] as number));
  return {
    id,
    unitsBySku,
    carrierProgram: r.weighted(PROGRAMS[first.marketplace]),
    created: clock.at(day, r.between(9, 17)),
    shipped: clock.at(day + r.int(Math.round(lead * 0.2), Math.round(lead * 0.35)), r.between(8, 18)),
    eta: clock.at(day + lead, r.between(8, 18)),
    received: clock.at(day + lead + delay, r.between(9, 17)),
  };
}

const ALNUM = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** FBA shipment ids ("FBA15K2XYZ9Q"), unique over the account. */
export class ShipmentIds {
  private readonly used = new Set<string>();
  constructor(private readonly rng: Rng) {}
  next(): string {
    for (;;) {
      const id = `FBA${this.rng.chars(ALNUM, 9)}`;
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }
}

const ORDER_PREFIXES: Record<Listing['marketplace'], readonly string[]> = {
  US: ['111', '112', '113', '114'],
  DE: ['302', '303', '304', '305', '028'],
  JP: ['249', '250', '503'],
};

/** Amazon order ids, 3-7-7 digits ("114-4892924-3377867"), unique per marketplace. */
export class OrderIds {
  private readonly used = new Set<string>();
  constructor(
    private readonly rng: Rng,
    private readonly marketplace: Listing['marketplace'],
  ) {}
  next(): string {
    for (;;) {
      const id = `${this.rng.pick(ORDER_PREFIXES[this.marketplace])}-${this.rng.digits(7)}-${this.rng.digits(7)}`;
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }
}
