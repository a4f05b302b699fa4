// Messages of the replenish view (RPL-1..RPL-4, C.8), English and Simplified Chinese.
import { defineMessages } from '../messages/messages.js';

export const REPLENISHMENT_MESSAGES = defineMessages({
  RPL_WHY_VELOCITY: {
    en: 'Weighted daily sales {value} = {terms}',
    zh: '加权日销量 {value} = {terms}',
  },
  RPL_WHY_REORDER: {
    en: 'Reorder ⌈{wds} × {cover} days⌉ = {demand} − (on-hand {onHand} + inbound {inbound}) = {raw}',
    zh: '补货量 ⌈{wds} × {cover} 天⌉ = {demand} − （在库 {onHand} + 在途 {inbound}）= {raw}',
  },
  RPL_WHY_FIRST_SHIPMENT: {
    en: 'New product: first shipment {raw} units ({min}–{max}, early demand {demand})',
    zh: '新品：首批发货 {raw} 件（{min}–{max}，早期需求 {demand}）',
  },
  RPL_WHY_ROUNDED: {
    en: 'Rounded {before} → {after} (minimum order {minOrderQty}, case pack {casePack})',
    zh: '取整 {before} → {after}（最小起订量 {minOrderQty}，每箱 {casePack} 件）',
  },
  RPL_ALERT_BELOW_LEAD_TIME: {
    en: 'Days of supply {days} is below the lead time of {leadTime} days: reorder now',
    zh: '可售天数 {days} 低于 {leadTime} 天的补货周期：请立即补货',
  },
  RPL_NO_LEAD_TIME: {
    en: 'No lead time for this product (lead_time_days): no days-of-supply alert',
    zh: '该商品没有补货周期（lead_time_days）：无法发出可售天数预警',
  },
  RPL_STALE: {
    en: 'Stock data is {age} days old (more than {max}): refresh the inventory report',
    zh: '库存数据已有 {age} 天（超过 {max} 天）：请更新库存报告',
  },
  RPL_NO_STOCK_DATA: {
    en: 'No stock data at or before the as-of instant',
    zh: '截至查询时刻没有库存数据',
  },
  RPL_SEASON: {
    en: 'Seasonal ({source}): season {start} – {end}, peak from {peak}; cut stocking from {cut}; clearance from {clearance}',
    zh: '季节性（{source}）：旺季 {start} – {end}，高峰自 {peak}；自 {cut} 起减少备货；自 {clearance} 起清货',
  },
  RPL_SEASON_CUT: {
    en: 'Seasonal stocking cut (RPL-4): no reorder until the season ends on {end}',
    zh: '季节性减少备货（RPL-4）：旺季于 {end} 结束前不补货',
  },
  RPL_SEASON_CLEARANCE: {
    en: 'Season ends {end}: start the clearance plan now (clearway plan)',
    zh: '旺季将于 {end} 结束：现在开始清货计划（clearway plan）',
  },
  RPL_SEASON_UNKNOWN: {
    en: 'Flagged seasonal but no season found (needs a year of sales, or Amazon’s season dates)',
    zh: '已标记为季节性商品，但无法确定旺季（需要一年的销量或亚马逊的旺季日期）',
  },
  RPL_LOW_INVENTORY_FEE: {
    en: 'Low-inventory-level fee risk: days of supply under {min} on every window (approximate: current on-hand)',
    zh: '低库存水平费风险：各统计窗口的可售天数均低于 {min} 天（近似值：按当前在库计算）',
  },
  RPL_AMAZON: {
    en: 'Amazon recommends {qty} units by {day} ({alert})',
    zh: '亚马逊建议在 {day} 前补货 {qty} 件（{alert}）',
  },
});
