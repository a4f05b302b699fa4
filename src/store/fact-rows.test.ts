// Facts ⇄ rows without a database: validation messages, dialect encodings, equality and keys.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACT_KINDS } from '../core/catalog/facts.js';
import { t } from '../core/messages/messages.js';
import { FACT_TABLES } from './fact-tables.js';
import { factsEqual, fromRow, keyHash, keyOf, toRow, validateFact } from './fact-rows.js';
import { StoreInputError } from './messages.js';
import { sampleBatch, sampleOrder, sampleProduct } from './testing/sample-facts.js';

const orders = FACT_TABLES.orders;

describe('fact rows', () => {
  it('every sample fact validates and survives toRow → fromRow in both encodings', () => {
    const batch = sampleBatch();
    for (const kind of FACT_KINDS) {
      for (const [i, fact] of (batch[kind] as object[]).entries()) {
        validateFact(FACT_TABLES[kind], fact, i);
        for (const dialect of ['sqlite', 'postgres'] as const) {
          expect(fromRow(FACT_TABLES[kind], toRow(FACT_TABLES[kind], fact, dialect))).toEqual(fact);
        }
      }
    }
  });

  it('booleans are 0/1 for SQLite and true/false for PostgreSQL; arrays are JSON text', () => {
    const o = sampleOrder({ b2b: true, cancelled: false });
    expect(toRow(orders, o, 'sqlite')).toMatchObject({ b2b: 1, cancelled: 0, promotion_ids: '["PROMO-A","PROMO-B"]' });
    expect(toRow(orders, o, 'postgres')).toMatchObject({ b2b: true, cancelled: false });
  });

  it.each([
    [{ units: 1.5 }, 'units', 'must be an integer (32-bit)'],
    [{ units: 2 ** 31 }, 'units', 'must be an integer (32-bit)'],
    [{ unitPrice: 9.99 }, 'unitPrice', 'must be a safe integer'],
    [{ at: Number.NaN }, 'at', 'must be a safe integer'],
    [{ sku: 42 }, 'sku', 'must be a string'],
    [{ b2b: 1 }, 'b2b', 'must be true or false'],
    [{ promotionIds: 'P1' }, 'promotionIds', 'must be an array of strings'],
    [{ currency: undefined }, 'currency', 'is required'],
  ])('refuses %o', (change, field, problem) => {
    const bad = { ...sampleOrder(), ...change };
    try {
      validateFact(orders, bad, 7);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(StoreInputError);
      expect((error as StoreInputError).values).toMatchObject({ kind: 'orders', index: 7, field, problem });
      expect((error as Error).message).toContain(`orders row 7: field ${field} ${problem}`);
      expect(t((error as StoreInputError).code, (error as StoreInputError).values, 'zh-CN')).toContain('第 7 行');
    }
  });

  it('nullable fields accept null; required ones do not', () => {
    expect(() => validateFact(orders, sampleOrder({ unitPrice: null }), 0)).not.toThrow();
    expect(() => validateFact(orders, { ...sampleOrder(), sku: null }, 0)).toThrow(/field sku is required/);
    expect(() => validateFact(orders, null, 3)).toThrow(/row 3/);
  });

  it('equality ignores a named field; keys name a fact by its fields', () => {
    const products = FACT_TABLES.products;
    const a = sampleProduct({ validFrom: 1 });
    const b = sampleProduct({ validFrom: 2 });
    expect(factsEqual(products, a, b)).toBe(false);
    expect(factsEqual(products, a, b, 'validFrom')).toBe(true);
    expect(factsEqual(products, a, sampleProduct({ validFrom: 2, rating: 4.6 }), 'validFrom')).toBe(false);
    expect(factsEqual(orders, sampleOrder(), sampleOrder({ promotionIds: ['PROMO-A', 'PROMO-B'] }))).toBe(true);
    expect(factsEqual(orders, sampleOrder(), sampleOrder({ promotionIds: ['PROMO-B', 'PROMO-A'] }))).toBe(false);
    expect(keyOf(orders.key, sampleOrder())).toBe(keyOf(orders.key, sampleOrder({ units: 99 })));
    expect(keyOf(orders.key, sampleOrder())).not.toBe(keyOf(orders.key, sampleOrder({ line: 2 })));
  });

  it('key hashes: equal keys hash equal (property); they are 31-bit; field boundaries count', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.maxSafeInteger(), fc.double({ noNaN: true }));
    fc.assert(
      fc.property(value, value, fc.string(), (a, b, other) => {
        const fields = ['a', 'b'];
        // Equal keys (keyOf) in separate objects, with other fields differing.
        const x = { a, b, c: other };
        const y = JSON.parse(JSON.stringify({ a, b })) as Record<string, unknown>;
        if (keyOf(fields, x) !== keyOf(fields, y)) return;
        const h = keyHash(fields, x);
        expect(keyHash(fields, y)).toBe(h);
        expect(Number.isInteger(h) && h >= 0 && h < 2 ** 31).toBe(true);
      }),
    );
    expect(keyHash(['a', 'b'], { a: 'ab', b: 'c' })).not.toBe(keyHash(['a', 'b'], { a: 'a', b: 'bc' }));
    expect(keyHash(orders.key, sampleOrder())).toBe(keyHash(orders.key, sampleOrder({ units: 99 })));
    expect(keyHash(orders.key, sampleOrder())).not.toBe(keyHash(orders.key, sampleOrder({ line: 2 })));
  });
});
