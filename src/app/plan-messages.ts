// Messages of the plan use case and its interfaces (CLI, API), English and Simplified Chinese.
import { defineMessages } from '../core/messages/messages.js';

export const PLAN_APP = defineMessages({
  PLAN_BAD_HORIZON: {
    en: '"{value}" is not a horizon: a whole number of days from {min} to {max}',
    zh: '"{value}" 不是有效的规划期：须为 {min} 到 {max} 之间的整数天',
  },
  CLI_PLAN_DESCRIPTION: {
    en: 'The clearance plan of a SKU (EXC-3..EXC-9): the sequence of actions that brings back the most cash, its runners-up and the cost of doing nothing',
    zh: 'SKU 的清仓计划（EXC-3..EXC-9）：回笼资金最多的动作序列、次优方案和不采取行动的成本',
  },
  CLI_PLAN_SKU_OR_ALL: {
    en: 'Name a SKU or give --all',
    zh: '请指定 SKU 或使用 --all',
  },
  CLI_PLAN_PROGRESS: {
    en: 'planned {done} of {total} SKUs',
    zh: '已规划 {done} / {total} 个 SKU',
  },
  CLI_PLAN_HEADER: {
    en: 'Plan for {sku} ({asin}, {marketplace}) as of {asOf}, {days} days: net cash {netCash} {currency} (doing nothing: {nothing}; holding cost if nothing: {holding})',
    zh: '{sku}（{asin}，{marketplace}）截至 {asOf} 的 {days} 天计划：净回笼 {netCash} {currency}（不采取行动：{nothing}；不行动的仓储成本：{holding}）',
  },
  CLI_PLAN_NO_ACTION: { en: '  (no action)', zh: '  （不采取行动）' },
  CLI_PLAN_ALTERNATIVES: { en: 'Runners-up:', zh: '次优方案：' },
  CLI_PLAN_WHY: { en: 'Why:', zh: '原因：' },
  CLI_PLAN_REJECTED: { en: 'Rejected by the rules:', zh: '被规则否决：' },
});
