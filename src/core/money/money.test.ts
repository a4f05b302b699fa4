import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CURRENCIES,
  type Currency,
  convert,
  convertByInverseRate,
  discountFraction,
  discountPercentForDisplay,
  formatMoney,
  formatMoneyForLocale,
  isAtLeastPercentBelow,
  isAtMostPercentOf,
  isCurrency,
  minorDigits,
  MoneyError,
  mulDivFloor,
  mulDivHalfUp,
  parseMoney,
  parseRate,
  percentOfHalfUp,
  percentToBasisPoints,
  reduceByPercentFloor,
  reduceByPercentHalfUp,
} from './money.js';

// ---- independent oracles (exact rationals in BigInt, written differently from money.ts) --------

/** p/q (q > 0) rounded to the nearest integer, exact halves away from zero: floor((2|p| + q) / 2q). */
function roundHalfAwayOracle(p: bigint, q: bigint): bigint {
  const abs = p < 0n ? -p : p;
  const r = (2n * abs + q) / (2n * q);
  return p < 0n ? -r : r;
}

/** p/q (q > 0) rounded toward −∞. */
function floorOracle(p: bigint, q: bigint): bigint {
  const t = p / q;
  return t * q > p ? t - 1n : t;
}

/** A percentage number (≤ 2 decimals) as an exact rational [n, d] from its decimal text: 12.75 → [1275, 100]. */
function pctRational(pct: number): [bigint, bigint] {
  const [whole = '0', frac = ''] = String(Math.abs(pct)).split('.');
  const n = BigInt(whole + frac) * (pct < 0 ? -1n : 1n);
  return [n, 10n ** BigInt(frac.length)];
}

/** A rate string as an exact rational [n, d]. */
function rateRational(rate: string): [bigint, bigint] {
  const [whole = '0', frac = ''] = rate.split('.');
  return [BigInt(whole + frac), 10n ** BigInt(frac.length)];
}

/** fn() equals the oracle when that is a safe integer; otherwise fn refuses with "too large". */
function expectOracle(fn: () => number, oracle: bigint): void {
  const n = Number(oracle);
  if (Number.isSafeInteger(n)) expect(fn()).toBe(n);
  else expect(fn).toThrow(/too large/);
}

const currencyArb = fc.constantFrom(...CURRENCIES);
const amountArb = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 });
const priceArb = fc.integer({ min: 0, max: 100_000_000 });
/** Percentages with at most two decimals, 0–100 (bp / 100). */
const pctArb = fc.integer({ min: 0, max: 10_000 }).map((bp) => bp / 100);
/** (amount, pct) pairs whose exact discount a·p/100 ends in exactly half a minor unit. */
const exactHalfArb = fc
  .tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.constantFrom(50, 10, 30, 12.5, 1))
  .map(([k, p]): [number, number] => {
    // p = 50: a odd; 10 or 30: a ≡ 5 (mod 10); 12.5: a ≡ 4 (mod 8); 1: a ≡ 50 (mod 100)
    const a = p === 50 ? 2 * k + 1 : p === 12.5 ? 8 * k + 4 : p === 1 ? 100 * k + 50 : 10 * k + 5;
    return [a, p];
  });
const rateArb = fc.tuple(fc.integer({ min: 1, max: 99_999_999 }), fc.integer({ min: 0, max: 8 })).map(([n, scale]) => {
  const s = String(n).padStart(scale + 1, '0');
  return scale === 0 ? s : `${s.slice(0, -scale)}.${s.slice(-scale)}`;
});

describe('currencies', () => {
  it('knows the seven currencies and their minor digits (JPY has none)', () => {
    expect([...CURRENCIES]).toEqual(['USD', 'CAD', 'MXN', 'GBP', 'EUR', 'JPY', 'CNY']);
    for (const c of CURRENCIES) expect(minorDigits(c)).toBe(c === 'JPY' ? 0 : 2);
  });

  it('isCurrency accepts only the exact upper-case codes', () => {
    for (const c of CURRENCIES) expect(isCurrency(c)).toBe(true);
    for (const s of ['usd', 'XYZ', '', 'US', 'JPY ']) expect(isCurrency(s)).toBe(false);
  });

  it('MoneyError is an Error named MoneyError', () => {
    const e = new MoneyError('x');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('MoneyError');
  });

  it('refuses an unknown currency at run time with MoneyError', () => {
    expect(() => parseMoney('1.00', 'XYZ' as Currency)).toThrow(/unknown currency XYZ/);
    expect(() => formatMoney(100, 'XYZ' as Currency)).toThrow(MoneyError);
  });
});

