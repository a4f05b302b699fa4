// Messages of In-Stock Head Start and of buyer orders against stock (ISHS-1..ISHS-6, DEC-1, PM-8),
// English and Simplified Chinese. Every refusal and every withheld estimate is a RuleIssue with one of
// these codes.
import { defineMessages } from '../messages/messages.js';

export const ISHS_MESSAGES = defineMessages({
  // ---- shipment qualification (ISHS-1, ISHS-4) ----
  ISHS_NOT_ENROLLED: {
    en: 'the account is not enrolled in In-Stock Head Start on {marketplace}',
    zh: '该账户未在 {marketplace} 站点加入“有库存抢先起步”计划',
  },
  ISHS_CARRIER_NOT_QUALIFYING: {
    en: 'shipment {shipmentId} moves by {carrierProgram}: only Amazon Freight, the Partnered Carrier Program and Amazon Global Logistics qualify',
    zh: '货件 {shipmentId} 的承运方式为 {carrierProgram}：只有亚马逊承运人、合作承运人计划和亚马逊全球物流的货件符合条件',
  },
  ISHS_OPTED_OUT: {
    en: 'shipment {shipmentId} was created {created}, more than {graceHours} hours after the opt-out was confirmed ({confirmed})',
    zh: '货件 {shipmentId} 创建于 {created}，晚于退出确认时间（{confirmed}）{graceHours} 小时以上',
  },
  // ---- confidence of the carrier estimate (ISHS-3) ----
  ISHS_ETA_UNKNOWN: {
    en: 'shipment {shipmentId} has no carrier ETA',
    zh: '货件 {shipmentId} 没有承运人预计到达时间',
  },
  ISHS_NOT_SHIPPED: {
    en: 'shipment {shipmentId} has not shipped yet',
    zh: '货件 {shipmentId} 尚未发货',
  },
  ISHS_ETA_SLIPPED: {
    en: 'the ETA of shipment {shipmentId} has slipped {slips} times (at most {maxSlips} allowed)',
    zh: '货件 {shipmentId} 的预计到达时间已推迟 {slips} 次（最多允许 {maxSlips} 次）',
  },
  ISHS_ETA_OVERDUE: {
    en: 'shipment {shipmentId} was due {eta} and has not been received',
    zh: '货件 {shipmentId} 预计 {eta} 到达，但尚未入库',
  },
  ISHS_TOO_FAR_AHEAD: {
    en: 'shipment {shipmentId} is in stock only on {inStockDay}, {days} days ahead (at most {maxDays})',
    zh: '货件 {shipmentId} 预计 {inStockDay} 才有库存，还有 {days} 天（最多 {maxDays} 天）',
  },
  // ---- refusals of an order ----
  ISHS_NO_INBOUND: {
    en: '{sku} is out of stock and has no inbound shipment',
    zh: '{sku} 已缺货，且没有在途货件',
  },
  ISHS_NO_QUALIFYING_SHIPMENT: {
    en: '{sku} is out of stock and none of its inbound shipments qualifies for In-Stock Head Start',
    zh: '{sku} 已缺货，且没有符合“有库存抢先起步”条件的在途货件',
  },
  ISHS_NOT_CONFIDENT: {
    en: '{sku}: the in-stock estimate of every qualifying shipment is not confident, so it is not offered',
    zh: '{sku}：所有符合条件的货件的到货预估都不可靠，因此不开放购买',
  },
  ISHS_CAP_REACHED: {
    en: '{sku}: {units} units asked, at most {remaining} can still be promised against inbound shipments',
    zh: '{sku}：订购 {units} 件，在途货件最多还能承诺 {remaining} 件',
  },
  ISHS_RESERVED_FOR_PREORDERS: {
    en: '{sku}: {units} units asked, at most {remaining} of the inbound stock is not reserved for pre-orders',
    zh: '{sku}：订购 {units} 件，在途库存中未预留给预售订单的最多 {remaining} 件',
  },
  ORDER_INSUFFICIENT_STOCK: {
    en: '{sku}: {units} units asked, {free} free on hand (In-Stock Head Start applies only when out of stock)',
    zh: '{sku}：订购 {units} 件，可用现货仅 {free} 件（“有库存抢先起步”仅适用于缺货商品）',
  },
  ORDER_OFFER_INACTIVE: {
    en: 'the offer is not buyable: the net price {net} is under the minimum price {minPrice}',
    zh: '该报价不可购买：净价 {net} 低于最低价 {minPrice}',
  },
  // ---- cancellations ----
  ISHS_SHORT_RECEIPT: {
    en: 'shipment {shipmentId} arrived with {received} units, not enough for this order',
    zh: '货件 {shipmentId} 实收 {received} 件，不足以履行该订单',
  },
  ISHS_SHIPMENT_SHRANK: {
    en: 'shipment {shipmentId} now holds {units} units, fewer than promised',
    zh: '货件 {shipmentId} 现有 {units} 件，少于已承诺数量',
  },
});
