// EXC-6: selling the SKU's stock into another marketplace of the same account where the ASIN sells
// faster — US stock into CA/MX by remote fulfilment (NARF), UK/EU stock across Europe (EFN/Pan-EU).
// The stock stays where it is and is shipped to the other marketplace's buyers, so the target's own
// demand for the ASIN (its stockout-adjusted baseline, demand/baseline.ts) becomes a second channel —
// from the day the target's own stock would run out at that pace (before then its own stock serves it).
// Only marketplaces where that baseline is higher than the SKU's own qualify. Cash per unit, in the
// SKU's marketplace currency: the target's price − its referral fee − the SKU's fulfilment fee − the
// rule set's transfer cost (crossMarketplaceTransferCostPct of the target price, a clearway default
// for the remote-fulfilment / EFN surcharges). Prices convert through the products' fx_rate to their
// common cost currency (target price × source rate ÷ target rate), half up; without a common rate the
// marketplace is not a target (no FX data).
import type { Minor } from '../catalog/facts.js';
import type { Marketplace } from '../catalog/marketplace.js';
import { marketplaceInfo } from '../catalog/marketplace.js';
import { timeZoneOf } from '../calendar/calendar.js';
import { demandModel } from '../demand/model.js';
import { ruleIssue, type RuleIssue } from '../messages/messages.js';
import { minorDigits, mulDivHalfUp, parseRate, percentToBasisPoints, type Currency } from '../money/money.js';
import { skuOnHand } from '../outlet/inventory.js';
import { asinIndex, versionAt } from '../reference-prices/asin-facts.js';
import { currentPriceDetail } from '../reference-prices/current-price.js';
import { ruleSetFor } from '../rules/rules.js';
import type { PlanContext } from './context.js';
import { referralFee, unitCostsOf } from './economics.js';
import { CLEARANCE } from './messages.js';

export interface TransferTarget {
  readonly marketplace: Marketplace;
  readonly sku: string;
  /** Target price converted to the SKU's currency. */
  readonly price: Minor;
  readonly targetPrice: Minor;
  readonly targetBaseline: number;
  /** Day offset from the plan's first day when the target's own stock runs out. */
  readonly fromDay: number;
  readonly cashPerUnit: number;
  readonly transferCost: Minor;
}

/**
 * Source-currency amount (minor units) of a target-currency amount (minor units) via the products'
 * common cost currency: rates are marketplace currency per 1 unit of cost currency, in major units, so
 * the minor-unit digits of the two currencies shift the result (USD cents → JPY yen: ÷ 100). Half up.
 */
export function crossConvert(
  amount: Minor,
  sourceCurrency: Currency,
  sourceRate: string,
  targetCurrency: Currency,
  targetRate: string,
): Minor {
  const [sn, sd] = parseRate(sourceRate);
  const [tn, td] = parseRate(targetRate);
  const shift = minorDigits(sourceCurrency) - minorDigits(targetCurrency);
  // amount × 10^shift × (sn/sd) ÷ (tn/td) = amount × sn × td × 10^shift ÷ (sd × tn), half up.
  const num = BigInt(amount) * sn * td * 10n ** BigInt(Math.max(shift, 0));
  const den = sd * tn * 10n ** BigInt(Math.max(-shift, 0));
  const q = num / den;
  return Number((num % den) * 2n >= den ? q + 1n : q);
}

/** Targets of EXC-6 and the marketplaces that are not, with why. */
export function transferTargets(ctx: PlanContext): {
  targets: TransferTarget[];
  rejected: { marketplace: Marketplace; issue: RuleIssue }[];
} {
  const targets: TransferTarget[] = [];
  const rejected: { marketplace: Marketplace; issue: RuleIssue }[] = [];
  const source = ctx.product;
  for (const other of ctx.input.others ?? []) {
    const mp = other.facts.marketplace;
    if (mp === ctx.marketplace) continue;
    const at = ctx.asOf;
    const detail = currentPriceDetail(other.facts, at);
    if (detail === null) continue;
    const product = versionAt(asinIndex(other.facts).bySku.get(detail.sku)?.versions ?? [], at);
    if (product === null) continue;
    const rs = ruleSetFor(mp, at);
    const tz = timeZoneOf(mp);
    const model = demandModel({
      sku: detail.sku,
      asOf: at,
      timeZone: tz,
      ruleSet: rs,
      orders: other.facts.orders,
      prices: asinIndex(other.facts).bySku.get(detail.sku)?.prices ?? [],
      promotions: other.facts.promotions,
      lots: other.lots,
      shipments: other.shipments,
    });
    const targetBaseline = model.baseline.daily;
    const values = { marketplace: mp, target: round2(targetBaseline), own: round2(ctx.baseline) };
    if (!(targetBaseline > ctx.baseline)) {
      rejected.push({ marketplace: mp, issue: ruleIssue(CLEARANCE.TRANSFER_NOT_FASTER, 'EXC-6', values) });
      continue;
    }
    const sameCurrency = marketplaceInfo(mp).currency === ctx.currency;
    const common =
      source.fxRate !== null &&
      product.fxRate !== null &&
      source.costCurrency !== null &&
      source.costCurrency === product.costCurrency;
    if (!sameCurrency && !common) {
      rejected.push({ marketplace: mp, issue: ruleIssue(CLEARANCE.TRANSFER_NO_FX, 'EXC-6', values) });
      continue;
    }
    const convert = (amount: Minor): Minor =>
      sameCurrency
        ? amount
        : crossConvert(
            amount,
            ctx.currency,
            source.fxRate as string,
            marketplaceInfo(mp).currency,
            product.fxRate as string,
          );
    const price = convert(detail.price);
    const referral = convert(referralFee(detail.price, unitCostsOf(product, rs)));
    const transferCost = mulDivHalfUp(
      price,
      percentToBasisPoints(ctx.ruleSet.clearance.crossMarketplaceTransferCostPct),
      10_000,
    );
    const stock =
      other.lots.length === 0 ? 0 : skuOnHand(detail.sku, other.lots, other.facts.orders, other.shipments, at).units;
    targets.push({
      marketplace: mp,
      sku: detail.sku,
      price,
      targetPrice: detail.price,
      targetBaseline,
      fromDay: Math.ceil(stock / targetBaseline),
      cashPerUnit: price - referral - (ctx.costs.fulfilmentFee ?? 0) - transferCost,
      transferCost,
    });
  }
  return { targets, rejected };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
