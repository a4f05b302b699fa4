// Labels and descriptions of `clearway order|shipment|ishs|presale`, English and Chinese. The answers'
// own reasons come from core/ and app/ (they are in the JSON too).
import { defineMessages } from '../core/messages/messages.js';

export const ISHS_CLI = defineMessages({
  CLI_ORDER_DESCRIPTION: { en: 'Buyer orders against stock', zh: '基于库存的买家订单' },
  CLI_ORDER_PLACE_DESCRIPTION: {
    en: 'Accept or refuse a buyer order at --at from stock on hand, In-Stock Head Start or a live pre-sale (refused: exit 4)',
    zh: '在 --at 时接受或拒绝买家订单：现货、有库存抢先起步或进行中的预售（拒绝时退出码 4）',
  },
  CLI_SHIPMENT_DESCRIPTION: {
    en: 'Inbound shipments: ETA changes and receipts',
    zh: '入库货件：预计到达时间变更与入库',
  },
  CLI_SHIPMENT_UPDATE_DESCRIPTION: {
    en: 'Record a new carrier ETA and list every order whose promise moved (ISHS-2)',
    zh: '记录新的承运人预计到达时间，并列出承诺送达日变化的每个订单（ISHS-2）',
  },
  CLI_SHIPMENT_RECEIVE_DESCRIPTION: {
    en: 'Receive a shipment at --at; its units go to the orders promised against it first (ISHS-2)',
    zh: '在 --at 时入库货件；其商品优先分配给基于该货件承诺的订单（ISHS-2）',
  },
  CLI_ISHS_DESCRIPTION: { en: 'In-Stock Head Start (ISHS-1..ISHS-6)', zh: '有库存抢先起步（ISHS-1..ISHS-6）' },
  CLI_ISHS_ENROLL_DESCRIPTION: {
    en: 'Enrol the account (every marketplace, or --marketplace) at --at (ISHS-1)',
    zh: '在 --at 时为账户加入计划（所有站点，或 --marketplace 指定的站点）（ISHS-1）',
  },
  CLI_ISHS_OPT_OUT_DESCRIPTION: {
    en: 'Opt out at --at, confirmed at --confirmed-at (default the same): shipments created more than 72 h later no longer qualify (ISHS-4)',
    zh: '在 --at 时退出，于 --confirmed-at 确认（默认同一时间）：确认 72 小时后创建的货件不再符合条件（ISHS-4）',
  },
  CLI_ISHS_STATUS_DESCRIPTION: {
    en: 'Enrolment and inbound shipments: qualification, confidence, in-stock day, cap (ISHS-1..ISHS-4)',
    zh: '注册状态与在途货件：资格、预估可靠性、预计有货日、上限（ISHS-1..ISHS-4）',
  },
  CLI_ISHS_RECONCILE_DESCRIPTION: {
    en: 'Per SKU: on hand, inbound, units promised, true available, and the MYI future-supply columns (ISHS-5)',
    zh: '按 SKU：现货、在途、已承诺数量、真实可用数量，以及 MYI 报告的未来供应列（ISHS-5）',
  },
  CLI_PRESALE_DESCRIPTION: { en: 'Pre-sale campaigns (PRE-1..PRE-3)', zh: '预售活动（PRE-1..PRE-3）' },
  CLI_PRESALE_CREATE_DESCRIPTION: {
    en: 'Create a DRAFT campaign from a JSON file (PRE-1)',
    zh: '从 JSON 文件创建草稿活动（PRE-1）',
  },
  CLI_PRESALE_SUBMIT_DESCRIPTION: {
    en: 'Submit a DRAFT campaign for review (PRE-2)',
    zh: '提交草稿活动以供审核（PRE-2）',
  },
  CLI_PRESALE_REVIEW_DESCRIPTION: {
    en: 'Review a submitted campaign: the checks decide, --approve (refused when a check fails: exit 4) or --reject REASON (PRE-2)',
    zh: '审核已提交的活动：由检查结果决定，或 --approve（检查不通过时拒绝，退出码 4），或 --reject 原因（PRE-2）',
  },
  CLI_PRESALE_LIST_DESCRIPTION: { en: 'List campaigns with their status at --at', zh: '列出活动及其在 --at 时的状态' },
  CLI_PRESALE_RELEASE_DESCRIPTION: {
    en: 'Release an ended campaign: pre-orders served first come, first served; the rest cancelled and refunded (PRE-3)',
    zh: '发布已结束的活动：预购订单先到先得；其余取消并退款（PRE-3）',
  },
  CLI_PRESALE_PREORDER_DESCRIPTION: {
    en: 'Place a pre-order of a live campaign (PRE-3; refused: exit 4)',
    zh: '为进行中的活动下预购订单（PRE-3；拒绝时退出码 4）',
  },
  // ---- human output ----
  ISHS_ORDER_ACCEPTED: {
    en: 'Order {orderId}: {units} × {sku} ({asin}) from {source}, {unitPrice} {currency} each, paid {paid}; delivery promised {promisedDelivery}',
    zh: '订单 {orderId}：{units} × {sku}（{asin}），来源 {source}，单价 {unitPrice} {currency}，已付 {paid}；承诺送达 {promisedDelivery}',
  },
  ISHS_ORDER_REFUSED: { en: 'Order of {units} × {sku} refused:', zh: '{units} × {sku} 的订单被拒绝：' },
  ISHS_SOURCE_ON_HAND: { en: 'stock on hand', zh: '现货' },
  ISHS_SOURCE_ISHS: {
    en: 'In-Stock Head Start (shipment {sourceId}, in stock {inStockDay})',
    zh: '有库存抢先起步（货件 {sourceId}，预计 {inStockDay} 有货）',
  },
  ISHS_SOURCE_PRESALE: {
    en: 'pre-sale {sourceId} (release {releaseDay})',
    zh: '预售 {sourceId}（发布日 {releaseDay}）',
  },
  ISHS_ETA_LINE: {
    en: 'Shipment {shipmentId}: ETA {previousEta} → {eta}',
    zh: '货件 {shipmentId}：预计到达 {previousEta} → {eta}',
  },
  ISHS_MOVED_TITLE: { en: 'Promises moved (ISHS-2):', zh: '承诺送达日变化（ISHS-2）：' },
  ISHS_NONE_MOVED: { en: 'No open order was affected.', zh: '没有受影响的未完成订单。' },
  ISHS_CANCELLED_TITLE: { en: 'Cancelled and refunded:', zh: '已取消并退款：' },
  ISHS_ALLOCATED_TITLE: { en: 'Allocated:', zh: '已分配：' },
  ISHS_RECEIVED_LINE: { en: 'Shipment {shipmentId} received {at}', zh: '货件 {shipmentId} 于 {at} 入库' },
  ISHS_STATUS_LINE: { en: '{marketplace}: {state}', zh: '{marketplace}：{state}' },
  ISHS_PRESALE_LINE: {
    en: 'Pre-sale {id} ({sku}): {decision}, status {status}; {preordered} of {unitsOffered} units pre-ordered',
    zh: '预售 {id}（{sku}）：{decision}，状态 {status}；已预购 {preordered}/{unitsOffered} 件',
  },
  ISHS_REFUND_TOTAL: { en: 'Refunds: {total} {currency}', zh: '退款合计：{total} {currency}' },
  // ---- column headers ----
  ISHS_COL_ORDER: { en: 'Order', zh: '订单' },
  ISHS_COL_SKU: { en: 'SKU', zh: 'SKU' },
  ISHS_COL_ASIN: { en: 'ASIN', zh: 'ASIN' },
  ISHS_COL_MARKETPLACE: { en: 'MP', zh: '站点' },
  ISHS_COL_UNITS: { en: 'Units', zh: '件数' },
  ISHS_COL_OLD_PROMISE: { en: 'Old promise', zh: '原承诺' },
  ISHS_COL_NEW_PROMISE: { en: 'New promise', zh: '新承诺' },
  ISHS_COL_IN_STOCK: { en: 'In stock', zh: '有货日' },
  ISHS_COL_PROMISE: { en: 'Promise', zh: '承诺送达' },
  ISHS_COL_REASON: { en: 'Reason', zh: '原因' },
  ISHS_COL_REFUND: { en: 'Refund', zh: '退款' },
  ISHS_COL_SHIPMENT: { en: 'Shipment', zh: '货件' },
  ISHS_COL_QUALIFIES: { en: 'Qualifies', zh: '符合条件' },
  ISHS_COL_CONFIDENT: { en: 'Confident', zh: '预估可靠' },
  ISHS_COL_CAP: { en: 'Cap', zh: '上限' },
  ISHS_COL_PROMISED: { en: 'Promised', zh: '已承诺' },
  ISHS_COL_ON_HAND: { en: 'On hand', zh: '现货' },
  ISHS_COL_INBOUND: { en: 'Inbound', zh: '在途' },
  ISHS_COL_PREORDERS: { en: 'Pre-orders', zh: '预购' },
  ISHS_COL_AVAILABLE: { en: 'Available', zh: '真实可用' },
  ISHS_COL_MYI_RESERVED: { en: 'MYI reserved future supply', zh: 'MYI 已预留未来供应' },
  ISHS_COL_MYI_BUYABLE: { en: 'MYI future supply buyable', zh: 'MYI 未来供应可售' },
  ISHS_COL_CHECK: { en: 'Check', zh: '检查项' },
  ISHS_COL_OK: { en: 'OK', zh: '通过' },
  ISHS_COL_DETAIL: { en: 'Detail', zh: '说明' },
  ISHS_COL_ID: { en: 'Id', zh: '编号' },
  ISHS_COL_STATUS: { en: 'Status', zh: '状态' },
  ISHS_COL_PRICE: { en: 'Price', zh: '价格' },
  ISHS_COL_RELEASE: { en: 'Release', zh: '发布日' },
});
