// Money as integer minor units (RULEBOOK conventions). No floats for money anywhere:
// amounts are safe integers of minor units; percentages are exact rationals (basis points);
// FX rates are exact decimal strings. Every rounding is explicit: half up for computed prices,
// floor for maximum allowed prices (ceilings).

export const CURRENCIES = ['USD', 'CAD', 'MXN', 'GBP', 'EUR', 'JPY', 'CNY'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Integer amount of minor units (cents, or yen for JPY). */
export type Minor = number;

const DIGITS: Record<Currency, number> = { USD: 2, CAD: 2, MXN: 2, GBP: 2, EUR: 2, JPY: 0, CNY: 2 };

export function isCurrency(value: string): value is Currency {
  return (CURRENCIES as readonly string[]).includes(value);
}

/** Number of minor-unit digits (JPY has none). */
export function minorDigits(currency: Currency): number {
  return DIGITS[currency];
}

export class MoneyError extends Error {
  override readonly name = 'MoneyError';
}

function assertMinor(value: number, what: string): void {
  if (!Number.isSafeInteger(value))
    throw new MoneyError(`${what} must be an integer number of minor units, got ${value}`);
}

function digitsOf(currency: Currency): number {
  const digits = DIGITS[currency];
  if (digits === undefined) throw new MoneyError(`unknown currency ${String(currency)}`);
  return digits;
}

const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/;

/**
 * Parses a decimal string in major units ("23.09", "1,299.00" is refused) into minor units.
 * Refuses more fraction digits than the currency has unless they are zeros ("23.090" is fine).
 */
export function parseMoney(text: string, currency: Currency): Minor {
  const trimmed = text.trim();
  const m = DECIMAL.exec(trimmed);
  if (!m) throw new MoneyError(`"${text}" is not a decimal amount`);
  const [, sign, whole = '', fraction = ''] = m;
  const digits = digitsOf(currency);
  const extra = fraction.slice(digits);
  if (/[1-9]/.test(extra)) {
    throw new MoneyError(`"${text}" has more than ${digits} decimal places for ${currency}`);
  }
  const frac = fraction.slice(0, digits).padEnd(digits, '0');
  const value = Number(whole + frac);
  if (!Number.isSafeInteger(value)) throw new MoneyError(`"${text}" is too large`);
  // "-0.00" is zero, not -0 (which would print as "0" but fail Object.is equality).
  return sign === '-' && value !== 0 ? -value : value;
}

/** Formats minor units as a plain decimal string in major units: 2309 USD → "23.09", 1500 JPY → "1500". */
export function formatMoney(amount: Minor, currency: Currency): string {
  assertMinor(amount, 'amount');
  const digits = digitsOf(currency);
  const negative = amount < 0;
  const abs = Math.abs(amount).toString();
  if (digits === 0) return (negative ? '-' : '') + abs;
  const padded = abs.padStart(digits + 1, '0');
  const text = `${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
  return negative ? `-${text}` : text;
}

/** Formats for people in a locale ("$23.09", "23,09 €", "￥1,500"); never used for computation. */
export function formatMoneyForLocale(amount: Minor, currency: Currency, locale: string): string {
  const digits = DIGITS[currency];
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(Number(formatMoney(amount, currency)));
}

// ---- exact rational helpers ------------------------------------------------------------------

function assertIntegers(a: number, num: number, den: number): void {
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(num) || !Number.isSafeInteger(den)) {
    throw new MoneyError(`expected integers, got ${a} × ${num} ÷ ${den}`);
  }
  if (den <= 0) throw new MoneyError('denominator must be positive');
}

function toSafeNumber(q: bigint): number {
  const n = Number(q);
  if (!Number.isSafeInteger(n)) throw new MoneyError(`result ${q} is too large`);
  return n;
}

/**
 * a × num ÷ den rounded half up: an exact half goes away from zero (2.5 → 3, −2.5 → −3), so a
 * negative amount rounds as the mirror image of the positive one. den > 0.
 */
export function mulDivHalfUp(a: number, num: number, den: number): number {
  assertIntegers(a, num, den);
  return divHalfUp(BigInt(a) * BigInt(num), BigInt(den));
}

/** a × num ÷ den rounded down (toward −∞). den > 0. */
export function mulDivFloor(a: number, num: number, den: number): number {
  assertIntegers(a, num, den);
  const p = BigInt(a) * BigInt(num);
  const d = BigInt(den);
  let q = p / d;
  if (p % d !== 0n && p < 0n) q -= 1n;
  return toSafeNumber(q);
}

/** p ÷ d (d > 0) rounded half away from zero. */
function divHalfUp(p: bigint, d: bigint): number {
  const q = p / d;
  const r = p % d;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice >= d) return toSafeNumber(p >= 0n ? q + 1n : q - 1n);
  return toSafeNumber(q);
}

// ---- percentages -----------------------------------------------------------------------------

/**
 * A percentage as exact basis points (1% = 100 bp). Percentages arrive as numbers (30 = 30%) with
 * at most two decimals (2.5, 12.75); anything finer is refused rather than rounded silently.
 */
export function percentToBasisPoints(pct: number): number {
  const bp = Math.round(pct * 100);
  if (!Number.isFinite(pct) || Math.abs(bp - pct * 100) > 1e-6) {
    throw new MoneyError(`percentage ${pct} has more than two decimals`);
  }
  return bp;
}

/** pct% of an amount, rounded half up (a computed discount). */
export function percentOfHalfUp(amount: Minor, pct: number): Minor {
  return mulDivHalfUp(amount, percentToBasisPoints(pct), 10_000);
}

/**
 * amount reduced by pct% (a computed price): 32.99 less 30% → 23.09. The discount is rounded half up
 * and taken off, so price + discount = amount to the cent (DEC-5: net = base − the listed discounts).
 * Only at an exact half cent does this differ from rounding the price itself half up: 0.05 less 50%
 * → discount 0.03, price 0.02.
 */
export function reduceByPercentHalfUp(amount: Minor, pct: number): Minor {
  return amount - percentOfHalfUp(amount, pct);
}

/** amount reduced by pct%, rounded down: a maximum allowed price (ceiling) the seller must stay under. */
export function reduceByPercentFloor(amount: Minor, pct: number): Minor {
  return mulDivFloor(amount, 10_000 - percentToBasisPoints(pct), 10_000);
}

/** Exact "price is at least pct% below ref": price·10000 ≤ ref·(10000 − bp) (RULEBOOK conventions). */
export function isAtLeastPercentBelow(price: Minor, ref: Minor, pct: number): boolean {
  assertMinor(price, 'price');
  assertMinor(ref, 'ref');
  return BigInt(price) * 10_000n <= BigInt(ref) * BigInt(10_000 - percentToBasisPoints(pct));
}

/** Exact "price ≤ pct% of ref" (e.g. current price ≤ 130% of ref, PM-1b). */
export function isAtMostPercentOf(price: Minor, ref: Minor, pct: number): boolean {
  assertMinor(price, 'price');
  assertMinor(ref, 'ref');
  return BigInt(price) * 10_000n <= BigInt(ref) * BigInt(percentToBasisPoints(pct));
}

/** The discount of `price` off `base` in percent, as an exact fraction [numerator, denominator]. */
export function discountFraction(price: Minor, base: Minor): readonly [number, number] {
  return [base - price, base];
}

/** Discount off `base` in percent for display (2 decimals); never use it to decide a rule. */
export function discountPercentForDisplay(price: Minor, base: Minor): number {
  if (base === 0) return 0;
  return mulDivHalfUp(base - price, 10_000, base) / 100;
}

// ---- FX --------------------------------------------------------------------------------------

const RATE = /^(\d+)(?:\.(\d+))?$/;

/** Parses an exact positive decimal rate ("7.515", "0.1331") into [numerator, 10^scale]. */
export function parseRate(text: string): readonly [bigint, bigint] {
  const m = RATE.exec(text.trim());
  if (!m) throw new MoneyError(`"${text}" is not a decimal rate`);
  const [, whole = '', fraction = ''] = m;
  const num = BigInt(whole + fraction);
  if (num === 0n) throw new MoneyError('an FX rate must be above zero');
  return [num, 10n ** BigInt(fraction.length)];
}

/**
 * Converts an amount with `rate` = units of `to` per 1 unit of `from` (products' `fx_rate`),
 * rounded half up to the minor unit of `to`.
 */
export function convert(amount: Minor, from: Currency, to: Currency, rate: string): Minor {
  assertMinor(amount, 'amount');
  if (from === to) return amount;
  const [num, den] = parseRate(rate);
  const shift = digitsOf(to) - digitsOf(from);
  const p = BigInt(amount) * num * 10n ** BigInt(Math.max(shift, 0));
  const d = den * 10n ** BigInt(Math.max(-shift, 0));
  return divHalfUp(p, d);
}

/**
 * Converts with a rate quoted the other way round (`rate` = units of `from` per 1 unit of `to`,
 * e.g. "7.515" CNY per USD), rounded half up.
 */
export function convertByInverseRate(amount: Minor, from: Currency, to: Currency, rate: string): Minor {
  assertMinor(amount, 'amount');
  if (from === to) return amount;
  const [num, den] = parseRate(rate);
  const shift = digitsOf(to) - digitsOf(from);
  const p = BigInt(amount) * den * 10n ** BigInt(Math.max(shift, 0));
  const d = num * 10n ** BigInt(Math.max(-shift, 0));
  return divHalfUp(p, d);
}
