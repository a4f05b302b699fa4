// Rows of the demo's Amazon-format reports (AMAZON-REPORTS.md): All Orders (B.3: item-price is the line
// total, purchase-date in UTC, cancelled lines with item-status Cancelled), FBA Manage Inventory (B.1:
// afn-total-quantity includes inbound) and Restock Inventory (B.4: Inbound = Working + Shipped +
// Receiving; Total Units = Available + Inbound + FC transfer + FC Processing + Customer Order).
// Each row is a record by header name; write-reports.ts puts them in header order.
import type { OrderLineFact } from '../../core/catalog/facts.js';
import { formatMoney, mulDivHalfUp, type Currency } from '../../core/money/money.js';
import type { DemoMarketplace, Listing } from './catalog.js';
import { dailyRate, type SkuView } from './inventory-view.js';
import { Rng } from './rng.js';
import { DAY_MS, HOUR_MS, isoUtc, type MarketClock } from './time.js';

export type ReportRow = Record<string, string>;

const SALES_CHANNEL: Record<DemoMarketplace, string> = { US: 'Amazon.com', DE: 'Amazon.de', JP: 'Amazon.co.jp' };
const COUNTRY_NAME: Record<DemoMarketplace, string> = { US: 'United States', DE: 'Germany', JP: 'Japan' };
/** Prices include VAT / consumption tax in DE and JP; item-tax shows its share. */
const INCLUDED_TAX: Partial<Record<DemoMarketplace, [number, number]>> = { DE: [19, 119], JP: [10, 110] };

const ADDRESSES: Record<DemoMarketplace, readonly (readonly [string, string, string, number])[]> = {
  US: [
    ['SEATTLE', 'WA', '98109', 1025], ['AUSTIN', 'TX', '78701', 825], ['BROOKLYN', 'NY', '11201', 888],
    ['COLUMBUS', 'OH', '43215', 750], ['DENVER', 'CO', '80202', 881], ['MIAMI', 'FL', '33130', 700],
    ['PORTLAND', 'OR', '97205', 0], ['PHOENIX', 'AZ', '85004', 860], ['CHICAGO', 'IL', '60607', 1025],
    ['SAN JOSE', 'CA', '95112', 938],
  ],
  DE: [
    ['Berlin', '', '10115', 0], ['München', '', '80331', 0], ['Hamburg', '', '20095', 0], ['Köln', '', '50667', 0],
    ['Frankfurt am Main', '', '60311', 0], ['Leipzig', '', '04109', 0], ['Stuttgart', '', '70173', 0],
  ],
  JP: [
    ['渋谷区', '東京都', '150-0002', 0], ['大阪市北区', '大阪府', '530-0001', 0], ['名古屋市中区', '愛知県', '460-0008', 0],
    ['札幌市中央区', '北海道', '060-0001', 0], ['福岡市博多区', '福岡県', '812-0011', 0], ['横浜市西区', '神奈川県', '220-0011', 0],
  ],
}; // prettier-ignore

function money(minor: number, currency: Currency): string {
  return formatMoney(minor, currency);
}

