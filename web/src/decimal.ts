// Exact arithmetic on the API's decimal money strings ("23.09", "-4.5", "1200"): sums and
// comparisons in BigInt minor units, never floats (ARCHITECTURE.md: money is never a float).

/** Digits after the decimal point of a currency (JPY has none). */
export function currencyDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** "23.09" → 2309n at 2 digits; extra digits are cut (the API never sends more than the currency has). */
export function toMinor(amount: string, digits: number): bigint {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!match) throw new Error(`not a decimal amount: ${amount}`);
  const [, sign, whole, frac = ''] = match;
  const minor = BigInt(whole! + frac.padEnd(digits, '0').slice(0, digits));
  return sign === '-' ? -minor : minor;
}

/** 2309n at 2 digits → "23.09". */
export function fromMinor(minor: bigint, digits: number): string {
  const negative = minor < 0n;
  const text = (negative ? -minor : minor).toString().padStart(digits + 1, '0');
  const whole = digits === 0 ? text : text.slice(0, -digits);
  const frac = digits === 0 ? '' : `.${text.slice(-digits)}`;
  return `${negative ? '-' : ''}${whole}${frac}`;
}

/** Sums amounts of one currency exactly; null and undefined entries are skipped. */
export function sumMoney(amounts: readonly (string | null | undefined)[], currency: string): string {
  const digits = currencyDigits(currency);
  let total = 0n;
  for (const a of amounts) if (a != null) total += toMinor(a, digits);
  return fromMinor(total, digits);
}

/** Compares two amounts of one currency: negative, 0 or positive. */
export function compareMoney(a: string, b: string): number {
  const digits = Math.max(a.split('.')[1]?.length ?? 0, b.split('.')[1]?.length ?? 0);
  const d = toMinor(a, digits) - toMinor(b, digits);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/**
 * Totals per currency: rows of { currency, amount } → [{ currency, amount }] sorted by currency. A
 * currency whose amounts are all null (e.g. "no fee data") totals null, never a made-up 0.
 */
export function totalsByCurrency(
  items: readonly { readonly currency: string; readonly amount: string | null | undefined }[],
): { currency: string; amount: string | null }[] {
  const groups = new Map<string, (string | null | undefined)[]>();
  for (const item of items) {
    const list = groups.get(item.currency) ?? [];
    list.push(item.amount);
    groups.set(item.currency, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, amounts]) => ({
      currency,
      amount: amounts.some((a) => a != null) ? sumMoney(amounts, currency) : null,
    }));
}
