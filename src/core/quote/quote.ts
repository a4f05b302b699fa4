// The price quote (RULEBOOK PQ-1..PQ-3): what one buyer pays for one unit at an instant, with the
// stack that made it. Hot path (≥ 200,000 quotes/s): no Temporal, no sorting of big arrays, no
// message rendered unless there is a warning; promotion effects are parsed once and cached.
//
// Order (PQ-2): 1. the direct-price promotion (PM-7: of the live, eligible ones the lowest price wins;
// ties → earlier start, then smaller id); 2. coupons (all of them: overlapping coupons both apply,
// PM-1e); 3. promotion codes entered by the buyer (PM-5: unrestricted codes stack; of the priority
// codes only the largest applies; with a deal only the code types the rule set lets stack with deals);
// a coupon and a code stack only if both are stackable, otherwise the larger discount wins — with
// several of each, the feasible set with the largest total discount is taken.
// Each add-on is computed on the running price and rounded half up when applied (DEC-5), except with
// an Outlet deal/sale as the direct price, where the Outlet discount and every add-on are computed on
// the standard price and added (PQ-2: $100, Outlet 50%, coupon 5% → $55). A discount that would take the
// net below zero is cut to it (DEC-5), so net = base − the listed discounts, always ≥ 0.
import type { PromotionFact, PromotionKind } from '../catalog/facts.js';
import { ruleIssue, type RuleIssue } from '../messages/messages.js';
import { formatMoney, type Currency } from '../money/money.js';
import type { RuleSet } from '../rules/schema.js';
import { addOnDiscount, directPrice, effectOf, type PromotionEffect } from './effect.js';
import './messages.js';
import type { BuyerContext, NotApplied, NotAppliedReason, Quote, QuoteAddOn, QuoteInput } from './types.js';

/** Above this many coupons/codes in conflict, a greedy choice replaces the exhaustive one. */
const MAX_EXHAUSTIVE_CONFLICTS = 12;

// formatMoney for the values of NotApplied reasons, memoised: the same few prices recur in every quote
// of a loop, and formatting them anew would dominate the hot path.
const formatted = new Map<string, Map<number, string>>();
function fmt(amount: number, currency: Currency): string {
  let byAmount = formatted.get(currency);
  if (byAmount === undefined) {
    byAmount = new Map();
    formatted.set(currency, byAmount);
  }
  let text = byAmount.get(amount);
  if (text === undefined) {
    if (byAmount.size >= 10_000) byAmount.clear();
    text = formatMoney(amount, currency);
    byAmount.set(amount, text);
  }
  return text;
}

function isLive(p: PromotionFact, at: number): boolean {
  return p.start <= at && at < p.end;
}

/** Deterministic order of promotions: earlier start first, then id. */
function before(a: PromotionFact, b: PromotionFact): boolean {
  return a.start < b.start || (a.start === b.start && a.id < b.id);
}

function insertSorted(list: PromotionFact[], p: PromotionFact): void {
  let i = list.length;
  list.push(p);
  while (i > 0 && before(p, list[i - 1] as PromotionFact)) {
    list[i] = list[i - 1] as PromotionFact;
    i--;
  }
  list[i] = p;
}

function codeEntered(code: string, codes: readonly string[]): boolean {
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i] as string;
    if (c === code || c.trim().toUpperCase() === code) return true;
  }
  return false;
}

/** The audience, quantity and code filters (PM-2 PED, PM-6, audiences, min_qty, PM-5 codes). */
function audienceReason(p: PromotionFact, e: PromotionEffect, buyer: BuyerContext): NotAppliedReason | null {
  if (p.kind === 'ped' && !buyer.prime) return 'PED_PRIME_ONLY';
  if (p.kind === 'business_price' && !buyer.business) return 'AUDIENCE_BUSINESS_ONLY';
  if (p.audience === 'prime' && !buyer.prime) return 'AUDIENCE_PRIME_ONLY';
  if (p.audience === 'new_buyer' && !buyer.firstTime) return 'AUDIENCE_NEW_BUYER_ONLY';
  if (p.audience === 'business' && !buyer.business) return 'AUDIENCE_BUSINESS_ONLY';
  if (p.minQty !== null && buyer.quantity < p.minQty) return 'BELOW_MIN_QUANTITY';
  if (e.code !== null && !codeEntered(e.code, buyer.codes)) return 'CODE_NOT_ENTERED';
  return null;
}

function reasonValues(
  p: PromotionFact,
  reason: NotAppliedReason,
  buyer: BuyerContext,
): Readonly<Record<string, string | number>> {
  if (reason === 'BELOW_MIN_QUANTITY') return { id: p.id, minQty: p.minQty ?? 0, quantity: buyer.quantity };
  if (reason === 'CODE_NOT_ENTERED') return { id: p.id, code: p.code ?? '' };
  return { id: p.id };
}

