// The demo seller's promotion calendar over the past year and the months ahead: every kind of CONTRACT.md
// (coupon, price_discount, ped, lightning_deal, best_deal, promo_code of each code type, business_price
// tiers, outlet_deal, outlet_sale), past, running and planned, some stackable. Direct-price promotions of
// one SKU do not overlap (PM-7) except one deliberate PED/price-discount clash; Lightning Deals of a SKU
// are ≥ 7 days apart (PM-3); Outlet runs 14 days from a Monday and respects the 90-day gap (OUT-2h, OUT-6).
import {
  PROMOTION_KINDS,
  type Audience,
  type CodeType,
  type PromotionFact,
  type PromotionKind,
} from '../../core/catalog/facts.js';
import { reduceByPercentHalfUp } from '../../core/money/money.js';
import type { DemoMarketplace, Listing } from './catalog.js';
import type { DemoEvent } from './events.js';
import { firstDay, HISTORY_START, type PriceBook } from './prices.js';
import type { Rng } from './rng.js';
import { DAY_MS, type MarketClock } from './time.js';

const PREFIX: Record<PromotionKind, string> = {
  coupon: 'CPN', price_discount: 'PD', ped: 'PED', lightning_deal: 'LD', best_deal: 'BD',
  promo_code: 'CODE', business_price: 'B2B', outlet_deal: 'OD', outlet_sale: 'OS',
}; // prettier-ignore
const DIRECT = new Set<PromotionKind>([
  'price_discount',
  'ped',
  'lightning_deal',
  'best_deal',
  'business_price',
  'outlet_deal',
  'outlet_sale',
]);
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

export interface PlanInput {
  readonly marketplace: DemoMarketplace;
  readonly clock: MarketClock;
  /** The marketplace's listings, best sellers first. */
  readonly listings: readonly Listing[];
  readonly prices: PriceBook;
  readonly events: readonly DemoEvent[];
  readonly rng: Rng;
  /** Last day offset a planned promotion may start on. */
  readonly horizon: number;
}

type Fields = Partial<Omit<PromotionFact, 'id' | 'kind' | 'sku' | 'marketplace' | 'start' | 'end'>>;

class Planner {
  readonly promotions: PromotionFact[] = [];
  private readonly counters = new Map<PromotionKind, number>();
  private readonly direct = new Map<string, [number, number][]>();
  private readonly lastLightning = new Map<string, number>();
  readonly outletEnds = new Map<string, number>();

  constructor(private readonly input: PlanInput) {}

  priceAt(listing: Listing, at: number): number {
    return this.input.prices.priceAt(listing.sku, at);
  }

  /** Adds a promotion unless it breaks PM-7 / PM-3 / OUT-2h; returns it or null. */
  add(
    kind: PromotionKind,
    listing: Listing,
    start: number,
    end: number,
    fields: Fields,
    allowOverlap = false,
  ): PromotionFact | null {
    if (end <= start) return null;
    if (DIRECT.has(kind) && !allowOverlap) {
      const taken = this.direct.get(listing.sku) ?? [];
      if (taken.some(([s, e]) => start < e && s < end)) return null;
    }
    if (kind === 'lightning_deal' && start < (this.lastLightning.get(listing.sku) ?? -Infinity) + 7 * DAY_MS)
      return null;
    if (
      (kind === 'outlet_deal' || kind === 'outlet_sale') &&
      start < (this.outletEnds.get(listing.sku) ?? -Infinity) + 90 * DAY_MS
    ) {
      return null;
    }
    const n = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, n);
    const promo: PromotionFact = {
      id: `${PREFIX[kind]}-${this.input.marketplace}-${String(n).padStart(4, '0')}`,
      kind,
      sku: listing.sku,
      marketplace: listing.marketplace,
      start,
      end,
      discountPct: null,
      discountAmount: null,
      price: null,
      stackable: false,
      code: null,
      codeType: null,
      audience: 'all',
      minQty: null,
      budget: null,
      ...fields,
    };
    this.promotions.push(promo);
    if (DIRECT.has(kind) && kind !== 'business_price') {
      const taken = this.direct.get(listing.sku) ?? [];
      taken.push([start, end]);
      this.direct.set(listing.sku, taken);
    }
    if (kind === 'lightning_deal') this.lastLightning.set(listing.sku, end);
    if (kind === 'outlet_deal' || kind === 'outlet_sale') this.outletEnds.set(listing.sku, end);
    return promo;
  }

  /** A direct price `pct`% off the price in force at `start`. */
  off(listing: Listing, start: number, pct: number): Fields {
    return { price: reduceByPercentHalfUp(this.priceAt(listing, start), pct), discountPct: null };
  }

  has(kind: PromotionKind, codeType?: CodeType): boolean {
    return this.promotions.some((p) => p.kind === kind && (codeType === undefined || p.codeType === codeType));
  }
}

function budget(listing: Listing, rng: Rng): number {
  const major = rng.pick([250, 500, 1000, 2000, 5000]);
  return listing.currency === 'JPY' ? major * 150 : major * 100;
}