describe('parseMoney / formatMoney', () => {
  it('parses decimal strings in major units into minor units', () => {
    expect(parseMoney('23.09', 'USD')).toBe(2309);
    expect(parseMoney('23.9', 'EUR')).toBe(2390);
    expect(parseMoney('23', 'GBP')).toBe(2300);
    expect(parseMoney('1500', 'JPY')).toBe(1500);
    expect(parseMoney('12.0', 'JPY')).toBe(12);
    expect(parseMoney('23.090', 'USD')).toBe(2309); // extra zeros are fine
    expect(parseMoney(' 23.09 ', 'CAD')).toBe(2309);
    expect(parseMoney('+1.50', 'MXN')).toBe(150);
    expect(parseMoney('-1.50', 'CNY')).toBe(-150);
    expect(parseMoney('007.10', 'USD')).toBe(710);
  });

  it('"-0.00" parses to zero, never to -0', () => {
    expect(Object.is(parseMoney('-0.00', 'USD'), 0)).toBe(true);
    expect(Object.is(parseMoney('-0', 'JPY'), 0)).toBe(true);
  });

  it.each([
    ['1,299.00', 'USD', /not a decimal amount/],
    ['abc', 'USD', /not a decimal amount/],
    ['', 'USD', /not a decimal amount/],
    ['.5', 'USD', /not a decimal amount/],
    ['5.', 'USD', /not a decimal amount/],
    ['1e3', 'USD', /not a decimal amount/],
    ['$5.00', 'USD', /not a decimal amount/],
    ['--5', 'USD', /not a decimal amount/],
    ['23.099', 'USD', /more than 2 decimal places for USD/],
    ['0.001', 'EUR', /more than 2 decimal places for EUR/],
    ['12.5', 'JPY', /more than 0 decimal places for JPY/],
    ['9007199254740993', 'JPY', /too large/],
    ['90071992547409.93', 'USD', /too large/],
  ] as const)('refuses %j for %s with a clear MoneyError', (text, currency, reason) => {
    expect(() => parseMoney(text, currency)).toThrow(MoneyError);
    expect(() => parseMoney(text, currency)).toThrow(reason);
  });

  it('formats minor units as plain major-unit decimals', () => {
    expect(formatMoney(2309, 'USD')).toBe('23.09');
    expect(formatMoney(5, 'USD')).toBe('0.05');
    expect(formatMoney(-5, 'EUR')).toBe('-0.05');
    expect(formatMoney(0, 'GBP')).toBe('0.00');
    expect(formatMoney(-230900, 'CAD')).toBe('-2309.00');
    expect(formatMoney(1500, 'JPY')).toBe('1500');
    expect(formatMoney(-1500, 'JPY')).toBe('-1500');
    expect(formatMoney(0, 'JPY')).toBe('0');
  });

  it('formatMoney refuses amounts that are not safe integers', () => {
    for (const bad of [1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      expect(() => formatMoney(bad, 'USD')).toThrow(/must be an integer number of minor units/);
    }
  });

  it('property: parseMoney(formatMoney(a)) === a for every currency', () => {
    fc.assert(
      fc.property(currencyArb, fc.maxSafeInteger(), (c, a) => {
        expect(parseMoney(formatMoney(a, c), c)).toBe(a);
      }),
    );
  });

  it('property: formatMoney(parseMoney(s)) is s in canonical form for every currency', () => {
    fc.assert(
      fc.property(
        currencyArb,
        fc.boolean(),
        fc.integer({ min: 0, max: 9_999_999_999 }),
        fc.integer({ min: 0, max: 99 }),
        (c, negative, whole, frac) => {
          const digits = minorDigits(c);
          const fraction = digits === 0 ? '' : `.${String(frac).padStart(2, '0')}`;
          const zero = whole === 0 && (digits === 0 || frac === 0);
          const s = `${negative && !zero ? '-' : ''}${whole}${fraction}`;
          expect(formatMoney(parseMoney(s, c), c)).toBe(s);
        },
      ),
    );
  });
});

describe('formatMoneyForLocale', () => {
  it('shows money for people in the marketplace locale', () => {
    expect(formatMoneyForLocale(2309, 'USD', 'en-US')).toBe('$23.09');
    expect(formatMoneyForLocale(-2309, 'USD', 'en-US')).toBe('-$23.09');
    const eur = formatMoneyForLocale(2309, 'EUR', 'de-DE');
    expect(eur).toContain('23,09');
    expect(eur).toContain('€');
    const jpy = formatMoneyForLocale(1500, 'JPY', 'ja-JP');
    expect(jpy).toMatch(/^[¥￥]1,500$/);
    expect(formatMoneyForLocale(150000, 'GBP', 'en-GB')).toBe('£1,500.00');
  });
});

describe('mulDivHalfUp / mulDivFloor', () => {
  it('rounds exact halves away from zero, positive and negative', () => {
    expect(mulDivHalfUp(5, 1, 2)).toBe(3); // 2.5
    expect(mulDivHalfUp(-5, 1, 2)).toBe(-3); // −2.5
    expect(mulDivHalfUp(3, 1, 2)).toBe(2); // 1.5
    expect(mulDivHalfUp(-3, 1, 2)).toBe(-2); // −1.5
    expect(mulDivHalfUp(1, 1, 2)).toBe(1); // 0.5
    expect(mulDivHalfUp(-1, 1, 2)).toBe(-1); // −0.5
  });

  it('rounds non-halves to the nearest', () => {
    expect(mulDivHalfUp(149, 1, 100)).toBe(1); // 1.49
    expect(mulDivHalfUp(151, 1, 100)).toBe(2); // 1.51
    expect(mulDivHalfUp(-149, 1, 100)).toBe(-1);
    expect(mulDivHalfUp(-151, 1, 100)).toBe(-2);
    expect(mulDivHalfUp(7, 3, 1)).toBe(21);
  });

  it('mulDivFloor rounds toward −∞', () => {
    expect(mulDivFloor(5, 1, 2)).toBe(2);
    expect(mulDivFloor(-5, 1, 2)).toBe(-3);
    expect(mulDivFloor(199, 1, 100)).toBe(1);
    expect(mulDivFloor(-199, 1, 100)).toBe(-2);
    expect(mulDivFloor(-200, 1, 100)).toBe(-2);
  });

  it('refuses a zero or negative denominator, non-integers and results beyond safe integers', () => {
    for (const f of [mulDivHalfUp, mulDivFloor]) {
      expect(() => f(1, 1, 0)).toThrow(/denominator must be positive/);
      expect(() => f(1, 1, -3)).toThrow(MoneyError);
      expect(() => f(1.5, 1, 2)).toThrow(/expected integers/);
      expect(() => f(Number.MAX_SAFE_INTEGER, 3, 1)).toThrow(/too large/);
    }
  });

  it('property: both agree with the BigInt oracles', () => {
    fc.assert(
      fc.property(
        amountArb,
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (a, n, d) => {
          const p = BigInt(a) * BigInt(n);
          expectOracle(() => mulDivHalfUp(a, n, d), roundHalfAwayOracle(p, BigInt(d)));
          expectOracle(() => mulDivFloor(a, n, d), floorOracle(p, BigInt(d)));
        },
      ),
    );
  });
});

describe('percentages', () => {
  it('percentToBasisPoints takes at most two decimals', () => {
    expect(percentToBasisPoints(30)).toBe(3000);
    expect(percentToBasisPoints(12.75)).toBe(1275);
    expect(percentToBasisPoints(0.07)).toBe(7);
    expect(percentToBasisPoints(0)).toBe(0);
    expect(percentToBasisPoints(100)).toBe(10_000);
    for (const bad of [12.345, 0.001, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => percentToBasisPoints(bad)).toThrow(MoneyError);
    }
    expect(() => percentToBasisPoints(12.345)).toThrow(/more than two decimals/);
  });

  it('seed: $32.99 − 30% = $23.09 (reduceByPercentHalfUp(3299, 30) === 2309)', () => {
    expect(reduceByPercentHalfUp(3299, 30)).toBe(2309);
    expect(percentOfHalfUp(3299, 30)).toBe(990);
  });

  it('percentOfHalfUp rounds an exact half cent up, positive and negative', () => {
    expect(percentOfHalfUp(5, 50)).toBe(3); // 2.5¢
    expect(percentOfHalfUp(-5, 50)).toBe(-3);
    expect(percentOfHalfUp(150, 1)).toBe(2); // 1.5¢
    expect(percentOfHalfUp(149, 1)).toBe(1); // 1.49¢
    expect(percentOfHalfUp(1005, 10)).toBe(101); // 100.5¢
    expect(percentOfHalfUp(-1005, 10)).toBe(-101);
    expect(percentOfHalfUp(1500, 10)).toBe(150); // JPY-sized: ¥150 exactly
  });

  it('DEC-5: reduceByPercentHalfUp takes off the half-up discount, so at an exact half the price rounds down', () => {
    expect(reduceByPercentHalfUp(5, 50)).toBe(2); // discount 3
    expect(reduceByPercentHalfUp(1005, 10)).toBe(904); // discount 101
    expect(reduceByPercentHalfUp(-1005, 10)).toBe(-904); // mirror image
    expect(reduceByPercentHalfUp(1237, 30)).toBe(866); // 865.9 → 866 (not a half: nearest)
  });

  it('ceilings round down: reduceByPercentFloor vs reduceByPercentHalfUp', () => {
    expect(reduceByPercentFloor(1237, 30)).toBe(865); // 865.9 → 865
    expect(reduceByPercentHalfUp(1237, 30)).toBe(866);
    expect(reduceByPercentFloor(3299, 20)).toBe(2639); // 2639.2
    expect(reduceByPercentFloor(1000, 20)).toBe(800); // exact stays exact
    expect(reduceByPercentFloor(-1237, 30)).toBe(-866); // toward −∞
  });

  it('"no cent is lost" at exact halves: 0.05 less 50% = 0.03 off + 0.02 left', () => {
    expect(percentOfHalfUp(5, 50) + reduceByPercentHalfUp(5, 50)).toBe(5);
    expect(percentOfHalfUp(-5, 50) + reduceByPercentHalfUp(-5, 50)).toBe(-5);
    expect(percentOfHalfUp(1005, 10) + reduceByPercentHalfUp(1005, 10)).toBe(1005);
  });

  it('property: "no cent is lost" — percentOfHalfUp(a, p) + reduceByPercentHalfUp(a, p) === a', () => {
    fc.assert(
      fc.property(fc.oneof(fc.tuple(amountArb, pctArb), exactHalfArb), ([a, p]) => {
        expect(percentOfHalfUp(a, p) + reduceByPercentHalfUp(a, p)).toBe(a);
      }),
      { numRuns: 500 },
    );
  });

  it('property: percentOfHalfUp is the nearest cent (halves away from zero) of a·p/100', () => {
    fc.assert(
      fc.property(amountArb, pctArb, (a, p) => {
        const [n, d] = pctRational(p);
        expect(percentOfHalfUp(a, p)).toBe(Number(roundHalfAwayOracle(BigInt(a) * n, 100n * d)));
      }),
    );
  });

  it('property: reduceByPercentFloor is the exact floor, and half-up is within one cent above it', () => {
    fc.assert(
      fc.property(amountArb, pctArb, (a, p) => {
        const [n, d] = pctRational(p);
        const floor = reduceByPercentFloor(a, p);
        expect(floor).toBe(Number(floorOracle(BigInt(a) * (100n * d - n), 100n * d)));
        const up = reduceByPercentHalfUp(a, p);
        expect(up - floor === 0 || up - floor === 1).toBe(true);
      }),
    );
  });
});

describe('exact percent comparisons (RULEBOOK conventions)', () => {
  it('a price exactly X% below is "at least X% below"; one cent more is not', () => {
    expect(isAtLeastPercentBelow(2309, 3299, 30)).toBe(true); // 23.09 ≤ 32.99 × 0.7 = 23.093
    expect(isAtLeastPercentBelow(2310, 3299, 30)).toBe(false);
    expect(isAtLeastPercentBelow(800, 1000, 20)).toBe(true); // exactly 20% below
    expect(isAtLeastPercentBelow(801, 1000, 20)).toBe(false);
    expect(isAtLeastPercentBelow(950, 1000, 5)).toBe(true);
    expect(isAtLeastPercentBelow(951, 1000, 5)).toBe(false);
    expect(isAtLeastPercentBelow(8725, 10_000, 12.75)).toBe(true);
    expect(isAtLeastPercentBelow(8726, 10_000, 12.75)).toBe(false);
  });

  it('isAtMostPercentOf: exactly 130% of ref passes, one cent more fails (PM-1b style)', () => {
    expect(isAtMostPercentOf(1300, 1000, 130)).toBe(true);
    expect(isAtMostPercentOf(1301, 1000, 130)).toBe(false);
    expect(isAtMostPercentOf(0, 0, 50)).toBe(true);
  });

  it('refuse amounts that are not integers of minor units', () => {
    expect(() => isAtLeastPercentBelow(1.5, 100, 10)).toThrow(/price must be an integer/);
    expect(() => isAtMostPercentOf(1, Number.NaN, 10)).toThrow(/ref must be an integer/);
  });

  it('property: both agree with an exact rational check from the percentage text', () => {
    fc.assert(
      fc.property(priceArb, priceArb, pctArb, (price, ref, p) => {
        const [n, d] = pctRational(p);
        // price ≤ ref·(1 − p/100)  ⇔  price·100·d ≤ ref·(100·d − n)
        expect(isAtLeastPercentBelow(price, ref, p)).toBe(BigInt(price) * 100n * d <= BigInt(ref) * (100n * d - n));
        expect(isAtMostPercentOf(price, ref, p)).toBe(BigInt(price) * 100n * d <= BigInt(ref) * n);
      }),
    );
  });

  it('property: at the exact boundary price it is true, one cent above false', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 100 }), (k, p) => {
        const ref = 100 * k;
        const boundary = k * (100 - p); // ref·(1 − p/100), an exact integer
        expect(isAtLeastPercentBelow(boundary, ref, p)).toBe(true);
        expect(isAtLeastPercentBelow(boundary + 1, ref, p)).toBe(false);
        expect(isAtMostPercentOf(k * p, ref, p)).toBe(true);
        expect(isAtMostPercentOf(k * p + 1, ref, p)).toBe(false);
      }),
    );
  });
});

