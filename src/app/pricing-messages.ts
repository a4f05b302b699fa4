// Messages of the pricing answers (prices, promotion check/add/list/guard, quote): the input errors of
// a proposed promotion file, the statuses and the human labels. English and Simplified Chinese.
import { defineMessages } from '../core/messages/messages.js';

export const PRICING = defineMessages({
  // ---- a proposed promotion (clearway promo check/add FILE.json, POST /promotions…) ----
  PROPOSAL_UNREADABLE: { en: 'cannot read the file: {detail}', zh: '无法读取文件：{detail}' },
  PROPOSAL_NOT_JSON: { en: 'not a JSON document: {detail}', zh: '不是 JSON 文档：{detail}' },
  PROPOSAL_NOT_OBJECT: {
    en: 'must hold one promotion as a JSON object',
    zh: '必须包含一个以 JSON 对象表示的促销',
  },
  PROPOSAL_FIELD: { en: 'field {field}: {reason}', zh: '字段 {field}：{reason}' },
  PROPOSAL_REQUIRED: { en: 'a value is required', zh: '必须填写一个值' },
  PROPOSAL_UNKNOWN_FIELD: {
    en: 'not a field of a promotion (fields: {allowed})',
    zh: '不是促销的字段（可用字段：{allowed}）',
  },
  PROPOSAL_WRONG_TYPE: { en: '{value} is not {expected}', zh: '{value} 不是{expectedZh}' },
  PROPOSAL_NOT_ONE_OF: { en: '{value} is not one of {allowed}', zh: '{value} 不是以下之一：{allowed}' },
  PROPOSAL_NOT_A_DATE: {
    en: '{value} is not a date (YYYY-MM-DD or ISO-8601 with offset)',
    zh: '{value} 不是日期（YYYY-MM-DD 或带时区偏移的 ISO-8601）',
  },
  PROPOSAL_NOT_MONEY: {
    en: '{value} is not an amount (a decimal string like "23.09")',
    zh: '{value} 不是金额（应为 "23.09" 这样的小数字符串）',
  },
  PROPOSAL_MONEY_DECIMALS: {
    en: '{value} has more than {digits} decimal places for {currency}',
    zh: '{value} 的小数位超过 {currency} 允许的 {digits} 位',
  },
  PROPOSAL_NOT_PERCENT: {
    en: '{value} is not a percentage (0 to 100, at most 2 decimals)',
    zh: '{value} 不是百分比（0 到 100，最多两位小数）',
  },
  PROPOSAL_NOT_INTEGER: { en: '{value} is not a whole number ≥ {min}', zh: '{value} 不是 ≥ {min} 的整数' },
  PROPOSAL_NOT_AFTER: {
    en: '{value} must be after start ({start})',
    zh: '{value} 必须晚于开始时间（{start}）',
  },
  PROPOSAL_BLANK: { en: 'must not be empty', zh: '不能为空' },
  PROPOSAL_SKU_NOT_OF_ASIN: {
    en: 'SKU {sku} is not a SKU of ASIN {asin} on {marketplace}',
    zh: 'SKU {sku} 不是 {marketplace} 站点 ASIN {asin} 的 SKU',
  },

  // ---- other inputs ----
  PRICING_BAD_INSTANT: {
    en: '{option}: "{value}" is not an instant (ISO-8601 with offset, or YYYY-MM-DD)',
    zh: '{option}："{value}" 不是时刻（带时区偏移的 ISO-8601，或 YYYY-MM-DD）',
  },
  PRICING_RANGE_EMPTY: {
    en: 'the end of the range ({to}) must be after its start ({from})',
    zh: '时间范围的结束（{to}）必须晚于开始（{from}）',
  },
  PRICING_BAD_QUANTITY: {
    en: '--qty must be a whole number ≥ 1, not "{value}"',
    zh: '--qty 必须是 ≥ 1 的整数，而不是 "{value}"',
  },
  PRICING_NO_PRICE: {
    en: '{item} has no price on {marketplace} at {at}: nothing to quote',
    zh: '{item} 在 {at} 时于 {marketplace} 站点没有价格，无法报价',
  },

  // ---- statuses and outcomes ----
  PROMOTION_STATUS_planned: { en: 'planned', zh: '计划中' },
  PROMOTION_STATUS_live: { en: 'live', zh: '进行中' },
  PROMOTION_STATUS_ended: { en: 'ended', zh: '已结束' },
  PROMO_ADD_ADDED: { en: 'promotion {id} recorded', zh: '已记录促销 {id}' },
  PROMO_ADD_UPDATED: { en: 'promotion {id} updated', zh: '已更新促销 {id}' },
  PROMO_ADD_DUPLICATE: { en: 'promotion {id} was already recorded as is', zh: '促销 {id} 已按相同内容记录过' },
  PROMO_ADD_FORCED: {
    en: 'recorded despite {count} error(s) (--force)',
    zh: '尽管有 {count} 个错误仍已记录（--force）',
  },
  PROMO_ADD_REFUSED: {
    en: 'promotion {id} not recorded: {count} error(s); fix them or give --force to record it anyway',
    zh: '未记录促销 {id}：有 {count} 个错误；请修正，或用 --force 强制记录',
  },
});

