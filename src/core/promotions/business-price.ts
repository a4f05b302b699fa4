// PM-6 business price and quantity discount: for business buyers only (audience business, or "all"
// which a business price means anyway), a quantity tier of at least 1 unit, and a price below the
// current (consumer) price. It never counts into the Was Price nor the 30-day lowest net price
// (PR-2, PR-6), so it has no reference-price condition. Free.
import { dealPriceOf, fail, money, type CheckEnv } from './env.js';
import type { Findings } from './types.js';

const RULE = 'PM-6';

export function checkBusinessPrice(env: CheckEnv, out: Findings): void {
  const p = env.proposal;
  if (p.audience !== 'business' && p.audience !== 'all') {
    fail(out, 'BUSINESS_PRICE_AUDIENCE', RULE, { audience: p.audience });
  }
  if (p.minQty !== null && !(Number.isSafeInteger(p.minQty) && p.minQty >= 1)) {
    fail(out, 'BUSINESS_PRICE_BAD_MIN_QTY', RULE, { minQty: p.minQty });
  }
  const price = dealPriceOf(env);
  const current = env.refs.currentPrice;
  if (price !== null && current !== null && price >= current) {
    fail(out, 'PROMOTION_PRICE_NOT_BELOW_CURRENT', RULE, { price: money(env, price), current: money(env, current) });
  }
}
