import { describe, expect, it } from 'vitest';
import { CARRIER_PROGRAMS, CONDITIONS, DIRECT_PRICE_KINDS, FACT_KINDS, PROMOTION_KINDS } from './facts.js';
import { MARKETPLACES, marketplaceInfo, marketplacesForCurrency } from './marketplace.js';

describe('GEN-1: the entities clearway keeps', () => {
  it('GEN-1: every entity of the rulebook is a fact kind the store keeps', () => {
    // products (with SKUs), offers of all sellers, inventory lots, inbound shipments, orders, the
    // seller's price changes, promotions and deals, automated pricing rules, the seller account.
    for (const kind of [
      'products',
      'offers',
      'lots',
      'shipments',
      'orders',
      'prices',
      'promotions',
      'pricing_rules',
      'seller',
    ]) {
      expect(FACT_KINDS).toContain(kind);
    }
    expect(new Set(FACT_KINDS).size).toBe(FACT_KINDS.length);
  });

  it('GEN-1: every marketplace has a currency and a time zone', () => {
    for (const mp of MARKETPLACES) {
      const info = marketplaceInfo(mp);
      expect(info.code).toBe(mp);
      expect(info.currency).toMatch(/^[A-Z]{3}$/);
      expect(info.timeZone).toMatch(/^[A-Za-z]+\/[A-Za-z_]+$/);
    }
    expect(marketplacesForCurrency('EUR')).toEqual(['DE', 'FR', 'IT', 'ES']);
    expect(marketplaceInfo('JP').currency).toBe('JPY');
  });

  it("GEN-1: conditions, carrier programs and promotion families are the rulebook's", () => {
    expect(CONDITIONS).toEqual(['new', 'used', 'refurbished', 'collectible']);
    expect(CARRIER_PROGRAMS).toEqual(['amazon_freight', 'partnered_carrier', 'amazon_global_logistics', 'other']);
    // PM intro: coupons and codes are add-ons; everything else replaces the shown price.
    const addOns = PROMOTION_KINDS.filter((k) => !DIRECT_PRICE_KINDS.includes(k));
    expect(addOns).toEqual(['coupon', 'promo_code']);
  });
});