function couponFields(listing: Listing, rng: Rng, price: number, pct?: number): Fields {
  const audience = rng.weighted<Audience>([
    ['all', 0.7],
    ['prime', 0.2],
    ['new_buyer', 0.1],
  ]);
  const common = { audience, stackable: rng.chance(0.3), budget: budget(listing, rng) };
  if (pct === undefined && rng.chance(0.25)) {
    const unit = 100; // $1, €1 or ¥100 in minor units
    const amount = Math.max(unit, Math.min(Math.floor((price * 0.3) / unit) * unit, unit * rng.int(1, 5)));
    if (amount * 20 >= price) return { ...common, discountAmount: amount }; // PM-1d: at least 5% of the price
  }
  return { ...common, discountPct: pct ?? rng.pick([5, 10, 10, 15, 15, 20, 25, 30]) };
}

function codeFields(rng: Rng, codeType: CodeType): Fields {
  const pct = rng.pick([10, 15, 20, 25]);
  const tail = rng.chars(LETTERS, 3);
  const code =
    codeType === 'unrestricted'
      ? `NEST${pct}${tail}`
      : codeType === 'priority'
        ? `VIP${pct}${tail}`
        : `${rng.pick(['TIKTOK', 'INSTA', 'YT'])}${pct}${tail}`;
  const audience: Audience =
    codeType === 'unrestricted'
      ? rng.pick(['all', 'new_buyer'])
      : codeType === 'priority'
        ? rng.pick(['all', 'prime'])
        : 'all';
  return { discountPct: pct, code, codeType, audience, stackable: rng.chance(0.35) };
}

/** Plans the promotions of one marketplace. */
export function planPromotions(input: PlanInput): PromotionFact[] {
  const { clock, events, horizon } = input;
  const plan = new Planner(input);
  const sellable = input.listings.filter((l) => l.condition === 'new' && l.profile !== 'used');
  const topCount = Math.max(5, Math.round(sellable.length * 0.08));
  const day = (offset: number): number => clock.day(offset).start;
  const blackFridays = events.filter((e) => e.kind === 'black_friday');

  for (const listing of sellable) {
    const r = input.rng.fork(`promo/${listing.sku}`);
    if (listing.profile === 'dead') continue;
    const lo = Math.max(
      firstDay(listing, clock) + (listing.profile === 'fresh' ? listing.leadTimeDays : 0),
      HISTORY_START,
    );
    if (lo > horizon) continue;
    const top = listing.rank <= topCount;
    // Best Deals over Black Friday week for the top three; the second also runs a 30% coupon (EXC-9).
    if (listing.rank <= 3) {
      for (const bf of blackFridays) {
        if (bf.startDay - 3 < lo || bf.startDay - 3 > horizon) continue;
        const start = day(bf.startDay - 3);
        const end = day(bf.startDay + 4);
        if (plan.add('best_deal', listing, start, end, plan.off(listing, start, 20)) && listing.rank === 2) {
          plan.add('coupon', listing, start, end, {
            ...couponFields(listing, r, plan.priceAt(listing, start), 30),
            audience: 'all',
          });
        }
      }
    }
    for (const event of events) {
      if (event.startDay < lo || event.startDay > horizon) continue;
      if (top && r.chance(0.55)) {
        const hour = r.pick([8, 14]);
        const start = clock.at(event.startDay, hour);
        plan.add(
          'lightning_deal',
          listing,
          start,
          start + r.pick([6, 12]) * 3_600_000,
          plan.off(listing, start, r.pick([20, 25, 30])),
        );
      } else if ((event.kind === 'prime_day' || event.kind === 'black_friday') && r.chance(top ? 0.3 : 0.1)) {
        plan.add('ped', listing, event.start, event.end, {
          ...plan.off(listing, event.start, r.pick([20, 25, 30])),
          audience: 'prime',
        });
      }
    }
    if (top && r.chance(0.3)) {
      const offset = r.int(lo, Math.min(horizon, 30));
      const start = clock.at(offset, 10);
      plan.add('lightning_deal', listing, start, start + 12 * 3_600_000, plan.off(listing, start, r.pick([15, 20])));
    }
    if (r.chance(listing.profile === 'fresh' ? 0.6 : top ? 0.7 : 0.35)) {
      for (let i = r.int(1, 3); i > 0; i--) {
        const offset = r.int(lo, Math.min(horizon, 40));
        const start = day(offset);
        plan.add(
          'coupon',
          listing,
          start,
          day(offset + r.int(7, 28)),
          couponFields(listing, r, plan.priceAt(listing, start)),
        );
      }
    }
    if (r.chance(0.18)) {
      for (let i = r.int(1, 2); i > 0; i--) {
        const offset = r.int(lo, Math.min(horizon, 20));
        const fields: Fields = r.chance(0.2)
          ? { discountAmount: Math.round(plan.priceAt(listing, day(offset)) * 0.1) }
          : { discountPct: r.pick([5, 10, 15, 20]) };
        plan.add('price_discount', listing, day(offset), day(offset + r.int(3, 10)), fields);
      }
    }
    if (r.chance(0.12)) {
      const codeType = r.weighted<CodeType>([
        ['unrestricted', 0.4],
        ['priority', 0.35],
        ['social', 0.25],
      ]);
      const offset = r.int(lo, Math.min(horizon, 30));
      plan.add('promo_code', listing, day(offset), day(offset + r.int(14, 45)), codeFields(r, codeType));
    }
    if (r.chance(0.15)) {
      const tiers: [number, number][] = r.chance(0.5)
        ? [
            [5, 5],
            [10, 10],
            [25, 15],
          ]
        : [
            [10, 8],
            [50, 15],
          ];
      for (const [minQty, pct] of tiers) {
        plan.add('business_price', listing, day(lo), day(365), { discountPct: pct, minQty, audience: 'business' });
      }
    }
  }
  planOutlets(plan, input, sellable);
  ensureEveryKind(plan, input, sellable);
  return plan.promotions.sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
}

