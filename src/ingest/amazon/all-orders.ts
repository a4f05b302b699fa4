// Amazon's All Orders report (GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL; AMAZON-REPORTS.md
// B.3), 29-, 32- and 33-column headers and the newer variant, read by column name → `orders` facts.
//
// - `item-price` is the LINE total: unit price = item-price ÷ quantity (4 units at 103.96 → 25.99);
//   a total that does not divide is rounded half up (one warning per file). A pending line without a
//   price has unitPrice null; a line of 0 units has no unit price either.
// - `purchase-date` is the instant (UTC in the file). Marketplace: the sales-channel (Amazon.com → US,
//   Amazon.co.uk → UK, Amazon.de → DE, Amazon.co.jp → JP …); without one, `--marketplace`, else the
//   currency when only one marketplace sells in it, else the SKU's one marketplace. Lines of other
//   sales channels — "Non-Amazon" (Multi-Channel Fulfilment orders sold elsewhere: not Amazon prices)
//   and Amazon marketplaces clearway does not cover — are skipped and counted in one warning.
// - cancelled: item-status OR order-status Cancelled (a cancelled item inside a shipped order is a
//   cancelled line). channel: fulfillment-channel Amazon (AFN) → fba, Merchant (MFN) → fbm.
// - promotion-ids (comma-separated) become promotionIds, except free-shipping promotions ("Core Free
//   Shipping Promotion …"): they discount shipping, not the item price. item-promotion-discount
//   (Amazon may write it negative) is the line's discount. is-business-order → b2b.
// - The report has no order-item id. A line the account already has (same order, same SKU, k-th such
//   line; stored-lines.ts) keeps its stored line number and its Subscribe & Save flag (which the report
//   does not carry): the report updates it. A new line's number is derived from its SKU (a 31-bit FNV-1a
//   hash, the k-th repeat of a SKU in one order hashing "SKU\0k"), so every later report gives it the
//   same key and updates it instead of adding a duplicate.
// - A SKU that is not a product of the account on that marketplace is added as a minimal product
//   (products.ts).
import type { Channel, OrderLineFact } from '../../core/catalog/facts.js';
import { marketplaceInfo, marketplacesForCurrency, type Marketplace } from '../../core/catalog/marketplace.js';
import { isCurrency } from '../../core/money/money.js';
import { INGEST } from '../messages.js';
import type { FactSink, FileConverter, IngestContext, Issue, Reader } from '../reader.js';
import type { Row } from '../row.js';
import { cell, instant, money, quantity, requiredText, text, yesNo } from './cells.js';
import { fitReport, resolveColumns, type ReportColumns } from './columns.js';
import { salesChannelMarketplace } from './marketplaces.js';
import { AMAZON } from './messages.js';
import { ProductBook } from './products.js';
import { StoredLines } from './stored-lines.js';

export const ALL_ORDERS_COLUMNS: ReportColumns<
  | 'orderId'
  | 'purchaseDate'
  | 'orderStatus'
  | 'fulfillmentChannel'
  | 'salesChannel'
  | 'sku'
  | 'asin'
  | 'itemStatus'
  | 'quantity'
  | 'currency'
  | 'itemPrice'
  | 'promotionDiscount'
  | 'promotionIds'
  | 'business'
> = {
  fields: {
    orderId: ['amazon-order-id'],
    purchaseDate: ['purchase-date'],
    orderStatus: ['order-status'],
    fulfillmentChannel: ['fulfillment-channel'],
    salesChannel: ['sales-channel'],
    sku: ['sku'],
    asin: ['asin'],
    itemStatus: ['item-status'],
    quantity: ['quantity'],
    currency: ['currency'],
    itemPrice: ['item-price'],
    promotionDiscount: ['item-promotion-discount'],
    promotionIds: ['promotion-ids'],
    business: ['is-business-order'],
  },
  // prettier-ignore
  required: [
    'orderId', 'purchaseDate', 'orderStatus', 'fulfillmentChannel', 'salesChannel', 'sku', 'asin', 'itemStatus',
    'quantity', 'currency', 'itemPrice',
  ],
  // prettier-ignore
  known: [
    'merchant-order-id', 'last-updated-date', 'order-channel', 'url', 'ship-service-level', 'product-name',
    'item-tax', 'shipping-price', 'shipping-tax', 'gift-wrap-price', 'gift-wrap-tax', 'ship-promotion-discount',
    'ship-city', 'ship-state', 'ship-postal-code', 'ship-country', 'purchase-order-number', 'price-designation',
    'is-sold-by-ab', 'cpf', 'number-of-items', 'tax-collection-model', 'tax-collection-responsible-party',
    'address-type',
  ],
};