/**
 * Applies `items` (coupons then codes, in order) from `start`, each add-on computed on `outletBase`
 * when ≥ 0 (PQ-2) else on the running price, cut at zero (DEC-5). Only items whose bit is set in
 * `mask` (−1 = all) count. Returns the net price.
 */
function netAfter(items: readonly PromotionFact[], mask: number, start: number, outletBase: number): number {
  let running = start;
  for (let i = 0; i < items.length; i++) {
    if (mask !== -1 && (mask & (1 << i)) === 0) continue;
    let d = addOnDiscount(effectOf(items[i] as PromotionFact), outletBase >= 0 ? outletBase : running);
    if (d > running) d = running;
    running -= d;
  }
  return running;
}

function conflicts(a: PromotionFact, b: PromotionFact): boolean {
  // PM-5: a coupon and a code stack only if both are marked stackable.
  return a.kind !== b.kind && !(a.stackable && b.stackable);
}

/**
 * PM-5 coupon/code conflicts: the feasible subset (no coupon with a code unless both are stackable)
 * with the largest total discount. Returns a bit mask over `items` (−1 when everything stacks).
 */
function resolveConflicts(items: readonly PromotionFact[], start: number, outletBase: number): number {
  const n = items.length;
  if (n > 30) throw new RangeError(`${n} coupons and codes in conflict at once: at most 30 are supported`);
  let conflicted = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (conflicts(items[i] as PromotionFact, items[j] as PromotionFact)) conflicted |= (1 << i) | (1 << j);
    }
  }
  if (conflicted === 0) return -1;
  const fixed = ((1 << n) - 1) & ~conflicted;
  const idx: number[] = [];
  for (let i = 0; i < n; i++) if (conflicted & (1 << i)) idx.push(i);
  const feasible = (mask: number): boolean => {
    for (let i = 0; i < n; i++) {
      if ((mask & (1 << i)) === 0) continue;
      for (let j = i + 1; j < n; j++) {
        if (mask & (1 << j) && conflicts(items[i] as PromotionFact, items[j] as PromotionFact)) return false;
      }
    }
    return true;
  };
  if (idx.length > MAX_EXHAUSTIVE_CONFLICTS) {
    // Greedy: largest single discount first, keep what does not conflict with what was kept.
    const order = idx
      .slice()
      .sort((a, b) => netAfter(items, 1 << a, start, outletBase) - netAfter(items, 1 << b, start, outletBase) || a - b);
    let mask = fixed;
    for (const i of order) if (feasible(mask | (1 << i))) mask |= 1 << i;
    return mask;
  }
  let best = fixed;
  let bestNet = Number.POSITIVE_INFINITY;
  for (let sub = (1 << idx.length) - 1; sub >= 0; sub--) {
    let mask = fixed;
    for (let k = 0; k < idx.length; k++) if (sub & (1 << k)) mask |= 1 << (idx[k] as number);
    if (!feasible(mask)) continue;
    const net = netAfter(items, mask, start, outletBase);
    if (net < bestNet) {
      bestNet = net;
      best = mask;
    }
  }
  return best;
}

function stackOf(direct: { id: string } | null, addOns: readonly QuoteAddOn[]): string {
  const ids: string[] = [];
  if (direct !== null) ids.push(direct.id);
  for (const a of addOns) ids.push(a.id);
  return ids.length === 0 ? '-' : ids.join(' + ');
}

function warningsFor(
  net: number,
  currency: Currency,
  costFloor: number | null,
  minPrice: number | null,
  direct: { id: string } | null,
  addOns: readonly QuoteAddOn[],
): RuleIssue[] {
  const zero = net <= 0;
  const loss = costFloor !== null && net <= costFloor;
  const inactive = minPrice !== null && net < minPrice;
  if (!zero && !loss && !inactive) return [];
  const stack = stackOf(direct, addOns);
  const shown = formatMoney(net, currency);
  const out: RuleIssue[] = [];
  if (zero) out.push(ruleIssue('ZERO_PRICE', 'PQ-3', { net: shown, currency, stack }));
  if (loss) {
    out.push(ruleIssue('LOSS', 'PQ-3', { net: shown, costFloor: formatMoney(costFloor, currency), currency, stack }));
  }
  if (inactive) {
    out.push(
      ruleIssue('OFFER_INACTIVE', 'PM-8', { net: shown, minPrice: formatMoney(minPrice, currency), currency, stack }),
    );
  }
  return out;
}

