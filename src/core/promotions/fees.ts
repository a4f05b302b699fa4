// The fee of a promotion from the rule set's fee model (PM-1f coupons, PM-2 PED during an event,
// PM-3/PM-4 deals, AMAZON-REPORTS C.3/C.4/C.8). A model adds up:
//   fixed per promotion + fixed per day × days + fixed per redemption × units
//   + min(variable % of (sales | discount) over the expected units, cap)
// Event fees replace the ordinary ones while a declared event overlaps the promotion. Price
// discounts, ordinary-day PEDs, promotion codes and business prices are free (PM-2, PM-5, PM-6); a fee
// figure the rule set does not know (null) gives "no fee data", never a guess (GEN-3).
// Expected units = ctx.expectedDailyUnits, else RPL-1 weighted daily sales of the SKU as of the start,
// × the days the promotion runs (an LD counts as one day; otherwise the local days it touches),
// rounded to whole units (a later demand model refines this).
import type { Minor, PromotionKind } from '../catalog/facts.js';
import { parseLocalDay } from '../calendar/civil.js';
import { localDay } from '../calendar/calendar.js';
import { t } from '../messages/messages.js';
import { mulDivHalfUp, percentToBasisPoints } from '../money/money.js';
import { weightedDailySales } from '../replenishment/weighted-daily-sales.js';
import type { PromoFeeModel } from '../rules/schema.js';
import { addOnOf, dealPriceOf, instant, isDirectPrice, money, type CheckEnv } from './env.js';
import type { FeeEstimate } from './types.js';

type ModelChoice =
  | { readonly status: 'model'; readonly model: PromoFeeModel; readonly onlyIfSold: boolean }
  | { readonly status: 'free' }
  | { readonly status: 'no_data' };

const FREE: ModelChoice = { status: 'free' };
const NO_DATA: ModelChoice = { status: 'no_data' };

function choice(model: PromoFeeModel | null | undefined, onlyIfSold = false): ModelChoice {
  return model === null || model === undefined ? NO_DATA : { status: 'model', model, onlyIfSold };
}

/** The fee model of a kind under the rule set, the declared event switching to event fees. */
export function feeModelFor(kind: PromotionKind, env: Pick<CheckEnv, 'rules' | 'event'>): ModelChoice {
  const fees = env.rules.fees;
  const event = env.event !== null;
  switch (kind) {
    case 'coupon':
      return choice(fees.coupons.couponFee);
    case 'lightning_deal':
      return choice(event ? fees.deals.lightningDealEventFee : fees.deals.lightningDealFee);
    case 'best_deal':
      return choice(event ? fees.deals.bestDealEventFee : fees.deals.bestDealFee);
    case 'ped':
      if (!event) return FREE;
      return fees.ped === null ? NO_DATA : choice(fees.ped.pedEventFee, fees.ped.pedEventFeeOnlyIfUnitsSold);
    case 'outlet_deal':
    case 'outlet_sale':
      if (fees.outlet === null) return NO_DATA;
      return fees.outlet.outletDealFee === 0
        ? FREE
        : choice({
            promoFeeFixedPerPromotion: fees.outlet.outletDealFee,
            promoFeeFixedPerDay: 0,
            promoFeeFixedPerRedemption: 0,
            promoFeeVariablePct: 0,
            promoFeeVariableBase: 'none',
            promoFeeVariableCap: null,
          });
    case 'price_discount':
    case 'promo_code':
    case 'business_price':
      return FREE;
  }
}

/** Days a fee counts: an LD is one deal day; otherwise the local days [start, end) touches. */
export function feeDays(env: Pick<CheckEnv, 'proposal' | 'timeZone'>): number {
  const p = env.proposal;
  if (p.kind === 'lightning_deal') return 1;
  if (!(p.end > p.start)) return 0;
  return parseLocalDay(localDay(p.end - 1, env.timeZone)) - parseLocalDay(localDay(p.start, env.timeZone)) + 1;
}

interface Both {
  en: string[];
  zh: string[];
}

function add(parts: Both, code: string, values: Readonly<Record<string, unknown>>): void {
  parts.en.push(t(code, values, 'en'));
  parts.zh.push(t(code, values, 'zh-CN'));
}

interface Units {
  readonly units: number;
  readonly days: number;
  readonly daily: number;
  readonly given: boolean;
}

/** Expected units: ctx.expectedDailyUnits, else RPL-1 of the SKU as of the start, × days, whole units. */
export function expectedUnits(env: CheckEnv): Units {
  const days = feeDays(env);
  const given = env.ctx.expectedDailyUnits;
  const isGiven = given !== undefined && Number.isFinite(given) && given >= 0;
  const daily = isGiven
    ? given
    : weightedDailySales(env.facts.orders, env.asOf, env.rules.replenishment, env.timeZone, {
        skus: [env.proposal.sku],
      }).value;
  return { units: Math.round(daily * days), days, daily, given: isGiven };
}

interface Evaluated {
  readonly fixed: Minor;
  readonly estimated: Minor | null;
  readonly basis: string;
  readonly basisZh: string;
}