/** All Orders lines of one marketplace, in purchase order. */
export function allOrdersRows(
  orders: readonly OrderLineFact[],
  listings: ReadonlyMap<string, Listing>,
  clock: MarketClock,
  seed: number,
): ReportRow[] {
  const mp = clock.marketplace as DemoMarketplace;
  const rng = new Rng(seed, `demo/all-orders/${mp}`);
  const anchor = clock.anchor;
  const byOrder = new Map<string, OrderLineFact[]>();
  for (const o of orders) byOrder.set(o.orderId, [...(byOrder.get(o.orderId) ?? []), o]);
  const rows: ReportRow[] = [];
  for (const [orderId, lines] of byOrder) {
    const first = lines[0] as OrderLineFact;
    const [city, state, postal, taxBp] = rng.pick(ADDRESSES[mp]);
    const allCancelled = lines.every((l) => l.cancelled);
    const recent = anchor - first.at < 6 * HOUR_MS;
    const updated = Math.min(anchor, first.at + rng.int(2, 30) * HOUR_MS + rng.int(0, 3599) * 1000);
    const po = first.b2b && rng.chance(0.5) ? `PO-${rng.digits(6)}` : '';
    for (const line of lines) {
      const listing = listings.get(line.sku) as Listing;
      const total = line.units * (line.unitPrice ?? 0);
      const included = INCLUDED_TAX[mp];
      const tax = line.cancelled
        ? null
        : included
          ? mulDivHalfUp(total - line.promotionDiscount, included[0], included[1])
          : mulDivHalfUp(total - line.promotionDiscount, taxBp, 10_000);
      const businessPrice = line.b2b && line.promotionIds.some((id) => id.startsWith('B2B-'));
      rows.push({
        'amazon-order-id': orderId,
        'merchant-order-id': orderId,
        'purchase-date': isoUtc(line.at),
        'last-updated-date': isoUtc(allCancelled || recent ? first.at : updated),
        'order-status': allCancelled ? 'Cancelled' : recent ? 'Pending' : 'Shipped',
        'fulfillment-channel': line.channel === 'fba' ? 'Amazon' : 'Merchant',
        'sales-channel': SALES_CHANNEL[mp],
        'ship-service-level': line.channel === 'fba' ? 'Expedited' : 'Standard',
        'product-name': listing.name,
        sku: line.sku,
        asin: listing.asin,
        'item-status': line.cancelled ? 'Cancelled' : recent ? 'Unshipped' : 'Shipped',
        quantity: String(line.units),
        currency: line.currency,
        'item-price': money(total, line.currency),
        'item-tax': tax === null ? '' : money(tax, line.currency),
        'item-promotion-discount': line.promotionDiscount > 0 ? money(line.promotionDiscount, line.currency) : '',
        'ship-city': city,
        'ship-state': state,
        'ship-postal-code': postal,
        'ship-country': mp,
        'promotion-ids': line.promotionIds.join(','),
        'is-business-order': line.b2b ? 'true' : 'false',
        'purchase-order-number': po,
        'price-designation': businessPrice ? 'BusinessPrice' : '',
      });
    }
  }
  return rows;
}

function perUnitVolume(listing: Listing): string {
  // cubic feet on US, cubic centimetres elsewhere (AMAZON-REPORTS.md B.1, unconfirmed).
  return listing.marketplace === 'US' ? listing.cubicFeet.toFixed(4) : (listing.cubicFeet * 28_316.85).toFixed(2);
}

export function conditionLabel(listing: Listing): string {
  return listing.condition === 'new' ? 'New' : 'Used';
}

/** FBA Manage Inventory rows (21 columns). */
export function manageInventoryRows(views: readonly SkuView[]): ReportRow[] {
  return views.map((v) => {
    const l = v.listing;
    const reserved = v.fcTransfer + v.fcProcessing;
    const warehouse = v.fulfillable + v.unsellable + reserved;
    const inbound = v.working + v.shipped + v.receiving;
    return {
      sku: l.sku,
      fnsku: l.fnsku,
      asin: l.asin,
      'product-name': l.name,
      condition: conditionLabel(l),
      'your-price': money(v.price, l.currency),
      'mfn-listing-exists': l.fbm ? 'Yes' : 'No',
      'mfn-fulfillable-quantity': l.fbm ? String(Math.min(20, 3 + (l.rank % 9))) : '',
      'afn-listing-exists': 'Yes',
      'afn-warehouse-quantity': String(warehouse),
      'afn-fulfillable-quantity': String(v.fulfillable),
      'afn-unsellable-quantity': String(v.unsellable),
      'afn-reserved-quantity': String(reserved),
      'afn-total-quantity': String(warehouse + inbound),
      'per-unit-volume': perUnitVolume(l),
      'afn-inbound-working-quantity': String(v.working),
      'afn-inbound-shipped-quantity': String(v.shipped),
      'afn-inbound-receiving-quantity': String(v.receiving),
      'afn-researching-quantity': String(v.researching),
      'afn-reserved-future-supply': '0',
      'afn-future-supply-buyable': String(v.futureSupplyBuyable),
    };
  });
}

