// Readers of clearway's own CSV fact files (CONTRACT.md "clearway CSV fact files"): one kind per file,
// recognised by its header. Money is read in the currency it is quoted in (prices in the marketplace
// currency, unit_cost and freight_per_unit in cost_currency, orders in their `currency`); instants are
// ISO-8601 with offset or a local day (midnight in the marketplace's zone). Rows of products and seller
// without `at` are versions valid from the import (DEC-6).
import {
  AUDIENCES,
  CARRIER_PROGRAMS,
  CHANNELS,
  CODE_TYPES,
  CONDITIONS,
  OUTLET_ACTORS,
  OUTLET_EVENT_TYPES,
  OUTLET_KINDS,
  PRICING_RULE_ACTIONS,
  PROMOTION_KINDS,
  FACT_KINDS,
  SELLING_PLANS,
  type CommandRecordedKind,
  type FactKind,
} from '../core/catalog/facts.js';
import { marketplaceInfo, type Marketplace } from '../core/catalog/marketplace.js';
import { CURRENCIES } from '../core/money/money.js';
import { outletEventId } from '../core/outlet/events.js';
import { INGEST } from './messages.js';
import { fitByColumns, type IngestContext, type Reader, type RowConverter } from './reader.js';
import { resolveMarketplace } from './resolve-marketplace.js';
import type { Row } from './row.js';

export interface CsvColumns {
  readonly required: readonly string[];
  /** Columns that may be absent from the header (bracketed in CONTRACT.md). */
  readonly optional: readonly string[];
}

/** The header of each clearway CSV fact file, as CONTRACT.md lists it. */
/** Fact kinds read only from Amazon's own reports (ingest/amazon/): they have no clearway CSV file. */
export type ReportOnlyKind = 'inventory_snapshots' | 'planning_rows' | 'restock_rows';
/** Fact kinds with a clearway CSV file. */
export type CsvFactKind = Exclude<FactKind, ReportOnlyKind | CommandRecordedKind>;

export const CLEARWAY_COLUMNS: Record<CsvFactKind, CsvColumns> = {
  products: {
    // prettier-ignore
    required: [
      'sku', 'asin', 'marketplace', 'condition', 'created', 'seasonal', 'rating', 'ratings_count',
      'subscribe_and_save', 'images_ok', 'parent_asin', 'category', 'list_price', 'list_price_evidence_url',
      'min_price', 'unit_cost', 'cost_currency', 'freight_per_unit', 'fx_rate', 'referral_pct', 'fulfilment_fee',
      'unit_cubic_feet', 'lead_time_days',
    ],
    optional: ['case_pack', 'min_order_qty', 'at'],
  },
  orders: {
    // prettier-ignore
    required: [
      'order_id', 'line', 'sku', 'at', 'units', 'unit_price', 'currency', 'promotion_ids', 'promotion_discount',
      'b2b', 'subscribe_and_save', 'cancelled', 'channel',
    ],
    optional: [],
  },
  prices: { required: ['sku', 'at', 'price'], optional: [] },
  offers: { required: ['asin', 'at', 'seller', 'condition', 'price', 'buy_box'], optional: [] },
  promotions: {
    // prettier-ignore
    required: [
      'id', 'kind', 'sku', 'start', 'end', 'discount_pct', 'discount_amount', 'price', 'stackable', 'code',
      'code_type', 'audience', 'min_qty', 'budget',
    ],
    optional: [],
  },
  lots: { required: ['sku', 'at', 'received', 'units'], optional: [] },
  shipments: {
    required: ['shipment_id', 'sku', 'units', 'carrier_program', 'created', 'shipped', 'eta', 'received'],
    optional: [],
  },
  seller: { required: ['account', 'marketplace', 'selling_plan', 'seller_rating', 'ishs_enrolled'], optional: ['at'] },
  events: { required: ['marketplace', 'name', 'start', 'end'], optional: [] },
  frozen_was_prices: { required: ['asin', 'marketplace', 'price', 'from', 'to'], optional: [] },
  evidence: { required: ['asin', 'marketplace', 'at', 'price', 'url'], optional: [] },
  pricing_rules: { required: ['rule_id', 'sku', 'at', 'action', 'min_price', 'max_price'], optional: [] },
  outlet_events: { required: ['deal_id', 'sku', 'at', 'type', 'kind', 'price', 'reasons', 'actor'], optional: [] },
};