/** One fee model over the expected units (all parts add up; the variable part is capped). */
export function evaluateFeeModel(env: CheckEnv, m: PromoFeeModel, onlyIfSold: boolean, u: Units): Evaluated {
  const { units, days } = u;
  const parts: Both = { en: [], zh: [] };
  const fixed = m.promoFeeFixedPerPromotion + m.promoFeeFixedPerDay * days;
  if (m.promoFeeFixedPerPromotion > 0)
    add(parts, 'FEE_PART_PER_PROMOTION', { amount: money(env, m.promoFeeFixedPerPromotion) });
  if (m.promoFeeFixedPerDay > 0) {
    add(parts, 'FEE_PART_PER_DAY', {
      amount: money(env, m.promoFeeFixedPerDay),
      days,
      total: money(env, m.promoFeeFixedPerDay * days),
    });
  }
  const redemptions = m.promoFeeFixedPerRedemption * units;
  if (m.promoFeeFixedPerRedemption > 0) {
    add(parts, 'FEE_PART_PER_REDEMPTION', {
      amount: money(env, m.promoFeeFixedPerRedemption),
      units,
      total: money(env, redemptions),
    });
  }

  // Variable part: of the sales at the promotional price, or of the discount given.
  let variable: Minor | null = 0;
  if (m.promoFeeVariableBase !== 'none' && m.promoFeeVariablePct > 0) {
    const perUnit = unitFigures(env);
    if (perUnit === null) variable = null;
    else {
      const bp = percentToBasisPoints(m.promoFeeVariablePct);
      const sales = m.promoFeeVariableBase === 'sales';
      const total = (sales ? perUnit.price : perUnit.discount) * units;
      const uncapped = mulDivHalfUp(total, bp, 10_000);
      variable = m.promoFeeVariableCap === null ? uncapped : Math.min(uncapped, m.promoFeeVariableCap);
      if (sales) {
        add(parts, 'FEE_PART_VARIABLE_SALES', {
          pct: m.promoFeeVariablePct,
          sales: money(env, total),
          units,
          unitPrice: money(env, perUnit.price),
          amount: money(env, uncapped),
        });
      } else {
        add(parts, 'FEE_PART_VARIABLE_DISCOUNT', {
          pct: m.promoFeeVariablePct,
          discount: money(env, total),
          units,
          unitDiscount: money(env, perUnit.discount),
          amount: money(env, uncapped),
        });
      }
      if (m.promoFeeVariableCap !== null) add(parts, 'FEE_PART_CAP', { cap: money(env, m.promoFeeVariableCap) });
    }
  }
  if (onlyIfSold) add(parts, 'FEE_PART_ONLY_IF_SOLD', {});
  const unitsValues = { units, daily: Math.round(u.daily * 1000) / 1000, days, asOf: instant(env, env.asOf) };
  add(parts, u.given ? 'FEE_UNITS_GIVEN' : 'FEE_UNITS_RPL1', unitsValues);

  let estimated = variable === null ? null : fixed + redemptions + variable;
  if (estimated !== null && onlyIfSold && units === 0) estimated = 0;
  const version = env.rules.version;
  const event = env.event === null ? null : env.event.name;
  const model = event === null ? t('FEE_MODEL_ORDINARY', {}, 'en') : t('FEE_MODEL_EVENT', { event }, 'en');
  const modelZh = event === null ? t('FEE_MODEL_ORDINARY', {}, 'zh-CN') : t('FEE_MODEL_EVENT', { event }, 'zh-CN');
  return {
    fixed,
    estimated,
    basis: t('FEE_BASIS_MODEL', { version, model, parts: parts.en.join('; ') }, 'en'),
    basisZh: t('FEE_BASIS_MODEL', { version, model: modelZh, parts: parts.zh.join('；') }, 'zh-CN'),
  };
}

export function estimateFee(env: CheckEnv): FeeEstimate {
  const p = env.proposal;
  const u = expectedUnits(env);
  const version = env.rules.version;
  const base = { expectedUnits: u.units, days: u.days, currency: env.currency };
  const chosen = feeModelFor(p.kind, env);

  if (chosen.status !== 'model') {
    const free = chosen.status === 'free';
    const code = free ? 'FEE_BASIS_FREE' : 'FEE_BASIS_NO_DATA';
    const values = { version, kind: p.kind };
    return {
      ...base,
      fixed: free ? 0 : null,
      perRedemption: free ? 0 : null,
      variableRate: free ? 0 : null,
      variableBase: free ? 'none' : null,
      variableCap: null,
      estimated: free ? 0 : null,
      basis: t(code, values, 'en'),
      basisZh: t(code, values, 'zh-CN'),
    };
  }
  const m = chosen.model;
  const main = evaluateFeeModel(env, m, chosen.onlyIfSold, u);
  // PM-1f: the seed 002 coupon model, shown beside the one the rule set uses.
  const seed = p.kind === 'coupon' ? env.rules.fees.coupons.couponFeeSeedModel : null;
  const seedModel = seed === null ? null : evaluateFeeModel(env, seed, false, u);
  return {
    ...base,
    fixed: main.fixed,
    perRedemption: m.promoFeeFixedPerRedemption,
    variableRate: m.promoFeeVariablePct,
    variableBase: m.promoFeeVariableBase,
    variableCap: m.promoFeeVariableCap,
    estimated: main.estimated,
    basis: main.basis,
    basisZh: main.basisZh,
    ...(seedModel === null
      ? {}
      : { seedModel: { estimated: seedModel.estimated, basis: seedModel.basis, basisZh: seedModel.basisZh } }),
  };
}

/** Per unit: what the buyer pays with the promotion and the discount it gives (null: unknown). */
function unitFigures(env: CheckEnv): { price: Minor; discount: Minor } | null {
  const current = env.refs.currentPrice;
  if (current === null) return null;
  if (isDirectPrice(env.proposal.kind)) {
    const price = dealPriceOf(env);
    return price === null ? null : { price, discount: Math.max(current - price, 0) };
  }
  const a = addOnOf(env);
  return a === null ? null : { price: a.net, discount: a.discount };
}
