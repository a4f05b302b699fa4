// Messages of the excess view (EXC-1, EXC-2, EXC-3 baseline), English and Simplified Chinese.
import { defineMessages } from '../messages/messages.js';

export const INVENTORY_HEALTH_MESSAGES = defineMessages({
  EXC_WHY_RATIO: {
    en: 'Stock-to-sales {stock} ÷ {sold} sold in {days} days = {ratio}: {band}',
    zh: '库存销售比 {stock} ÷ {days} 天销量 {sold} = {ratio}：{band}',
  },
  EXC_WHY_RATIO_INFINITE: {
    en: '{stock} units in stock and none sold in {days} days: ratio ∞, heavy excess',
    zh: '有 {stock} 件库存而 {days} 天内无销量：比值为 ∞，严重过剩',
  },
  EXC_WHY_NO_STOCK_NO_SALES: {
    en: 'No stock and no sales in {days} days: no ratio, stockout risk',
    zh: '{days} 天内无库存且无销量：无比值，有断货风险',
  },
  EXC_WHY_EXCESS_UNITS: {
    en: '{excess} excess units above {cover} units of healthy cover ({coverDays} days at {sold} sold per {days} days)',
    zh: '超出健康覆盖量 {cover} 件（按每 {days} 天售出 {sold} 件计 {coverDays} 天）的过剩库存 {excess} 件',
  },
  EXC_WHY_AGED: {
    en: '{over90} units aged over {excessDays} days (excess by age); {over180} over {agedDays} days (aged storage charges)',
    zh: '库龄超过 {excessDays} 天的有 {over90} 件（按库龄属过剩）；超过 {agedDays} 天的有 {over180} 件（需缴超龄库存费）',
  },
  EXC_WHY_AGES_FROM_PLANNING: {
    en: 'Ages from Amazon’s inventory planning report of {day} (no clearway lots)',
    zh: '库龄取自亚马逊 {day} 的库存规划报告（无 clearway 批次数据）',
  },
  EXC_WHY_AGES_UNKNOWN: {
    en: 'Inventory ages unknown (no lots, no planning report): aged surcharge not projected',
    zh: '库龄未知（无批次、无规划报告）：未预测超龄附加费',
  },
  EXC_WHY_ON_HAND_FROM_SNAPSHOT: {
    en: 'On-hand from Amazon’s inventory snapshot of {at} (fulfillable + reserved)',
    zh: '在库数量取自亚马逊 {at} 的库存快照（可售 + 预留）',
  },
  EXC_WHY_NO_STOCK_DATA: {
    en: 'No inventory snapshot at or before the as-of instant: on-hand counted as 0',
    zh: '截至查询时刻没有库存快照：在库数量按 0 计',
  },
  EXC_WHY_HOLDING: {
    en: 'Holding cost: {cost30} over 30 days, {cost90} over 90 days (storage + aged surcharge)',
    zh: '持有成本：30 天 {cost30}，90 天 {cost90}（仓储费 + 超龄附加费）',
  },
  EXC_WHY_HOLDING_NO_FEE_DATA: {
    en: 'Holding cost: no fee data for {marketplace} (the rule set has no storage or surcharge figure)',
    zh: '持有成本：{marketplace} 没有费用数据（规则集中无仓储费或附加费数据）',
  },
  EXC_WHY_NO_VOLUME: {
    en: 'Holding cost unknown: the product has no unit volume (unit_cubic_feet)',
    zh: '持有成本未知：商品没有单位体积（unit_cubic_feet）',
  },
  EXC_WHY_AMAZON: {
    en: 'Amazon recommends {action} (sale price {price}, excess {qty}) as of {day}',
    zh: '亚马逊建议 {action}（促销价 {price}，过剩 {qty}），截至 {day}',
  },
  EXC_REC_NONE: { en: 'No excess: no clearance action', zh: '无过剩库存：无需清货' },
  EXC_REC_REPLENISH: {
    en: 'Stockout risk: replenish (see clearway replenish)',
    zh: '有断货风险：请补货（见 clearway replenish）',
  },
  EXC_REC_OUTLET: {
    en: 'Moderate excess and Outlet-eligible: Outlet deal for {days} days; units from the Outlet lift {before} → {after} a day',
    zh: '中度过剩且符合 Outlet 条件：Outlet 促销 {days} 天；件数按 Outlet 提升（每天 {before} → {after}）估算',
  },
  EXC_REC_OUTLET_NOT_ELIGIBLE: {
    en: 'Moderate excess but not Outlet-eligible: tool chosen by excess units',
    zh: '中度过剩但不符合 Outlet 条件：按过剩件数选择工具',
  },
  EXC_REC_LD: {
    en: '{units} excess units (under {below}): Lightning Deal at {pct}% off the current price',
    zh: '过剩 {units} 件（少于 {below}）：秒杀，较当前价低 {pct}%',
  },
  EXC_REC_BD: {
    en: '{units} excess units ({from}–{to}): Best Deal {pct}% off plus a {coupon}% coupon for {days} days',
    zh: '过剩 {units} 件（{from}–{to}）：最佳促销低 {pct}% 并叠加 {coupon}% 优惠券，共 {days} 天',
  },
  EXC_REC_WOOT: {
    en: '{units} excess units (over {above}): WOOT in rounds ({rounds}), from {pct}% off, never above {max}%',
    zh: '过剩 {units} 件（超过 {above}）：分轮 WOOT（{rounds}），从 {pct}% 折扣起，最高不超过 {max}%',
  },
  EXC_REC_NO_FEE_DATA: {
    en: 'Net cash unknown: no fee data for {action}',
    zh: '净回款未知：{action} 没有费用数据',
  },
  EXC_REC_NO_UNIT_FEES: {
    en: 'Net cash unknown: the product lacks a fulfilment fee or referral rate',
    zh: '净回款未知：商品缺少配送费或佣金比例',
  },
});
export type InventoryHealthMessageCode = keyof typeof INVENTORY_HEALTH_MESSAGES;
