// Messages of the ISHS, order and pre-sale use cases (bad input, unknown ids), English and Simplified
// Chinese. Rule refusals are in core/ishs/messages.ts and core/presale/messages.ts.
import { defineMessages } from '../../core/messages/messages.js';

export const ISHS_APP = defineMessages({
  UNKNOWN_SHIPMENT: {
    en: 'shipment {shipmentId} is not a shipment of account {account}',
    zh: '货件 {shipmentId} 不属于账户 {account}',
  },
  UNKNOWN_PRESALE: {
    en: 'pre-sale {id} is not a campaign of account {account}',
    zh: '预售活动 {id} 不属于账户 {account}',
  },
  SHIPMENT_ALREADY_RECEIVED: {
    en: 'shipment {shipmentId} was received {received}',
    zh: '货件 {shipmentId} 已于 {received} 入库',
  },
  SHIPMENT_SKU_NOT_ON_IT: {
    en: 'SKU {sku} is not on shipment {shipmentId} (its SKUs: {skus})',
    zh: 'SKU {sku} 不在货件 {shipmentId} 中（其 SKU：{skus}）',
  },
  SHIPMENT_UNITS_NEED_SKU: {
    en: 'shipment {shipmentId} holds several SKUs ({skus}): give --sku with --units',
    zh: '货件 {shipmentId} 含有多个 SKU（{skus}）：使用 --units 时请用 --sku 指定',
  },
  ISHS_BAD_COUNT: {
    en: '"{value}" is not a whole number of units (0 or more)',
    zh: '“{value}”不是有效的件数（应为 0 或正整数）',
  },
  ISHS_BAD_QUANTITY: {
    en: '"{value}" is not a quantity (a whole number ≥ 1)',
    zh: '“{value}”不是有效数量（应为 ≥ 1 的整数）',
  },
  ISHS_BAD_WHEN: {
    en: '"{value}" is not an instant (ISO-8601 with offset) or a day (YYYY-MM-DD)',
    zh: '“{value}”不是有效的时间（带时区偏移的 ISO-8601）或日期（YYYY-MM-DD）',
  },
  ISHS_OUT_OF_ORDER: {
    en: '{sku}: orders, pre-orders and shipment changes are recorded in time order; the last one is at {latest}, after {at}',
    zh: '{sku}：订单、预购和货件变更须按时间顺序记录；最近一条在 {latest}，晚于 {at}',
  },
  ISHS_NO_MARKETPLACE: {
    en: 'account {account} sells on no marketplace yet: import its products or give --marketplace',
    zh: '账户 {account} 尚未在任何站点销售：请先导入商品或使用 --marketplace',
  },
  ISHS_NOT_ENROLLED_TO_OPT_OUT: {
    en: 'the account is not enrolled in In-Stock Head Start on {marketplace}: nothing to opt out of',
    zh: '该账户未在 {marketplace} 加入“有库存抢先起步”计划，无需退出',
  },
  ISHS_CONFIRMED_BEFORE_OPT_OUT: {
    en: 'the confirmation ({confirmed}) cannot come before the opt-out ({at})',
    zh: '确认时间（{confirmed}）不能早于退出申请时间（{at}）',
  },
  PRESALE_FILE_UNREADABLE: {
    en: 'cannot read the campaign file: {reason}',
    zh: '无法读取活动文件：{reason}',
  },
  PRESALE_FILE_NOT_OBJECT: {
    en: 'the campaign file must hold one JSON object',
    zh: '活动文件必须包含一个 JSON 对象',
  },
  PRESALE_FIELD_MISSING: {
    en: 'is missing',
    zh: '缺失',
  },
  PRESALE_FIELD_BAD: {
    en: '"{value}" is not {expected}',
    zh: '“{value}”不是{expected}',
  },
  PRESALE_ID_TAKEN: {
    en: 'pre-sale {id} exists already',
    zh: '预售活动 {id} 已存在',
  },
  PRESALE_REVIEW_BOTH: {
    en: 'give --approve or --reject REASON, not both',
    zh: '请只使用 --approve 或 --reject REASON 之一',
  },
});
