// Messages of the reference prices (PR-1..PR-7), English and Simplified Chinese.
import { defineMessages } from '../messages/messages.js';

export const REFERENCE_PRICE_MESSAGES = defineMessages({
  LIST_PRICE_NOT_SET: {
    en: 'no List Price is set for ASIN {asin} (PR-1)',
    zh: 'ASIN {asin} 未设置建议零售价（List Price）（PR-1）',
  },
  LIST_PRICE_VALIDATED_BY_ORDERS: {
    en: 'List Price {listPrice} {currency} is validated by {orders} order(s) at or above it in the past {days} days, not in the past {hours} hours (PR-1a)',
    zh: '建议零售价 {listPrice} {currency} 已由过去 {days} 天内（不含最近 {hours} 小时）{orders} 笔不低于该价格的订单验证（PR-1a）',
  },
  LIST_PRICE_VALIDATED_BY_EVIDENCE: {
    en: 'List Price {listPrice} {currency} is validated by external evidence: {url} (PR-1b)',
    zh: '建议零售价 {listPrice} {currency} 已由外部证据验证：{url}（PR-1b）',
  },
  LIST_PRICE_NOT_VALIDATED: {
    en: 'List Price {listPrice} {currency} is not validated: {orders} of the {needed} order(s) needed at or above it in the past {days} days (not the past {hours} hours), and no evidence; it is ignored as a reference (PR-1)',
    zh: '建议零售价 {listPrice} {currency} 未经验证：过去 {days} 天内（不含最近 {hours} 小时）只有 {orders} 笔不低于该价格的订单（需要 {needed} 笔），且没有外部证据，因此不作为参考价（PR-1）',
  },
  WAS_PRICE_TOO_FEW_ORDERS: {
    en: 'a Was Price needs {needed} qualifying orders in the past {days} days; there are {orders} (PR-2)',
    zh: '历史售价（Was Price）需要过去 {days} 天内至少 {needed} 笔合格订单，目前只有 {orders} 笔（PR-2）',
  },
  WAS_PRICE_REFRESH_SUPPORTED: {
    en: 'a Was Price refresh is supported by {orders} non-B2B, non-promotional orders in the past {days} days, none in the past {hours} hours; their median is {value} {currency} (PR-7)',
    zh: '过去 {days} 天内（不含最近 {hours} 小时）有 {orders} 笔非 B2B、非促销订单，可申请刷新历史售价，其中位数为 {value} {currency}（PR-7）',
  },
  WAS_PRICE_REFRESH_UNSUPPORTED: {
    en: 'a Was Price refresh needs {needed} non-B2B, non-promotional orders in the past {days} days, none in the past {hours} hours; there are {orders} (PR-7)',
    zh: '申请刷新历史售价需要过去 {days} 天内（不含最近 {hours} 小时）至少 {needed} 笔非 B2B、非促销订单，目前只有 {orders} 笔（PR-7）',
  },
  LOWEST_NET_PRICE_NOT_REFRESHABLE: {
    en: 'the 30-day lowest net price cannot be refreshed with evidence; it leaves the window {days} days after the low (PR-6)',
    zh: '30 天最低净价无法通过提交证据刷新，只能等最低价在 {days} 天后移出统计窗口（PR-6）',
  },
});

export type ReferencePriceMessageCode = keyof typeof REFERENCE_PRICE_MESSAGES;
