// Messages of pre-sale campaigns (PRE-1..PRE-3), English and Simplified Chinese: review checks and
// their failures, refusals of a pre-order, cancellations, lifecycle refusals.
import { defineMessages } from '../messages/messages.js';

export const PRESALE_MESSAGES = defineMessages({
  // ---- review checks (PRE-2), one per criterion, and the reason when it fails ----
  PRESALE_LENGTH: {
    en: 'the campaign runs {days} days (between {minDays} and {maxDays})',
    zh: '活动持续 {days} 天（应在 {minDays} 到 {maxDays} 天之间）',
  },
  PRESALE_TOO_SHORT: {
    en: 'the campaign runs {days} days, fewer than {minDays}',
    zh: '活动仅持续 {days} 天，少于 {minDays} 天',
  },
  PRESALE_TOO_LONG: {
    en: 'the campaign runs {days} days, more than {maxDays}',
    zh: '活动持续 {days} 天，超过 {maxDays} 天',
  },
  PRESALE_MARGIN: {
    en: 'the pre-sale price {price} keeps at least {minMarginPct}% over the cost floor {costFloor}',
    zh: '预售价 {price} 比成本底价 {costFloor} 至少高出 {minMarginPct}%',
  },
  PRESALE_NO_MARGIN: {
    en: 'the pre-sale price {price} is not {minMarginPct}% over the cost floor {costFloor}',
    zh: '预售价 {price} 未比成本底价 {costFloor} 高出 {minMarginPct}%',
  },
  PRESALE_COST_UNKNOWN: {
    en: 'the cost floor of {sku} is unknown (no unit cost or exchange rate), so the margin cannot be checked',
    zh: '{sku} 的成本底价未知（缺少单位成本或汇率），无法检查利润',
  },
  PRESALE_COVER: {
    en: '{unitsOffered} units offered, {cover} covered by stock on hand and inbound due by the release day',
    zh: '预售 {unitsOffered} 件，现货及发布日前到货的在途库存可覆盖 {cover} 件',
  },
  PRESALE_UNITS_NOT_COVERED: {
    en: '{unitsOffered} units offered, only {cover} covered by stock on hand and inbound due by the release day',
    zh: '预售 {unitsOffered} 件，但现货及发布日前到货的在途库存仅能覆盖 {cover} 件',
  },
  PRESALE_RETURN_POLICY: {
    en: 'a return and exchange policy is stated',
    zh: '已说明退换货政策',
  },
  PRESALE_NO_RETURN_POLICY: {
    en: 'no return and exchange policy is stated',
    zh: '未说明退换货政策',
  },
  PRESALE_SINGLE: {
    en: 'no other pre-sale of {sku} is open',
    zh: '{sku} 没有其他进行中的预售活动',
  },
  PRESALE_OVERLAP: {
    en: 'pre-sale {other} of {sku} is still open (one open pre-sale per SKU)',
    zh: '{sku} 的预售活动 {other} 仍在进行（每个 SKU 只能有一个进行中的预售）',
  },
  PRESALE_OPERATOR_REJECTED: {
    en: 'rejected by the reviewer: {reason}',
    zh: '审核人拒绝：{reason}',
  },
  // ---- pre-orders (PRE-1, PRE-3) ----
  PRESALE_NOT_LIVE: {
    en: 'pre-sale {id} is not live',
    zh: '预售活动 {id} 未在进行中',
  },
  PRESALE_SOLD_OUT: {
    en: 'pre-sale {id}: {units} units asked, {left} of the {unitsOffered} offered are left',
    zh: '预售活动 {id}：订购 {units} 件，预售的 {unitsOffered} 件仅剩 {left} 件',
  },
  PRESALE_NOT_COVERED: {
    en: 'pre-sale {id}: {units} units asked, only {left} more are covered by stock',
    zh: '预售活动 {id}：订购 {units} 件，库存仅能再覆盖 {left} 件',
  },
  // ---- cancellations (PRE-2, PRE-3) ----
  PRESALE_COVER_SHRANK: {
    en: 'pre-sale {id}: cover shrank (short receipt or delay past the release day); newest pre-orders cancelled first',
    zh: '预售活动 {id}：可覆盖库存减少（到货不足或晚于发布日），最新的预购订单先取消',
  },
  PRESALE_NOT_COVERED_AT_RELEASE: {
    en: 'pre-sale {id}: not enough stock on hand at release',
    zh: '预售活动 {id}：发布时现货不足',
  },
  // ---- shape of a new campaign (PRE-1), shown after the field name ----
  PRESALE_FIELD_NOT_AFTER: {
    en: 'must be after {other}',
    zh: '必须晚于 {other}',
  },
  PRESALE_FIELD_BEFORE: {
    en: 'must not be before {other}',
    zh: '不能早于 {other}',
  },
  PRESALE_FIELD_NOT_POSITIVE: {
    en: 'must be greater than zero',
    zh: '必须大于零',
  },
  PRESALE_FIELD_DEPOSIT: {
    en: 'a deposit between zero and the price is needed in deposit mode, and none in full mode (payment mode {paymentMode})',
    zh: '定金模式需要介于零和售价之间的定金，全款模式不应设定金（付款方式 {paymentMode}）',
  },
  // ---- lifecycle (PRE-2) ----
  PRESALE_BAD_TRANSITION: {
    en: 'pre-sale {id} is {status}: it cannot be {action}',
    zh: '预售活动 {id} 当前状态为 {status}，不能执行“{action}”',
  },
});
