// The demo's facts agree with each other: replaying DEC-1 (snapshot − FBA orders after it, FIFO, +
// receipts as new lots) reproduces every later lots snapshot and the stock at the anchor; no order line
// on a SKU with no FBA stock; every promotion on a line was live for that SKU at its instant and the
// line's price follows from it; the promotion calendar keeps PM-3, PM-7 and OUT-2h/OUT-5/OUT-6.
import { describe, expect, it } from 'vitest';
import { DIRECT_PRICE_KINDS, type LotFact, type OrderLineFact, type PromotionFact } from '../../core/catalog/facts.js';
import { directPrice } from './checkout.js';
import type { DemoData } from './generate.js';
import { demoFixture, FIXTURES } from './test-fixture.js';

const DAY = 86_400_000;

interface Lot {
  received: number;
  units: number;
}

type Event =
  | { at: number; order: 1; kind: 'snapshot'; lots: Lot[] }
  | { at: number; order: 2; kind: 'receipt'; received: number; units: number }
  | { at: number; order: 3; kind: 'line'; line: OrderLineFact };

/** Replays one SKU's history; returns the problems found (empty = consistent). */
function replay(events: Event[], finalLots: readonly Lot[]): string[] {
  const problems: string[] = [];
  events.sort((a, b) => a.at - b.at || a.order - b.order);
  let lots: Lot[] | null = null;
  const total = (): number => (lots ?? []).reduce((s, l) => s + l.units, 0);
  for (const e of events) {
    if (e.kind === 'snapshot') {
      if (lots !== null) {
        const mine = lots
          .filter((l) => l.units > 0)
          .map((l) => `${l.received}:${l.units}`)
          .join(',');
        const theirs = e.lots.map((l) => `${l.received}:${l.units}`).join(',');
        if (mine !== theirs) problems.push(`snapshot ${new Date(e.at).toISOString()}: replayed ${mine} ≠ ${theirs}`);
      }
      lots = e.lots.map((l) => ({ ...l }));
    } else if (lots === null) {
      if (e.kind === 'line') problems.push(`line ${e.line.orderId} before the first snapshot`);
    } else if (e.kind === 'receipt') {
      lots.push({ received: e.received, units: e.units });
    } else {
      const available = total();
      if (available === 0) problems.push(`line ${e.line.orderId}/${e.line.line} with no stock`);
      if (!e.line.cancelled && e.line.channel === 'fba') {
        if (e.line.units > available) problems.push(`line ${e.line.orderId} takes ${e.line.units} of ${available}`);
        let left = e.line.units;
        for (const lot of lots) {
          const take = Math.min(left, lot.units);
          lot.units -= take;
          left -= take;
        }
        lots = lots.filter((l) => l.units > 0);
      }
    }
  }
  const end = (lots ?? []).map((l) => `${l.received}:${l.units}`).join(',');
  const expected = finalLots.map((l) => `${l.received}:${l.units}`).join(',');
  if (end !== expected) problems.push(`stock at the anchor: replayed ${end} ≠ ${expected}`);
  return problems;
}

function historyBySku(data: DemoData): Map<string, Event[]> {
  const bySku = new Map<string, Event[]>();
  const push = (sku: string, e: Event) => bySku.set(sku, [...(bySku.get(sku) ?? []), e]);
  const snapshots = new Map<string, LotFact[]>();
  for (const lot of data.facts.lots)
    snapshots.set(`${lot.sku}|${lot.at}`, [...(snapshots.get(`${lot.sku}|${lot.at}`) ?? []), lot]);
  // Every snapshot instant holds every SKU (an empty SKU has no rows): add empty snapshots too.
  const instants = new Map<string, Set<number>>();
  for (const lot of data.facts.lots)
    instants.set(lot.marketplace, (instants.get(lot.marketplace) ?? new Set()).add(lot.at));
  for (const l of data.listings) {
    for (const at of instants.get(l.marketplace) ?? []) {
      const rows = snapshots.get(`${l.sku}|${at}`) ?? [];
      push(l.sku, {
        at,
        order: 1,
        kind: 'snapshot',
        lots: rows.map((r) => ({ received: r.received, units: r.units })),
      });
    }
  }
  for (const s of data.facts.shipments) {
    if (s.received !== null)
      push(s.sku, { at: s.received, order: 2, kind: 'receipt', received: s.received, units: s.units });
  }
  for (const o of data.facts.orders) push(o.sku, { at: o.at, order: 3, kind: 'line', line: o });
  return bySku;
}

