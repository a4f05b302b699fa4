// The table of each fact kind: columns, natural key, main instant, natural order and secondary indexes.
// One description drives the migration, validation, row mapping, imports and loads, so a kind is
// described once. Every table also has `account_id` (ARCHITECTURE.md: every row scoped by account).
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
  SELLING_PLANS,
  type FactKind,
} from '../core/catalog/facts.js';
import { MARKETPLACES } from '../core/catalog/marketplace.js';
import { CURRENCIES } from '../core/money/money.js';
import { REPORT_TABLES } from './report-tables.js';
import { ISHS_PRESALE_TABLES } from './ishs-presale-tables.js';

/**
 * Column types: `int` fits PostgreSQL `integer` (counts, units); `big` is an exact integer up to
 * 2^53 − 1 (money in minor units, instants in epoch ms; `bigint` in PostgreSQL); `real` a double;
 * `bool` an integer 0/1 in SQLite and `boolean` in PostgreSQL; `json` a string array as JSON text.
 */
export type ColumnType = 'text' | 'int' | 'big' | 'real' | 'bool' | 'json';

export interface ColumnSpec {
  readonly field: string;
  readonly column: string;
  readonly type: ColumnType;
  readonly nullable: boolean;
  /** Allowed values (a CHECK constraint in the database). */
  readonly values?: readonly string[];
}

/** How FactFilter.from/to apply to a kind. */
export type TimeSpec =
  | { readonly kind: 'instant'; readonly field: string }
  /** Overlap with [from, to]: end ≥ from and start ≤ to. */
  | { readonly kind: 'interval'; readonly start: string; readonly end: string }
  /** Versions (DEC-6): in force at some point of [from, to]. */
  | { readonly kind: 'version' };

/** How a FactFilter sku/asin applies: a column of the table, through the account's products, or not at all. */
export type IdFilter = 'column' | 'products' | 'none';

export interface FactTableSpec {
  readonly kind: FactKind;
  readonly table: string;
  readonly columns: readonly ColumnSpec[];
  /** Natural key fields, within the account. For versioned kinds it ends with `validFrom`. */
  readonly key: readonly string[];
  /** Versioned kinds (DEC-6): the fields naming the thing versioned (key without validFrom). */
  readonly identity: readonly string[] | null;
  readonly time: TimeSpec;
  /** Natural order of loadFacts: the main instant, then the key (unique, so the order is total). */
  readonly order: readonly string[];
  readonly sku: IdFilter;
  readonly asin: IdFilter;
  /** Secondary indexes (fields), each prefixed by account_id. */
  readonly indexes: readonly (readonly string[])[];
  /**
   * Indexes (among `indexes`) that a big import on SQLite drops and builds again at its end rather
   * than update row by row (import-facts.ts): only indexes no import look-up needs.
   */
  readonly rebuiltAfterBigImport?: readonly (readonly string[])[];
}

const RENAMED: Readonly<Record<string, string>> = {
  start: 'start_at',
  end: 'end_at',
  from: 'from_at',
  to: 'to_at',
  account: 'seller_account',
};

function col(
  field: string,
  type: ColumnType,
  opts: { nullable?: boolean; values?: readonly string[] } = {},
): ColumnSpec {
  const column = RENAMED[field] ?? field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return { field, column, type, nullable: opts.nullable ?? false, ...(opts.values ? { values: opts.values } : {}) };
}

const NULL = { nullable: true } as const;
const sku = col('sku', 'text');
const asin = col('asin', 'text');
const marketplace = col('marketplace', 'text', { values: MARKETPLACES });
const at = col('at', 'big');
const price = col('price', 'big');

