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
  DEMAND_OBSERVED: {
    en: "{id} ({program}, {from} – {to}, {pct}% off): {observed}/day on {counted} counted day(s) ({leftOut} stockout or sold-out day(s) left out) against {before}/day in the 28 days before: ×{multiplier}, which implies a badge of {implied} at that depth and over those days ({units} units against {unitsBefore} before: reading good to ×/÷{noise} with Poisson noise and the form's misfit)",
    zh: '{id}（{program}，{from} – {to}，{pct}% 折扣）：{counted} 个计入日平均 {observed} 件/天（剔除 {leftOut} 个断货或售罄日），之前 28 天为 {before} 件/天：×{multiplier}，按该折扣深度和这些天推算曝光系数为 {implied}（{units} 件对比之前 {unitsBefore} 件：计入泊松噪声和模型偏差后精度为 ×/÷{noise}）',
  },
  DEMAND_COMMON_FACTOR: {
    en: 'Across its {count} measured promotion(s) the SKU responds ×{factor} the prior, in every program (hierarchical shrinkage: a SKU spreads ×/÷{commonSpread} around the prior, a program ×/÷{programSpread} around its SKU, one reading ×/÷{misfit} beyond its Poisson noise)',
    zh: '在 {count} 次可测量的促销中，该 SKU 的整体响应为先验的 ×{factor}，适用于所有项目（分层收缩：SKU 围绕先验的离散度为 ×/÷{commonSpread}，单个项目围绕其 SKU 为 ×/÷{programSpread}，单次读数在泊松噪声之外为 ×/÷{misfit}）',
  },
  DEMAND_SHRUNK_TO_HISTORY: {
    en: "{program} badge {prior} → {posterior}: the SKU-wide ×{common}, then ×{own} toward the seller's own {count} promotion(s) of it ({ids}); good to ×/÷{sd}",
    zh: '{program} 曝光系数 {prior} → {posterior}：SKU 整体 ×{common}，再根据卖家自己该项目的 {count} 次促销（{ids}）×{own}；精度 ×/÷{sd}',
  },
  DEMAND_COMMON_ONLY: {
    en: 'Programs with no promotion of their own in the history move by the SKU-wide ×{factor} alone: {badges}',
    zh: '历史中没有自身促销的项目仅按 SKU 整体 ×{factor} 调整：{badges}',
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