describe.each([0, 1] as const)('demo consistency (%s)', (index) => {
  const name = FIXTURES[index].name;

  it(`${name}: DEC-1 replay — snapshots, receipts and FBA orders agree (FIFO); no line on a SKU without stock`, () => {
    const data = demoFixture(index);
    const problems: string[] = [];
    for (const [sku, events] of historyBySku(data)) {
      for (const p of replay(events, data.stock.get(sku) ?? [])) problems.push(`${sku}: ${p}`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
    // The replay does catch a broken history: one unit more on one FBA line breaks it.
    const [sku, events] = [...historyBySku(data)].find(([, list]) => list.some((e) => e.kind === 'line')) as [
      string,
      Event[],
    ];
    const broken = events.map((e) =>
      e.kind === 'line' && e.line.channel === 'fba' && !e.line.cancelled
        ? { ...e, line: { ...e.line, units: e.line.units + 1 } }
        : e,
    );
    expect(replay(broken, data.stock.get(sku) ?? []).length).toBeGreaterThan(0);
  });

  it(`${name}: lots and shipments are well-formed`, () => {
    const { facts, anchor } = demoFixture(index);
    for (const lot of facts.lots) {
      expect(lot.received).toBeLessThanOrEqual(lot.at);
      expect(lot.at).toBeLessThanOrEqual(anchor);
      expect(lot.units).toBeGreaterThan(0);
    }
    const keys = new Set(facts.lots.map((l) => `${l.sku}|${l.at}|${l.received}`));
    expect(keys.size).toBe(facts.lots.length);
    for (const s of facts.shipments) {
      expect(s.created).toBeLessThan(anchor);
      if (s.shipped !== null) expect(s.shipped).toBeGreaterThan(s.created);
      if (s.received !== null) expect(s.shipped).not.toBeNull();
      if (s.received !== null) expect(s.received).toBeLessThan(anchor);
      expect(s.eta).toBeGreaterThan(s.created);
    }
    expect(new Set(facts.shipments.map((s) => `${s.shipmentId}|${s.sku}`)).size).toBe(facts.shipments.length);
    expect(new Set(facts.orders.map((o) => `${o.orderId}|${o.line}`)).size).toBe(facts.orders.length);
    expect(new Set(facts.orders.map((o) => `${o.orderId}|${o.sku}`)).size).toBe(facts.orders.length);
  });

  it(`${name}: every line's promotions were live for its SKU, and its price follows from them`, () => {
    const { facts, prices } = demoFixture(index);
    const byId = new Map(facts.promotions.map((p) => [p.id, p]));
    const direct = new Set(DIRECT_PRICE_KINDS);
    const anchor = demoFixture(index).anchor;
    const problems: string[] = [];
    const check = (ok: boolean, o: OrderLineFact, what: string) => {
      if (!ok) problems.push(`${o.orderId}/${o.line} ${o.sku}: ${what}`);
    };
    for (const o of facts.orders) {
      check(o.at < anchor, o, 'after the anchor');
      const standard = prices.priceAt(o.sku, o.at);
      const used = o.promotionIds.map((id) => byId.get(id));
      for (const p of used) {
        check(
          p !== undefined && p.sku === o.sku && p.start <= o.at && o.at < p.end,
          o,
          `promotion not live: ${o.promotionIds.join(';')}`,
        );
      }
      const live = used.filter((p): p is PromotionFact => p !== undefined);
      const shown = live.filter((p) => direct.has(p.kind));
      check(shown.length <= 1, o, 'two direct-price promotions');
      check(
        o.unitPrice === (shown[0] ? directPrice(standard, shown[0]) : standard),
        o,
        `unit price ${o.unitPrice} (standard ${standard})`,
      );
      if (o.promotionDiscount > 0)
        check(
          live.some((p) => p.kind === 'coupon' || p.kind === 'promo_code'),
          o,
          'discount without add-on',
        );
      check(o.promotionDiscount <= o.units * (o.unitPrice ?? 0), o, 'discount above the line total');
      if (shown[0]?.kind === 'business_price')
        check(o.b2b && o.units >= (shown[0].minQty ?? 1), o, 'business price without B2B tier');
      if (shown[0]?.kind === 'ped') check(!o.b2b, o, 'PED on a business order');
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it(`${name}: PM-3 / PM-7 / OUT-2h / OUT-5 / OUT-6 — the calendar keeps the deal rules`, () => {
    const { facts, clocks } = demoFixture(index);
    const bySku = new Map<string, PromotionFact[]>();
    for (const p of facts.promotions) bySku.set(p.sku, [...(bySku.get(p.sku) ?? []), p]);
    let overlaps = 0;
    for (const list of bySku.values()) {
      const direct = list.filter((p) => p.kind !== 'business_price' && DIRECT_PRICE_KINDS.includes(p.kind));
      for (const a of direct) for (const b of direct) if (a.id < b.id && a.start < b.end && b.start < a.end) overlaps++;
      const lds = list.filter((p) => p.kind === 'lightning_deal').sort((a, b) => a.start - b.start);
      for (const ld of lds) expect(ld.end - ld.start).toBeLessThanOrEqual(12 * 3_600_000);
      for (let i = 1; i < lds.length; i++) expect(lds[i]!.start - lds[i - 1]!.end).toBeGreaterThanOrEqual(7 * DAY);
      const outlets = list
        .filter((p) => p.kind === 'outlet_deal' || p.kind === 'outlet_sale')
        .sort((a, b) => a.start - b.start);
      for (let i = 1; i < outlets.length; i++)
        expect(outlets[i]!.start - outlets[i - 1]!.end).toBeGreaterThanOrEqual(90 * DAY);
      for (const o of outlets) {
        const clock = clocks[o.marketplace as 'US'];
        const day = clock.offsetOf(o.start);
        expect(clock.day(day).weekday).toBe(1);
        expect(o.start).toBe(clock.day(day).start);
        expect(o.end).toBe(clock.day(day + 14).start);
      }
    }
    // One deliberate PED / price-discount clash per marketplace (PM-7 demo), nothing else.
    expect(overlaps).toBeGreaterThanOrEqual(1);
    expect(overlaps).toBeLessThanOrEqual(3);
    for (const p of facts.promotions) {
      expect(p.end).toBeGreaterThan(p.start);
      const price = p.price;
      if (p.kind === 'outlet_deal' || p.kind === 'outlet_sale') {
        const standard = demoFixture(index).prices.priceAt(p.sku, p.start);
        expect(price).not.toBeNull();
        const off = 1 - (price as number) / standard;
        if (p.kind === 'outlet_deal') expect(off).toBeGreaterThanOrEqual(0.295);
        else expect(off >= 0.195 && off < 0.3).toBe(true);
      }
    }
  });
});
