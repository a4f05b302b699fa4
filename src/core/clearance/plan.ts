// `planSku`: the clearance plan of one SKU as of an instant (EXC-3..EXC-9). The candidate actions of
// the grid are screened (candidates.ts), the plans over the horizon searched (search.ts), and the
// best ones checked exactly, every promotion through checkPromotion as of its start with its
// predecessors planned (validate.ts), walking down the ranking until a plan passes. The answer is
// that plan, the runners-up (the best passing plans built from other tools), doing nothing and the
// seed's rule of thumb, each with its figures, the candidates the rules rejected with their rule
// IDs, and why.
import { formatInstant } from '../calendar/calendar.js';
import { ruleIssue, type RuleIssue } from '../messages/messages.js';
import { formatMoney } from '../money/money.js';
import { candidateSet } from './candidates.js';
import { planContext, type PlanContext, type PlanInput } from './context.js';
import { planOption } from './figures.js';
import { describeGrid } from './grid.js';
import { CLEARANCE } from './messages.js';
import { ruleOfThumb } from './rule-of-thumb.js';
import { beamSearch, type RankedPlan, type SearchOptions } from './search.js';
import { simulate } from './simulate.js';
import { familyOf, type ActionInstance, type PlanOption, type RejectedCandidate, type SkuPlan } from './types.js';
import { checkPlanExactly, type CheckCache } from './validate.js';

export interface PlanOptions {
  readonly search?: SearchOptions;
  /** How many ranked plans the exact check may walk through. */
  readonly maxExactChecks?: number;
  /** Runners-up shown. */
  readonly runnersUp?: number;
}

type Option = PlanOption & { readonly holdingNoFeeData: boolean };

function signature(plan: readonly ActionInstance[]): string {
  return plan.map((a) => familyOf(a.kind)).join('>');
}

function nothingOption(ctx: PlanContext): Option {
  return planOption(ctx, 'do_nothing', [], simulate(ctx, []));
}

