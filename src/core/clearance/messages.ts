// Messages of the clearance planner (EXC-3..EXC-9), English and Simplified Chinese (GEN-4).
import { defineMessages } from '../messages/messages.js';
import '../promotions/messages.js';

export const CLEARANCE = defineMessages({
  // ---- rejected candidates ------------------------------------------------------------------------
  PLAN_UNDER_MIN_PRICE: {
    en: 'A buyer would pay {net}, under the minimum price {min}: the offer would become inactive',
    zh: '买家将支付 {net}，低于最低价 {min}：商品将变为不可售',
  },
  PLAN_CHAIN_ABOVE_MAX: {
    en: 'After {after}, the 30-day lowest net price is {low}: a {kind} may cost at most {max}, not {price}',
    zh: '{after} 之后，30 天最低净价为 {low}：{kind} 最高只能定价 {max}，而不是 {price}',
  },
  PLAN_OUTLET_COOLDOWN: {
    en: "The plan's Outlet run ending {end} allows the next one only from {from}",
    zh: '计划中的奥特莱斯活动于 {end} 结束，下一次最早于 {from} 开始',
  },
  WOOT_DEAL_ROUND_ABOVE_MAX: {
    en: 'The Best Deal round at {price} would be above the highest Best Deal price allowed then ({max})',
    zh: 'BD 轮次定价 {price} 高于当时允许的最高 BD 价格（{max}）',
  },
  MARKDOWN_NO_COSTS: {
    en: 'Markdown stage {stage} needs the purchase cost, freight and FX rate of the product',
    zh: '第 {stage} 阶段降价需要商品的采购成本、头程运费和汇率',
  },
  MARKDOWN_NOT_BELOW_PRICE: {
    en: 'Markdown stage {stage} at {price} is not below the regular price {regular}',
    zh: '第 {stage} 阶段降价 {price} 不低于常规价 {regular}',
  },
  MARKDOWN_NOT_AGED: {
    en: 'Markdown stage {stage} is for stock aged over {days} days; none is',
    zh: '第 {stage} 阶段降价只适用于库龄超过 {days} 天的库存；当前没有',
  },
  TRANSFER_NOT_FASTER: {
    en: 'On {marketplace} the ASIN sells {target}/day, not faster than here ({own}/day)',
    zh: '该 ASIN 在 {marketplace} 日销 {target} 件，不比本站（{own} 件/天）快',
  },
  TRANSFER_NO_FX: {
    en: "No FX rate links {marketplace}'s prices to this marketplace (products need the same cost currency and fx_rate)",
    zh: '没有将 {marketplace} 价格换算到本站的汇率（商品须有相同的成本币种和 fx_rate）',
  },
  REMOVAL_NO_FEE_DATA: {
    en: 'No removal/disposal fee figure ({reason})',
    zh: '没有移除/弃置费数据（{reason}）',
  },
  // ---- explanations -------------------------------------------------------------------------------
  PLAN_CHOSEN: {
    en: 'Best of {plans} plans searched ({candidates} candidate actions): brings back {netCash} over {days} days, {gain} more than doing nothing ({nothing})',
    zh: '在 {plans} 个方案（{candidates} 个候选动作）中最优：{days} 天内回笼 {netCash}，比不采取行动（{nothing}）多 {gain}',
  },
  PLAN_NOTHING_BEST: {
    en: 'Doing nothing brings back the most ({netCash} over {days} days): no action of the {plans} plans searched beats it',
    zh: '不采取行动回笼最多（{days} 天 {netCash}）：搜索的 {plans} 个方案都没有超过它',
  },
  PLAN_NOT_EXCESS: {
    en: 'The stock ({units} units) sells within the horizon at the regular price ({daily}/day): no clearance action is needed',
    zh: '库存（{units} 件）按常规价在规划期内即可售完（{daily} 件/天）：无需清仓动作',
  },
  PLAN_NO_STOCK: {
    en: 'Nothing on hand or inbound: nothing to clear',
    zh: '没有在库或在途库存：无需清仓',
  },
  PLAN_RUNNER_UP: {
    en: 'Runner-up: {netCash}, {loss} less than the plan ({why})',
    zh: '次优方案：{netCash}，比最优方案少 {loss}（{why}）',
  },
  PLAN_RULE_OF_THUMB: {
    en: "The seed's rule of thumb (EXC-3: {mapping}) would bring back {netCash} ({diff} vs the plan)",
    zh: '文章的经验法则（EXC-3：{mapping}）将回笼 {netCash}（与最优方案相差 {diff}）',
  },
  PLAN_FIGURES: {
    en: 'Sells {units} units ({regularUnits} at the regular price), holding costs {holding}, {left} units left counted at {residual} each',
    zh: '售出 {units} 件（常规价 {regularUnits} 件），仓储成本 {holding}，剩余 {left} 件按每件 {residual} 计',
  },
  PLAN_EXACT_REJECTED: {
    en: 'A plan with {action} from {start} was dropped: the check as of its start found {codes}',
    zh: '一个包含 {action}（自 {start}）的方案被放弃：按其开始时间检查发现 {codes}',
  },
  PLAN_NO_FEE_DATA: {
    en: 'No fee data for: {items} (not counted)',
    zh: '缺少以下费用数据：{items}（未计入）',
  },
  ACTION_DEMAND: {
    en: '{action} at {price} ({pct}% off) from {start} for {days} days: {units} units expected ({daily}/day against a baseline of {baseline}/day)',
    zh: '{action}：{start} 起 {days} 天，价格 {price}（{pct}% 折扣）：预计售出 {units} 件（{daily} 件/天，基线 {baseline} 件/天）',
  },
  ACTION_MARKDOWN_STAGE: {
    en: 'EXC-5 stage {stage} ({target}): {price} brings back {need} per unit after referral and fulfilment; unit profit {profit}',
    zh: 'EXC-5 第 {stage} 阶段（{target}）：{price} 扣除佣金和配送费后每件回收 {need}；单件利润 {profit}',
  },
  ACTION_DISPOSAL: {
    en: '{action} of {units} units at {perUnit} each ({basis})',
    zh: '{action} {units} 件，每件 {perUnit}（{basis}）',
  },
  ACTION_TRANSFER: {
    en: 'Sell into {marketplace} ({daily}/day there from day {fromDay}) at {price}, less a transfer cost of {cost} per unit',
    zh: '销往 {marketplace}（该站自第 {fromDay} 天起日销 {daily} 件），售价 {price}，每件扣除转运成本 {cost}',
  },
  ACTION_WOOT: {
    en: "WOOT rounds {rounds}% off over {days} days (EXC-3: discount rising, at most {max}%); WOOT's own fee: no fee data",
    zh: 'WOOT 多轮秒杀折扣 {rounds}%，共 {days} 天（EXC-3：折扣逐轮加大，最高 {max}%）；WOOT 自身费用：无数据',
  },
});