export const FACT_TABLES: Readonly<Record<FactKind, FactTableSpec>> = {
  products: {
    kind: 'products',
    table: 'products',
    columns: [
      sku,
      asin,
      marketplace,
      col('condition', 'text', { values: CONDITIONS }),
      col('created', 'big', NULL),
      col('seasonal', 'bool'),
      col('rating', 'real', NULL),
      col('ratingsCount', 'int'),
      col('subscribeAndSave', 'bool'),
      col('imagesOk', 'bool'),
      col('parentAsin', 'text', NULL),
      col('category', 'text', NULL),
      col('listPrice', 'big', NULL),
      col('listPriceEvidenceUrl', 'text', NULL),
      col('minPrice', 'big', NULL),
      col('unitCost', 'big', NULL),
      col('costCurrency', 'text', { nullable: true, values: CURRENCIES }),
      col('freightPerUnit', 'big', NULL),
      col('fxRate', 'text', NULL),
      col('referralPct', 'real', NULL),
      col('fulfilmentFee', 'big', NULL),
      col('unitCubicFeet', 'real', NULL),
      col('leadTimeDays', 'int', NULL),
      col('casePack', 'int', NULL),
      col('minOrderQty', 'int', NULL),
      col('validFrom', 'big'),
    ],
    key: ['marketplace', 'sku', 'validFrom'],
    identity: ['marketplace', 'sku'],
    time: { kind: 'version' },
    order: ['validFrom', 'marketplace', 'sku'],
    sku: 'column',
    asin: 'column',
    indexes: [['sku'], ['asin', 'marketplace']],
  },
  orders: {
    kind: 'orders',
    table: 'orders',
    columns: [
      col('orderId', 'text'),
      col('line', 'int'),
      sku,
      marketplace,
      at,
      col('units', 'int'),
      col('unitPrice', 'big', NULL),
      col('currency', 'text', { values: CURRENCIES }),
      col('promotionIds', 'json'),
      col('promotionDiscount', 'big'),
      col('b2b', 'bool'),
      col('subscribeAndSave', 'bool'),
      col('cancelled', 'bool'),
      col('channel', 'text', { values: CHANNELS }),
    ],
    key: ['orderId', 'line'],
    identity: null,
    time: { kind: 'instant', field: 'at' },
    order: ['at', 'orderId', 'line'],
    sku: 'column',
    asin: 'products',
    indexes: [['marketplace', 'sku', 'at'], ['at']],
    // Reports come in time order: the `at` index grows at its end, and serves the import's
    // orderLinesBetween; the SKU index is written all over (bench/import-all-orders.bench.js).
    rebuiltAfterBigImport: [['marketplace', 'sku', 'at']],
  },
  prices: {
    kind: 'prices',
    table: 'prices',
    columns: [sku, marketplace, at, price, col('dealId', 'text', NULL)],
    key: ['marketplace', 'sku', 'at'],
    identity: null,
    time: { kind: 'instant', field: 'at' },
    order: ['at', 'marketplace', 'sku'],
    sku: 'column',
    asin: 'products',
    indexes: [],
  },
  offers: {
    kind: 'offers',
    table: 'offers',
    columns: [
      asin,
      marketplace,
      at,
      col('seller', 'text'),
      col('condition', 'text', { values: CONDITIONS }),
      price,
      col('buyBox', 'bool'),
    ],
    // A seller may offer one ASIN new and used at once: condition is part of the key.
    key: ['marketplace', 'asin', 'at', 'seller', 'condition'],
    identity: null,
    time: { kind: 'instant', field: 'at' },
    order: ['at', 'marketplace', 'asin', 'seller', 'condition'],
    sku: 'products',
    asin: 'column',
    indexes: [],
  },
  promotions: {
    kind: 'promotions',
    table: 'promotions',
    columns: [
      col('id', 'text'),
      col('kind', 'text', { values: PROMOTION_KINDS }),
      sku,
      marketplace,
      col('start', 'big'),
      col('end', 'big'),
      col('discountPct', 'real', NULL),
      col('discountAmount', 'big', NULL),
      col('price', 'big', NULL),
      col('stackable', 'bool'),
      col('code', 'text', NULL),
      col('codeType', 'text', { nullable: true, values: CODE_TYPES }),
      col('audience', 'text', { values: AUDIENCES }),
      col('minQty', 'int', NULL),
      col('budget', 'big', NULL),
    ],
    key: ['id'],
    identity: null,
    time: { kind: 'interval', start: 'start', end: 'end' },
    order: ['start', 'id'],
    sku: 'column',
    asin: 'products',
    indexes: [['marketplace', 'sku', 'start']],
  },
  lots: {
    kind: 'lots',
    table: 'lots',
    columns: [sku, marketplace, at, col('received', 'big'), col('units', 'int')],
    key: ['marketplace', 'sku', 'at', 'received'],
    identity: null,
    time: { kind: 'instant', field: 'at' },
    order: ['at', 'marketplace', 'sku', 'received'],
    sku: 'column',
    asin: 'products',
    indexes: [],
  },
  shipments: {
    kind: 'shipments',
    table: 'shipments',
    columns: [
      col('shipmentId', 'text'),
      sku,
      marketplace,
      col('units', 'int'),
      col('carrierProgram', 'text', { values: CARRIER_PROGRAMS }),
      col('created', 'big'),
      col('shipped', 'big', NULL),
      col('eta', 'big', NULL),
      col('received', 'big', NULL),
    ],
    key: ['shipmentId', 'sku'],
    identity: null,
    time: { kind: 'instant', field: 'created' },
    order: ['created', 'shipmentId', 'sku'],
    sku: 'column',
    asin: 'products',
    indexes: [['marketplace', 'sku', 'received']],
  },
  seller: {
    kind: 'seller',
    table: 'seller',
    columns: [
      col('account', 'text'),
      marketplace,
      col('sellingPlan', 'text', { values: SELLING_PLANS }),
      col('sellerRating', 'real', NULL),
      col('ishsEnrolled', 'bool'),
      col('validFrom', 'big'),
    ],
    key: ['account', 'marketplace', 'validFrom'],
    identity: ['account', 'marketplace'],
    time: { kind: 'version' },
    order: ['validFrom', 'marketplace', 'account'],
    sku: 'none',
    asin: 'none',
    indexes: [],
  },
  events: {
    kind: 'events',
    table: 'events',
    columns: [marketplace, col('name', 'text'), col('start', 'big'), col('end', 'big')],
    key: ['marketplace', 'name', 'start'],
    identity: null,
    time: { kind: 'interval', start: 'start', end: 'end' },
    order: ['start', 'marketplace', 'name'],
    sku: 'none',
    asin: 'none',
    indexes: [],
  },
  frozen_was_prices: {
    kind: 'frozen_was_prices',
    table: 'frozen_was_prices',
    columns: [asin, marketplace, price, col('from', 'big'), col('to', 'big')],
    key: ['marketplace', 'asin', 'from'],
    identity: null,
    time: { kind: 'interval', start: 'from', end: 'to' },
    order: ['from', 'marketplace', 'asin'],
    sku: 'products',
    asin: 'column',
    indexes: [],
  },
  evidence: {
    kind: 'evidence',
    table: 'evidence',
    columns: [asin, marketplace, at, price, col('url', 'text')],
    key: ['marketplace', 'asin', 'at', 'url'],
    identity: null,
    time: { kind: 'instant', field: 'at' },
    order: ['at', 'marketplace', 'asin', 'url'],
    sku: 'products',
    asin: 'column',
    indexes: [],
  },
  pricing_rules: {
    kind: 'pricing_rules',
    table: 'pricing_rules',
    columns: [
      col('ruleId', 'text'),
      sku,
      marketplace,
      at,
      col('action', 'text', { values: PRICING_RULE_ACTIONS }),
      col('minPrice', 'big', NULL),
      col('maxPrice', 'big', NULL),
    ],
    key: ['ruleId', 'at', 'action'],
    identity: null,
    time: { kind: 'instant', field: 'at' },
    order: ['at', 'ruleId', 'action'],
    sku: 'column',
    asin: 'products',
    indexes: [['marketplace', 'sku', 'at']],
  },
  outlet_events: {
    kind: 'outlet_events',
    table: 'outlet_events',
    columns: [
      col('id', 'text'),
      col('dealId', 'text'),
      sku,
      marketplace,
      at,
      col('type', 'text', { values: OUTLET_EVENT_TYPES }),
      col('kind', 'text', { nullable: true, values: OUTLET_KINDS }),
      col('price', 'big', NULL),
      col('reasons', 'json'),
      col('actor', 'text', { values: OUTLET_ACTORS }),
    ],
    // Deterministic ids (dealId, type, at): re-recording a transition is a duplicate (OUT-7 tick).
    key: ['id'],
    identity: null,
    time: { kind: 'instant', field: 'at' },
    order: ['at', 'id'],
    sku: 'column',
    asin: 'products',
    indexes: [['dealId'], ['marketplace', 'sku', 'at']],
  },
  ...REPORT_TABLES,
  ...ISHS_PRESALE_TABLES,
};

/** The column of a field of a kind (throws on a field the kind does not have: a bug). */
export function columnOf(spec: FactTableSpec, field: string): string {
  const c = spec.columns.find((x) => x.field === field);
  if (!c) throw new Error(`${spec.kind} has no field ${field}`);
  return c.column;
}
