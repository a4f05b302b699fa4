// Labels and descriptions of the pricing commands (prices, promo check|add|list|guard, quote), English
// and Chinese. The answers' own explanations come from app/ and core/ (they are in the JSON too).
import { defineMessages } from '../core/messages/messages.js';

export const PRICING_CLI = defineMessages({
  CLI_PRICES_DESCRIPTION: {
    en: 'Reference prices of an ASIN as of --at (PR-1..PR-6), with why',
    zh: '截至 --at 的 ASIN 参考价（PR-1..PR-6）及其原因',
  },
  CLI_PROMO_DESCRIPTION: { en: 'Check, record, list and guard promotions', zh: '检查、记录、列出促销并做亏损检查' },
  CLI_PROMO_CHECK_DESCRIPTION: {
    en: 'Check a proposed promotion (JSON file) as of its start (DEC-3); exit 0 even when it fails',
    zh: '按开始时间检查一个拟议促销（JSON 文件）（DEC-3）；即使不通过也以 0 退出',
  },
  CLI_PROMO_ADD_DESCRIPTION: {
    en: 'Check a promotion (JSON file) and record it as planned; refused with errors (exit 4) unless --force',
    zh: '检查促销（JSON 文件）并记录为计划中；有错误时拒绝（退出码 4），除非使用 --force',
  },
  CLI_PROMO_LIST_DESCRIPTION: {
    en: 'List promotions with their status at --at (planned, live, ended)',
    zh: '列出促销及其在 --at 时的状态（计划中、进行中、已结束）',
  },
  CLI_PROMO_GUARD_DESCRIPTION: {
    en: 'Loss guard (PQ-4): every buyer and code combination paying at or under a floor, from --from to --to',
    zh: '亏损检查（PQ-4）：在 --from 至 --to 期间，所有净价不高于底线的买家与促销码组合',
  },
  CLI_QUOTE_DESCRIPTION: {
    en: 'What one buyer pays for one unit of an ASIN at --at (PQ-1), with the stack',
    zh: '某买家在 --at 时购买一件 ASIN 商品的价格（PQ-1）及促销叠加明细',
  },

  CLI_PRICES_TITLE: {
    en: '{asin} on {marketplace} at {at} ({currency})',
    zh: '{asin}，{marketplace} 站点，{at}（{currency}）',
  },
  CLI_COL_PRICE: { en: 'price', zh: '价格' },
  CLI_COL_VALUE: { en: 'value', zh: '金额' },
  CLI_COL_DETAIL: { en: 'detail', zh: '说明' },
  CLI_ROW_CURRENT: { en: 'current price', zh: '当前价格' },
  CLI_ROW_LIST: { en: 'List Price', zh: '建议零售价' },
  CLI_ROW_WAS: { en: 'Was Price', zh: '历史售价' },
  CLI_ROW_LOWEST_RECENT: { en: 'Lowest Recent Price', zh: '近期最低价' },
  CLI_ROW_LOWEST_NET: { en: '30-day lowest net price', zh: '30 天最低净价' },
  CLI_ROW_REFERENCE: { en: 'reference price', zh: '参考价' },
  CLI_DETAIL_SKU: { en: 'SKU {sku}', zh: 'SKU {sku}' },
  CLI_DETAIL_VALIDATED: { en: 'validated by {basis}', zh: '已由{basis}验证' },
  CLI_DETAIL_NOT_VALIDATED: { en: 'not validated', zh: '未验证' },
  CLI_DETAIL_ORDERS: { en: '{count} qualifying orders', zh: '{count} 笔合格订单' },
  CLI_DETAIL_FROZEN: { en: 'frozen', zh: '已冻结' },
  CLI_DETAIL_CAUSE: { en: '{stack} from {at}', zh: '{stack}，自 {at} 起' },
  CLI_DETAIL_PLAIN: { en: 'no promotion, from {at}', zh: '无促销，自 {at} 起' },
  CLI_WHY: { en: 'Why:', zh: '原因：' },

  CLI_CHECK_TITLE: {
    en: 'Promotion {id} ({kind}) of SKU {sku} / ASIN {asin} on {marketplace}, {start} → {end}',
    zh: '促销 {id}（{kind}），SKU {sku} / ASIN {asin}，{marketplace} 站点，{start} → {end}',
  },
  CLI_CHECK_OK: { en: 'OK: no rule is broken (checked as of its start)', zh: '通过：未违反任何规则（按开始时间检查）' },
  CLI_CHECK_FAILED: { en: 'FAILS: {count} error(s)', zh: '不通过：{count} 个错误' },
  CLI_ERRORS: { en: 'Errors:', zh: '错误：' },
  CLI_WARNINGS: { en: 'Warnings:', zh: '警告：' },
  CLI_FEE: {
    en: 'Fee: {estimated} {currency} estimated — {basis}',
    zh: '费用：预计 {estimated} {currency} —— {basis}',
  },
  CLI_FEE_UNKNOWN: { en: 'Fee: unknown — {basis}', zh: '费用：未知 —— {basis}' },
  CLI_LOWEST_AFTER: {
    en: '30-day lowest net price it leaves behind: {value} {currency} {cause}',
    zh: '该促销之后的 30 天最低净价：{value} {currency} {cause}',
  },
  CLI_BLOCKS: { en: 'Planned promotions it would make fail (PM-10):', zh: '它会导致失败的计划中促销（PM-10）：' },
  CLI_REFERENCES: {
    en: 'Checked against (as of its start): current {current}, List {list}, Was {was}, 30-day low {low}, reference {ref} {currency}',
    zh: '检查依据（开始时间时）：当前价 {current}，建议零售价 {list}，历史售价 {was}，30 天最低净价 {low}，参考价 {ref} {currency}',
  },

  CLI_COL_ID: { en: 'id', zh: 'id' },
  CLI_COL_PROMOTION_KIND: { en: 'kind', zh: '类型' },
  CLI_COL_SKU: { en: 'sku', zh: 'sku' },
  CLI_COL_ASIN: { en: 'asin', zh: 'asin' },
  CLI_COL_START: { en: 'start', zh: '开始' },
  CLI_COL_END: { en: 'end', zh: '结束' },
  CLI_COL_OFFER: { en: 'offer', zh: '优惠' },
  CLI_COL_STATUS: { en: 'status', zh: '状态' },
  CLI_LIST_TITLE: { en: 'Promotions, status at {at}', zh: '促销列表，状态截至 {at}' },
  CLI_LIST_EMPTY: { en: 'no promotion matches', zh: '没有匹配的促销' },

  CLI_GUARD_TITLE: {
    en: 'Loss guard of {asin} on {marketplace}, {from} → {to}: {segments} segments, {quotes} quotes checked',
    zh: '{asin} 在 {marketplace} 站点的亏损检查，{from} → {to}：检查了 {segments} 个时段、{quotes} 个报价',
  },
  CLI_GUARD_FLOORS: {
    en: 'SKU {sku}: cost floor {floor}, minimum price {min} {currency}',
    zh: 'SKU {sku}：成本底线 {floor}，最低价格 {min} {currency}',
  },
  CLI_GUARD_OK: { en: 'no buyer pays at or under a floor', zh: '没有买家的净价不高于底线' },
  CLI_COL_FROM: { en: 'from', zh: '从' },
  CLI_COL_TO: { en: 'to', zh: '到' },
  CLI_COL_BUYER: { en: 'buyer', zh: '买家' },
  CLI_COL_NET: { en: 'net', zh: '净价' },
  CLI_COL_BREACHES: { en: 'breaches', zh: '突破' },
  CLI_COL_STACK: { en: 'stack', zh: '叠加' },

  CLI_QUOTE_TITLE: {
    en: 'Quote of {asin} (SKU {sku}) on {marketplace} at {at} ({currency}), buyer: {buyer}',
    zh: '{asin}（SKU {sku}）报价，{marketplace} 站点，{at}（{currency}），买家：{buyer}',
  },
  CLI_COL_STEP: { en: 'step', zh: '步骤' },
  CLI_COL_PROMOTION: { en: 'promotion', zh: '促销' },
  CLI_COL_BASE: { en: 'base', zh: '基数' },
  CLI_COL_DISCOUNT: { en: 'discount', zh: '折扣' },
  CLI_STEP_BASE: { en: 'base price', zh: '基础价格' },
  CLI_STEP_DIRECT: { en: 'direct price', zh: '直接价格' },
  CLI_STEP_ADD_ON: { en: 'add-on', zh: '叠加优惠' },
  CLI_STEP_NET: { en: 'net unit price', zh: '单件净价' },
  CLI_NOT_APPLIED: { en: 'Not applied:', zh: '未生效：' },
  CLI_BUYER_PRIME: { en: 'Prime', zh: 'Prime 会员' },
  CLI_BUYER_BUSINESS: { en: 'business', zh: '企业买家' },
  CLI_BUYER_FIRST_TIME: { en: 'first-time', zh: '首次购买' },
  CLI_BUYER_UNITS: { en: '{quantity} unit(s)', zh: '{quantity} 件' },
  CLI_BUYER_CODES: { en: 'codes {codes}', zh: '促销码 {codes}' },
});
