// The tables of the In-Stock Head Start and pre-sale fact kinds (core/catalog/ishs-presale-facts.ts):
// ishs_enrollment, shipment_eta_changes, promises, presale_campaigns, presale_events. Part of
// FACT_TABLES (fact-tables.ts); created by migration 0004. All are append-only logs written by
// clearway's own commands, keyed so that recording the same event twice adds nothing.
import { CURRENCIES } from '../core/money/money.js';
import {
  type CommandRecordedKind,
  ISHS_ENROLLMENT_ACTIONS,
  PAYMENT_MODES,
  PRESALE_EVENT_TYPES,
  PROMISE_EVENTS,
  PROMISE_SOURCES,
} from '../core/catalog/ishs-presale-facts.js';
import { MARKETPLACES } from '../core/catalog/marketplace.js';
import type { ColumnSpec, ColumnType, FactTableSpec } from './fact-tables.js';

type IshsPresaleKind = CommandRecordedKind;

const RENAMED: Readonly<Record<string, string>> = { start: 'start_at', end: 'end_at' };

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
const marketplace = col('marketplace', 'text', { values: MARKETPLACES });
const at = col('at', 'big');

export const ISHS_PRESALE_TABLES: Readonly<Record<IshsPresaleKind, FactTableSpec>> = {
  ishs_enrollment: {
    kind: 'ishs_enrollment',
    table: 'ishs_enrollment',
    columns: [marketplace, at, col('action', 'text', { values: ISHS_ENROLLMENT_ACTIONS })],
    key: ['marketplace', 'at', 'action'],
    identity: null,
    time: { kind: 'instant', field: 'at' },
    order: ['at', 'marketplace', 'action'],
    sku: 'none',
    asin: 'none',
    indexes: [],
  },
  shipment_eta_changes: {
    kind: 'shipment_eta_changes',
    table: 'shipment_eta_changes',
    columns: [col('shipmentId', 'text'), marketplace, at, col('previousEta', 'big', NULL), col('eta', 'big')],
    key: ['shipmentId', 'at'],
    identity: null,
    time: { kind: 'instant', field: 'at' },
    order: ['at', 'shipmentId'],
    sku: 'none',
    asin: 'none',
    indexes: [['marketplace', 'at']],
  },
  promises: {
    kind: 'promises',
    table: 'promises',
    columns: [
      col('orderId', 'text'),
      sku,
      marketplace,
      at,
      col('event', 'text', { values: PROMISE_EVENTS }),
      col('source', 'text', { values: PROMISE_SOURCES }),
      col('sourceId', 'text', NULL),
      col('units', 'int'),
      col('basePrice', 'big'),
      col('unitPrice', 'big'),
      col('currency', 'text', { values: CURRENCIES }),
      col('promotionIds', 'json'),
      col('prime', 'bool'),
      col('paid', 'big'),
      col('promisedDelivery', 'text', NULL),
      col('reason', 'text', NULL),
    ],
    key: ['orderId', 'event'],
    identity: null,
    time: { kind: 'instant', field: 'at' },
    order: ['at', 'orderId', 'event'],
    sku: 'column',
    asin: 'products',
    indexes: [['marketplace', 'sku', 'at'], ['sourceId']],
  },
  presale_campaigns: {
    kind: 'presale_campaigns',
    table: 'presale_campaigns',
    columns: [
      col('id', 'text'),
      sku,
      marketplace,
      at,
      col('start', 'big'),
      col('end', 'big'),
      col('price', 'big'),
      col('unitsOffered', 'int'),
      col('paymentMode', 'text', { values: PAYMENT_MODES }),
      col('deposit', 'big', NULL),
      col('releaseAt', 'big'),
      col('returnPolicy', 'text', NULL),
    ],
    key: ['id'],
    identity: null,
    time: { kind: 'instant', field: 'at' },
    order: ['at', 'id'],
    sku: 'column',
    asin: 'products',
    indexes: [['marketplace', 'sku']],
  },
  presale_events: {
    kind: 'presale_events',
    table: 'presale_events',
    columns: [
      col('campaignId', 'text'),
      sku,
      marketplace,
      at,
      col('type', 'text', { values: PRESALE_EVENT_TYPES }),
      col('reasons', 'json'),
    ],
    key: ['campaignId', 'type'],
    identity: null,
    time: { kind: 'instant', field: 'at' },
    order: ['at', 'campaignId', 'type'],
    sku: 'column',
    asin: 'products',
    indexes: [['campaignId']],
  },
};
