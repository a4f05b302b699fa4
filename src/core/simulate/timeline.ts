// The what-if timeline (PM-10 made visible): per local day of a range, taken at local midnight (DEC-3),
// the reference prices (PR-1..PR-6), the promotions live that day with the net price a buyer paid with
// each, and for every promotion kind whether one could start that day and at what maximum price
// (promotions/max-price.ts, plus the calendar conflicts of PM-3 and PM-7). Planned promotions are facts
// like any other, so a planned coupon or deal that lowers the 30-day lowest net price shows on the
// following days as a lower low, with its cause, and as lower maximum LD/BD/PD prices — until it leaves
// the 30-day window.
//
// Reading of "could run that day": a promotion of the kind starting at that local midnight — a Lightning
// Deal for the rule set's maximum hours, any other kind for that one local day — checked against the
// reference prices as of that midnight (the 30-day window (midnight − 30 d, midnight], so a promotion
// starting at that very midnight already counts: the cautious side of DEC-3's [start − 30 d, start)).
//
// Work shared across days: the price/promotion timeline is cut into segments once for the whole range
// (net-segments.ts) and each segment is quoted once per rule set, not once per day that sees it.
import {
  PROMOTION_KINDS,
  type Instant,
  type LocalDay,
  type Minor,
  type OfferFact,
  type OrderLineFact,
  type ProductFact,
  type PromotionFact,
  type PromotionKind,
} from '../catalog/facts.js';
import { HOUR_MS } from '../calendar/civil.js';
import { marketplaceInfo } from '../catalog/marketplace.js';
import { addDays, eachLocalDay, pastDaysWindow, startOfLocalDay, timeZoneOf } from '../calendar/calendar.js';
import type { RuleIssue } from '../messages/messages.js';
import { checkCalendar } from '../promotions/calendar.js';
import { buildEnv } from '../promotions/env.js';
import { maxAllowedPrice, type MaxAllowedPrice } from '../promotions/max-price.js';
import { newFindings } from '../promotions/types.js';
import { asinIndex, versionAt, type AsinFacts } from '../reference-prices/asin-facts.js';
import { currentPriceDetail } from '../reference-prices/current-price.js';
import type { LowestNetCause } from '../reference-prices/lowest-net-price.js';
import {
  referencePricesWithLow,
  withPromotionOptions,
  type ReferencePrices,
} from '../reference-prices/reference-prices.js';
import type { RuleSet } from '../rules/schema.js';
import { NetSegments } from './net-segments.js';

export interface TimelineOptions {
  /** Planned promotions added for the what-if (stored ones with the same id are replaced). */
  readonly extraPromotions?: readonly PromotionFact[];
  /** Promotions left out. */
  readonly excludePromotionIds?: readonly string[];
  /** Offers seen on the ASIN, for the Outlet maximum deal price (OUT-4). */
  readonly offers?: readonly OfferFact[];
}

/** A promotion live at some moment of the day. */
export interface TimelineLive {
  readonly id: string;
  readonly kind: PromotionKind;
  readonly sku: string;
  readonly start: Instant;
  readonly end: Instant;
  /** The lowest net unit price a buyer paid that day with it applied; null when it never applied. */
  readonly netPrice: Minor | null;
  /** The promotions (direct price first) that made netPrice. */
  readonly stack: readonly string[];
}

/** Whether a promotion of a kind could start that day, and at what maximum price. `maxPrice` is the
 *  ceiling of the price conditions; `ok` also needs no calendar conflict (PM-3 spacing, PM-7). */
export interface KindOutlook extends MaxAllowedPrice {
  /** Calendar errors a promotion of the kind starting that day would get (also listed in reasons). */
  readonly calendar: readonly RuleIssue[];
}

/** How the 30-day lowest net price moved since the day before. */
export interface LowChange {
  readonly direction: 'falls' | 'rises' | 'appears' | 'disappears';
  readonly from: Minor | null;
  readonly to: Minor | null;
  /** The stack that makes the new low (falls), or null for a plain price. */
  readonly cause: LowestNetCause | null;
  /** The stack of the previous low (rises: the promotion that left the 30-day window). */
  readonly previousCause: LowestNetCause | null;
}