/** Outlet deals and sales on excess stock: past ones, two running now, two planned (OUT-5, OUT-6). */
function planOutlets(plan: Planner, input: PlanInput, sellable: readonly Listing[]): void {
  const { clock } = input;
  const r = input.rng.fork('outlet');
  const fortnight = (monday: number): [number, number] => [clock.day(monday).start, clock.day(monday + 14).start];
  const outlet = (listing: Listing, monday: number, pct: number): PromotionFact | null => {
    const [start, end] = fortnight(monday);
    return plan.add(pct >= 30 ? 'outlet_deal' : 'outlet_sale', listing, start, end, plan.off(listing, start, pct));
  };
  const excess = sellable.filter(
    (l) => l.profile === 'overstock' || (l.season !== null && l.profile === 'regular' && r.chance(0.3)),
  );
  for (const listing of excess) {
    if (r.chance(0.6)) outlet(listing, clock.mondayOnOrAfter(r.int(-230, -150)), r.int(30, 40));
    if (listing.season !== null) {
      // A clearance sale two weeks after the season: mid-January (winter) or early September (summer).
      const [month, dom] = listing.season === 'winter' ? [1, 12] : [9, 8];
      const firstYear = clock.day(HISTORY_START).year;
      const after = [firstYear, firstYear + 1]
        .map((y) => clock.offsetOfDate(y, month, dom))
        .find((o) => o >= HISTORY_START && o <= -28);
      if (after !== undefined) outlet(listing, clock.mondayOnOrAfter(after), r.int(22, 28));
    } else if (r.chance(0.5)) {
      outlet(listing, clock.mondayOnOrAfter(r.int(-110, -40)), r.int(20, 29));
    }
  }
  // Running now (started on the last Monday or the one before) and planned from next Monday.
  const running = clock.mondayOnOrAfter(-13);
  let now = 0;
  for (const listing of excess) if (now < 2 && outlet(listing, running, r.pick([25, 30, 35]))) now++;
  const next = clock.mondayOnOrAfter(1);
  const dead = input.listings.find((l) => l.profile === 'dead');
  let planned = dead && outlet(dead, next, 40) ? 1 : 0;
  for (const listing of [...excess].reverse()) if (planned < 3 && outlet(listing, next, r.pick([20, 30]))) planned++;
}

/** Guarantees every kind (and every code type) on every marketplace, planned where history has none. */
function ensureEveryKind(plan: Planner, input: PlanInput, sellable: readonly Listing[]): void {
  const { clock } = input;
  const r = input.rng.fork('ensure');
  const regular = sellable.filter((l) => l.profile === 'regular' || l.profile === 'sloppy');
  const start = (offset: number): number => clock.day(offset).start;
  for (const kind of PROMOTION_KINDS) {
    for (const codeType of kind === 'promo_code' ? (['unrestricted', 'priority', 'social'] as const) : [undefined]) {
      for (const listing of regular) {
        if (plan.has(kind, codeType)) break;
        const outletKind = kind === 'outlet_deal' || kind === 'outlet_sale';
        const offset = outletKind ? clock.mondayOnOrAfter(r.int(-200, 20)) : r.int(-200, 20);
        const s = start(offset);
        const e = kind === 'lightning_deal' ? s + 12 * 3_600_000 : start(offset + (outletKind ? 14 : 7));
        const fields: Fields =
          kind === 'promo_code' ? codeFields(r, codeType ?? 'unrestricted')
          : kind === 'coupon' ? couponFields(listing, r, plan.priceAt(listing, s))
          : kind === 'business_price' ? { discountPct: 10, minQty: 10, audience: 'business' }
          : kind === 'price_discount' ? { discountPct: 10 }
          : kind === 'ped' ? { ...plan.off(listing, s, 20), audience: 'prime' }
          : plan.off(listing, s, kind === 'outlet_deal' ? 30 : 20); // prettier-ignore
        plan.add(kind, listing, s, e, fields);
      }
    }
  }
  // PM-7: one deliberate clash: a price discount overlapping a PED (the lower price applies).
  const ped = plan.promotions.find((p) => p.kind === 'ped');
  const target = ped && sellable.find((l) => l.sku === ped.sku);
  if (ped && target)
    plan.add('price_discount', target, ped.start - 2 * DAY_MS, ped.end + DAY_MS, { discountPct: 10 }, true);
}
