// PM-5 promotion codes (unrestricted, priority, social media; a BOGO is a priority code — model it as a
// priority code with min_qty 2 and 50% off, or the discount it gives per unit): the discount must be
// 5%–50% of the current price. A code without a code type counts as unrestricted (as in the quote).
// A coupon and a code stack only when both are stackable: an overlap where both are is flagged, since
// both discounts then apply. Promotion codes are free.
import { ceilPercentOf, discountInRange, floorPercentOf } from './coupon.js';
import { addOnOf, fail, instant, money, warn, type CheckEnv } from './env.js';
import { asinPromotions, overlapOf } from './calendar.js';
import type { Findings } from './types.js';

const RULE = 'PM-5';

export function checkPromoCode(env: CheckEnv, out: Findings): void {
  const r = env.rules.promotions;
  const p = env.proposal;
  if (p.codeType === null && p.code !== null && p.code.trim() !== '') {
    warn(out, 'PROMO_CODE_TYPE_DEFAULTED', RULE, { code: p.code });
  }
  const a = addOnOf(env);
  if (a !== null) {
    const { promoCodeMinDiscountPct: min, promoCodeMaxDiscountPct: max } = r;
    if (!discountInRange(p.discountPct, a.discount, a.current, min, max)) {
      fail(out, 'PROMO_CODE_DISCOUNT_OUT_OF_RANGE', RULE, {
        discount: p.discountPct !== null ? `${p.discountPct}%` : money(env, a.discount),
        current: money(env, a.current),
        min,
        max,
        minAmount: money(env, ceilPercentOf(a.current, min)),
        maxAmount: money(env, floorPercentOf(a.current, max)),
      });
    }
  }
  if (!p.stackable) return;
  for (const other of asinPromotions(env)) {
    if (other.kind !== 'coupon' || !other.stackable) continue;
    const o = overlapOf(p, other);
    if (o === null) continue;
    warn(out, 'PROMO_CODE_STACKS_WITH_COUPON', RULE, {
      otherId: other.id,
      from: instant(env, o.from),
      to: instant(env, o.to),
    });
  }
}
