// OUT-1 seller and OUT-2 ASIN eligibility, every criterion with its value and verdict (not just the
// first failure), and OUT-4 the maximum deal price. Pure: facts, deals and the instant in, answer out.
import type { Instant, SellerFact } from '../catalog/facts.js';
import { localDay, minusLocalDays, pastDaysWindow, timeZoneOf } from '../calendar/calendar.js';
import { reduceByPercentFloor } from '../money/money.js';
import { isDeal } from '../promotions/env.js';
import { lowestNewOffer } from '../promotions/outlet.js';
import { asinIndex, versionAt } from '../reference-prices/asin-facts.js';
import { currentPrice } from '../reference-prices/current-price.js';
import { asinStock, unitsAgedAtLeast, unitsSold } from './inventory.js';
import { isTerminal } from './lifecycle.js';
import { rulesFor } from './schedule.js';
import type { Criterion, Deal, Eligibility, MaxDealPrice, OutletFacts } from './types.js';

/** OUT-4: min(lowest new-condition offer of any seller incl. the own current price, current − 20%), rounded down. */
export function maxDealPrice(f: OutletFacts, at: Instant): MaxDealPrice | null {
  const { asin, marketplace } = f.facts;
  const current = currentPrice(f.facts, at);
  if (current === null) return null;
  const pct = rulesFor(marketplace, f.rulesAt)(at).outlet.outletMinDiscountPct;
  const offer = lowestNewOffer(f.offers, asin, marketplace, at);
  const lowestOffer = offer === null ? current : Math.min(offer, current);
  const reduced = reduceByPercentFloor(current, pct);
  return { max: Math.min(lowestOffer, reduced), currentPrice: current, lowestOffer, reduced };
}

/** The seller's version on the marketplace at `at` (the account's own row first; DEC-6). */
export function sellerAt(f: OutletFacts, at: Instant): SellerFact | null {
  const versions = f.seller
    .filter((s) => s.marketplace === f.facts.marketplace)
    .sort((a, b) => a.validFrom - b.validFrom);
  const own = versions.filter((s) => s.account === f.account);
  const list = own.length > 0 ? own : versions;
  let found: SellerFact | null = list[0] ?? null;
  for (const s of list) if (s.validFrom <= at) found = s;
  return found;
}

/** The ASIN's SKUs (every product version's SKU). */
export function skusOf(f: OutletFacts): string[] {
  return asinIndex(f.facts).skus.map((s) => s.sku);
}

/** An Outlet run of the ASIN: [start, end) with end null while it is still running at `at`. */
export interface OutletRun {
  readonly id: string;
  readonly start: Instant;
  readonly end: Instant | null;
}

/**
 * OUT-2h: the Outlet deals of the ASIN that reached RUNNING by `at` (from their actual start to their
 * actual end), from the deal history and from Outlet promotions known only as promotion facts.
 */
export function outletRuns(f: OutletFacts, deals: readonly Deal[], at: Instant): OutletRun[] {
  const runs: OutletRun[] = [];
  const ids = new Set(deals.map((d) => d.id));
  for (const d of deals) {
    if (d.startedAt === null || d.startedAt > at) continue;
    const end = d.closedAt !== null && d.closedAt <= at ? d.closedAt : null;
    runs.push({ id: d.id, start: d.startedAt, end });
  }
  for (const p of f.facts.promotions) {
    if ((p.kind !== 'outlet_deal' && p.kind !== 'outlet_sale') || ids.has(p.id) || p.start > at) continue;
    runs.push({ id: p.id, start: p.start, end: p.end <= at ? p.end : null });
  }
  return runs.sort((a, b) => a.start - b.start);
}

function criterion(
  code: string,
  rule: string,
  value: Criterion['value'],
  ok: boolean,
  values: Record<string, unknown> = {},
): Criterion {
  const shown =
    value === null || (Array.isArray(value) && value.length === 0)
      ? '-'
      : Array.isArray(value)
        ? value.join(', ')
        : value;
  return { code, rule, value, ok, values: { value: shown, ...values } };
}

export interface EligibilityOptions {
  /** Deals of the ASIN as of `at` (lifecycle.ts dealsAt, with due transitions applied). */
  readonly deals: readonly Deal[];
  /** A deal to leave out of "other deals" (the one being checked itself). */
  readonly excludeDealId?: string;
}

