// Messages of the promotion checks (PM-1..PM-10, OUT-4/OUT-5 price conditions, GEN-3/GEN-4), English
// and Simplified Chinese. Every message names the values it compared; money values are decimal strings
// in major units of the marketplace currency.
import { defineMessages, type MessageTemplate } from '../messages/messages.js';

// The four direct-price kinds checked against the same reference comparisons (PM-2, PM-3, PM-4).
const DEAL_LABELS = {
  PD: { en: 'Price Discount', zh: '价格折扣' },
  PED: { en: 'Prime Exclusive Discount', zh: '会员专享折扣' },
  LD: { en: 'Lightning Deal', zh: '秒杀' },
  BD: { en: 'Best Deal', zh: '七天促销' },
} as const;
type DealPrefix = keyof typeof DEAL_LABELS;

function dealComparisons<P extends DealPrefix>(prefix: P) {
  const { en, zh } = DEAL_LABELS[prefix];
  return {
    [`${prefix}_NOT_BELOW_REF`]: {
      en: `${en} price {price} must be at least {pct}% below the reference price {ref} (≤ {max})`,
      zh: `${zh}价格 {price} 须比参考价 {ref} 至少低 {pct}%（≤ {max}）`,
    },
    [`${prefix}_NOT_BELOW_LOWEST_NET`]: {
      en: `${en} price {price} must be at least {pct}% below the 30-day lowest net price {low} (≤ {max})`,
      zh: `${zh}价格 {price} 须比 30 天最低净价 {low} 至少低 {pct}%（≤ {max}）`,
    },
    [`${prefix}_NOT_BELOW_WAS_PRICE`]: {
      en: `${en} price {price} must be at least {pct}% below the Was Price {was} (≤ {max})`,
      zh: `${zh}价格 {price} 须比历史售价（Was Price）{was} 至少低 {pct}%（≤ {max}）`,
    },
    [`${prefix}_NOT_BELOW_CURRENT`]: {
      en: `${en} price {price} must be at least {pct}% below the current price {current} (≤ {max})`,
      zh: `${zh}价格 {price} 须比当前售价 {current} 至少低 {pct}%（≤ {max}）`,
    },
  } as Record<`${P}_NOT_BELOW_${'REF' | 'LOWEST_NET' | 'WAS_PRICE' | 'CURRENT'}`, MessageTemplate>;
}

