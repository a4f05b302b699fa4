// Malformed proposals (GEN-4): checks that come before any rule — end after start, the product it
// names, a usable price or discount (the quote's effect rules, quote/effect.ts), and a current price
// to compare against (PR-5). Each is an error with a code under the kind's rule ID.
import { effectOf } from '../quote/effect.js';
import { fail, instant, isDirectPrice, money, RULE_OF_KIND, type CheckEnv } from './env.js';
import type { Findings } from './types.js';

export function checkShape(env: CheckEnv, out: Findings): void {
  const p = env.proposal;
  const rule = RULE_OF_KIND[p.kind];
  if (!(p.end > p.start)) {
    fail(out, 'PROMOTION_END_NOT_AFTER_START', rule, { start: instant(env, p.start), end: instant(env, p.end) });
  }
  if (p.sku !== env.product.sku || p.marketplace !== env.product.marketplace) {
    fail(out, 'PROMOTION_PRODUCT_MISMATCH', rule, {
      sku: p.sku,
      marketplace: p.marketplace,
      productSku: env.product.sku,
      productMarketplace: env.product.marketplace,
    });
  }
  let e = effectOf(p);
  if (e.error === 'PROMOTION_CODE_MISSING') {
    fail(out, 'PROMO_CODE_MISSING_CODE', rule, { id: p.id });
    // Every condition is reported: check the discount as if the code were there.
    e = effectOf({ ...p, code: p.id });
  }
  const direct = isDirectPrice(p.kind);
  switch (e.error) {
    case null:
      break;
    case 'PROMOTION_NO_EFFECT':
      fail(out, direct ? 'PROMOTION_PRICE_MISSING' : 'PROMOTION_DISCOUNT_MISSING', rule, { kind: p.kind });
      break;
    case 'PROMOTION_AMBIGUOUS_EFFECT':
      fail(out, 'PROMOTION_DISCOUNT_AMBIGUOUS', rule, {
        pct: p.discountPct,
        amount: p.discountAmount === null ? null : money(env, p.discountAmount),
      });
      break;
    default:
      fail(out, 'PROMOTION_INVALID_VALUE', rule, {
        price: p.price === null ? '-' : Number.isSafeInteger(p.price) ? money(env, p.price) : String(p.price),
        pct: p.discountPct ?? '-',
        amount:
          p.discountAmount === null
            ? '-'
            : Number.isSafeInteger(p.discountAmount)
              ? money(env, p.discountAmount)
              : String(p.discountAmount),
      });
  }
  if (env.refs.currentPrice === null) {
    fail(out, 'NO_CURRENT_PRICE', rule, { sku: p.sku, at: instant(env, env.asOf) });
  }
}
