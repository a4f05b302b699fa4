// Words of the Outlet commands' human output (`clearway outlet …`, `tick`, `pricing-rule …`), English
// and Simplified Chinese.
import { defineMessages } from '../core/messages/messages.js';

export const OUTLET_CLI = defineMessages({
  CLI_OUTLET_DESCRIPTION: {
    en: 'Amazon Outlet: recommendations, eligibility, deals and their report (OUT-1..OUT-13)',
    zh: '亚马逊奥特莱斯：推荐、资格、促销及其报告（OUT-1..OUT-13）',
  },
  CLI_OUTLET_RECOMMENDATIONS_DESCRIPTION: {
    en: 'Eligible SKUs that demand and inventory age call for, with the maximum deal price and advice',
    zh: '需求与库龄适合参加奥特莱斯的合格 SKU，附最高促销价格与建议',
  },
  CLI_OUTLET_CHECK_DESCRIPTION: {
    en: 'Every Outlet eligibility criterion of a SKU with its value, and the maximum deal price',
    zh: 'SKU 的每项奥特莱斯资格条件及其取值，以及最高促销价格',
  },
  CLI_OUTLET_SUBMIT_DESCRIPTION: { en: 'Submit an Outlet deal for a SKU', zh: '为 SKU 提交奥特莱斯促销' },
  CLI_OUTLET_UPDATE_DESCRIPTION: {
    en: 'Change the price of a submitted Outlet deal',
    zh: '更改已提交的奥特莱斯促销的价格',
  },
  CLI_OUTLET_CANCEL_DESCRIPTION: {
    en: 'Cancel an Outlet deal (the seller: while submitted; --operator: support, any time)',
    zh: '取消奥特莱斯促销（卖家：仅在已提交时；--operator：支持团队，任何时候）',
  },
  CLI_OUTLET_REVIEW_DESCRIPTION: {
    en: "The operator's review of a submitted deal: --approve or --reject REASON",
    zh: '运营方审核已提交的促销：--approve 或 --reject 原因',
  },
  CLI_OUTLET_REPORT_DESCRIPTION: {
    en: 'Outlet Deals report: every submission with status, dates, reasons, units and sales during the run',
    zh: '奥特莱斯促销报告：每次提交的状态、日期、原因以及促销期间的销量和销售额',
  },
  CLI_TICK_DESCRIPTION: {
    en: 'Apply every Outlet transition due at --at (reviews, starts, ends, removals, price changes)',
    zh: '执行 --at 时刻到期的所有奥特莱斯状态变更（审核、开始、结束、移除、价格变更）',
  },
  CLI_PRICING_RULE_DESCRIPTION: {
    en: 'Automated pricing rules as facts: create, pause, resume, delete (OUT-9)',
    zh: '自动定价规则（事实）：创建、暂停、恢复、删除（OUT-9）',
  },
  CLI_OUTLET_REVIEW_NEEDS_DECISION: {
    en: 'outlet review: give exactly one of --approve or --reject REASON',
    zh: 'outlet review：请只给出 --approve 或 --reject 原因 其中之一',
  },
  CLI_OUTLET_ELIGIBLE: {
    en: '{sku} ({asin}, {marketplace}) is eligible for Outlet at {at}',
    zh: '{sku}（{asin}，{marketplace}）在 {at} 符合奥特莱斯条件',
  },
  CLI_OUTLET_NOT_ELIGIBLE: {
    en: '{sku} ({asin}, {marketplace}) is NOT eligible for Outlet at {at}: {failed}',
    zh: '{sku}（{asin}，{marketplace}）在 {at} 不符合奥特莱斯条件：{failed}',
  },
  CLI_OUTLET_MAX: {
    en: 'Maximum deal price: {max} {currency} (current price {current}, lowest new offer {offer})',
    zh: '最高促销价格：{max} {currency}（当前售价 {current}，最低新品报价 {offer}）',
  },
  CLI_OUTLET_REFUSED: { en: 'Refused:', zh: '已拒绝：' },
  CLI_OUTLET_WARNINGS: { en: 'Warnings:', zh: '警告：' },
  CLI_OUTLET_REASONS: { en: 'Reasons:', zh: '原因：' },
  CLI_OUTLET_DEAL: {
    en: 'Deal {id}: {status} — {kind} of {sku} ({asin}) at {price} {currency}',
    zh: '促销 {id}：{status} — {sku}（{asin}）的 {kind}，价格 {price} {currency}',
  },
  CLI_OUTLET_DEAL_DATES: {
    en: 'Submitted {submitted}; review by {deadline}; start {start}; end {end}',
    zh: '提交于 {submitted}；审核截止 {deadline}；开始 {start}；结束 {end}',
  },
  CLI_OUTLET_SUPPRESSED: { en: 'No recommendations: {reason}', zh: '没有推荐：{reason}' },
  CLI_OUTLET_NONE: { en: 'No Outlet recommendations at {at}.', zh: '{at} 没有奥特莱斯推荐。' },
  CLI_OUTLET_ADVICE: { en: 'Advice:', zh: '建议：' },
  CLI_OUTLET_TICK_NOTHING: { en: 'Nothing due at {at}.', zh: '{at} 没有到期的状态变更。' },
  CLI_OUTLET_TICK_PRICES: { en: 'Automatic price changes (OUT-9):', zh: '自动价格变更（OUT-9）：' },
  CLI_OUTLET_PRICING_RULE_STATE: {
    en: 'Pricing rule {ruleId} on {sku} ({marketplace}): {status}, minimum {min}, maximum {max} {currency}',
    zh: '{sku}（{marketplace}）的定价规则 {ruleId}：{status}，最低 {min}，最高 {max} {currency}',
  },
  CLI_OUTLET_COL_CODE: { en: 'Criterion', zh: '条件' },
  CLI_OUTLET_COL_RULE: { en: 'Rule', zh: '规则' },
  CLI_OUTLET_COL_VALUE: { en: 'Value', zh: '取值' },
  CLI_OUTLET_COL_OK: { en: 'OK', zh: '通过' },
  CLI_OUTLET_COL_DEAL: { en: 'Deal', zh: '促销' },
  CLI_OUTLET_COL_SKU: { en: 'SKU', zh: 'SKU' },
  CLI_OUTLET_COL_ASIN: { en: 'ASIN', zh: 'ASIN' },
  CLI_OUTLET_COL_STATUS: { en: 'Status', zh: '状态' },
  CLI_OUTLET_COL_KIND: { en: 'Kind', zh: '类型' },
  CLI_OUTLET_COL_PRICE: { en: 'Price', zh: '价格' },
  CLI_OUTLET_COL_START: { en: 'Start', zh: '开始' },
  CLI_OUTLET_COL_END: { en: 'End', zh: '结束' },
  CLI_OUTLET_COL_UNITS: { en: 'Units', zh: '销量' },
  CLI_OUTLET_COL_SALES: { en: 'Sales', zh: '销售额' },
  CLI_OUTLET_COL_REASONS: { en: 'Reasons', zh: '原因' },
  CLI_OUTLET_COL_EVENT: { en: 'Event', zh: '事件' },
  CLI_OUTLET_COL_AT: { en: 'At', zh: '时刻' },
  CLI_OUTLET_COL_CURRENT: { en: 'Current', zh: '当前价' },
  CLI_OUTLET_COL_MAX: { en: 'Max deal', zh: '最高促销价' },
  CLI_OUTLET_COL_SUGGESTED: { en: 'Suggested', zh: '建议' },
  CLI_OUTLET_COL_WHY: { en: 'Why (OUT-3)', zh: '原因（OUT-3）' },
});