/** OUT-1 + OUT-2 for one SKU of the ASIN at `at`: every criterion, the failed codes, OUT-4. */
export function outletEligibility(f: OutletFacts, sku: string, at: Instant, options: EligibilityOptions): Eligibility {
  const { asin, marketplace } = f.facts;
  const tz = timeZoneOf(marketplace);
  const r = rulesFor(marketplace, f.rulesAt)(at).outlet;
  const skus = skusOf(f);
  const product = versionAt(asinIndex(f.facts).bySku.get(sku)?.versions ?? [], at);
  const seller = sellerAt(f, at);
  const stock = asinStock(skus, f.lots, f.facts.orders, f.shipments, at);
  const aged = unitsAgedAtLeast(stock.lots, at, r.outletMinAgedDays, tz);
  const sold = unitsSold(skus, f.facts.orders, Number.MIN_SAFE_INTEGER, at);
  const criteria: Criterion[] = [];

  // OUT-1: the seller.
  const plan = seller?.sellingPlan ?? null;
  criteria.push(criterion('OUTLET_NOT_PROFESSIONAL', 'OUT-1', plan, plan === r.outletRequiredSellingPlan));
  const sellerRating = seller?.sellerRating ?? null;
  criteria.push(
    criterion(
      'OUTLET_SELLER_RATING_TOO_LOW',
      'OUT-1',
      sellerRating,
      sellerRating !== null && sellerRating >= r.outletMinSellerRating,
      {
        min: r.outletMinSellerRating,
      },
    ),
  );

  // OUT-2 a–c: inventory and sales over all the ASIN's SKUs (DEC-1, DEC-2).
  criteria.push(criterion('OUTLET_NOT_AGED', 'OUT-2a', aged, aged > 0, { days: r.outletMinAgedDays }));
  criteria.push(
    criterion('OUTLET_ON_HAND_TOO_LOW', 'OUT-2b', stock.onHand, stock.onHand > r.outletOnHandMustExceed, {
      min: r.outletOnHandMustExceed,
    }),
  );
  criteria.push(criterion('OUTLET_NO_SALES_HISTORY', 'OUT-2c', sold, sold > 0));

  // OUT-2 d–f, i: the product.
  const condition = product?.condition ?? null;
  criteria.push(criterion('OUTLET_NOT_NEW', 'OUT-2d', condition, condition === 'new'));
  const rating = product?.rating ?? null;
  const ratingsCount = product?.ratingsCount ?? 0;
  const ratingOk = ratingsCount === 0 || rating === null || rating >= r.outletMinProductRating;
  criteria.push(
    criterion('OUTLET_PRODUCT_RATING_TOO_LOW', 'OUT-2e', rating, ratingOk, {
      count: ratingsCount,
      min: r.outletMinProductRating,
    }),
  );
  const sns = product?.subscribeAndSave ?? false;
  criteria.push(criterion('OUTLET_SUBSCRIBE_AND_SAVE', 'OUT-2f', sns, !sns));

  // OUT-2g: no other deal now — deal promotions live at `at` and Outlet deals still open.
  const dealIds = new Set(options.deals.map((d) => d.id));
  const others: string[] = [];
  for (const p of f.facts.promotions) {
    if (isDeal(p.kind) && p.start <= at && at < p.end && !dealIds.has(p.id)) others.push(p.id);
  }
  for (const d of options.deals) {
    if (d.id !== options.excludeDealId && !isTerminal(d.status)) others.push(d.id);
  }
  criteria.push(criterion('OUTLET_IN_OTHER_DEAL', 'OUT-2g', others, others.length === 0));

  // OUT-2h: not on an Outlet deal in the past 60 days, nor within 90 days after the last one ended.
  const runs = outletRuns(f, options.deals, at).filter((run) => options.excludeDealId !== run.id);
  const window = pastDaysWindow(at, r.outletRecentDealLookbackDays, tz);
  const recent = runs.filter((run) => run.end === null || run.end > window.fromExclusive).at(-1) ?? null;
  criteria.push(
    criterion('OUTLET_RECENT_DEAL', 'OUT-2h', recent?.id ?? null, recent === null, {
      days: r.outletRecentDealLookbackDays,
    }),
  );
  const last = runs.at(-1) ?? null;
  let again: Instant | null = null;
  if (last !== null) {
    // A running deal's cool-down counts from its scheduled end.
    const end = last.end ?? options.deals.find((d) => d.id === last.id)?.end ?? at;
    again = minusLocalDays(end, -r.outletCooldownAfterDealDays, tz);
  }
  criteria.push(
    criterion('OUTLET_COOLDOWN', 'OUT-2h', again === null ? null : localDay(again, tz), again === null || at >= again, {
      days: r.outletCooldownAfterDealDays,
    }),
  );

  // OUT-2i: policy and image compliance (flags).
  const imagesOk = product?.imagesOk ?? false;
  criteria.push(criterion('OUTLET_IMAGES_NOT_COMPLIANT', 'OUT-2i', imagesOk, imagesOk));

  const failed = criteria.filter((c) => !c.ok).map((c) => c.code);
  return {
    sku,
    asin,
    marketplace,
    at,
    eligible: failed.length === 0,
    failed,
    criteria,
    maxDealPrice: maxDealPrice(f, at),
    onHand: stock.onHand,
    agedUnits: aged,
  };
}
