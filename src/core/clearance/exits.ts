// The candidates that are not Amazon promotions: EXC-5 staged markdowns (a new standard price from a
// start period to the horizon's end or a deeper stage), EXC-6 selling into another marketplace and
// wholesale, EXC-7 liquidation and removal/disposal (terminal: every unit left goes at the start).
import type { Instant } from '../catalog/facts.js';
import { ageInDays } from '../calendar/calendar.js';
import { ruleIssue } from '../messages/messages.js';
import { formatMoney } from '../money/money.js';
import { daysAfter, pct, type SpecEnv } from './candidates.js';
import { liquidationRecovery, removalFee, wholesaleRecovery } from './disposal.js';
import { markdownStages } from './economics.js';
import type { InstanceSpec } from './instance.js';
import { CLEARANCE } from './messages.js';
import { transferTargets } from './transfer.js';
import type { RuleSet } from '../rules/schema.js';

function base(env: SpecEnv, period: number): { start: Instant; startDay: number; rest: number } {
  const p = env.ctx.periods[period] as { start: Instant; startDay: number };
  return { start: p.start, startDay: p.startDay, rest: env.ctx.horizonDays - p.startDay };
}

/** EXC-5: each stage's price from the first period it may start, to the horizon's end. */
export function markdownSpecs(env: SpecEnv): InstanceSpec[] {
  const ctx = env.ctx;
  const regular = ctx.regularPrice;
  if (regular === null) return [];
  const stages = markdownStages(ctx.ruleSet, ctx.costs);
  const out: InstanceSpec[] = [];
  const money = (m: number) => formatMoney(m, ctx.currency);
  // The oldest on-hand layer's age at each period start (one calendar call per layer and period, not
  // per stage and layer: markdownSpecs showed ~3% of the planner's CPU profile before).
  const oldest = ctx.periods.map((p) => {
    let max = -Infinity;
    for (const l of ctx.layers) if (l.arrival === 0) max = Math.max(max, ageInDays(l.received, p.start, ctx.timeZone));
    return max;
  });
  for (const stage of stages) {
    if (stage.price === null) {
      env.reject({
        action: 'markdown',
        start: null,
        price: null,
        discountPct: null,
        issues: [ruleIssue(CLEARANCE.MARKDOWN_NO_COSTS, 'EXC-5', { stage: stage.stage })],
      });
      continue;
    }
    const price = stage.price;
    if (price >= regular) {
      env.reject({
        action: 'markdown',
        start: null,
        price,
        discountPct: null,
        issues: [
          ruleIssue(CLEARANCE.MARKDOWN_NOT_BELOW_PRICE, 'EXC-5', {
            stage: stage.stage,
            price: money(price),
            regular: money(regular),
          }),
        ],
      });
      continue;
    }
    for (let period = 0; period < ctx.periods.length; period++) {
      const { start, rest } = base(env, period);
      if (stage.minAgeDaysAbove !== null) {
        const minAge = stage.minAgeDaysAbove;
        const aged = (oldest[period] as number) > minAge;
        if (!aged) {
          if (period === ctx.periods.length - 1) {
            env.reject({
              action: 'markdown',
              start: null,
              price,
              discountPct: pct(price, regular),
              issues: [ruleIssue(CLEARANCE.MARKDOWN_NOT_AGED, 'EXC-5', { stage: stage.stage, days: minAge })],
            });
          }
          continue;
        }
      }
      out.push({
        kind: 'markdown',
        level: stage.stage - 1,
        startPeriod: period,
        start,
        end: ctx.horizonEnd,
        segments: [{ days: rest, response: { program: 'markdown', depth: 1 - price / regular }, price }],
        price,
        discountPct: pct(price, regular),
        promotions: [],
        unitFigures: [],
        chain: [],
        lowChecks: [],
        promoDays: [],
        untilEnd: true,
        markdownStage: stage.stage,
        detail: { stage: stage.stage, target: stage.target, unitProfit: stage.unitProfit, need: stage.need },
      });
    }
  }
  return out;
}