export interface TimelineDay extends Omit<ReferencePrices, 'asin' | 'marketplace' | 'currency'> {
  readonly day: LocalDay;
  /** The rule-set version in force at `at`. */
  readonly ruleSetVersion: string;
  /** The declared event live during the day, if any (its thresholds apply to the kinds' maximum prices). */
  readonly event: string | null;
  readonly live: readonly TimelineLive[];
  readonly canRun: Readonly<Record<PromotionKind, KindOutlook>>;
  readonly lowChange: LowChange | null;
}

export interface Timeline {
  readonly asin: string;
  readonly marketplace: AsinFacts['marketplace'];
  readonly currency: ReferencePrices['currency'];
  readonly timeZone: string;
  readonly from: LocalDay;
  readonly to: LocalDay;
  readonly days: readonly TimelineDay[];
}

const WHAT_IF_ID = '(what-if)';

function lowChange(prev: TimelineDay | undefined, low: ReferencePrices['lowest30DayNetPrice']): LowChange | null {
  if (prev === undefined) return null;
  const before = prev.lowest30DayNetPrice;
  if (before.value === low.value) return null;
  const base = { from: before.value, to: low.value, cause: low.cause, previousCause: before.cause };
  if (before.value === null) return { direction: 'appears', ...base };
  if (low.value === null) return { direction: 'disappears', ...base };
  return { direction: low.value < before.value ? 'falls' : 'rises', ...base };
}

/** A hypothetical promotion of `kind` starting at `at` (see the reading at the top of this file). */
function whatIf(kind: PromotionKind, product: ProductFact, at: Instant, dayEnd: Instant, rs: RuleSet): PromotionFact {
  const end = kind === 'lightning_deal' ? Math.min(at + rs.promotions.ldMaxHours * HOUR_MS, dayEnd) : dayEnd;
  return {
    id: WHAT_IF_ID,
    kind,
    sku: product.sku,
    marketplace: product.marketplace,
    start: at,
    end,
    discountPct: null,
    discountAmount: null,
    price: null,
    stackable: false,
    code: kind === 'promo_code' ? WHAT_IF_ID : null,
    codeType: null,
    audience: kind === 'business_price' ? 'business' : 'all',
    minQty: null,
    budget: null,
  };
}

/** Index of the first order at or after `t` (orders sorted by `at`), from `i` on. */
function firstFrom(orders: readonly OrderLineFact[], t: Instant, i: number): number {
  while (i < orders.length && (orders[i] as OrderLineFact).at < t) i++;
  return i;
}

/**
 * The what-if timeline of one ASIN from `fromDay` to `toDay` (local days of its marketplace, both
 * included). `ruleSetAt` gives the rule set in force at an instant (GEN-3). Pure and deterministic.
 */