/** PQ-1: the quote of one unit for one buyer at `input.at`. Pure and deterministic. */
export function quote(input: QuoteInput, ruleSet: RuleSet): Quote {
  const { at, currency, buyer, promotions } = input;
  const base = input.basePrice;
  if (!Number.isSafeInteger(base) || base < 0) throw new RangeError(`basePrice must be minor units ≥ 0, got ${base}`);
  const notApplied: NotApplied[] = [];
  const directs: PromotionFact[] = [];
  const coupons: PromotionFact[] = [];
  let codes: PromotionFact[] = [];
  let direct: PromotionFact | null = null;
  let directAt = base;

  for (let i = 0; i < promotions.length; i++) {
    const p = promotions[i] as PromotionFact;
    if (!isLive(p, at)) continue;
    const e = effectOf(p);
    const reason = e.error ?? audienceReason(p, e, buyer);
    if (reason !== null) {
      notApplied.push({ id: p.id, kind: p.kind, reason, values: reasonValues(p, reason, buyer) });
      continue;
    }
    if (e.direct) {
      const price = directPrice(e, base);
      if (price >= base) {
        const values = { id: p.id, price: fmt(price, currency), basePrice: fmt(base, currency) };
        notApplied.push({ id: p.id, kind: p.kind, reason: 'DIRECT_PRICE_NOT_BELOW_BASE', values });
        continue;
      }
      directs.push(p);
      if (direct === null || price < directAt || (price === directAt && before(p, direct))) {
        direct = p;
        directAt = price;
      }
    } else if (p.kind === 'coupon') insertSorted(coupons, p);
    else insertSorted(codes, p);
  }

  // PM-7: one direct price, the lowest; the others are listed with the one taken.
  if (direct !== null && directs.length > 1) {
    for (const p of directs) {
      if (p === direct) continue;
      const values = {
        id: p.id,
        price: fmt(directPrice(effectOf(p), base), currency),
        taken: direct.id,
        takenPrice: fmt(directAt, currency),
      };
      notApplied.push({ id: p.id, kind: p.kind, reason: 'DIRECT_PRICE_NOT_LOWEST', values });
    }
  }
  const outlet = direct !== null && effectOf(direct).outlet;
  const outletBase = outlet ? base : -1;

  if (codes.length > 0) {
    // PM-5: with a deal as the direct price only some code types stack (social-media codes).
    const pm = ruleSet.promotions;
    if (direct !== null && pm.promoCodeDealKinds.includes(direct.kind)) {
      const kept: PromotionFact[] = [];
      for (const c of codes) {
        const codeType = effectOf(c).codeType;
        if (pm.promoCodeTypesStackingWithDeals.includes(codeType)) kept.push(c);
        else
          notApplied.push({
            id: c.id,
            kind: c.kind,
            reason: 'CODE_NOT_WITH_DEAL',
            values: { id: c.id, codeType, taken: direct.id },
          });
      }
      codes = kept;
    }
    // PM-5: of the priority codes only the one with the largest discount applies.
    let priority: PromotionFact | null = null;
    let priorityCount = 0;
    let priorityDiscount = -1;
    for (const c of codes) {
      const e = effectOf(c);
      if (e.codeType !== 'priority') continue;
      priorityCount++;
      const d = addOnDiscount(e, outlet ? base : directAt);
      if (d > priorityDiscount) {
        priority = c;
        priorityDiscount = d;
      }
    }
    if (priorityCount > 1 && priority !== null) {
      const kept: PromotionFact[] = [];
      for (const c of codes) {
        if (effectOf(c).codeType !== 'priority' || c === priority) kept.push(c);
        else
          notApplied.push({
            id: c.id,
            kind: c.kind,
            reason: 'PRIORITY_CODE_NOT_LARGEST',
            values: { id: c.id, taken: priority.id },
          });
      }
      codes = kept;
    }
  }

  const items = codes.length === 0 ? coupons : coupons.concat(codes);
  const mask =
    items.length > 1 && coupons.length > 0 && codes.length > 0 ? resolveConflicts(items, directAt, outletBase) : -1;
  const addOns: QuoteAddOn[] = [];
  let running = directAt;
  for (let i = 0; i < items.length; i++) {
    const p = items[i] as PromotionFact;
    if (mask !== -1 && (mask & (1 << i)) === 0) {
      let taken = '';
      for (let j = 0; j < items.length && taken === ''; j++) {
        const q = items[j] as PromotionFact;
        if (mask & (1 << j) && conflicts(p, q)) taken = q.id;
      }
      notApplied.push({ id: p.id, kind: p.kind, reason: 'COUPON_CODE_NOT_STACKABLE', values: { id: p.id, taken } });
      continue;
    }
    const on = outlet ? base : running;
    let d = addOnDiscount(effectOf(p), on);
    if (d > running) d = running; // DEC-5: cut at zero
    running -= d;
    addOns.push({ id: p.id, kind: p.kind, base: on, discount: d });
  }

  const directOut =
    direct === null
      ? null
      : { id: direct.id, kind: direct.kind as PromotionKind, price: directAt, discount: base - directAt };
  return {
    at,
    currency,
    basePrice: base,
    direct: directOut,
    addOns,
    netUnitPrice: running,
    totalDiscount: base - running,
    notApplied,
    warnings: warningsFor(running, currency, input.costFloor ?? null, input.minPrice ?? null, directOut, addOns),
    outletStacking: outlet,
  };
}
