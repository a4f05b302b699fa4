// Demand response curves (see priors.ts for the form and its calibration): the multiplier of the
// baseline daily demand on each day of an action, by program and discount depth, and the
// post-promotion dip that pays back part of a promotion's extra units.
import type { Program, ResponseParams } from './priors.js';

/** What an action does to demand. `depth` = the buyer's discount off the regular price (0.3 = 30%). */
export type DemandResponse =
  | { readonly program: 'markdown'; readonly depth: number }
  | { readonly program: 'outlet' | 'coupon' | 'woot' | 'ped' | 'business'; readonly depth: number }
  | { readonly program: 'best_deal'; readonly depth: number; readonly withCoupon: boolean }
  | { readonly program: 'lightning_deal'; readonly depth: number };

/** (1 − depth)^−ε: the price effect of a discount (depth clamped to [0, 0.95]). */
export function priceEffect(params: Pick<ResponseParams, 'elasticity'>, depth: number): number {
  const d = Math.min(Math.max(depth, 0), 0.95);
  return (1 - d) ** -params.elasticity;
}

/** shape(i) = c·r^i of a deal (mean 1 over its calibration run). */
export function dealShape(params: ResponseParams, day: number): number {
  return params.dealFirstDayFactor * params.dealDecay ** day;
}

/**
 * The demand of day `day` (0 = the action's first day) as multiples of the baseline, split into the
 * buyers who still pay the regular price (`regular`) and those who buy on the action's terms
 * (`action`): a PED reaches Prime members only, a business price business buyers only, WOOT sells
 * beside the Amazon listing, a Lightning Deal lasts only part of its day.
 */
export function dailySplit(
  params: ResponseParams,
  r: DemandResponse,
  day: number,
): { regular: number; action: number } {
  const pe = priceEffect(params, r.depth);
  const b = params.badge;
  switch (r.program) {
    case 'markdown':
      return { regular: 0, action: pe };
    case 'outlet':
    case 'coupon':
      return { regular: 0, action: b[r.program] * pe };
    case 'woot':
      // The Amazon listing keeps selling at its regular price; WOOT's audience buys on top.
      return { regular: 1, action: b.woot * pe };
    case 'ped':
      // Only Prime members see the price; they respond with the PED badge.
      return { regular: 1 - params.primeShare, action: params.primeShare * b.ped * pe };
    case 'business':
      return { regular: 1 - params.businessShare, action: params.businessShare * b.business * pe };
    case 'best_deal': {
      const badge = r.withCoupon ? b.best_deal * b.coupon : b.best_deal;
      return { regular: 0, action: badge * pe * dealShape(params, day) };
    }
    case 'lightning_deal': {
      if (day > 0) return { regular: 1, action: 0 };
      const share = Math.min(params.lightningDealHours, 24) / 24;
      return { regular: 1 - share, action: share * b.lightning_deal * pe * dealShape(params, 0) };
    }
  }
}

/** The multiplier of the baseline on day `day` (0 = the action's first day): both parts of dailySplit. */
export function dailyMultiplier(params: ResponseParams, r: DemandResponse, day: number): number {
  const s = dailySplit(params, r, day);
  return s.regular + s.action;
}

/** The multipliers of the `days` days of an action. */
export function actionMultipliers(params: ResponseParams, r: DemandResponse, days: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < days; i++) out.push(dailyMultiplier(params, r, i));
  return out;
}

/** Whether an action pulls sales forward (a temporary promotion does; a markdown does not). */
export function hasDip(r: DemandResponse): boolean {
  return r.program !== 'markdown';
}

/** The program whose badge a response uses (null for a markdown). */
export function programOf(r: DemandResponse): Program | null {
  return r.program === 'markdown' ? null : r.program;
}