export function timeline(
  facts: AsinFacts,
  fromDay: LocalDay,
  toDay: LocalDay,
  ruleSetAt: (at: Instant) => RuleSet,
  options: TimelineOptions = {},
): Timeline {
  const f = withPromotionOptions(facts, options);
  const tz = timeZoneOf(f.marketplace);
  const dayList = eachLocalDay(fromDay, toDay);
  const ats = dayList.map((d) => startOfLocalDay(d, tz));
  const ends = dayList.map((d) => startOfLocalDay(addDays(d, 1), tz));
  const ruleSets = ats.map((at) => ruleSetAt(at));
  const windowFroms = ats.map(
    (at, i) => pastDaysWindow(at, (ruleSets[i] as RuleSet).referencePrices.lowestNetPriceWindowDays, tz).fromExclusive,
  );
  const head = { asin: f.asin, marketplace: f.marketplace, currency: marketplaceInfo(f.marketplace).currency };
  const out: TimelineDay[] = [];
  const result: Timeline = { ...head, timeZone: tz, from: fromDay, to: toDay, days: out };
  if (dayList.length === 0) return result;

  const table = new NetSegments(f, Math.min(...windowFroms), ends[ends.length - 1] as Instant);
  const sorted = [...f.promotions].sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const skus = asinIndex(f).skus;
  const firstSku = skus[0];
  let lowIdx = 0;
  let dayIdx = 0;
  let orderIdx = 0;
  let soldScan = 0;
  let sold = false;

  for (let d = 0; d < dayList.length; d++) {
    const at = ats[d] as Instant;
    const dayEnd = ends[d] as Instant;
    const rs = ruleSets[d] as RuleSet;
    const from = windowFroms[d] as Instant;

    // PR-6 from the shared segments, PR-1..PR-5 as of midnight.
    lowIdx = table.indexAfter(from, lowIdx);
    const low = table.lowIn(from, at, rs, lowIdx);
    const refs = referencePricesWithLow(f, at, rs, low);

    // Promotions live at some moment of [at, dayEnd), with the lowest net price paid with each.
    dayIdx = table.indexAfter(at, dayIdx);
    const live: TimelineLive[] = [];
    for (const p of sorted) {
      if (p.start >= dayEnd) break;
      if (p.end <= at) continue;
      let best: { net: Minor; stack: readonly string[] } | null = null;
      for (let i = dayIdx; i < table.segments.length; i++) {
        const seg = table.segments[i]!;
        if (seg.start >= dayEnd) break;
        if (seg.end <= p.start || seg.start >= p.end) continue;
        const applied = table.appliedIn(i, rs).get(p.id);
        if (applied !== undefined && (best === null || applied.net < best.net)) best = applied;
      }
      live.push({
        id: p.id,
        kind: p.kind,
        sku: p.sku,
        start: p.start,
        end: p.end,
        netPrice: best?.net ?? null,
        stack: best?.stack ?? [],
      });
    }

    // Each kind: its maximum price and the calendar conflicts of one starting at midnight.
    orderIdx = firstFrom(f.orders, at, orderIdx);
    for (; soldScan < orderIdx && !sold; soldScan++) if (!(f.orders[soldScan] as OrderLineFact).cancelled) sold = true;
    const cheapest = currentPriceDetail(f, at)?.sku;
    const skuIndex = (cheapest === undefined ? undefined : asinIndex(f).bySku.get(cheapest)) ?? firstSku;
    const product = skuIndex === undefined ? null : versionAt(skuIndex.versions, at);
    const canRun = {} as Record<PromotionKind, KindOutlook>;
    for (const kind of PROMOTION_KINDS) {
      const opts = { offers: options.offers ?? [], hasSalesHistory: sold };
      if (product === null) {
        canRun[kind] = { ...maxAllowedPrice(kind, refs, rs, opts), calendar: [] };
        continue;
      }
      const proposal = whatIf(kind, product, at, dayEnd, rs);
      const env = buildEnv(proposal, { facts: f, ruleSet: rs, product, offers: options.offers ?? [] }, refs);
      const m = maxAllowedPrice(kind, refs, rs, { ...opts, product, event: env.event !== null });
      const found = newFindings();
      checkCalendar(env, found);
      const calendar = found.errors;
      canRun[kind] = {
        ...m,
        ok: m.ok && calendar.length === 0,
        reasons: calendar.length === 0 ? m.reasons : [...m.reasons, ...calendar],
        calendar,
      };
    }

    const { asin: _a, marketplace: _m, currency: _c, ...prices } = refs;
    const event = f.events.find((e) => e.marketplace === f.marketplace && e.start < dayEnd && at < e.end);
    out.push({
      day: dayList[d] as LocalDay,
      ...prices,
      ruleSetVersion: rs.version,
      event: event?.name ?? null,
      live,
      canRun,
      lowChange: lowChange(out[out.length - 1], refs.lowest30DayNetPrice),
    });
  }
  return result;
}
