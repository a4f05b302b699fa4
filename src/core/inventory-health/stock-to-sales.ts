// EXC-1 stock-to-sales ratio = (FBA on-hand + inbound) ÷ units sold in the past 30 days, and its band
// (DEC-4, compared exactly): < 2 stockout risk; [2, 3] healthy; (3, 5] moderate excess; > 5 heavy
// excess. No sales with stock: the ratio is infinite, heavy excess. No stock and no sales: the ratio is
// null, stockout risk. Band edges come from the rule set (inventoryHealth) and are compared as exact
// rationals: stock × q against p × sold with the edge written p/q, never a float division.
import type { InventoryHealthRules } from '../rules/schema.js';

export const BANDS = ['stockout_risk', 'healthy', 'moderate_excess', 'heavy_excess'] as const;
export type Band = (typeof BANDS)[number];

/** Most urgent first (for sorting human tables): heavy excess … stockout risk. */
export const BAND_URGENCY: Readonly<Record<Band, number>> = {
  heavy_excess: 0,
  moderate_excess: 1,
  stockout_risk: 2,
  healthy: 3,
};

export interface StockToSales {
  /** on-hand + inbound */
  readonly stock: number;
  readonly unitsSold: number;
  /** The ratio shown: rounded half up to 2 decimals; null when there is neither stock nor sales or it is infinite. */
  readonly ratio: number | null;
  /** Stock and no sales: the ratio is ∞ (EXC-1). JSON cannot say ∞, so `ratio` is null and this is true. */
  readonly ratioInfinite: boolean;
  readonly band: Band;
}

const fractions = new Map<number, readonly [bigint, bigint]>();

/** An edge like 2, 2.5 or 3.25 as an exact fraction [p, q] (decimal digits, at most 9). */
export function exactFraction(edge: number): readonly [bigint, bigint] {
  const known = fractions.get(edge);
  if (known) return known;
  if (!Number.isFinite(edge) || edge < 0) throw new RangeError(`band edge must be a finite number ≥ 0, got ${edge}`);
  const text = edge.toFixed(9).replace(/0+$/, '').replace(/\.$/, '');
  const [whole = '0', frac = ''] = text.split('.');
  const q = 10n ** BigInt(frac.length);
  const fraction = [BigInt(whole) * q + BigInt(frac === '' ? 0 : frac), q] as const;
  if (fractions.size < 64) fractions.set(edge, fraction);
  return fraction;
}

/** Compares stock/sold with the edge p/q exactly: −1, 0 or 1. sold > 0. */
function compareRatio(stock: number, sold: number, edge: number): number {
  const [p, q] = exactFraction(edge);
  const left = BigInt(stock) * q;
  const right = p * BigInt(sold);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The ratio stock ÷ sold rounded half up to two decimals (exact integer arithmetic). */
function ratioToTwoDecimals(stock: number, sold: number): number {
  const hundredths = (BigInt(stock) * 200n + BigInt(sold)) / (2n * BigInt(sold));
  return Number(hundredths) / 100;
}

export function bandOf(
  stock: number,
  sold: number,
  rules: Pick<InventoryHealthRules, 'stockToSalesStockoutBelow' | 'stockToSalesHealthyMax' | 'stockToSalesModerateMax'>,
): Band {
  if (sold === 0) return stock > 0 ? 'heavy_excess' : 'stockout_risk';
  if (compareRatio(stock, sold, rules.stockToSalesStockoutBelow) < 0) return 'stockout_risk';
  if (compareRatio(stock, sold, rules.stockToSalesHealthyMax) <= 0) return 'healthy';
  if (compareRatio(stock, sold, rules.stockToSalesModerateMax) <= 0) return 'moderate_excess';
  return 'heavy_excess';
}

/** EXC-1 with DEC-4. `onHand`, `inbound` and `unitsSold` are whole units ≥ 0. */
export function stockToSales(
  onHand: number,
  inbound: number,
  unitsSold: number,
  rules: Pick<InventoryHealthRules, 'stockToSalesStockoutBelow' | 'stockToSalesHealthyMax' | 'stockToSalesModerateMax'>,
): StockToSales {
  for (const [name, v] of [
    ['onHand', onHand],
    ['inbound', inbound],
    ['unitsSold', unitsSold],
  ] as const) {
    if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`${name} must be a whole number ≥ 0, got ${v}`);
  }
  const stock = onHand + inbound;
  const band = bandOf(stock, unitsSold, rules);
  if (unitsSold === 0) return { stock, unitsSold, ratio: null, ratioInfinite: stock > 0, band };
  return { stock, unitsSold, ratio: ratioToTwoDecimals(stock, unitsSold), ratioInfinite: false, band };
}