/** Stable line number of an order line from its SKU (1 … 2^31 − 2). */
export function orderLineNumber(sku: string, repeat: number): number {
  const key = repeat === 1 ? sku : `${sku}\u0000${repeat}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return ((h >>> 0) % 2_147_483_646) + 1;
}

const FREE_SHIPPING = /free\s*shipping/i;
const NO_IDS: readonly string[] = Object.freeze([]);

function promotionIds(textValue: string): readonly string[] {
  if (textValue === '') return NO_IDS;
  const ids = textValue
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '' && !FREE_SHIPPING.test(s));
  return ids.length === 0 ? NO_IDS : ids;
}

function fulfilment(value: string): Channel | null {
  const v = value.toLowerCase();
  if (v === 'amazon' || v === 'afn') return 'fba';
  if (v === 'merchant' || v === 'mfn' || v === 'seller') return 'fbm';
  return null;
}

const isCancelled = (status: string) => /^cancell?ed$/i.test(status);

function start(context: IngestContext, header: readonly string[]): FileConverter {
  const c = resolveColumns(header, ALL_ORDERS_COLUMNS.fields) as Record<keyof typeof ALL_ORDERS_COLUMNS.fields, string>;
  const book = new ProductBook(context);
  const stored = new StoredLines(context);
  const skipped = { count: 0, channels: new Set<string>() };
  const rounded = { count: 0, line: 0 };
  let order = '';
  const repeats = new Map<string, number>();

  function marketplaceOf(row: Row, sku: string, currency: string): Marketplace | null {
    const channel = salesChannelMarketplace(cell(row, c.salesChannel));
    if (channel !== null && channel !== 'other') return channel;
    if (context.marketplace) return context.marketplace;
    const upper = currency.toUpperCase();
    const byCurrency = isCurrency(upper) ? marketplacesForCurrency(upper) : [];
    if (byCurrency.length === 1) return byCurrency[0] as Marketplace;
    return book.marketplaceOf(row, c.sku, sku);
  }

  function convert(row: Row, sink: FactSink): void | Promise<void> {
    const channelText = cell(row, c.salesChannel);
    if (salesChannelMarketplace(channelText) === 'other') {
      skipped.count++;
      if (skipped.channels.size < 5) skipped.channels.add(channelText);
      return;
    }
    const orderId = requiredText(row, c.orderId);
    const sku = requiredText(row, c.sku);
    const currencyText = row.raw(c.currency);
    const marketplace = marketplaceOf(row, sku, currencyText);
    if (marketplace === null || sku === '') return;
    const currency = marketplaceInfo(marketplace).currency;
    if (currencyText !== '' && currencyText.toUpperCase() !== currency) {
      row.fail(c.currency, INGEST.IMPORT_CURRENCY_MISMATCH, { value: currencyText, marketplace, expected: currency });
    }
    const units = quantity(row, c.quantity);
    if (units === null) row.fail(c.quantity, INGEST.IMPORT_REQUIRED);
    const total = money(row, c.itemPrice, currency);
    let unitPrice: number | null = null;
    if (total !== null && units !== null && units > 0) {
      unitPrice = Math.floor(total / units);
      const remainder = total - unitPrice * units;
      if (remainder !== 0) {
        if (remainder * 2 >= units) unitPrice++;
        if (rounded.count++ === 0) rounded.line = row.line;
      }
    }
    const at = instant(row, c.purchaseDate, marketplace);
    if (at === null) row.fail(c.purchaseDate, INGEST.IMPORT_REQUIRED);
    const fulfilledBy = row.raw(c.fulfillmentChannel);
    const channel = fulfilment(fulfilledBy);
    if (channel === null) row.fail(c.fulfillmentChannel, AMAZON.IMPORT_AMAZON_CHANNEL, { value: fulfilledBy });
    // Rows of one order come together: the k-th row of a SKU within the order is its k-th line.
    if (orderId !== order) {
      order = orderId;
      repeats.clear();
    }
    const repeat = (repeats.get(sku) ?? 0) + 1;
    repeats.set(sku, repeat);
    const when = at ?? 0;
    const promotion = promotionIds(cell(row, c.promotionIds));
    const discount = money(row, c.promotionDiscount, currency, true) ?? 0;
    const b2b = yesNo(row, c.business) ?? false;
    const cancelled = isCancelled(row.raw(c.itemStatus)) || isCancelled(row.raw(c.orderStatus));
    book.ensure(row, c, { sku, asin: text(row, c.asin), marketplace, condition: 'new', at: when });
    if (row.failed) return;
    const add = (): void => {
      const known = stored.find(orderId, sku, repeat, when);
      const fact: OrderLineFact = {
        orderId,
        line: known?.line ?? orderLineNumber(sku, repeat),
        sku,
        marketplace,
        at: when,
        units: units ?? 0,
        unitPrice,
        currency,
        promotionIds: promotion,
        promotionDiscount: discount,
        b2b,
        subscribeAndSave: known?.subscribeAndSave ?? false,
        cancelled,
        channel: channel ?? 'fba',
      };
      sink.add('orders', fact);
    };
    const loading = stored.ready(when);
    if (loading) return loading.then(add);
    add();
  }

  return {
    row: (row, sink) => book.withSku(row.raw(c.sku), () => convert(row, sink)),
    finish(sink) {
      const warnings: Issue[] = book.finish(sink);
      if (skipped.count > 0) {
        const values = { count: skipped.count, channels: [...skipped.channels].join(', ') };
        warnings.push({ line: null, column: c.salesChannel, code: AMAZON.IMPORT_AMAZON_SKIPPED_CHANNEL, values });
      }
      if (rounded.count > 0) {
        const values = { count: rounded.count, line: rounded.line };
        warnings.push({ line: null, column: c.itemPrice, code: AMAZON.IMPORT_AMAZON_UNIT_PRICE_ROUNDED, values });
      }
      return { warnings };
    },
  };
}

export const ALL_ORDERS_READER: Reader = {
  kind: 'amazon_all_orders',
  rank: 2,
  unquoted: true,
  readInWorker: true,
  fit: (header) => fitReport(header, ALL_ORDERS_COLUMNS),
  start,
};
