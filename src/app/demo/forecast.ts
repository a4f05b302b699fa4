// The demand of one marketplace's listings, day by day: each local day is cut at promotion starts and
// ends into segments, each with its mean units (demand.ts: base rate × seasons × weekday × events × the
// lift of the expected net price a consumer pays, checkout.ts). The same means, summed per day, are the
// seller's forecast for replenishment (prefix sums up to FORECAST_DAYS after today).
import type { PromotionFact } from '../../core/catalog/facts.js';
import type { Listing } from './catalog.js';
import { expectedNetPrice } from './checkout.js';
import {
  dealNovelty,
  EVENT_TRAFFIC,
  priceLevelLift,
  promotionLift,
  seasonFactor,
  weekdayFactor,
  yearlyFactor,
} from './demand.js';
import { eventOn, type DemoEvent } from './events.js';
import { HISTORY_START, type PriceBook } from './prices.js';
import type { Rng } from './rng.js';
import type { DemoDay, MarketClock } from './time.js';

/** Days beyond today the replenishment forecast can look. */
const FORECAST_DAYS = 320;
/** Share of consumers who are Prime members (they see PEDs). */
export const PRIME_SHARE = { US: 0.7, DE: 0.6, JP: 0.5 } as const;

/**
 * Units of one order line: consumers mostly buy one (mean ≈ 1.22), business buyers buy cases (≈ 7.5);
 * with 5% business lines a line holds ≈ 1.53 units, which the forecast uses.
 */
export function drawUnits(r: Rng, business: boolean): number {
  const x = r.float();
  if (business) return x < 0.55 ? r.int(1, 3) : x < 0.88 ? r.int(5, 12) : r.int(20, 40);
  return x < 0.86 ? 1 : x < 0.95 ? 2 : x < 0.985 ? 3 : r.int(4, 6);
}

/** Mean units per order line (see drawUnits), less the ~2% cancelled lines. */
const UNITS_PER_LINE = 1.53 * 0.98;

export interface DemandInput {
  readonly clock: MarketClock;
  readonly listings: readonly Listing[];
  readonly prices: PriceBook;
  readonly promotions: readonly PromotionFact[];
  readonly events: readonly DemoEvent[];
}

export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly live: readonly PromotionFact[];
  readonly mean: number;
}

export class DemandModel {
  readonly promosBySku = new Map<string, PromotionFact[]>();
  /** Per SKU: prefix sums of the expected order lines per day. */
  readonly expected = new Map<string, Float64Array>();

  constructor(private readonly input: DemandInput) {
    for (const promo of input.promotions) {
      const list = this.promosBySku.get(promo.sku) ?? [];
      list.push(promo);
      this.promosBySku.set(promo.sku, list);
    }
    for (const listing of input.listings) {
      // Prefix sums of the expected units per day: sums[i] = units of days HISTORY_START … HISTORY_START + i - 1.
      const sums = new Float64Array(FORECAST_DAYS - HISTORY_START + 2);
      for (let d = HISTORY_START; d <= FORECAST_DAYS; d++) {
        const mean = this.segments(listing, input.clock.day(d), Infinity).reduce((s, x) => s + x.mean, 0);
        sums[d - HISTORY_START + 1] = (sums[d - HISTORY_START] as number) + mean;
      }
      this.expected.set(listing.sku, sums);
    }
  }

  /** Mean units per day before promotions and price (season, weekday, events, life cycle). */
  base(listing: Listing, day: DemoDay): number {
    if (listing.deadFrom !== null && day.offset >= listing.deadFrom) return 0;
    let rate = listing.baseRate * yearlyFactor(day) * weekdayFactor(day) * seasonFactor(listing.season, day);
    if (eventOn(this.input.events, day.offset)) rate *= EVENT_TRAFFIC;
    if (listing.profile === 'regular' || listing.profile === 'sloppy')
      rate *= 1 + (0.12 * (day.offset - HISTORY_START)) / 365;
    if (listing.freshDay !== null)
      rate *= Math.min(1, Math.max(0, day.offset - listing.freshDay - listing.leadTimeDays + 10) / 40);
    return rate;
  }

  /** The day cut at promotion starts and ends (and at `cut`, the anchor), each with its mean demand. */
  segments(listing: Listing, day: DemoDay, cut: number): Segment[] {
    const end = Math.min(day.end, cut);
    if (end <= day.start) return [];
    const promos = (this.promosBySku.get(listing.sku) ?? []).filter((p) => p.start < end && p.end > day.start);
    const points = [day.start, end];
    for (const p of promos) for (const t of [p.start, p.end]) if (t > day.start && t < end) points.push(t);
    points.sort((a, b) => a - b);
    const base = this.base(listing, day);
    const length = day.end - day.start;
    const out: Segment[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i] as number;
      const b = points[i + 1] as number;
      if (b <= a) continue;
      const live = promos.filter((p) => p.start <= a && p.end >= b);
      let lift = 1;
      if (base > 0) {
        const standard = this.input.prices.priceAt(listing.sku, a);
        const net = expectedNetPrice(standard, live, PRIME_SHARE[listing.marketplace]);
        lift = priceLevelLift(standard, listing.startPrice) * promotionLift(1 - net / standard);
        for (const p of live) {
          if (p.kind === 'lightning_deal' || p.kind === 'best_deal')
            lift *= dealNovelty(p.kind, Math.floor((a - p.start) / 86_400_000));
        }
      }
      out.push({ start: a, end: b, live, mean: (base * lift * (b - a)) / length });
    }
    return out;
  }

  /** The forecast: expected units sold over days [from, to). */
  expectedUnits(sku: string, from: number, to: number): number {
    const sums = this.expected.get(sku) as Float64Array;
    const index = (d: number): number => Math.max(0, Math.min(d, FORECAST_DAYS + 1) - HISTORY_START);
    return ((sums[index(to)] as number) - (sums[index(from)] as number)) * UNITS_PER_LINE;
  }
}
