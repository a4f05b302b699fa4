// The search grid of the planner, stated once (the planner searches it with a beam, the benchmark
// exhaustively): weekly start slots over the horizon (planning periods, context.ts), up to
// `maxActions` actions in sequence, up to `maxLevels` price levels per action and start.
//
// Price levels of a tool at a start: its highest price the rules allow there (max-price.ts, the
// validators solved for the price: the shallowest legal discount), then the grid's deeper discounts
// off the regular price that stay under it — at most five, highest first. Coupons: the smallest
// legal discount, then the grid's larger ones. Best Deal + coupon: the deal at its highest legal price
// with the coupon at the coupon grid. WOOT rounds: the first round's discount, +10 points each later
// round, never above the rule set's maximum (EXC-3: 70%), never under the off-site minimum (EXC-6).
// Markdowns: the EXC-5 stage prices. Transfer: one level per target marketplace. Wholesale,
// liquidation and removal: one level each (their terms are the market's, not the seller's).
import type { ActionFamily } from './types.js';

export const PLAN_GRID = {
  /** Actions in one plan, in sequence (none overlapping). */
  maxActions: 3,
  /** Price levels per action and start. */
  maxLevels: 5,
  /** Discounts (% off the regular price) tried below the highest legal price. */
  depths: {
    outlet_sale: [25],
    outlet_deal: [40, 50],
    lightning_deal: [20, 30, 40, 50],
    best_deal: [15, 20, 30, 40],
    ped: [15, 20, 30, 40],
    coupon: [10, 20, 30, 40],
    best_deal_coupon: [20, 30, 40, 50],
    business_price: [20, 30],
    woot_rounds: [30, 40, 50, 60],
  },
  /** Days each tool runs (Outlet: OUT-6's run; Lightning Deal: PM-3's hours; WOOT: the rounds). */
  days: { best_deal: 7, best_deal_coupon: 7, coupon: 14, ped: 7, business_price: 28 },
  /** Seed 001 §2.2: business tiers such as "≥ 10 units 30% off". */
  businessMinQty: 10,
  /** WOOT rounds: discount points added per round. */
  wootStepPct: 10,
} as const;

/** Every tool of the grid, in the order candidates are listed. */
export const FAMILIES: readonly ActionFamily[] = [
  'outlet',
  'lightning_deal',
  'best_deal',
  'best_deal_coupon',
  'coupon',
  'ped',
  'business_price',
  'woot_rounds',
  'markdown',
  'transfer',
  'wholesale',
  'liquidation',
  'removal',
];

/** The grid in words (shown with every plan). */
export function describeGrid(periods: number, horizonDays: number): string {
  return (
    `${periods} start slots (weekly, Outlet cycle aligned) over ${horizonDays} days; up to ${PLAN_GRID.maxActions} ` +
    `actions in sequence; up to ${PLAN_GRID.maxLevels} price levels per action (highest legal price, then ` +
    'deeper grid discounts); tools: ' +
    FAMILIES.join(', ')
  );
}