describe('discountFraction / discountPercentForDisplay', () => {
  it('gives the exact discount fraction and a 2-decimal display percentage', () => {
    expect(discountFraction(2309, 3299)).toEqual([990, 3299]);
    expect(discountPercentForDisplay(2309, 3299)).toBe(30.01); // 30.0091…%
    expect(discountPercentForDisplay(800, 1000)).toBe(20);
    expect(discountPercentForDisplay(1100, 1000)).toBe(-10); // a price above base
    expect(discountPercentForDisplay(0, 0)).toBe(0);
  });

  it('property: the display percentage is the exact fraction to within 0.005', () => {
    fc.assert(
      fc.property(priceArb, fc.integer({ min: 1, max: 100_000_000 }), (price, base) => {
        const [num, den] = discountFraction(price, base);
        expect(Math.abs(discountPercentForDisplay(price, base) - (num / den) * 100)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
    );
  });
});

describe('FX: parseRate / convert / convertByInverseRate', () => {
  it('parseRate reads an exact positive decimal', () => {
    expect(parseRate('7.515')).toEqual([7515n, 1000n]);
    expect(parseRate('0.1331')).toEqual([1331n, 10_000n]);
    expect(parseRate('150')).toEqual([150n, 1n]);
    expect(parseRate(' 2.50 ')).toEqual([250n, 100n]);
  });

  it.each(['0', '0.000', '-1', 'abc', '', '.5', '1e3', '1,5'])('parseRate refuses %j', (bad) => {
    expect(() => parseRate(bad)).toThrow(MoneyError);
  });

  it('seed: ¥42.67 + ¥18.88 = ¥61.55 at 7.515 CNY per USD → $8.19', () => {
    const total = parseMoney('42.67', 'CNY') + parseMoney('18.88', 'CNY');
    expect(total).toBe(6155);
    expect(convertByInverseRate(total, 'CNY', 'USD', '7.515')).toBe(819);
  });

  it('converts exactly and rounds half up to the target minor unit', () => {
    expect(convert(1000, 'CNY', 'USD', '0.1331')).toBe(133); // ¥10.00 → $1.331
    expect(convert(1000, 'USD', 'EUR', '0.9205')).toBe(921); // 920.5 → 921
    expect(convert(-1000, 'USD', 'EUR', '0.9205')).toBe(-921);
    expect(convert(1000, 'USD', 'EUR', '0.9204')).toBe(920);
    expect(convert(2309, 'USD', 'USD', '9.99')).toBe(2309); // same currency: unchanged
  });

  it('shifts digits between JPY (0) and USD (2)', () => {
    expect(convert(1500, 'JPY', 'USD', '0.0067')).toBe(1005); // ¥1500 → $10.05
    expect(convert(1005, 'USD', 'JPY', '149.5')).toBe(1502); // $10.05 → ¥1502.475
    expect(convert(1, 'USD', 'JPY', '150')).toBe(2); // $0.01 → ¥1.5 → ¥2
    expect(convertByInverseRate(1500, 'JPY', 'USD', '150')).toBe(1000); // ¥1500 at 150 ¥/$ → $10.00
    expect(convertByInverseRate(1005, 'USD', 'JPY', '0.0067')).toBe(1500); // $10.05 at 0.0067 $/¥
    expect(convertByInverseRate(1, 'JPY', 'USD', '150')).toBe(1); // ¥1 → $0.00667
  });

  it('refuse a bad rate or amount', () => {
    expect(() => convert(100, 'USD', 'EUR', '0')).toThrow(/above zero/);
    expect(() => convertByInverseRate(100, 'CNY', 'USD', 'x')).toThrow(/not a decimal rate/);
    expect(() => convert(1.5, 'USD', 'EUR', '1')).toThrow(/integer number of minor units/);
  });

  it('property: convert and convertByInverseRate agree with a major-unit rational oracle', () => {
    fc.assert(
      fc.property(amountArb, currencyArb, currencyArb, rateArb, (a, from, to, rate) => {
        fc.pre(from !== to);
        const [n, d] = rateRational(rate);
        const up = 10n ** BigInt(minorDigits(to));
        const down = 10n ** BigInt(minorDigits(from));
        // amount/10^df major × rate → × 10^dt minor
        expectOracle(() => convert(a, from, to, rate), roundHalfAwayOracle(BigInt(a) * n * up, d * down));
        expectOracle(() => convertByInverseRate(a, from, to, rate), roundHalfAwayOracle(BigInt(a) * d * up, n * down));
      }),
    );
  });

  it('property: a rate and its exact inverse give the same result both ways', () => {
    const pairs: [string, string][] = [
      ['4', '0.25'],
      ['8', '0.125'],
      ['2', '0.5'],
      ['1.6', '0.625'],
      ['12.5', '0.08'],
      ['0.0064', '156.25'],
    ];
    fc.assert(
      fc.property(amountArb, currencyArb, currencyArb, fc.constantFrom(...pairs), (a, from, to, [r, inv]) => {
        expect(convert(a, from, to, r)).toBe(convertByInverseRate(a, from, to, inv));
      }),
    );
  });

  it('property: a rate of 1 between two 2-digit currencies is exact', () => {
    fc.assert(
      fc.property(amountArb, fc.constantFrom<Currency>('USD', 'CAD', 'MXN', 'GBP', 'EUR', 'CNY'), (a, to) => {
        expect(convert(a, 'USD', to, '1')).toBe(a);
        expect(convertByInverseRate(a, 'USD', to, '1.000')).toBe(a);
      }),
    );
  });
});
