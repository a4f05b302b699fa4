// Writes the demo as clearway CSV fact files (CONTRACT.md "clearway CSV fact files"): one folder per
// marketplace (orders, prices, promotions, lots… name a SKU or ASIN but no marketplace, and the demo's
// ASINs are sold on several), one file per kind, EXACTLY the contract's headers. Money as decimal strings
// (formatMoney), instants as ISO-8601 with the marketplace's offset, booleans true|false.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { FactsByKind, Instant } from '../../core/catalog/facts.js';
import { CSV_FACT_KINDS, type CsvFactKind } from '../../ingest/csv-facts.js';
import { marketplaceInfo, type Marketplace } from '../../core/catalog/marketplace.js';
import { formatMoney } from '../../core/money/money.js';
import { DEMO_MARKETPLACES, type DemoMarketplace } from './catalog.js';
import type { DemoData } from './generate.js';
import type { MarketClock } from './time.js';

/** The header of each fact file, as CONTRACT.md lists it (optional columns included). */
export const FACT_HEADERS: Record<CsvFactKind, readonly string[]> = {
  products: [
    'sku', 'asin', 'marketplace', 'condition', 'created', 'seasonal', 'rating', 'ratings_count', 'subscribe_and_save',
    'images_ok', 'parent_asin', 'category', 'list_price', 'list_price_evidence_url', 'min_price', 'unit_cost',
    'cost_currency', 'freight_per_unit', 'fx_rate', 'referral_pct', 'fulfilment_fee', 'unit_cubic_feet',
    'lead_time_days', 'case_pack', 'min_order_qty', 'at',
  ],
  orders: [
    'order_id', 'line', 'sku', 'at', 'units', 'unit_price', 'currency', 'promotion_ids', 'promotion_discount', 'b2b',
    'subscribe_and_save', 'cancelled', 'channel',
  ],
  prices: ['sku', 'at', 'price'],
  offers: ['asin', 'at', 'seller', 'condition', 'price', 'buy_box'],
  promotions: [
    'id', 'kind', 'sku', 'start', 'end', 'discount_pct', 'discount_amount', 'price', 'stackable', 'code', 'code_type',
    'audience', 'min_qty', 'budget',
  ],
  lots: ['sku', 'at', 'received', 'units'],
  shipments: ['shipment_id', 'sku', 'units', 'carrier_program', 'created', 'shipped', 'eta', 'received'],
  seller: ['account', 'marketplace', 'selling_plan', 'seller_rating', 'ishs_enrolled', 'at'],
  events: ['marketplace', 'name', 'start', 'end'],
  frozen_was_prices: ['asin', 'marketplace', 'price', 'from', 'to'],
  evidence: ['asin', 'marketplace', 'at', 'price', 'url'],
  pricing_rules: ['rule_id', 'sku', 'at', 'action', 'min_price', 'max_price'],
  outlet_events: ['deal_id', 'sku', 'at', 'type', 'kind', 'price', 'reasons', 'actor'],
}; // prettier-ignore

type Cell = string;

/** Formats the cells of one fact of a marketplace. */
class Cells {
  readonly currency;
  constructor(private readonly clock: MarketClock) {
    this.currency = marketplaceInfo(clock.marketplace).currency;
  }
  at(instant: Instant | null): Cell {
    return instant === null ? '' : this.clock.iso(instant);
  }
  money(minor: number | null): Cell {
    return minor === null ? '' : formatMoney(minor, this.currency);
  }
  num(value: number | null): Cell {
    return value === null ? '' : String(value);
  }
  text(value: string | null): Cell {
    return value ?? '';
  }
  bool(value: boolean): Cell {
    return value ? 'true' : 'false';
  }
}

type RowOf = { [K in CsvFactKind]: (fact: FactsByKind[K], c: Cells) => Cell[] };