/** EXC-6: selling into another marketplace of the account from each start period. */
export function transferSpecs(env: SpecEnv): InstanceSpec[] {
  const ctx = env.ctx;
  if (ctx.regularPrice === null || (ctx.input.others ?? []).length === 0) return [];
  const { targets, rejected } = transferTargets(ctx);
  for (const r of rejected)
    env.reject({ action: 'transfer', start: null, price: null, discountPct: null, issues: [r.issue] });
  const out: InstanceSpec[] = [];
  targets.forEach((t, level) => {
    for (let period = 0; period < ctx.periods.length; period++) {
      const { start, startDay, rest } = base(env, period);
      const wait = Math.max(0, Math.min(rest, t.fromDay - startDay));
      if (wait >= rest) continue;
      const regular = ctx.regularPrice as number;
      out.push({
        kind: 'transfer',
        level,
        startPeriod: period,
        start,
        end: ctx.horizonEnd,
        segments: [
          ...(wait > 0 ? [{ days: wait, response: null, price: regular }] : []),
          { days: rest - wait, response: null, price: regular, absolute: t.targetBaseline },
        ],
        price: t.price,
        discountPct: null,
        promotions: [],
        unitFigures: [],
        chain: [],
        lowChecks: [],
        promoDays: [],
        untilEnd: true,
        absoluteCash: t.cashPerUnit,
        detail: {
          marketplace: t.marketplace,
          targetSku: t.sku,
          targetDaily: Math.round(t.targetBaseline * 100) / 100,
          transferCost: t.transferCost,
          fromDay: t.fromDay,
        },
      });
    }
  });
  return out;
}

/** EXC-6 wholesale and EXC-7 liquidation and removal/disposal at each period start. */
export function terminalSpecs(env: SpecEnv): InstanceSpec[] {
  const ctx = env.ctx;
  const out: InstanceSpec[] = [];
  const regular = ctx.regularPrice;
  // The disposal terms depend on the rule set only: computed once per rule set in force.
  const terms = new Map<
    RuleSet,
    {
      removal: ReturnType<typeof removalFee>;
      liquidation: ReturnType<typeof liquidationRecovery>;
      wholesale: ReturnType<typeof wholesaleRecovery> | null;
    }
  >();
  for (let period = 0; period < ctx.periods.length; period++) {
    const { start } = base(env, period);
    const rs = ctx.ruleSetAt(start);
    let t = terms.get(rs);
    if (t === undefined) {
      t = {
        removal: removalFee(rs, ctx.product),
        liquidation: liquidationRecovery(rs, ctx.averageSellingPrice, ctx.product),
        wholesale: regular === null ? null : wholesaleRecovery(rs, regular),
      };
      terms.set(rs, t);
    }
    const removal = t.removal;
    const common = {
      level: 0,
      startPeriod: period,
      start,
      segments: [],
      discountPct: null,
      promotions: [],
      unitFigures: [],
      chain: [],
      lowChecks: [],
      promoDays: [],
      terminal: true,
    };
    const liquidation = t.liquidation;
    if (regular !== null && t.wholesale !== null) {
      out.push({
        ...common,
        kind: 'liquidation',
        end: daysAfter(ctx, start, 1),
        price: liquidation.gross,
        perUnitDisposal: liquidation.net,
        noFeeData: liquidation.missing.map((m) => `liquidation_${m}`),
        detail: { ...liquidation },
      });
      const wholesale = t.wholesale;
      out.push({
        ...common,
        kind: 'wholesale',
        end: daysAfter(ctx, start, wholesale.days[1]),
        price: wholesale.expected,
        perUnitDisposal: wholesale.expected - (removal.perUnit ?? 0),
        noFeeData: removal.perUnit === null ? ['removal'] : [],
        detail: { ...wholesale, removalFee: removal.perUnit },
      });
    }
    if (removal.perUnit === null) {
      if (period === 0) {
        env.reject({
          action: 'removal',
          start: null,
          price: null,
          discountPct: null,
          issues: [ruleIssue(CLEARANCE.REMOVAL_NO_FEE_DATA, 'EXC-7', { reason: removal.reason })],
        });
      }
    } else {
      out.push({
        ...common,
        kind: 'removal',
        end: daysAfter(ctx, start, 1),
        price: null,
        perUnitDisposal: -removal.perUnit,
        detail: { fee: removal.perUnit, tier: removal.size?.tier, weight: removal.size?.weight },
      });
    }
  }
  return out;
}