const NO_IDS: readonly string[] = Object.freeze([]);
const RATING = { min: 0, max: 5 } as const;

/** Rejects a row whose `end` is not after its `start` (or `to` after `from`). */
function requireAfter(row: Row, startColumn: string, start: number, endColumn: string, end: number): void {
  if (row.failed || end > start) return;
  row.fail(endColumn, INGEST.IMPORT_NOT_AFTER, {
    value: row.raw(endColumn),
    other: startColumn,
    otherValue: row.raw(startColumn),
  });
}

function zone(mp: Marketplace): string {
  return marketplaceInfo(mp).timeZone;
}

function money(mp: Marketplace) {
  return marketplaceInfo(mp).currency;
}

const CONVERTERS: Record<CsvFactKind, (context: IngestContext) => RowConverter> = {
  products: (context) => (row, sink) => {
    const marketplace = row.marketplace('marketplace');
    if (row.failed) return;
    const tz = zone(marketplace);
    const currency = money(marketplace);
    const costCurrency = row.optionalOneOf('cost_currency', CURRENCIES);
    for (const column of ['unit_cost', 'freight_per_unit']) {
      if (row.raw(column) !== '' && row.raw('cost_currency') === '') {
        row.fail('cost_currency', INGEST.IMPORT_COST_CURRENCY_NEEDED, { column });
      }
    }
    const fact = {
      sku: row.text('sku'),
      asin: row.text('asin'),
      marketplace,
      condition: row.oneOf('condition', CONDITIONS),
      created: row.optionalInstant('created', tz),
      seasonal: row.bool('seasonal'),
      rating: row.optionalNumber('rating', RATING),
      // An empty count is no ratings yet.
      ratingsCount: row.optionalInteger('ratings_count', 0) ?? 0,
      subscribeAndSave: row.bool('subscribe_and_save'),
      imagesOk: row.bool('images_ok'),
      parentAsin: row.optionalText('parent_asin'),
      category: row.optionalText('category'),
      listPrice: row.optionalMoney('list_price', currency),
      listPriceEvidenceUrl: row.optionalText('list_price_evidence_url'),
      minPrice: row.optionalMoney('min_price', currency),
      unitCost: row.optionalMoney('unit_cost', costCurrency ?? currency),
      costCurrency,
      freightPerUnit: row.optionalMoney('freight_per_unit', costCurrency ?? currency),
      fxRate: row.optionalRate('fx_rate'),
      referralPct: row.optionalPercent('referral_pct'),
      fulfilmentFee: row.optionalMoney('fulfilment_fee', currency),
      unitCubicFeet: row.optionalNumber('unit_cubic_feet', { min: 0, aboveMin: true }),
      leadTimeDays: row.optionalInteger('lead_time_days', 0),
      casePack: row.optionalInteger('case_pack', 1),
      minOrderQty: row.optionalInteger('min_order_qty', 1),
      validFrom: row.optionalInstant('at', tz) ?? context.importedAt,
    };
    if (!row.failed) sink.add('products', fact);
  },

  orders: (context) => async (row, sink) => {
    const before = row.issues.length;
    const currency = row.currency('currency');
    const currencyOk = row.issues.length === before;
    const marketplace = await resolveMarketplace(row, 'sku', context, currencyOk ? currency : null);
    if (marketplace === null) return;
    const expected = money(marketplace);
    if (currencyOk && currency !== expected) {
      row.fail('currency', INGEST.IMPORT_CURRENCY_MISMATCH, { value: currency, marketplace, expected });
    }
    const ids = row.raw('promotion_ids');
    const fact = {
      orderId: row.text('order_id'),
      line: row.integer('line', 1),
      sku: row.text('sku'),
      marketplace,
      at: row.instant('at', zone(marketplace)),
      units: row.integer('units', 0),
      unitPrice: row.optionalMoney('unit_price', expected),
      currency: expected,
      // Several promotion ids are separated by ';' or ',' (a quoted cell).
      promotionIds:
        ids === ''
          ? NO_IDS
          : ids
              .split(/[;,]/)
              .map((s) => s.trim())
              .filter((s) => s !== ''),
      // An empty discount is no discount.
      promotionDiscount: row.optionalMoney('promotion_discount', expected) ?? 0,
      b2b: row.bool('b2b'),
      subscribeAndSave: row.bool('subscribe_and_save'),
      cancelled: row.bool('cancelled'),
      channel: row.oneOf('channel', CHANNELS),
    };
    if (!row.failed) sink.add('orders', fact);
  },

  prices: (context) => async (row, sink) => {
    const marketplace = await resolveMarketplace(row, 'sku', context);
    if (marketplace === null) return;
    const fact = {
      sku: row.text('sku'),
      marketplace,
      at: row.instant('at', zone(marketplace)),
      price: row.money('price', money(marketplace)),
      dealId: null,
    };
    if (!row.failed) sink.add('prices', fact);
  },

  offers: (context) => async (row, sink) => {
    const marketplace = await resolveMarketplace(row, 'asin', context);
    if (marketplace === null) return;
    const fact = {
      asin: row.text('asin'),
      marketplace,
      at: row.instant('at', zone(marketplace)),
      seller: row.text('seller'),
      condition: row.oneOf('condition', CONDITIONS),
      price: row.money('price', money(marketplace)),
      buyBox: row.bool('buy_box'),
    };
    if (!row.failed) sink.add('offers', fact);
  },

  promotions: (context) => async (row, sink) => {
    const marketplace = await resolveMarketplace(row, 'sku', context);
    if (marketplace === null) return;
    const tz = zone(marketplace);
    const currency = money(marketplace);
    const fact = {
      id: row.text('id'),
      kind: row.oneOf('kind', PROMOTION_KINDS),
      sku: row.text('sku'),
      marketplace,
      start: row.instant('start', tz),
      end: row.instant('end', tz),
      discountPct: row.optionalPercent('discount_pct'),
      discountAmount: row.optionalMoney('discount_amount', currency),
      price: row.optionalMoney('price', currency),
      stackable: row.bool('stackable'),
      code: row.optionalText('code'),
      codeType: row.optionalOneOf('code_type', CODE_TYPES),
      // An empty audience is everyone.
      audience: row.optionalOneOf('audience', AUDIENCES) ?? 'all',
      minQty: row.optionalInteger('min_qty', 1),
      budget: row.optionalMoney('budget', currency),
    };
    requireAfter(row, 'start', fact.start, 'end', fact.end);
    if (!row.failed) sink.add('promotions', fact);
  },

  lots: (context) => async (row, sink) => {
    const marketplace = await resolveMarketplace(row, 'sku', context);
    if (marketplace === null) return;
    const tz = zone(marketplace);
    const fact = {
      sku: row.text('sku'),
      marketplace,
      at: row.instant('at', tz),
      received: row.instant('received', tz),
      units: row.integer('units', 0),
    };
    // DEC-1: a snapshot holds units received at or before its instant.
    if (!row.failed && fact.received > fact.at) {
      row.fail('received', INGEST.IMPORT_AFTER, { value: row.raw('received'), other: 'at', otherValue: row.raw('at') });
    }
    if (!row.failed) sink.add('lots', fact);
  },

  shipments: (context) => async (row, sink) => {
    const marketplace = await resolveMarketplace(row, 'sku', context);
    if (marketplace === null) return;
    const tz = zone(marketplace);
    const fact = {
      shipmentId: row.text('shipment_id'),
      sku: row.text('sku'),
      marketplace,
      units: row.integer('units', 0),
      carrierProgram: row.oneOf('carrier_program', CARRIER_PROGRAMS),
      created: row.instant('created', tz),
      shipped: row.optionalInstant('shipped', tz),
      eta: row.optionalInstant('eta', tz),
      received: row.optionalInstant('received', tz),
    };
    if (!row.failed) sink.add('shipments', fact);
  },

  seller: (context) => (row, sink) => {
    const marketplace = row.marketplace('marketplace');
    if (row.failed) return;
    const account = row.text('account');
    if (account !== '' && account !== context.account) {
      row.fail('account', INGEST.IMPORT_ACCOUNT_MISMATCH, { value: account, account: context.account });
    }
    const fact = {
      account,
      marketplace,
      sellingPlan: row.oneOf('selling_plan', SELLING_PLANS),
      sellerRating: row.optionalNumber('seller_rating', RATING),
      ishsEnrolled: row.bool('ishs_enrolled'),
      validFrom: row.optionalInstant('at', zone(marketplace)) ?? context.importedAt,
    };
    if (!row.failed) sink.add('seller', fact);
  },

  events: () => (row, sink) => {
    const marketplace = row.marketplace('marketplace');
    if (row.failed) return;
    const tz = zone(marketplace);
    const fact = { marketplace, name: row.text('name'), start: row.instant('start', tz), end: row.instant('end', tz) };
    requireAfter(row, 'start', fact.start, 'end', fact.end);
    if (!row.failed) sink.add('events', fact);
  },

  frozen_was_prices: () => (row, sink) => {
    const marketplace = row.marketplace('marketplace');
    if (row.failed) return;
    const tz = zone(marketplace);
    const fact = {
      asin: row.text('asin'),
      marketplace,
      price: row.money('price', money(marketplace)),
      from: row.instant('from', tz),
      to: row.instant('to', tz),
    };
    requireAfter(row, 'from', fact.from, 'to', fact.to);
    if (!row.failed) sink.add('frozen_was_prices', fact);
  },

  evidence: () => (row, sink) => {
    const marketplace = row.marketplace('marketplace');
    if (row.failed) return;
    const fact = {
      asin: row.text('asin'),
      marketplace,
      at: row.instant('at', zone(marketplace)),
      price: row.money('price', money(marketplace)),
      url: row.text('url'),
    };
    if (!row.failed) sink.add('evidence', fact);
  },

  pricing_rules: (context) => async (row, sink) => {
    const marketplace = await resolveMarketplace(row, 'sku', context);
    if (marketplace === null) return;
    const currency = money(marketplace);
    const fact = {
      ruleId: row.text('rule_id'),
      sku: row.text('sku'),
      marketplace,
      at: row.instant('at', zone(marketplace)),
      action: row.oneOf('action', PRICING_RULE_ACTIONS),
      minPrice: row.optionalMoney('min_price', currency),
      maxPrice: row.optionalMoney('max_price', currency),
    };
    if (!row.failed) sink.add('pricing_rules', fact);
  },

  // An Outlet deal's history (OUT-7), e.g. review decisions or a deal history from another tool.
  outlet_events: (context) => async (row, sink) => {
    const marketplace = await resolveMarketplace(row, 'sku', context);
    if (marketplace === null) return;
    const reasons = row.raw('reasons');
    const dealId = row.text('deal_id');
    const type = row.oneOf('type', OUTLET_EVENT_TYPES);
    const at = row.instant('at', zone(marketplace));
    const fact = {
      id: outletEventId(dealId, type, at),
      dealId,
      sku: row.text('sku'),
      marketplace,
      at,
      type,
      kind: row.optionalOneOf('kind', OUTLET_KINDS),
      price: row.optionalMoney('price', money(marketplace)),
      // Several reasons are separated by ';'.
      reasons:
        reasons === ''
          ? NO_IDS
          : reasons
              .split(';')
              .map((r) => r.trim())
              .filter((r) => r !== ''),
      actor: row.oneOf('actor', OUTLET_ACTORS),
    };
    if (!row.failed) sink.add('outlet_events', fact);
  },
};

/** Import order: the seller first, then products (other kinds look their SKUs up), then the rest. */
const RANK: Partial<Record<FactKind, number>> = { seller: 0, products: 1 };

/** One reader per clearway CSV fact kind. */
/** The fact kinds of clearway CSV files, in FACT_KINDS order. */
export const CSV_FACT_KINDS: readonly CsvFactKind[] = FACT_KINDS.filter(
  (kind): kind is CsvFactKind => kind in CLEARWAY_COLUMNS,
);

export const CLEARWAY_READERS: readonly Reader[] = CSV_FACT_KINDS.map((kind) => {
  const { required, optional } = CLEARWAY_COLUMNS[kind];
  return {
    kind,
    rank: RANK[kind] ?? 2,
    fit: (header) => fitByColumns(header, required, optional),
    start: CONVERTERS[kind],
    // Their only look-ups are the marketplaces of a SKU or ASIN (resolve-marketplace.ts).
    readInWorker: true,
  };
});
