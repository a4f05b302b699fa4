// The seed's rule of thumb (EXC-3 mapping alone), kept beside the plan for comparison: moderate excess
// (stock-to-sales ratio 3–5, EXC-1 bands as DEC-4) → Outlet at the shallowest legal discount (≥ 20%);
// heavier excess by units on hand and inbound: under clearanceLdBelowUnits → a Lightning Deal at its
// highest legal price; up to clearanceWootAboveUnits → Best Deal + a large coupon (the coupon level
// nearest the EXC-9 30%); more → WOOT rounds at the first level. Each at the earliest start the rules
// allow; nothing when the SKU is not in excess or the mapped tool cannot run.
import type { CandidateSet } from './candidates.js';
import type { PlanContext } from './context.js';
import type { ActionInstance, ActionKind } from './types.js';

export interface RuleOfThumb {
  readonly mapping: string;
  readonly action: ActionInstance | null;
}

/** EXC-1 stock-to-sales ratio: (on hand + inbound) ÷ units sold in the past 30 days (∞ without sales). */
export function stockToSales(ctx: PlanContext): number | null {
  const days = ctx.ruleSet.inventoryHealth.stockToSalesSalesWindowDays;
  const from = ctx.asOf - days * 86_400_000;
  let sold = 0;
  for (const o of ctx.input.facts.orders)
    if (o.sku === ctx.sku && !o.cancelled && o.at > from && o.at <= ctx.asOf) sold += o.units;
  const stock = ctx.onHand + ctx.inbound;
  if (sold === 0) return stock > 0 ? Infinity : null;
  return stock / sold;
}

function earliest(
  cands: CandidateSet,
  kinds: readonly ActionKind[],
  pick: (list: ActionInstance[]) => ActionInstance | undefined,
): ActionInstance | null {
  const list = cands.instances.filter((a) => kinds.includes(a.kind));
  if (list.length === 0) return null;
  const first = Math.min(...list.map((a) => a.startPeriod));
  return pick(list.filter((a) => a.startPeriod === first)) ?? null;
}

export function ruleOfThumb(ctx: PlanContext, cands: CandidateSet): RuleOfThumb {
  const ih = ctx.ruleSet.inventoryHealth;
  const c = ctx.ruleSet.clearance;
  const ratio = stockToSales(ctx);
  const units = ctx.onHand + ctx.inbound;
  if (ratio === null || ratio <= ih.stockToSalesHealthyMax) return { mapping: 'not in excess', action: null };
  const byLevel = (list: ActionInstance[]) => [...list].sort((a, b) => a.level - b.level)[0];
  if (ratio <= ih.stockToSalesModerateMax) {
    return {
      mapping: `ratio ${Math.round(ratio * 100) / 100} → Outlet ≥ 20% off`,
      action: earliest(cands, ['outlet_sale', 'outlet_deal'], byLevel),
    };
  }
  if (units < c.clearanceLdBelowUnits) {
    return {
      mapping: `${units} units < ${c.clearanceLdBelowUnits} → Lightning Deal`,
      action: earliest(cands, ['lightning_deal'], byLevel),
    };
  }
  if (units <= c.clearanceWootAboveUnits) {
    const nearest = (list: ActionInstance[]) =>
      [...list].sort(
        (a, b) =>
          Math.abs(Number(a.detail.couponPct ?? 0) - c.liftBdCouponPct) -
          Math.abs(Number(b.detail.couponPct ?? 0) - c.liftBdCouponPct),
      )[0];
    return {
      mapping: `${units} units → Best Deal + ${c.liftBdCouponPct}% coupon`,
      action: earliest(cands, ['best_deal_coupon'], nearest),
    };
  }
  return {
    mapping: `${units} units > ${c.clearanceWootAboveUnits} → WOOT rounds`,
    action: earliest(cands, ['woot_rounds'], byLevel),
  };
}
