// The fact files carry EXACTLY the headers of CONTRACT.md, money as decimal strings in the right
// currency, instants as ISO-8601 with the marketplace's offset; and the demo is deterministic: the same
// seed and anchor give byte-identical files, another seed other files.
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CLEARWAY_COLUMNS, CSV_FACT_KINDS } from '../../ingest/csv-facts.js';
import { DEMO_MARKETPLACES } from './catalog.js';
import { generateDemo, type DemoData } from './generate.js';
import { demoFixture, FIXTURES } from './test-fixture.js';
import { factCsv, FACT_HEADERS } from './write-facts.js';
import { buildReports, REPORT_FILES, reportText, type ReportKind } from './write-reports.js';

/** The headers as CONTRACT.md prints them (bracketed optional columns included). */
const CONTRACT = {
  products:
    'sku,asin,marketplace,condition,created,seasonal,rating,ratings_count,subscribe_and_save,images_ok,parent_asin,category,list_price,list_price_evidence_url,min_price,unit_cost,cost_currency,freight_per_unit,fx_rate,referral_pct,fulfilment_fee,unit_cubic_feet,lead_time_days,case_pack,min_order_qty,at',
  orders:
    'order_id,line,sku,at,units,unit_price,currency,promotion_ids,promotion_discount,b2b,subscribe_and_save,cancelled,channel',
  prices: 'sku,at,price',
  offers: 'asin,at,seller,condition,price,buy_box',
  promotions:
    'id,kind,sku,start,end,discount_pct,discount_amount,price,stackable,code,code_type,audience,min_qty,budget',
  lots: 'sku,at,received,units',
  shipments: 'shipment_id,sku,units,carrier_program,created,shipped,eta,received',
  seller: 'account,marketplace,selling_plan,seller_rating,ishs_enrolled,at',
  events: 'marketplace,name,start,end',
  frozen_was_prices: 'asin,marketplace,price,from,to',
  evidence: 'asin,marketplace,at,price,url',
  pricing_rules: 'rule_id,sku,at,action,min_price,max_price',
  outlet_events: 'deal_id,sku,at,type,kind,price,reasons,actor',
};

/** Every file text of a demo: facts per marketplace and kind, reports per marketplace and kind. */
function allTexts(data: DemoData): Map<string, string> {
  const texts = new Map<string, string>();
  for (const mp of DEMO_MARKETPLACES) {
    for (const kind of CSV_FACT_KINDS) {
      const facts = (data.facts[kind] as readonly { marketplace: string }[]).filter((f) => f.marketplace === mp);
      texts.set(`facts/${mp}/${kind}`, factCsv(kind, facts as never, data.clocks[mp]));
    }
  }
  for (const [mp, reports] of buildReports(data)) {
    for (const kind of Object.keys(REPORT_FILES) as ReportKind[]) {
      texts.set(`reports/${mp}/${kind}`, reportText(REPORT_FILES[kind].header, reports[kind]));
    }
  }
  return texts;
}

function digest(texts: Map<string, string>): Map<string, string> {
  return new Map([...texts].map(([name, text]) => [name, createHash('sha256').update(text).digest('hex')]));
}

describe('demo fact files', () => {
  it('have exactly the headers of CONTRACT.md, which the importer reads in full', () => {
    for (const kind of CSV_FACT_KINDS) {
      expect(FACT_HEADERS[kind].join(','), kind).toBe(CONTRACT[kind]);
      const { required, optional } = CLEARWAY_COLUMNS[kind];
      expect([...FACT_HEADERS[kind]].sort(), kind).toEqual([...required, ...optional].sort());
    }
  });

  it('write money in the currency of the marketplace (or CNY for costs) and instants with the local offset', () => {
    const data = demoFixture(0);
    const rows = (mp: 'US' | 'JP', kind: 'orders' | 'products') =>
      parse(factCsv(kind, data.facts[kind].filter((f) => f.marketplace === mp) as never, data.clocks[mp]), {
        columns: true,
      }) as Record<string, string>[];
    const us = rows('US', 'orders');
    expect(us.length).toBe(data.facts.orders.filter((o) => o.marketplace === 'US').length);
    for (const r of us.slice(0, 500)) {
      expect(r.unit_price).toMatch(/^\d+\.\d{2}$/);
      expect(r.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d-0[78]:00$/);
      expect(r.currency).toBe('USD');
    }
    for (const r of rows('JP', 'orders').slice(0, 500)) {
      expect(r.unit_price).toMatch(/^\d+$/);
      expect(r.at).toMatch(/\+09:00$/);
    }
    for (const r of rows('JP', 'products')) {
      expect(r.unit_cost).toMatch(/^\d+\.\d{2}$/);
      expect(r.cost_currency).toBe('CNY');
      expect(r.fx_rate).toBe('20.85');
    }
    const first = data.facts.orders.find((o) => o.marketplace === 'US' && o.promotionIds.length > 1);
    const line = us.find((r) => r.order_id === first?.orderId && r.line === String(first?.line));
    expect(line?.promotion_ids).toBe(first?.promotionIds.join(';'));
  });

  it('are deterministic: the same seed and anchor give byte-identical files, another seed does not', () => {
    const f = FIXTURES[0];
    const a = digest(allTexts(demoFixture(0)));
    const again = digest(allTexts(generateDemo({ seed: f.seed, anchor: f.anchor, account: 'default' })));
    expect(again).toEqual(a);
    expect(a.size).toBe(DEMO_MARKETPLACES.length * (CSV_FACT_KINDS.length + 4));
    const other = digest(allTexts(generateDemo({ seed: f.seed + 1, anchor: f.anchor, account: 'default' })));
    const changed = [...a].filter(([name, hash]) => other.get(name) !== hash).map(([name]) => name);
    expect(changed).toContain('facts/US/orders');
    expect(changed).toContain('facts/JP/products');
    expect(changed).toContain('reports/DE/all_orders');
  });
});