const ROWS: RowOf = {
  products: (p, c) => [
    p.sku, p.asin, p.marketplace, p.condition, c.at(p.created), c.bool(p.seasonal), c.num(p.rating), String(p.ratingsCount),
    c.bool(p.subscribeAndSave), c.bool(p.imagesOk), c.text(p.parentAsin), c.text(p.category), c.money(p.listPrice),
    c.text(p.listPriceEvidenceUrl), c.money(p.minPrice),
    p.unitCost === null || p.costCurrency === null ? '' : formatMoney(p.unitCost, p.costCurrency),
    c.text(p.costCurrency),
    p.freightPerUnit === null || p.costCurrency === null ? '' : formatMoney(p.freightPerUnit, p.costCurrency),
    c.text(p.fxRate), c.num(p.referralPct), c.money(p.fulfilmentFee), c.num(p.unitCubicFeet), c.num(p.leadTimeDays),
    c.num(p.casePack), c.num(p.minOrderQty), c.at(p.validFrom),
  ],
  orders: (o, c) => [
    o.orderId, String(o.line), o.sku, c.at(o.at), String(o.units), c.money(o.unitPrice), o.currency,
    o.promotionIds.join(';'), c.money(o.promotionDiscount), c.bool(o.b2b), c.bool(o.subscribeAndSave),
    c.bool(o.cancelled), o.channel,
  ],
  prices: (p, c) => [p.sku, c.at(p.at), c.money(p.price)],
  offers: (o, c) => [o.asin, c.at(o.at), o.seller, o.condition, c.money(o.price), c.bool(o.buyBox)],
  promotions: (p, c) => [
    p.id, p.kind, p.sku, c.at(p.start), c.at(p.end), c.num(p.discountPct), c.money(p.discountAmount), c.money(p.price),
    c.bool(p.stackable), c.text(p.code), c.text(p.codeType), p.audience, c.num(p.minQty), c.money(p.budget),
  ],
  lots: (l, c) => [l.sku, c.at(l.at), c.at(l.received), String(l.units)],
  shipments: (s, c) => [
    s.shipmentId, s.sku, String(s.units), s.carrierProgram, c.at(s.created), c.at(s.shipped), c.at(s.eta), c.at(s.received),
  ],
  seller: (s, c) => [s.account, s.marketplace, s.sellingPlan, c.num(s.sellerRating), c.bool(s.ishsEnrolled), c.at(s.validFrom)],
  events: (e, c) => [e.marketplace, e.name, c.at(e.start), c.at(e.end)],
  frozen_was_prices: (f, c) => [f.asin, f.marketplace, c.money(f.price), c.at(f.from), c.at(f.to)],
  evidence: (e, c) => [e.asin, e.marketplace, c.at(e.at), c.money(e.price), e.url],
  pricing_rules: (r, c) => [r.ruleId, r.sku, c.at(r.at), r.action, c.money(r.minPrice), c.money(r.maxPrice)],
  outlet_events: (e, c) => [e.dealId, e.sku, c.at(e.at), e.type, c.text(e.kind), c.money(e.price), e.reasons.join(';'), e.actor],
}; // prettier-ignore

/** The CSV text of one kind's facts on one marketplace (header first, LF line ends). */
export function factCsv<K extends CsvFactKind>(kind: K, facts: readonly FactsByKind[K][], clock: MarketClock): string {
  const cells = new Cells(clock);
  const row = ROWS[kind] as (fact: FactsByKind[K], c: Cells) => Cell[];
  const rows: Cell[][] = [[...FACT_HEADERS[kind]]];
  for (const fact of facts) rows.push(row(fact, cells));
  return stringify(rows, { record_delimiter: 'unix' });
}

export interface WrittenFile {
  readonly path: string;
  readonly marketplace: DemoMarketplace;
  readonly kind: string;
  readonly rows: number;
}

function marketplaceOf(fact: object): Marketplace {
  return (fact as { marketplace: Marketplace }).marketplace;
}

/** Writes `<dir>/<MP>/<kind>.csv` for every marketplace and kind; returns the files in import order. */
export async function writeFactFiles(data: DemoData, dir: string): Promise<WrittenFile[]> {
  const written: WrittenFile[] = [];
  for (const mp of DEMO_MARKETPLACES) {
    const folder = join(dir, mp);
    await mkdir(folder, { recursive: true });
    for (const kind of CSV_FACT_KINDS) {
      const facts = (data.facts[kind] as readonly object[]).filter((f) => marketplaceOf(f) === mp);
      const path = join(folder, `${kind}.csv`);
      await writeFile(path, factCsv(kind, facts as FactsByKind[typeof kind][], data.clocks[mp]));
      written.push({ path, marketplace: mp, kind, rows: facts.length });
    }
  }
  return written;
}