/** The plan of one SKU (pure). */
export function planSku(input: PlanInput, options: PlanOptions = {}): SkuPlan {
  const ctx = planContext(input);
  const money = (m: number) => formatMoney(Math.round(m), ctx.currency);
  const doNothing = nothingOption(ctx);
  const stock = ctx.onHand + ctx.inbound;
  const base = {
    sku: ctx.sku,
    asin: ctx.asin,
    marketplace: ctx.marketplace,
    currency: ctx.currency,
    asOf: ctx.asOf,
    horizonDays: ctx.horizonDays,
    firstDay: ctx.firstDay,
    onHand: ctx.onHand,
    inbound: ctx.inbound,
    regularPrice: ctx.regularPrice,
    baselineDaily: ctx.baseline,
    doNothing,
    holdingCostIfNothing: doNothing.holdingCost,
    demand: ctx.demand.explanation,
  };
  const unsearched = (code: string, values: Record<string, unknown>): SkuPlan => ({
    ...base,
    best: { ...doNothing, label: 'plan' },
    alternatives: [],
    ruleOfThumb: null,
    rejected: [],
    searched: { candidates: 0, plansEvaluated: 1, grid: describeGrid(ctx.periods.length, ctx.horizonDays) },
    noFeeData: doNothing.holdingNoFeeData ? ['holding'] : [],
    explanation: [ruleIssue(code, 'EXC-8', values)],
  });
  if (stock <= 0) return unsearched(CLEARANCE.PLAN_NO_STOCK, {});
  if (ctx.baseline * ctx.horizonDays >= stock) {
    return unsearched(CLEARANCE.PLAN_NOT_EXCESS, { units: stock, daily: Math.round(ctx.baseline * 100) / 100 });
  }

  const cands = candidateSet(ctx);
  const found = beamSearch(ctx, cands, options.search);
  const rejected: RejectedCandidate[] = [...cands.rejected];
  const explanation: RuleIssue[] = [];
  const passing: { ranked: RankedPlan; option: Option }[] = [];
  const seen = new Set<string>();
  const maxChecks = options.maxExactChecks ?? 12;
  const wanted = 1 + (options.runnersUp ?? 3);
  let checked = 0;
  const checks: CheckCache = new Map();
  for (const ranked of found.plans) {
    if (passing.length >= wanted || checked >= maxChecks) break;
    const sig = signature(ranked.actions);
    if (passing.length > 0 && seen.has(sig)) continue;
    const sim = simulate(ctx, ranked.actions);
    const verdict = checkPlanExactly(ctx, ranked.actions, sim, checks);
    if (ranked.actions.some((a) => a.promotions.length > 0)) checked++;
    if (!verdict.ok) {
      const failed = ranked.actions[verdict.failedAction ?? 0] as ActionInstance;
      rejected.push({
        action: failed.kind,
        start: failed.start,
        price: failed.price,
        discountPct: failed.discountPct,
        issues: verdict.errors,
      });
      explanation.push(
        ruleIssue(CLEARANCE.PLAN_EXACT_REJECTED, verdict.errors[0]?.rule ?? 'EXC-8', {
          action: failed.kind,
          start: formatInstant(failed.start, ctx.timeZone),
          codes: verdict.errors.map((e) => `${e.code} (${e.rule})`).join(', '),
        }),
      );
      continue;
    }
    seen.add(sig);
    const warnings = ranked.actions.map((_, i) =>
      verdict.verdicts.filter((v) => v.action === i).flatMap((v) => v.check.warnings),
    );
    passing.push({
      ranked,
      option: planOption(ctx, passing.length === 0 ? 'plan' : 'runner_up', ranked.actions, sim, warnings),
    });
  }
  passing.sort((a, b) => b.option.netCash - a.option.netCash);
  // EXC-8: a plan never brings back less than doing nothing.
  if (passing.length === 0 || (passing[0] as { option: Option }).option.netCash < doNothing.netCash) {
    passing.unshift({ ranked: { actions: [], value: doNothing.netCash }, option: doNothing });
  }
  const bestEntry = passing[0] as { ranked: RankedPlan; option: Option };
  const best: Option = { ...bestEntry.option, label: 'plan' };
  // Runners-up: the other passing plans (doing nothing is shown on its own).
  const alternatives: Option[] = passing
    .slice(1)
    .filter((p) => p.ranked.actions.length > 0)
    .map((p) => ({ ...p.option, label: 'runner_up' }));

  // Why: the choice, each runner-up, the rule of thumb.
  if (best.actions.length === 0) {
    explanation.unshift(
      ruleIssue(CLEARANCE.PLAN_NOTHING_BEST, 'EXC-8', {
        netCash: money(best.netCash),
        days: ctx.horizonDays,
        plans: found.evaluated,
      }),
    );
  } else {
    explanation.unshift(
      ruleIssue(CLEARANCE.PLAN_CHOSEN, 'EXC-8', {
        plans: found.evaluated,
        candidates: cands.instances.length,
        netCash: money(best.netCash),
        days: ctx.horizonDays,
        gain: money(best.netCash - doNothing.netCash),
        nothing: money(doNothing.netCash),
      }),
    );
  }
  for (const alt of alternatives) {
    const why =
      alt.actions.length === 0
        ? 'doing nothing'
        : `${alt.actions.map((a) => a.action).join(' → ')}: ${alt.unitsSold} units sold vs ${best.unitsSold}, fees ${money(
            alt.actions.reduce((s, a) => s + a.fees.total, 0),
          )} vs ${money(best.actions.reduce((s, a) => s + a.fees.total, 0))}, holding ${alt.holdingCost === null ? '-' : money(alt.holdingCost)} vs ${
            best.holdingCost === null ? '-' : money(best.holdingCost)
          }`;
    (alt.explanation as RuleIssue[]).unshift(
      ruleIssue(CLEARANCE.PLAN_RUNNER_UP, 'EXC-8', {
        netCash: money(alt.netCash),
        loss: money(best.netCash - alt.netCash),
        why,
      }),
    );
  }
  const thumb = ruleOfThumb(ctx, cands);
  let thumbOption: Option | null = null;
  if (thumb.action !== null) {
    thumbOption = planOption(ctx, 'rule_of_thumb', [thumb.action], simulate(ctx, [thumb.action]));
    explanation.push(
      ruleIssue(CLEARANCE.PLAN_RULE_OF_THUMB, 'EXC-3', {
        mapping: thumb.mapping,
        netCash: money(thumbOption.netCash),
        diff: money(thumbOption.netCash - best.netCash),
      }),
    );
  }
  const noFeeData = new Set<string>();
  for (const a of bestEntry.ranked.actions) for (const k of a.fees.noFeeData) noFeeData.add(k);
  if (best.holdingNoFeeData || doNothing.holdingNoFeeData) noFeeData.add('holding');
  if (ctx.costs.fulfilmentFee === null) noFeeData.add('fulfilment');
  if (ctx.costs.referralPct === null) noFeeData.add('referral');
  if (noFeeData.size > 0)
    explanation.push(ruleIssue(CLEARANCE.PLAN_NO_FEE_DATA, 'GEN-3', { items: [...noFeeData].join(', ') }));
  return {
    ...base,
    best,
    alternatives,
    ruleOfThumb: thumbOption,
    rejected,
    searched: {
      candidates: cands.instances.length,
      plansEvaluated: found.evaluated,
      grid: describeGrid(ctx.periods.length, ctx.horizonDays),
    },
    noFeeData: [...noFeeData],
    explanation,
  };
}