export const PROMOTION_MESSAGES = defineMessages({
  ...dealComparisons('PD'),
  ...dealComparisons('PED'),
  ...dealComparisons('LD'),
  ...dealComparisons('BD'),

  // ---- malformed proposals --------------------------------------------------------------------
  PROMOTION_END_NOT_AFTER_START: {
    en: 'The promotion must end after it starts (start {start}, end {end})',
    zh: '促销的结束时间须晚于开始时间（开始 {start}，结束 {end}）',
  },
  PROMOTION_PRODUCT_MISMATCH: {
    en: 'The promotion is for SKU {sku} on {marketplace}, but the product given is SKU {productSku} on {productMarketplace}',
    zh: '促销针对 {marketplace} 站点的 SKU {sku}，但给出的商品是 {productMarketplace} 站点的 SKU {productSku}',
  },
  PROMOTION_DISCOUNT_MISSING: {
    en: 'A {kind} needs a discount: a percentage or an amount',
    zh: '{kind} 须设置折扣：百分比或金额',
  },
  PROMOTION_PRICE_MISSING: {
    en: 'A {kind} needs a promotional price or a discount off the current price',
    zh: '{kind} 须设置促销价或相对当前售价的折扣',
  },
  PROMOTION_DISCOUNT_AMBIGUOUS: {
    en: 'Give the discount either as a percentage ({pct}%) or as an amount ({amount}), not both',
    zh: '折扣只能按百分比（{pct}%）或金额（{amount}）二选一设置，不能同时设置',
  },
  PROMOTION_INVALID_VALUE: {
    en: 'The promotion values are invalid (price {price}, discount {pct}%, amount {amount}): a percentage must be in (0, 100] with at most two decimals, an amount above zero',
    zh: '促销数值无效（价格 {price}，折扣 {pct}%，金额 {amount}）：百分比须在 (0, 100] 之间且最多两位小数，金额须大于零',
  },
  PROMOTION_PRICE_NOT_BELOW_CURRENT: {
    en: 'The promotional price {price} must be below the current price {current}',
    zh: '促销价 {price} 须低于当前售价 {current}',
  },
  NO_CURRENT_PRICE: {
    en: 'SKU {sku} has no current price at {at}: the promotion cannot be checked against it (PR-5)',
    zh: 'SKU {sku} 在 {at} 没有当前售价，无法据此检查促销（PR-5）',
  },
  NO_REFERENCE_PRICE: {
    en: 'No reference price at {at}: neither a validated List Price nor a Was Price exists',
    zh: '{at} 时没有参考价：既没有已验证的建议零售价（List Price），也没有历史售价（Was Price）',
  },
  THRESHOLD_ASSUMED: {
    en: 'Thresholds {params} are not known for {marketplace} and are taken from US (assumed)',
    zh: '{marketplace} 站点未知阈值 {params}，暂按美国站取值（假定）',
  },

  // ---- PM-1 coupon ------------------------------------------------------------------------------
  COUPON_PRICE_ABOVE_130_PCT_OF_REF: {
    en: 'The current price {current} must be at most {pct}% of the reference price {ref} (≤ {max})',
    zh: '当前售价 {current} 须不高于参考价 {ref} 的 {pct}%（≤ {max}）',
  },
  COUPON_NET_ABOVE_95_PCT_OF_REF: {
    en: 'Net price after the coupon {net} must be at most {pct}% of the reference price {ref} (≤ {max})',
    zh: '券后净价 {net} 须不高于参考价 {ref} 的 {pct}%（≤ {max}）',
  },
  COUPON_DISCOUNT_OUT_OF_RANGE: {
    en: 'The coupon discount {discount} off the current price {current} must be between {min}% and {max}% ({minAmount}–{maxAmount})',
    zh: '优惠券折扣 {discount}（相对当前售价 {current}）须在 {min}% 到 {max}% 之间（{minAmount}–{maxAmount}）',
  },
  COUPON_NO_SALES_HISTORY: {
    en: 'ASIN {asin} has no sales before {at}: a coupon needs a sales history',
    zh: 'ASIN {asin} 在 {at} 之前没有销售记录：优惠券要求商品有销售历史',
  },
  COUPON_EXEMPT_NEW_ASIN: {
    en: 'ASIN created {created}, within the past {days} days: exempt, so {notApplied} not applied',
    zh: 'ASIN 创建于 {created}，在过去 {days} 天内：享受豁免，不适用 {notApplied}',
  },
  COUPON_EXEMPT_RATED: {
    en: 'ASIN rated {rating} with {count} ratings (≥ {minRating} with ≥ {minCount}) and without a Was or List Price: exempt, so {notApplied} not applied',
    zh: 'ASIN 评分 {rating}、评分数 {count}（≥ {minRating} 且 ≥ {minCount}），且没有历史售价或建议零售价：享受豁免，不适用 {notApplied}',
  },
  COUPON_DOUBLE_DISCOUNT: {
    en: 'Coupon {otherId} ({otherDiscount}) is live with this coupon from {from} to {to}: both apply (double discount)',
    zh: '优惠券 {otherId}（{otherDiscount}）与本券在 {from} 至 {to} 同时有效：两张券都会生效（折上折）',
  },

  // ---- PM-2 PED during a declared event ----------------------------------------------------------
  PED_EVENT_DISCOUNT_OUT_OF_RANGE: {
    en: 'During {event} a PED must be {min}%–{max}% off the non-promotional price {current} ({maxPrice}–{minPrice}); {price} is outside',
    zh: '{event} 期间会员专享折扣须比非促销价 {current} 低 {min}%–{max}%（{maxPrice}–{minPrice}）；{price} 不在此范围',
  },
  PED_EVENT_NOT_UNDER_LOWEST_NET: {
    en: 'During {event} a PED price {price} must be below the 30-day lowest net price {low} (≤ {max})',
    zh: '{event} 期间会员专享折扣价格 {price} 须低于 30 天最低净价 {low}（≤ {max}）',
  },

  // ---- PM-3 lightning deal, PM-4 best deal ---------------------------------------------------------
  LD_TOO_LONG: {
    en: 'A Lightning Deal runs at most {maxHours} hours; this one runs {hours} hours',
    zh: '秒杀最长 {maxHours} 小时；本次为 {hours} 小时',
  },
  LD_SPACING_TOO_SHORT: {
    en: 'Lightning Deal {otherId} ({otherStart} – {otherEnd}) is {gapDays} days away (end to start); two Lightning Deals on one ASIN must be at least {minDays} days apart',
    zh: '秒杀 {otherId}（{otherStart} – {otherEnd}）与本次间隔 {gapDays} 天（结束到开始）；同一 ASIN 两次秒杀须间隔至少 {minDays} 天',
  },
  BD_ABOVE_LOWEST_NET: {
    en: 'Best Deal price {price} must be at most the 30-day lowest net price {low}',
    zh: '七天促销价格 {price} 须不高于 30 天最低净价 {low}',
  },
  BD_NOT_UNDER_WAS_PRICE: {
    en: 'Best Deal price {price} must be below the Was Price {was} (≤ {max})',
    zh: '七天促销价格 {price} 须低于历史售价（Was Price）{was}（≤ {max}）',
  },
  BD_DURATION_OUT_OF_RANGE: {
    en: 'A Best Deal runs {min} to {max} days; this one runs {days} days',
    zh: '七天促销持续 {min} 到 {max} 天；本次为 {days} 天',
  },

  // ---- PM-5 promotion codes, PM-6 business prices -----------------------------------------------------
  PROMO_CODE_MISSING_CODE: {
    en: 'A promotion code needs the code buyers enter',
    zh: '促销码须设置买家输入的代码',
  },
  PROMO_CODE_TYPE_DEFAULTED: {
    en: 'No code type given: the code {code} is treated as unrestricted',
    zh: '未设置促销码类型：促销码 {code} 按无限制型处理',
  },
  PROMO_CODE_DISCOUNT_OUT_OF_RANGE: {
    en: 'The promotion code discount {discount} off the current price {current} must be between {min}% and {max}% ({minAmount}–{maxAmount})',
    zh: '促销码折扣 {discount}（相对当前售价 {current}）须在 {min}% 到 {max}% 之间（{minAmount}–{maxAmount}）',
  },
  PROMO_CODE_STACKS_WITH_COUPON: {
    en: 'Coupon {otherId} and this code are both stackable and live together from {from} to {to}: both discounts apply',
    zh: '优惠券 {otherId} 与本促销码都允许叠加，且在 {from} 至 {to} 同时有效：两项折扣都会生效',
  },
  BUSINESS_PRICE_AUDIENCE: {
    en: 'A business price is for business buyers only; audience "{audience}" is not allowed',
    zh: '企业价格仅面向企业买家；不允许受众 "{audience}"',
  },
  BUSINESS_PRICE_BAD_MIN_QTY: {
    en: 'The quantity tier of a business price must be a whole number of at least 1, got {minQty}',
    zh: '企业价格的数量档位须为不小于 1 的整数，实际为 {minQty}',
  },

  // ---- OUT-4 / OUT-5 Outlet price conditions ------------------------------------------------------------
  OUTLET_PRICE_ABOVE_MAX: {
    en: 'Maximum deal price is {max}: the lower of the lowest new-condition offer {lowestOffer} and the current price {current} less {pct}% ({reduced}); {price} is above it',
    zh: '最高活动价为 {max}：取全新品最低报价 {lowestOffer} 与当前售价 {current} 降 {pct}% 后（{reduced}）中的较低者；{price} 高于此价',
  },
  OUTLET_DISCOUNT_TOO_SMALL: {
    en: 'An Outlet price must be at least {min}% off the current price {current} (≤ {max}); {price} is not',
    zh: '奥特莱斯价格须比当前售价 {current} 至少低 {min}%（≤ {max}）；{price} 未达到',
  },
  OUTLET_KIND_MISMATCH: {
    en: '{price} is {discountPct}% off the current price {current}: that is an {actualKind}, not an {kind} (Outlet deal ≥ {dealMin}% off, Outlet sale {min}% to under {dealMin}%)',
    zh: '{price} 比当前售价 {current} 低 {discountPct}%：属于 {actualKind} 而不是 {kind}（奥特莱斯秒杀 ≥ {dealMin}%，奥特莱斯特卖 {min}% 至低于 {dealMin}%）',
  },
  OUTLET_SALE_BELOW_RECOMMENDED: {
    en: 'An Outlet sale is recommended at {min}%–{max}% off; {price} is {discountPct}% off the current price {current}',
    zh: '奥特莱斯特卖建议折扣为 {min}%–{max}%；{price} 比当前售价 {current} 低 {discountPct}%',
  },

  // ---- PM-7, PM-9 calendar; PM-8 minimum price ------------------------------------------------------------
  DIRECT_PRICE_OVERLAP: {
    en: '{otherKind} {otherId} is live from {from} to {to} too: only the lowest direct price is shown, the other does not apply',
    zh: '{otherKind} {otherId} 在 {from} 至 {to} 同时有效：只显示最低的直接价格，另一项不生效',
  },
  DEAL_OVERLAP: {
    en: 'A deal cannot overlap another direct-price promotion: {otherKind} {otherId} is live from {from} to {to}',
    zh: '秒杀类活动不能与其他直接价格促销重叠：{otherKind} {otherId} 在 {from} 至 {to} 有效',
  },
  PROMO_DAY_BUDGET_EXCEEDED: {
    en: '{days} of the {windowDays} days from {from} to {to} would be promotional; at most {max} protect the Was Price',
    zh: '{from} 至 {to} 的 {windowDays} 天中将有 {days} 天处于促销；为保护历史售价，最多 {max} 天',
  },
  OFFER_WOULD_BE_INACTIVE: {
    en: 'A buyer ({buyer}) would pay {net} at {at} ({stack}), under the minimum price {minPrice}: the offer becomes inactive',
    zh: '买家（{buyerZh}）在 {at} 将支付 {net}（{stack}），低于最低价 {minPrice}：商品将变为不可售',
  },

  // ---- fee basis texts (not issues; fees.ts joins the parts) ------------------------------------------
  FEE_BASIS_NO_DATA: {
    en: 'no fee data: rule set {version} has no fee figure for a {kind}',
    zh: '无费用数据：规则集 {version} 没有 {kind} 的费用数据',
  },
  FEE_BASIS_FREE: {
    en: 'free: rule set {version} charges no fee for a {kind}',
    zh: '免费：规则集 {version} 对 {kind} 不收费',
  },
  FEE_BASIS_MODEL: {
    en: 'rule set {version}, {model}: {parts}',
    zh: '规则集 {version}，{model}：{parts}',
  },
  FEE_MODEL_ORDINARY: { en: 'ordinary-day fee', zh: '日常费用' },
  FEE_MODEL_EVENT: { en: 'fee during {event}', zh: '{event} 期间费用' },
  FEE_PART_PER_PROMOTION: { en: '{amount} per promotion', zh: '每次促销 {amount}' },
  FEE_PART_PER_DAY: { en: '{amount} per day × {days} days = {total}', zh: '每天 {amount} × {days} 天 = {total}' },
  FEE_PART_PER_REDEMPTION: {
    en: '{amount} per redemption × {units} units = {total}',
    zh: '每次兑换 {amount} × {units} 件 = {total}',
  },
  FEE_PART_VARIABLE_SALES: {
    en: '{pct}% of sales {sales} ({units} units × {unitPrice}) = {amount}',
    zh: '销售额 {sales}（{units} 件 × {unitPrice}）的 {pct}% = {amount}',
  },
  FEE_PART_VARIABLE_DISCOUNT: {
    en: '{pct}% of the discount {discount} ({units} units × {unitDiscount}) = {amount}',
    zh: '折扣金额 {discount}（{units} 件 × {unitDiscount}）的 {pct}% = {amount}',
  },
  FEE_PART_CAP: { en: 'capped at {cap}', zh: '上限 {cap}' },
  FEE_PART_ONLY_IF_SOLD: { en: 'charged only if a unit sells', zh: '仅在售出至少一件时收取' },
  FEE_UNITS_GIVEN: {
    en: 'expected {units} units = {daily} a day (given) × {days} days',
    zh: '预计 {units} 件 = 每天 {daily} 件（给定）× {days} 天',
  },
  FEE_UNITS_RPL1: {
    en: 'expected {units} units = weighted daily sales {daily} (RPL-1, as of {asOf}) × {days} days',
    zh: '预计 {units} 件 = 加权日均销量 {daily}（RPL-1，截至 {asOf}）× {days} 天',
  },
});

export type PromotionMessageCode = keyof typeof PROMOTION_MESSAGES;
