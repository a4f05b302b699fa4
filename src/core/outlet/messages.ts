// Messages of the Outlet capability (OUT-1..OUT-13), English and Simplified Chinese (GEN-4). The price
// conditions of OUT-4/OUT-5 reuse the promotion validator's codes (promotions/messages.ts), so a
// `promo check` and an Outlet submission say the same thing.
import { defineMessages } from '../messages/messages.js';
import '../promotions/messages.js';

export const OUTLET_MESSAGES = defineMessages({
  // ---- eligibility criteria (OUT-1, OUT-2): each names its requirement and the value found --------
  OUTLET_NOT_PROFESSIONAL: {
    en: 'Selling plan: {value} (a Professional selling plan is needed)',
    zh: '销售计划：{value}（须为专业销售计划）',
  },
  OUTLET_SELLER_RATING_TOO_LOW: {
    en: 'Overall seller rating: {value} (at least {min} needed)',
    zh: '卖家整体评分：{value}（至少须为 {min}）',
  },
  OUTLET_NOT_AGED: {
    en: 'Units in fulfilment centres for at least {days} days: {value} (some are needed)',
    zh: '在运营中心存放至少 {days} 天的库存：{value} 件（须有库存）',
  },
  OUTLET_ON_HAND_TOO_LOW: {
    en: 'Units on hand over all SKUs of the ASIN: {value} (more than {min} needed)',
    zh: '该 ASIN 所有 SKU 的现有库存：{value} 件（须超过 {min} 件）',
  },
  OUTLET_NO_SALES_HISTORY: {
    en: 'Units sold so far: {value} (a sales history is needed)',
    zh: '迄今售出：{value} 件（须有销售历史记录）',
  },
  OUTLET_NOT_NEW: { en: 'Condition: {value} (new condition is needed)', zh: '商品状况：{value}（须为新品）' },
  OUTLET_PRODUCT_RATING_TOO_LOW: {
    en: 'Product rating: {value} from {count} ratings (at least {min} stars, or no reviews, needed)',
    zh: '商品评分：{value}（{count} 条评分）（须至少 {min} 星或没有评论）',
  },
  OUTLET_SUBSCRIBE_AND_SAVE: {
    en: 'Enrolled in Subscribe & Save: {value} (must not be)',
    zh: '已注册"订购省"：{value}（须未注册）',
  },
  OUTLET_IN_OTHER_DEAL: {
    en: 'Other deals on the ASIN now: {value} (must be none)',
    zh: '该 ASIN 当前参加的其他促销：{value}（须没有）',
  },
  OUTLET_RECENT_DEAL: {
    en: 'Outlet deal run in the past {days} days: {value} (must be none)',
    zh: '过去 {days} 天内参加的奥特莱斯促销：{value}（须没有）',
  },
  OUTLET_COOLDOWN: {
    en: 'Eligible again after the last Outlet deal from: {value} ({days} days after its end)',
    zh: '上一次奥特莱斯促销后重新符合条件的日期：{value}（促销结束后 {days} 天）',
  },
  OUTLET_IMAGES_NOT_COMPLIANT: {
    en: 'Images and policies compliant: {value} (must be)',
    zh: '图片与政策合规：{value}（须合规）',
  },
  OUTLET_NO_CURRENT_PRICE: {
    en: 'The ASIN has no current price on {marketplace}: no maximum deal price can be computed',
    zh: '该 ASIN 在 {marketplace} 没有当前价格：无法计算最高促销价格',
  },

  // ---- actions on a deal (OUT-7, OUT-9) -----------------------------------------------------------
  OUTLET_NOT_SUBMITTED: {
    en: 'Deal {id} is {status}: the seller may update the price or cancel only while it is SUBMITTED (afterwards, contact Selling Partner Support)',
    zh: '促销 {id} 状态为 {status}：卖家只能在"已提交"状态下更改价格或取消（之后请联系销售伙伴支持）',
  },
  OUTLET_NOT_UNDER_REVIEW: {
    en: 'Deal {id} is {status}: only a SUBMITTED deal is reviewed',
    zh: '促销 {id} 状态为 {status}：只有"已提交"的促销才会被审核',
  },
  OUTLET_ALREADY_FINAL: {
    en: 'Deal {id} is {status} already: it cannot be cancelled',
    zh: '促销 {id} 已是 {status} 状态：无法取消',
  },
  OUTLET_PRICING_RULE_WARNING: {
    en: 'Automated pricing rule {ruleId} is active on {sku} (minimum price {minPrice}): pause or delete it, or the price cannot drop to {price} at the start and the deal will be cancelled',
    zh: '{sku} 上的自动定价规则 {ruleId} 处于启用状态（最低价格 {minPrice}）：请暂停或删除，否则促销开始时价格无法降至 {price}，促销将被取消',
  },
  OUTLET_PRICING_RULE_ACTIVE: {
    en: 'Automated pricing rule {ruleId} is active on {sku}: remove pricing rules before submitting, they may keep the price from dropping',
    zh: '{sku} 上的自动定价规则 {ruleId} 处于启用状态：提交前请删除定价规则，它可能阻止价格自动下调',
  },

  // ---- review (OUT-8): why a submission was not approved -------------------------------------
  OUTLET_REVIEW_OVERLAPPING_DEAL: {
    en: 'The ASIN is already scheduled for a deal that overlaps the Outlet deal schedule (e.g. a Lightning Deal)',
    zh: '该 ASIN 已安排了与奥特莱斯促销时间重叠的促销（例如秒杀）',
  },
  OUTLET_REVIEW_IMAGES: {
    en: 'The product images do not follow the category guidelines',
    zh: '商品图片不符合分类指南的要求',
  },
  OUTLET_REVIEW_RATING: { en: 'The customer review rating is below three stars', zh: '买家评论评分低于 3 星' },
  OUTLET_REVIEW_OUT_OF_STOCK: { en: 'The ASIN ran out of stock', zh: '该 ASIN 已缺货' },
  OUTLET_REVIEW_ABOVE_MAX: {
    en: 'The maximum deal price fell below the submitted price through price changes',
    zh: '由于价格波动，最高促销价格已低于提交的价格',
  },
  OUTLET_REVIEW_OPERATOR: { en: 'Not approved by the reviewer: {text}', zh: '审核未通过：{text}' },

  // ---- removal after approval (OUT-10) ---------------------------------------------------------
  OUTLET_REMOVED_ABOVE_MAX: {
    en: "The deal price became higher than the maximum deal price: another seller's new-condition offer is lower",
    zh: '促销价格高于最高促销价格：其他卖家的新品报价更低',
  },
  OUTLET_REMOVED_BUY_BOX: {
    en: 'The approved deal price is not the Buy Box winning price',
    zh: '获批的促销价格不是赢得"购买按钮"的价格',
  },
  OUTLET_REMOVED_PRICE_CHANGED: {
    en: 'The current price changed before the deal started, so the deal price is no longer at least the minimum discount below it',
    zh: '促销开始前当前售价发生了变更，促销价格已不再低于当前售价至少最低折扣',
  },
  OUTLET_REMOVED_OUT_OF_STOCK: { en: 'There is no remaining new inventory', zh: '没有剩余的新品库存' },
  OUTLET_REMOVED_RATING: {
    en: 'The product rating fell under the minimum threshold',
    zh: '商品评分降至最低阈值以下',
  },
  OUTLET_REMOVED_IMAGES: {
    en: 'The product images do not follow the product image requirements',
    zh: '商品图片不符合商品图片要求',
  },

  // ---- cancellation (OUT-7, OUT-9, OUT-10) ------------------------------------------------------
  PRICING_RULE_BLOCKED: {
    en: 'An automated pricing rule with a minimum price above the deal price kept the price from dropping at the start: the deal is cancelled',
    zh: '自动定价规则的最低价格高于促销价格，促销开始时价格无法下调：促销已取消',
  },
  OUTLET_OWN_PRICE_RAISED: {
    en: 'The seller raised the price above the maximum deal price while the deal was running: the deal is cancelled',
    zh: '促销进行期间卖家将价格提高到最高促销价格以上：促销已取消',
  },
  OUTLET_CANCELLED_BY_SELLER: { en: 'Cancelled by the seller before review', zh: '卖家在审核前取消' },
  OUTLET_CANCELLED_BY_OPERATOR: { en: 'Cancelled by Selling Partner Support', zh: '由销售伙伴支持取消' },
  OUTLET_ACCOUNT_FLAGGED: {
    en: 'The account is marked after a seller-caused cancellation of deal {dealId} on {day}: Outlet recommendations are suppressed',
    zh: '因卖家原因取消促销 {dealId}（{day}），账户已被标记：奥特莱斯推荐已被暂停',
  },

  // ---- automated pricing rules (OUT-9) ------------------------------------------------------------
  PRICING_RULE_EXISTS: { en: 'Pricing rule {ruleId} exists already', zh: '定价规则 {ruleId} 已存在' },
  PRICING_RULE_NOT_ACTIVE: {
    en: 'Pricing rule {ruleId} is {status}: only an active rule can be paused',
    zh: '定价规则 {ruleId} 状态为 {status}：只能暂停启用中的规则',
  },
  PRICING_RULE_NOT_PAUSED: {
    en: 'Pricing rule {ruleId} is {status}: only a paused rule can be resumed',
    zh: '定价规则 {ruleId} 状态为 {status}：只能恢复已暂停的规则',
  },
  PRICING_RULE_DELETED: { en: 'Pricing rule {ruleId} is deleted already', zh: '定价规则 {ruleId} 已被删除' },
  PRICING_RULE_MIN_ABOVE_MAX: {
    en: 'The minimum price {minPrice} is above the maximum price {maxPrice}',
    zh: '最低价格 {minPrice} 高于最高价格 {maxPrice}',
  },

  // ---- recommendations (OUT-3) and advice (OUT-13) --------------------------------------------
  OUTLET_RECOMMEND_STOCK_TO_SALES: {
    en: 'Stock-to-sales ratio {ratio} is above {threshold}',
    zh: '库存销售比 {ratio} 高于 {threshold}',
  },
  OUTLET_RECOMMEND_AGED: {
    en: '{units} units are aged more than {days} days',
    zh: '{units} 件库存库龄超过 {days} 天',
  },
  OUTLET_ADVICE_UNDER_PRICE: {
    en: 'Consider discounting more than recommended: items under {limit} get extra promotion on the Under {limit} page',
    zh: '可考虑高于建议的折扣：{limit} 以下的商品会在"{limit} 以下"页面获得更多推广',
  },
  OUTLET_ADVICE_SIBLINGS: {
    en: 'Discount the sibling variations of {parentAsin} too, even without an Outlet recommendation',
    zh: '同系列 {parentAsin} 的变体也请一并打折，即使没有奥特莱斯推荐',
  },
  OUTLET_ADVICE_IMAGES: {
    en: 'Use high-quality, compliant images: such ASINs are more likely to be featured',
    zh: '请使用合规的优质图片：这样的 ASIN 更有机会获得展示',
  },
  OUTLET_ADVICE_COUPON: {
    en: 'Pair the deal with a coupon to improve conversion (the discounts add up, PQ-2)',
    zh: '可同时使用优惠券以提高转化率（折扣叠加，PQ-2）',
  },
  OUTLET_ADVICE_TWO_WEEKS: {
    en: 'Do not submit unless the full {days} days are acceptable: there is no quantity limit and no self-service stop once it starts',
    zh: '如果不确定能否接受完整的 {days} 天，请勿提交：促销一旦开始，无法限制数量，也无法自助停止',
  },
});

export type OutletMessageCode = keyof typeof OUTLET_MESSAGES;

/** The rule behind a deal's reason code (an operator's own words are OUT-8's). */
export function reasonRule(code: string): string {
  if (code === 'PRICING_RULE_BLOCKED') return 'OUT-9';
  if (code === 'OUTLET_CANCELLED_BY_SELLER' || code === 'OUTLET_CANCELLED_BY_OPERATOR') return 'OUT-7';
  if (code.startsWith('OUTLET_REMOVED_') || code === 'OUTLET_OWN_PRICE_RAISED') return 'OUT-10';
  return 'OUT-8';
}

/** A reason as code + message: a catalogue code renders its message, anything else is an operator's words. */
export function reasonCode(reason: string): { code: string; values: Record<string, unknown> } {
  return reason in OUTLET_MESSAGES
    ? { code: reason, values: {} }
    : { code: 'OUTLET_REVIEW_OPERATOR', values: { text: reason } };
}
