// Messages of the price quote (PQ-1..PQ-4, PM-5, PM-7, PM-8), English and Simplified Chinese.
// NotApplied reasons are rendered by the app from `reason` + `values`; warnings are RuleIssues.
import { defineMessages } from '../messages/messages.js';

export const QUOTE_MESSAGES = defineMessages({
  // ---- why a live promotion did not apply (PQ-1) ----
  PROMOTION_NO_EFFECT: {
    en: 'promotion {id} gives neither a price nor a discount',
    zh: '促销 {id} 既没有价格也没有折扣',
  },
  PROMOTION_AMBIGUOUS_EFFECT: {
    en: 'promotion {id} gives both a discount percentage and a discount amount',
    zh: '促销 {id} 同时给出了折扣比例和折扣金额，无法确定其效果',
  },
  PROMOTION_BAD_VALUE: {
    en: 'promotion {id} has an impossible price or discount',
    zh: '促销 {id} 的价格或折扣不合理',
  },
  PROMOTION_CODE_MISSING: {
    en: 'promotion code {id} has no code',
    zh: '促销码 {id} 没有设置代码',
  },
  PED_PRIME_ONLY: {
    en: 'PED {id} is for Prime members only (PM-2)',
    zh: '会员专享折扣 {id} 仅对 Prime 会员有效（PM-2）',
  },
  AUDIENCE_PRIME_ONLY: {
    en: 'promotion {id} is for Prime members only',
    zh: '促销 {id} 仅对 Prime 会员有效',
  },
  AUDIENCE_NEW_BUYER_ONLY: {
    en: 'promotion {id} is for first-time buyers only',
    zh: '促销 {id} 仅对首次购买的买家有效',
  },
  AUDIENCE_BUSINESS_ONLY: {
    en: 'promotion {id} is for business buyers only (PM-6)',
    zh: '促销 {id} 仅对企业买家有效（PM-6）',
  },
  BELOW_MIN_QUANTITY: {
    en: 'promotion {id} needs at least {minQty} units, the order has {quantity}',
    zh: '促销 {id} 需要至少 {minQty} 件，订单只有 {quantity} 件',
  },
  CODE_NOT_ENTERED: {
    en: 'code {code} of promotion {id} was not entered',
    zh: '买家未输入促销 {id} 的代码 {code}',
  },
  DIRECT_PRICE_NOT_BELOW_BASE: {
    en: 'the price {price} of promotion {id} is not below the current price {basePrice}',
    zh: '促销 {id} 的价格 {price} 不低于当前价格 {basePrice}',
  },
  DIRECT_PRICE_NOT_LOWEST: {
    en: 'only one direct-price promotion applies at a time: {taken} at {takenPrice} is lower than {id} at {price} (PM-7)',
    zh: '同一时间只能生效一个直接价格类促销：{taken} 的价格 {takenPrice} 低于 {id} 的 {price}（PM-7）',
  },
  CODE_NOT_WITH_DEAL: {
    en: 'a {codeType} code does not stack with the deal {taken}; only social-media codes do (PM-5)',
    zh: '{codeType} 类促销码不能与秒杀 {taken} 叠加，只有社交媒体码可以（PM-5）',
  },
  PRIORITY_CODE_NOT_LARGEST: {
    en: 'only the priority code with the largest discount applies: {taken} (PM-5)',
    zh: '同一订单只生效折扣最大的优先型促销码：{taken}（PM-5）',
  },
  COUPON_CODE_NOT_STACKABLE: {
    en: '{id} and {taken} are not both stackable, so only the larger discount ({taken}) applies (PM-5)',
    zh: '{id} 与 {taken} 未同时允许叠加，只生效折扣更大的 {taken}（PM-5）',
  },
  // ---- warnings (PQ-3, PM-8) ----
  LOSS: {
    en: 'net price {net} {currency} is at or below the cost floor {costFloor} {currency}; stack: {stack} (PQ-3)',
    zh: '净价 {net} {currency} 不高于成本底线 {costFloor} {currency}，叠加的促销：{stack}（PQ-3）',
  },
  ZERO_PRICE: {
    en: 'net price is {net} {currency}: a zero-price order; stack: {stack} (PQ-3)',
    zh: '净价为 {net} {currency}，会产生 0 元订单，叠加的促销：{stack}（PQ-3）',
  },
  OFFER_INACTIVE: {
    en: 'net price {net} {currency} is below the minimum price {minPrice} {currency}: the offer becomes inactive; stack: {stack} (PM-8)',
    zh: '净价 {net} {currency} 低于最低价格 {minPrice} {currency}，商品将变为不可售，叠加的促销：{stack}（PM-8）',
  },
  // ---- loss guard (PQ-4) ----
  LOSS_GUARD_CODES_TRUNCATED: {
    en: '{codes} promotion codes are live; only {checked} code combinations were checked (all codes together always are) (PQ-4)',
    zh: '有 {codes} 个促销码同时有效，只检查了 {checked} 种代码组合（总是包括全部代码同时使用）（PQ-4）',
  },
});

export type QuoteMessageCode = keyof typeof QUOTE_MESSAGES;