/** A local date in the marketplace's usual report format. */
export function reportDate(clock: MarketClock, at: number): string {
  const [y, m, d] = clock.localDate(at).split('-');
  if (clock.marketplace === 'US') return `${m}/${d}/${y}`;
  if (clock.marketplace === 'JP') return `${y}/${m}/${d}`;
  return `${d}/${m}/${y}`;
}

/** RPL-2/RPL-3-style advice shared by the Restock and planning reports. */
export function restockAdvice(
  v: SkuView,
  clock: MarketClock,
): { daysOfSupply: number | null; totalDays: number | null; qty: number; shipDate: number | null; alert: string } {
  const daily = dailyRate(v);
  const inbound = v.working + v.shipped + v.receiving;
  const lead = v.listing.leadTimeDays;
  const daysOfSupply = daily > 0 ? Math.floor(v.onHand / daily) : null;
  const totalDays = daily > 0 ? Math.floor((v.onHand + inbound) / daily) : null;
  const needed = Math.ceil(daily * (lead + 60) - (v.onHand + inbound));
  const qty = needed > 0 ? Math.ceil(needed / v.listing.casePack) * v.listing.casePack : 0;
  const shipDate = qty > 0 && totalDays !== null ? clock.anchor + Math.max(0, totalDays - lead) * DAY_MS : null;
  const alert =
    v.onHand === 0 && daily > 0
      ? 'out_of_stock'
      : qty > 0 && totalDays !== null && totalDays < lead
        ? 'reorder_now'
        : '';
  return { daysOfSupply, totalDays, qty, shipDate, alert };
}

/** Restock Inventory rows (30 columns). */
export function restockRows(views: readonly SkuView[], clock: MarketClock): ReportRow[] {
  const mp = clock.marketplace as DemoMarketplace;
  return views
    .filter((v) => v.listing.condition === 'new')
    .map((v) => {
      const l = v.listing;
      const inbound = v.working + v.shipped + v.receiving;
      const advice = restockAdvice(v, clock);
      return {
        Country: COUNTRY_NAME[mp],
        'Product Name': l.name,
        FNSKU: l.fnsku,
        'Merchant SKU': l.sku,
        ASIN: l.asin,
        Condition: conditionLabel(l),
        Supplier: l.supplier,
        'Supplier part no.': `${l.design.key}${l.variant ? `-${l.variant.code}` : ''}`,
        'Currency code': l.currency,
        Price: money(v.price, l.currency),
        'Sales last 30 days': money(v.sales[30], l.currency),
        'Units Sold Last 30 Days': String(v.units[30]),
        'Total Units': String(v.fulfillable + inbound + v.fcTransfer + v.fcProcessing),
        Inbound: String(inbound),
        Available: String(v.fulfillable),
        'FC transfer': String(v.fcTransfer),
        'FC Processing': String(v.fcProcessing),
        'Customer Order': '0',
        Unfulfillable: String(v.unsellable),
        Working: String(v.working),
        Shipped: String(v.shipped),
        Receiving: String(v.receiving),
        'Fulfilled by': 'Amazon',
        'Total Days of Supply (including units from open shipments)': String(advice.totalDays ?? 0),
        'Days of Supply at Amazon Fulfillment Network': String(advice.daysOfSupply ?? 0),
        Alert: advice.alert,
        'Recommended replenishment qty': String(advice.qty),
        'Recommended ship date': advice.shipDate === null ? '' : reportDate(clock, advice.shipDate),
        'Recommended action': advice.qty > 0 ? 'Restock' : '',
        'Unit storage size': l.cubicFeet < 0.1 ? 'Small' : l.cubicFeet < 0.5 ? 'Standard' : 'Large',
      };
    });
}
