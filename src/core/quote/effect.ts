// What a promotion does to a price (PM intro, PQ-1): a direct price, a percentage or a fixed amount,
// read once per promotion fact and cached (the quote hot path must not re-parse). A promotion whose
// fields make no sense is not an exception: it carries the NotApplied reason the quote reports.
//
// Effect of each combination of the `price`, `discount_pct`, `discount_amount` fields:
// - direct-price kinds (price_discount, ped, lightning_deal, best_deal, business_price, outlet_*):
//   `price` given → that price (a pct/amount beside it is informational and ignored);
//   else exactly one of pct / amount → base × (1 − pct) rounded half up, or base − amount;
//   both pct and amount → PROMOTION_AMBIGUOUS_EFFECT; none → PROMOTION_NO_EFFECT.
// - add-ons (coupon, promo_code): exactly one of pct / amount (a `price` is meaningless for them and is
//   ignored); both → PROMOTION_AMBIGUOUS_EFFECT; none → PROMOTION_NO_EFFECT.
// - a percentage must be in (0, 100] with at most two decimals, an amount a positive integer of minor
//   units, a price a non-negative integer → otherwise PROMOTION_BAD_VALUE.
// - a promo_code needs its code (PROMOTION_CODE_MISSING); a missing code type counts as unrestricted.
import { DIRECT_PRICE_KINDS, type CodeType, type PromotionFact, type PromotionKind } from '../catalog/facts.js';
import { mulDivHalfUp } from '../money/money.js';
import type { NotAppliedReason } from './types.js';

export interface PromotionEffect {
  /** Why the promotion can never apply, or null. */
  readonly error: NotAppliedReason | null;
  readonly direct: boolean;
  /** PQ-2: Outlet deal or sale (additive stacking). */
  readonly outlet: boolean;
  /** Direct price in minor units, or −1. */
  readonly price: number;
  /** Discount in basis points (1% = 100), or −1. */
  readonly bp: number;
  /** Fixed discount in minor units, or −1. */
  readonly amount: number;
  /** Upper-case code of a promo_code, else null. */
  readonly code: string | null;
  readonly codeType: CodeType;
}

const DIRECT = new Set<PromotionKind>(DIRECT_PRICE_KINDS);
const cache = new WeakMap<PromotionFact, PromotionEffect>();

function basisPoints(pct: number): number {
  if (typeof pct !== 'number' || !Number.isFinite(pct) || pct <= 0 || pct > 100) return -1;
  const bp = Math.round(pct * 100);
  return Math.abs(bp - pct * 100) > 1e-6 ? -1 : bp;
}

function build(p: PromotionFact): PromotionEffect {
  const direct = DIRECT.has(p.kind);
  const outlet = p.kind === 'outlet_deal' || p.kind === 'outlet_sale';
  const code = p.kind === 'promo_code' && p.code !== null && p.code.trim() !== '' ? p.code.trim().toUpperCase() : null;
  const codeType: CodeType = p.codeType ?? 'unrestricted';
  const base = { direct, outlet, code, codeType };
  const fail = (error: NotAppliedReason): PromotionEffect => ({ ...base, error, price: -1, bp: -1, amount: -1 });
  if (p.kind === 'promo_code' && code === null) return fail('PROMOTION_CODE_MISSING');
  if (direct && p.price !== null) {
    if (!Number.isSafeInteger(p.price) || p.price < 0) return fail('PROMOTION_BAD_VALUE');
    return { ...base, error: null, price: p.price, bp: -1, amount: -1 };
  }
  const hasPct = p.discountPct !== null;
  const hasAmount = p.discountAmount !== null;
  if (hasPct && hasAmount) return fail('PROMOTION_AMBIGUOUS_EFFECT');
  if (hasPct) {
    const bp = basisPoints(p.discountPct as number);
    if (bp < 0) return fail('PROMOTION_BAD_VALUE');
    return { ...base, error: null, price: -1, bp, amount: -1 };
  }
  if (hasAmount) {
    const amount = p.discountAmount as number;
    if (!Number.isSafeInteger(amount) || amount <= 0) return fail('PROMOTION_BAD_VALUE');
    return { ...base, error: null, price: -1, bp: -1, amount };
  }
  return fail('PROMOTION_NO_EFFECT');
}

/** The (cached) effect of a promotion fact. Facts are immutable, so the cache never goes stale. */
export function effectOf(p: PromotionFact): PromotionEffect {
  let e = cache.get(p);
  if (e === undefined) {
    e = build(p);
    cache.set(p, e);
  }
  return e;
}

const SAFE = Number.MAX_SAFE_INTEGER;

/** amount × bp ÷ 10 000 rounded half up (DEC-5), exact; amount ≥ 0. Plain numbers while exact. */
export function percentOf(amount: number, bp: number): number {
  const p = amount * bp;
  if (p > SAFE) return mulDivHalfUp(amount, bp, 10_000);
  let q = Math.floor(p / 10_000);
  let r = p - q * 10_000; // exact; corrects a float quotient that rounded across an integer
  if (r < 0) {
    q -= 1;
    r += 10_000;
  } else if (r >= 10_000) {
    q += 1;
    r -= 10_000;
  }
  return r * 2 >= 10_000 ? q + 1 : q;
}

/** The discount a percentage/amount add-on gives on `base`, before the cut at zero (DEC-5). */
export function addOnDiscount(e: PromotionEffect, base: number): number {
  return e.bp >= 0 ? percentOf(base, e.bp) : e.amount;
}

/** The price a direct-price promotion sets on `base` (never below 0). */
export function directPrice(e: PromotionEffect, base: number): number {
  if (e.price >= 0) return e.price;
  if (e.bp >= 0) return base - percentOf(base, e.bp);
  return e.amount >= base ? 0 : base - e.amount;
}