/** Explanations of `clearway prices` (the `why` list), each citing its rule. */
export const PRICES_WHY = defineMessages({
  PRICES_WHY_CURRENT: {
    en: 'current price {price} {currency} is the price of SKU {sku}, the lowest new-condition SKU price (PR-5, DEC-2)',
    zh: '当前价格 {price} {currency} 是 SKU {sku} 的价格，即全新状况 SKU 中的最低价（PR-5、DEC-2）',
  },
  PRICES_WHY_NO_CURRENT: {
    en: 'no price of a new-condition SKU is known at this instant (PR-5)',
    zh: '此时刻没有任何全新状况 SKU 的价格（PR-5）',
  },
  PRICES_WHY_WAS: {
    en: 'Was Price {value} {currency} is the median unit price of {orders} qualifying order lines (PR-2)',
    zh: '历史售价（Was Price）{value} {currency} 是 {orders} 笔合格订单行单价的中位数（PR-2）',
  },
  PRICES_WHY_WAS_FROZEN: {
    en: 'Was Price frozen at {value} {currency} for {event} from {from} to {to}; the computed value is ignored (PR-3)',
    zh: '历史售价在 {event} 期间冻结为 {value} {currency}（{from} 至 {to}），计算值被忽略（PR-3）',
  },
  PRICES_WHY_LOWEST_NET_PROMO: {
    en: '30-day lowest net price {value} {currency}, from {at}: {stack} ({kinds}), for {context} buyers (PR-6)',
    zh: '30 天最低净价 {value} {currency}，自 {at} 起：{stack}（{kinds}），适用买家：{context}（PR-6）',
  },
  PRICES_WHY_LOWEST_NET_PLAIN: {
    en: '30-day lowest net price {value} {currency} is a standard price with no promotion, from {at} (PR-6)',
    zh: '30 天最低净价 {value} {currency} 是未参加促销的标准价格，自 {at} 起（PR-6）',
  },
  PRICES_WHY_NO_LOWEST_NET: {
    en: 'no price in the past 30 days: there is no 30-day lowest net price (PR-6)',
    zh: '过去 30 天内没有价格，因此没有 30 天最低净价（PR-6）',
  },
  PRICES_WHY_REFERENCE_LIST: {
    en: 'reference price {value} {currency} is the validated List Price',
    zh: '参考价 {value} {currency} 是已验证的建议零售价（List Price）',
  },
  PRICES_WHY_REFERENCE_WAS: {
    en: 'reference price {value} {currency} is the Was Price (the List Price is not validated)',
    zh: '参考价 {value} {currency} 是历史售价（建议零售价未经验证）',
  },
  PRICES_WHY_REFERENCE_NONE: {
    en: 'no reference price: neither a validated List Price nor a Was Price; coupons and deals that need one are refused',
    zh: '没有参考价：既没有已验证的建议零售价，也没有历史售价；需要参考价的优惠券和秒杀将被拒绝',
  },
});
