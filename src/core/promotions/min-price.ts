// PM-8 minimum price guard: while the proposal runs, any buyer (every context and code combination
// of the PQ-4 loss guard) whose net price falls under the SKU's minimum price makes the offer
// inactive → one OFFER_WOULD_BE_INACTIVE warning naming the worst such buyer and the stack. Breaches
// the proposal takes part in are preferred; the lowest net price, then the earliest instant, wins.
import type { PromotionFact } from '../catalog/facts.js';
import { lossGuard, type LossGuardFinding } from '../quote/loss-guard.js';
import type { BuyerContext } from '../quote/types.js';
import { instant, money, warn, type CheckEnv } from './env.js';
import type { Findings } from './types.js';

/** A buyer context in words, English and Chinese: "Prime, first-time, consumer, qty 1, codes SAVE10". */
export function describeBuyer(b: BuyerContext): { en: string; zh: string } {
  const en = [
    b.prime ? 'Prime' : 'non-Prime',
    b.firstTime ? 'first-time' : 'returning',
    b.business ? 'business' : 'consumer',
  ];
  const zh = [
    b.prime ? 'Prime 会员' : '非 Prime 会员',
    b.firstTime ? '首次购买' : '老买家',
    b.business ? '企业买家' : '个人买家',
  ];
  en.push(`qty ${b.quantity}`);
  zh.push(`数量 ${b.quantity}`);
  if (b.codes.length > 0) {
    en.push(`codes ${b.codes.join(',')}`);
    zh.push(`促销码 ${b.codes.join(',')}`);
  }
  return { en: en.join(', '), zh: zh.join('，') };
}

function worse(a: LossGuardFinding, b: LossGuardFinding, id: string): boolean {
  const ai = a.stack.includes(id);
  const bi = b.stack.includes(id);
  if (ai !== bi) return ai;
  return a.netUnitPrice < b.netUnitPrice || (a.netUnitPrice === b.netUnitPrice && a.start < b.start);
}

export function checkMinPrice(env: CheckEnv, out: Findings): void {
  const p = env.proposal;
  const minPrice = env.product.minPrice;
  if (minPrice === null || !(p.end > p.start)) return;
  const prices = env.facts.prices.filter((x) => x.sku === p.sku);
  const promotions: PromotionFact[] = env.facts.promotions.filter((x) => x.sku === p.sku && x.id !== p.id);
  promotions.push(p);
  const result = lossGuard(
    { currency: env.currency, prices, promotions, costFloor: null, minPrice },
    p.start,
    p.end,
    env.rules,
  );
  let worst: LossGuardFinding | null = null;
  for (const f of result.findings) {
    if (f.start >= p.end || !f.breaches.includes('min_price')) continue;
    if (worst === null || worse(f, worst, p.id)) worst = f;
  }
  if (worst === null) return;
  const buyer = describeBuyer(worst.buyer);
  warn(out, 'OFFER_WOULD_BE_INACTIVE', 'PM-8', {
    buyer: buyer.en,
    buyerZh: buyer.zh,
    net: money(env, worst.netUnitPrice),
    at: instant(env, worst.start),
    stack: worst.stack.length > 0 ? worst.stack.join(' + ') : '-',
    minPrice: money(env, minPrice),
  });
}
