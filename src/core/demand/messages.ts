// Explanations of the demand model, English and Simplified Chinese (one catalogue, messages.ts).
import { defineMessages } from '../messages/messages.js';

export const DEMAND = defineMessages({
  DEMAND_BASELINE: {
    en: 'Baseline {daily}/day at the regular price (RPL-1 weights {terms}); over the past {windowDays} days ({from} – {to}) {stockoutDays} stockout and {promotionalDays} promotional days were left out (plain RPL-1: {plain}/day)',
    zh: '常规价下基线日销 {daily} 件（RPL-1 加权 {terms}）；过去 {windowDays} 天（{from} – {to}）中剔除了 {stockoutDays} 个断货日和 {promotionalDays} 个促销日（未调整的 RPL-1：{plain} 件/天）',
  },
  DEMAND_BASELINE_FALLBACK: {
    en: 'The {windowDays}-day window had no in-stock, non-promotional day: its average ({average}/day) is that of the past {fallbackDays} days',
    zh: '{windowDays} 天窗口内没有有货且无促销的日子：改用过去 {fallbackDays} 天的平均值（{average} 件/天）',
  },
  DEMAND_PRIOR: {
    en: 'Response prior: units = baseline × badge × (1 − discount)^−{elasticity} (published promotional elasticity); EXC-9 calibration: Outlet {outletPct}% off → ×{outletMultiplier} (badge {outletBadge}); Best Deal + {couponPct}% coupon → ×{dealMean} over {dealDays} days, {firstDay}× the mean on day 1, decaying ×{decay}/day (deal badge {dealBadge}, coupon badge {couponBadge})',
    zh: '响应先验：销量 = 基线 × 曝光系数 × (1 − 折扣)^−{elasticity}（公开的促销价格弹性）；按 EXC-9 校准：奥特莱斯 {outletPct}% 折扣 → ×{outletMultiplier}（系数 {outletBadge}）；BD + {couponPct}% 优惠券 → {dealDays} 天平均 ×{dealMean}，首日为平均的 {firstDay} 倍，每天衰减 ×{decay}（秒杀系数 {dealBadge}，优惠券系数 {couponBadge}）',
  },
  DEMAND_DIP: {
    en: 'After a promotion, {dipPct}% of its extra units are taken from the following {dipDays} days (sales pulled forward)',
    zh: '促销结束后，其额外销量的 {dipPct}% 从随后 {dipDays} 天中扣除（提前透支的需求）',
  },
  DEMAND_SHRUNK_TO_HISTORY: {
    en: "{program} badge {prior} → {posterior} from the seller's own {count} promotion(s) ({ids}: {observed}); the prior weighs as {priorWeight} promotions",
    zh: '根据卖家自己的 {count} 次促销（{ids}：{observed}），{program} 曝光系数 {prior} → {posterior}；先验按 {priorWeight} 次促销计权',
  },
  DEMAND_COMMON_FACTOR: {
    en: 'Over its {count} measured promotion(s) the SKU responds ×{factor} the prior: every badge moves by it (the prior weighs as {priorWeight} promotions)',
    zh: '在 {count} 次可测量的促销中，该 SKU 的响应为先验的 ×{factor}：所有曝光系数按此调整（先验按 {priorWeight} 次促销计权）',
  },
  DEMAND_NO_OWN_HISTORY: {
    en: "No promotion of the seller's own in the past {days} days shows a measurable lift: the prior is used as is",
    zh: '卖家过去 {days} 天没有可测量效果的促销：直接使用先验',
  },
  DEMAND_BUSINESS_SHARE: {
    en: 'Business buyers bought {pct}% of the units in the past 90 days ({basis})',
    zh: '过去 90 天企业买家购买了 {pct}% 的销量（{basis}）',
  },
});
