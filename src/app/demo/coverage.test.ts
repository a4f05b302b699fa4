// Every feature the later issues need is in the demo account, on both fixtures: ≥ 300 SKUs on US, DE
// and JP, variation families, seasonal and new ASINs, new+used SKUs of one ASIN, every promotion kind and
// code type (past, running and planned, some stackable), every carrier program (received and open),
// B2B / Subscribe & Save / cancelled / FBM lines, lots aged > 500 days, dead stock, weekly and yearly
// seasonality, promotion lift (EXC-9), competitor offers with Buy Box, events, frozen Was Prices,
// evidence, pricing rules and seller histories.
import { describe, expect, it } from 'vitest';
import {
  CARRIER_PROGRAMS,
  CODE_TYPES,
  PRICING_RULE_ACTIONS,
  PROMOTION_KINDS,
  type OrderLineFact,
} from '../../core/catalog/facts.js';
import type { DemoData } from './generate.js';
import { demoFixture, FIXTURES } from './test-fixture.js';

const DAY = 86_400_000;

function unitsBy(orders: readonly OrderLineFact[], key: (o: OrderLineFact) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const o of orders) if (!o.cancelled) out.set(key(o), (out.get(key(o)) ?? 0) + o.units);
  return out;
}

describe.each([0, 1] as const)('demo coverage (%s)', (index) => {
  const name = FIXTURES[index].name;
  const data = (): DemoData => demoFixture(index);

  it(`${name}: ≥ 300 SKUs over US, DE and JP, distinct per marketplace, 100k–200k order lines`, () => {
    const { listings, facts } = data();
    const perMp = (mp: string) => listings.filter((l) => l.marketplace === mp).length;
    expect(listings.length).toBeGreaterThanOrEqual(300);
    expect(perMp('US')).toBeGreaterThanOrEqual(150);
    expect(perMp('DE')).toBeGreaterThanOrEqual(80);
    expect(perMp('JP')).toBeGreaterThanOrEqual(55);
    expect(new Set(listings.map((l) => l.sku)).size).toBe(listings.length);
    for (const l of listings) expect(l.sku.endsWith(`-${l.marketplace}`)).toBe(true);
    expect(new Set(facts.products.map((p) => p.sku)).size).toBe(listings.length);
    expect(facts.orders.length).toBeGreaterThanOrEqual(100_000);
    expect(facts.orders.length).toBeLessThanOrEqual(200_000);
    for (const mp of ['US', 'DE', 'JP']) expect(facts.orders.some((o) => o.marketplace === mp)).toBe(true);
  });

  it(`${name}: catalogue variety — families, seasonal, new ASINs, new + used of one ASIN, ratings, S&S, images`, () => {
    const { facts, anchor } = data();
    const products = facts.products;
    const families = new Map<string, Set<string>>();
    for (const p of products)
      if (p.parentAsin) families.set(p.parentAsin, (families.get(p.parentAsin) ?? new Set()).add(p.asin));
    expect([...families.values()].filter((children) => children.size >= 3).length).toBeGreaterThanOrEqual(10);
    expect(products.filter((p) => p.seasonal).length).toBeGreaterThanOrEqual(20);
    const fresh = products.filter((p) => p.created !== null && p.created > anchor - 90 * DAY);
    expect(new Set(fresh.map((p) => p.marketplace))).toEqual(new Set(['US', 'DE', 'JP']));
    // Some new ASINs sell already, some have no order at all yet (no reference price).
    const sold = new Set(facts.orders.map((o) => o.sku));
    expect(fresh.some((p) => sold.has(p.sku))).toBe(true);
    expect(fresh.some((p) => !sold.has(p.sku))).toBe(true);
    for (const mp of ['US', 'DE', 'JP']) {
      const used = products.filter((p) => p.marketplace === mp && p.condition === 'used');
      expect(used.length).toBeGreaterThan(0);
      for (const u of used)
        expect(products.some((p) => p.marketplace === mp && p.asin === u.asin && p.condition === 'new')).toBe(true);
    }
    expect(products.some((p) => p.rating !== null && p.rating < 3)).toBe(true);
    expect(products.some((p) => p.rating === null && p.ratingsCount === 0)).toBe(true);
    expect(products.some((p) => p.subscribeAndSave)).toBe(true);
    expect(products.some((p) => !p.imagesOk)).toBe(true);
    expect(new Set(products.map((p) => p.referralPct))).toEqual(new Set([8, 15, 17]));
    for (const p of products) {
      expect(p.leadTimeDays).toBeGreaterThanOrEqual(30);
      expect(p.leadTimeDays).toBeLessThanOrEqual(75);
      expect(p.costCurrency).toBe('CNY');
      expect(p.minOrderQty! % p.casePack!).toBe(0);
    }
    // DEC-6: a few products have a second version (rating dropped, images fixed…).
    expect(products.length).toBeGreaterThan(new Set(products.map((p) => p.sku)).size);
    // An ASIN sold on several marketplaces (DEC-2 needs --marketplace there).
    const mps = new Map<string, Set<string>>();
    for (const p of products) mps.set(p.asin, (mps.get(p.asin) ?? new Set()).add(p.marketplace));
    expect([...mps.values()].some((s) => s.size === 3)).toBe(true);
  });

  it(`${name}: List Prices validated by orders, by evidence, or not at all; min prices`, () => {
    const { facts } = data();
    const withList = facts.products.filter((p) => p.listPrice !== null);
    expect(withList.filter((p) => p.listPriceEvidenceUrl !== null).length).toBeGreaterThan(5);
    expect(withList.filter((p) => p.listPriceEvidenceUrl === null).length).toBeGreaterThan(50);
    expect(facts.products.some((p) => p.listPrice === null)).toBe(true);
    expect(facts.products.some((p) => p.minPrice !== null)).toBe(true);
    // PR-1a: orders at or above the List Price exist.
    const list = new Map(withList.map((p) => [p.sku, p.listPrice as number]));
    expect(facts.orders.some((o) => list.has(o.sku) && (o.unitPrice ?? 0) >= (list.get(o.sku) as number))).toBe(true);
    for (const e of facts.evidence)
      expect(withList.some((p) => p.asin === e.asin && p.listPrice === e.price)).toBe(true);
  });

  it(`${name}: every promotion kind and code type on every marketplace, past, running and planned, some stackable`, () => {
    const { facts, anchor } = data();
    for (const mp of ['US', 'DE', 'JP']) {
      const own = facts.promotions.filter((p) => p.marketplace === mp);
      for (const kind of PROMOTION_KINDS)
        expect(
          own.some((p) => p.kind === kind),
          `${mp} ${kind}`,
        ).toBe(true);
      for (const codeType of CODE_TYPES)
        expect(
          own.some((p) => p.codeType === codeType),
          `${mp} ${codeType}`,
        ).toBe(true);
    }
    const promos = facts.promotions;
    expect(promos.some((p) => p.end <= anchor)).toBe(true);
    expect(promos.some((p) => p.start <= anchor && p.end > anchor)).toBe(true);
    expect(promos.some((p) => p.start > anchor)).toBe(true);
    expect(promos.some((p) => p.kind.startsWith('outlet') && p.start <= anchor && p.end > anchor)).toBe(true);
    expect(promos.some((p) => p.kind.startsWith('outlet') && p.start > anchor)).toBe(true);
    expect(promos.some((p) => p.stackable)).toBe(true);
    expect(promos.some((p) => p.kind === 'coupon' && p.discountAmount !== null)).toBe(true);
    expect(new Set(promos.map((p) => p.audience))).toEqual(new Set(['all', 'prime', 'new_buyer', 'business']));
    const tiers = promos.filter((p) => p.kind === 'business_price').map((p) => p.minQty);
    expect(new Set(tiers).size).toBeGreaterThanOrEqual(3);
  });

  it(`${name}: order lines — B2B ~5%, Subscribe & Save, 1–3% cancelled, FBM, multi-unit, multi-line, promotions`, () => {
    const orders = data().facts.orders;
    const share = (f: (o: OrderLineFact) => boolean) => orders.filter(f).length / orders.length;
    expect(share((o) => o.b2b)).toBeGreaterThan(0.03);
    expect(share((o) => o.b2b)).toBeLessThan(0.07);
    expect(share((o) => o.cancelled)).toBeGreaterThanOrEqual(0.01);
    expect(share((o) => o.cancelled)).toBeLessThanOrEqual(0.03);
    expect(orders.some((o) => o.subscribeAndSave)).toBe(true);
    expect(orders.some((o) => o.channel === 'fbm')).toBe(true);
    expect(orders.some((o) => o.units > 1)).toBe(true);
    expect(orders.some((o) => o.line > 1)).toBe(true);
    expect(orders.some((o) => o.promotionIds.length > 0 && o.promotionDiscount > 0)).toBe(true);
    expect(orders.some((o) => o.promotionIds.some((id) => id.startsWith('B2B-')))).toBe(true);
    for (const o of orders.slice(0, 2000)) expect(o.orderId).toMatch(/^\d{3}-\d{7}-\d{7}$/);
  });

  it(`${name}: inventory — lots aged > 500 days, dead stock unsold for 30+ days, every carrier program received and open, late shipments`, () => {
    const { facts, anchor, stock } = data();
    const agedDays = [...stock.values()].flat().map((lot) => (anchor - lot.received) / DAY);
    expect(Math.max(...agedDays)).toBeGreaterThan(500);
    const sold30 = new Set(facts.orders.filter((o) => o.at > anchor - 30 * DAY).map((o) => o.sku));
    const dead = [...stock].filter(([sku, lots]) => lots.length > 0 && !sold30.has(sku));
    expect(dead.length).toBeGreaterThanOrEqual(5);
    for (const program of CARRIER_PROGRAMS) {
      expect(
        facts.shipments.some((s) => s.carrierProgram === program && s.received !== null),
        `${program} received`,
      ).toBe(true);
      expect(
        facts.shipments.some((s) => s.carrierProgram === program && s.received === null),
        `${program} open`,
      ).toBe(true);
    }
    expect(facts.shipments.some((s) => s.received === null && s.shipped === null)).toBe(true);
    expect(facts.shipments.some((s) => s.received === null && s.eta !== null && s.eta < anchor)).toBe(true);
    expect(facts.shipments.some((s) => s.received !== null && s.eta !== null && s.received - s.eta > 5 * DAY)).toBe(
      true,
    );
    expect(
      facts.shipments.some((s) => facts.shipments.some((t) => t.shipmentId === s.shipmentId && t.sku !== s.sku)),
    ).toBe(true);
    const snapshots = new Set(facts.lots.map((l) => l.at));
    expect(snapshots.size).toBeGreaterThanOrEqual(20);
  });

  it(`${name}: weekly and yearly seasonality, seasonal products peak in their season`, () => {
    const { facts, clocks, listings } = data();
    const us = facts.orders.filter((o) => o.marketplace === 'US');
    const clock = clocks.US;
    const byWeekday = unitsBy(us, (o) => String(clock.day(clock.offsetOf(o.at)).weekday));
    const weekend = ((byWeekday.get('6') ?? 0) + (byWeekday.get('7') ?? 0)) / 2;
    const midweek = ((byWeekday.get('2') ?? 0) + (byWeekday.get('3') ?? 0)) / 2;
    expect(weekend).toBeGreaterThan(midweek * 1.05);
    const byMonth = unitsBy(us, (o) => clock.localDate(o.at).slice(5, 7));
    expect((byMonth.get('11') ?? 0) + (byMonth.get('12') ?? 0)).toBeGreaterThan(
      ((byMonth.get('02') ?? 0) + (byMonth.get('03') ?? 0)) * 1.2,
    );
    const season = new Map(listings.map((l) => [l.sku, l.season]));
    const winter = unitsBy(
      us.filter((o) => season.get(o.sku) === 'winter'),
      (o) => clock.localDate(o.at).slice(5, 7),
    );
    expect(winter.get('12') ?? 0).toBeGreaterThan((winter.get('06') ?? 0) * 3);
    const summer = unitsBy(
      us.filter((o) => season.get(o.sku) === 'summer'),
      (o) => clock.localDate(o.at).slice(5, 7),
    );
    expect(summer.get('07') ?? 0).toBeGreaterThan((summer.get('01') ?? 0) * 3);
  });

  it(`${name}: EXC-9 lift — deals sell several times the days before them`, () => {
    const { facts } = data();
    const units = (sku: string, from: number, to: number) =>
      facts.orders
        .filter((o) => o.sku === sku && !o.cancelled && o.at >= from && o.at < to)
        .reduce((s, o) => s + o.units, 0);
    const past = facts.promotions.filter((p) => p.kind === 'best_deal' && p.end <= data().anchor);
    const lifts = past.map((p) => units(p.sku, p.start, p.end) / Math.max(1, units(p.sku, p.start - 7 * DAY, p.start)));
    expect(lifts.filter((l) => l > 2.5).length).toBeGreaterThan(0);
  });

  it(`${name}: offers, events, frozen Was Prices, pricing rules and sellers`, () => {
    const { facts, anchor } = data();
    expect(facts.offers.some((o) => o.buyBox)).toBe(true);
    expect(facts.offers.some((o) => o.condition === 'used')).toBe(true);
    expect(new Set(facts.offers.map((o) => o.at)).size).toBeGreaterThanOrEqual(10);
    for (const mp of ['US', 'DE', 'JP']) {
      const names = facts.events.filter((e) => e.marketplace === mp).map((e) => e.name);
      for (const event of ['Prime Day', 'Black Friday', 'Cyber Monday'])
        expect(names.some((n) => n.startsWith(event))).toBe(true);
      expect(facts.seller.some((s) => s.marketplace === mp && s.sellingPlan === 'professional')).toBe(true);
    }
    expect(facts.seller.some((s) => s.ishsEnrolled)).toBe(true);
    expect(facts.frozen_was_prices.length).toBeGreaterThanOrEqual(2);
    for (const f of facts.frozen_was_prices) {
      const event = facts.events.find((e) => e.marketplace === f.marketplace && e.end === f.to);
      expect(event && event.start > anchor && f.from <= event.start - 30 * DAY).toBeTruthy();
    }
    expect(new Set(facts.pricing_rules.map((r) => r.action))).toEqual(new Set(PRICING_RULE_ACTIONS));
    expect(facts.pricing_rules.some((r) => r.minPrice !== null)).toBe(true);
    expect(facts.pricing_rules.some((r) => r.minPrice === null)).toBe(true);
    expect(facts.evidence.length).toBeGreaterThan(5);
  });
});
