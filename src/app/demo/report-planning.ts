// Rows of the FBA Inventory planning report, 2026 header (AMAZON-REPORTS.md B.2 version 3): ages in the
// buckets of the 2026 AIS tiers (… 271-365, 366-455, 456+), units shipped t7/t30/t60/t90, the AIS
// quantities and estimates per tier (C.2, US figures, converted roughly elsewhere), storage cost (C.1),
// recommended action, health, restock-style and seasonality columns.
import { formatMoney } from '../../core/money/money.js';
import type { DemoMarketplace } from './catalog.js';
import { seasonWindow } from './demand.js';
import { dailyRate, unitsAged, type SkuView } from './inventory-view.js';
import { conditionLabel, restockAdvice, type ReportRow } from './report-rows.js';
import { DAY_MS, type MarketClock } from './time.js';

/** AIS tiers (C.2, 2026): [first day, last day, $ per cu ft, $ per unit (the greater applies)]. */
const AIS_TIERS: readonly (readonly [string, number, number, number, number])[] = [
  ['181-210', 181, 210, 0.5, 0],
  ['211-240', 211, 240, 1.0, 0],
  ['241-270', 241, 270, 1.5, 0],
  ['271-300', 271, 300, 3.8, 0],
  ['301-330', 301, 330, 4.0, 0],
  ['331-365', 331, 365, 4.2, 0],
  ['366-455', 366, 455, 6.9, 0.3],
  ['456-plus', 456, Infinity, 7.9, 0.35],
];
/** Rough conversion of the US dollar figures into the report's currency. */
const PER_USD: Record<DemoMarketplace, number> = { US: 1, DE: 0.92, JP: 150 };
const VOLUME_UNIT: Record<DemoMarketplace, string> = {
  US: 'cubic feet',
  DE: 'cubic centimeters',
  JP: 'cubic centimeters',
};
const CUFT_IN_CM3 = 28_316.85;

function decimal(value: number, digits: number): string {
  return value.toFixed(digits);
}

function nextSeason(
  view: SkuView,
  clock: MarketClock,
): { name: string; start: string; end: string; within90: boolean } | null {
  const window = seasonWindow(view.listing.season);
  if (!window) return null;
  const today = clock.localDate(clock.anchor);
  const year = Number(today.slice(0, 4));
  let start = `${year}-${window.startMonthDay}`;
  let end = `${year}-${window.endMonthDay}`;
  if (end < today) {
    start = `${year + 1}-${window.startMonthDay}`;
    end = `${year + 1}-${window.endMonthDay}`;
  }
  const days = (Date.parse(`${start}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS;
  return { name: window.name, start, end, within90: days <= 90 };
}

/** One planning row per SKU. */
export function planningRows(views: readonly SkuView[], clock: MarketClock): ReportRow[] {
  const mp = clock.marketplace as DemoMarketplace;
  const snapshot = clock.localDate(clock.anchor);
  // EU files: the inventory age snapshot runs two days behind the report's snapshot date.
  const ageSnapshot = mp === 'DE' ? clock.localDate(clock.anchor - 2 * DAY_MS) : snapshot;
  const peak = [10, 11, 12].includes(Number(clock.localDate(clock.anchor + 31 * DAY_MS).slice(5, 7)));
  return views.map((v) => {
    const l = v.listing;
    const m = (minor: number): string => formatMoney(minor, l.currency);
    const usd = (dollars: number): string =>
      l.currency === 'JPY' ? String(Math.round(dollars * PER_USD[mp])) : decimal(dollars * PER_USD[mp], 2);
    const daily = dailyRate(v);
    const advice = restockAdvice(v, clock);
    const inbound = v.working + v.shipped + v.receiving;
    const reserved = v.fcTransfer + v.fcProcessing;
    const aged365 = unitsAged(v, 366, Infinity);
    const excess = Math.max(0, Math.round(v.onHand - daily * 90));
    const volume = mp === 'US' ? l.cubicFeet : l.cubicFeet * CUFT_IN_CM3;
    const storage = v.onHand * l.cubicFeet * (peak ? 2.4 : 0.78);
    const health =
      v.onHand === 0
        ? 'Out of stock'
        : excess > 0 && unitsAged(v, 91, Infinity) > 0
          ? 'Excess'
          : advice.alert === 'reorder_now'
            ? 'Low'
            : 'Healthy';
    const action =
      v.onHand === 0 || advice.alert === 'reorder_now' ? 'CreateShippingPlan'
      : aged365 > 0 && v.units[90] === 0 ? 'CreateLiquidationOrder'
      : aged365 > 0 ? 'CreateRemovalOrder'
      : health === 'Excess' ? 'CreateSalesPromotion'
      : 'NoRestockExcessActionRequired'; // prettier-ignore
    const row: ReportRow = {
      'snapshot-date': snapshot,
      sku: l.sku,
      fnsku: l.fnsku,
      asin: l.asin,
      'product-name': l.name,
      condition: conditionLabel(l),
      available: String(v.fulfillable),
      'fc-transfer': String(v.fcTransfer),
      'pending-removal-quantity': '0',
      'inv-age-0-to-90-days': String(unitsAged(v, 0, 90)),
      'inv-age-91-to-180-days': String(unitsAged(v, 91, 180)),
      'inv-age-181-to-270-days': String(unitsAged(v, 181, 270)),
      'inv-age-271-to-365-days': String(unitsAged(v, 271, 365)),
      'inv-age-366-to-455-days': String(unitsAged(v, 366, 455)),
      'inv-age-456-plus-days': String(unitsAged(v, 456, Infinity)),
      currency: l.currency,
      'units-shipped-t7': String(v.units[7]),
      'units-shipped-t30': String(v.units[30]),
      'units-shipped-t60': String(v.units[60]),
      'units-shipped-t90': String(v.units[90]),
      alert: v.onHand === 0 ? 'Out of stock' : v.units[30] === 0 ? 'Low traffic' : '',
      'your-price': m(v.price),
      'sales-price': v.salePrice === null ? '' : m(v.salePrice),
      'lowest-price-new-plus-shipping': v.lowestNew === null ? '' : m(v.lowestNew),
      'lowest-price-used': v.lowestUsed === null ? '' : m(v.lowestUsed),
      'recommended-action': action,
      'DEPRECATED healthy-inventory-level': '',
      'recommended-sales-price': action === 'CreateSalesPromotion' ? m(Math.round(v.price * 0.8)) : '',
      'recommended-sale-duration-days': action === 'CreateSalesPromotion' ? '14' : '',
      'recommended-removal-quantity':
        action === 'CreateRemovalOrder' || action === 'CreateLiquidationOrder' ? String(aged365) : '',
      'estimated-cost-savings-of-recommended-actions':
        action === 'NoRestockExcessActionRequired' || action === 'CreateShippingPlan' ? '' : usd(storage * 3),
      'sell-through': decimal(v.onHand > 0 ? v.units[90] / v.onHand : 0, 2),
      'item-volume': decimal(volume, mp === 'US' ? 4 : 2),
      'volume-unit-measurement': VOLUME_UNIT[mp],
      'storage-type': 'Standard',
      'storage-volume': decimal(volume * v.onHand, 2),
      marketplace: mp,
      'product-group': l.design.category,
      'sales-rank': String(l.rank * 137 + (l.asin.charCodeAt(5) % 97)),
      'days-of-supply': advice.daysOfSupply === null ? '' : String(advice.daysOfSupply),
      'estimated-excess-quantity': String(excess),
      'weeks-of-cover-t30': v.units[30] > 0 ? decimal(v.onHand / (v.units[30] / 30) / 7, 1) : '',
      'weeks-of-cover-t90': v.units[90] > 0 ? decimal(v.onHand / (v.units[90] / 90) / 7, 1) : '',
      'featuredoffer-price': m(v.buyBoxPrice),
      'sales-shipped-last-7-days': m(v.sales[7]),
      'sales-shipped-last-30-days': m(v.sales[30]),
      'sales-shipped-last-60-days': m(v.sales[60]),
      'sales-shipped-last-90-days': m(v.sales[90]),
      'inv-age-0-to-30-days': String(unitsAged(v, 0, 30)),
      'inv-age-31-to-60-days': String(unitsAged(v, 31, 60)),
      'inv-age-61-to-90-days': String(unitsAged(v, 61, 90)),
      'inv-age-181-to-330-days': String(unitsAged(v, 181, 330)),
      'inv-age-331-to-365-days': String(unitsAged(v, 331, 365)),
      'estimated-storage-cost-next-month': usd(storage),
      'inbound-quantity': String(inbound),
      'inbound-working': String(v.working),
      'inbound-shipped': String(v.shipped),
      'inbound-received': String(v.receiving),
      'no-sale-last-6-months': v.units[180] === 0 ? String(v.onHand) : '0',
      'Total Reserved Quantity': String(reserved),
      'unfulfillable-quantity': String(v.unsellable),
      'historical-days-of-supply': advice.daysOfSupply === null ? '' : String(advice.daysOfSupply),
      'fba-minimum-inventory-level': String(Math.ceil(daily * 28)),
      'fba-inventory-level-health-status': health,
      'Recommended ship-in quantity': String(advice.qty),
      'Recommended ship-in date': advice.shipDate === null ? '' : clock.localDate(advice.shipDate),
      'Last updated date for Historical Days of Supply': snapshot,
      'Exempted from Low-Inventory-Level fee?': v.units[7] < 20 ? 'Yes' : 'No',
      'Low-Inventory-Level fee applied in current week?':
        v.units[7] >= 20 && advice.daysOfSupply !== null && advice.daysOfSupply < 28 ? 'Yes' : 'No',
      'Short term historical days of supply': v.units[30] > 0 ? String(Math.floor(v.onHand / (v.units[30] / 30))) : '',
      'Long term historical days of supply': v.units[90] > 0 ? String(Math.floor(v.onHand / (v.units[90] / 90))) : '',
      'Inventory age snapshot date': ageSnapshot,
      'Inventory Supply at FBA': String(v.onHand + inbound),
      'Reserved FC Processing': String(v.fcProcessing),
      'Reserved Customer Order': '0',
      'Reserved Staging': String(v.fcTransfer),
      'Total Days of Supply (including units from open shipments)':
        advice.totalDays === null ? '' : String(advice.totalDays),
      supplier: l.supplier,
      'Fulfillment Service and Programs': l.fbm ? 'FBA, MFN' : 'FBA',
    };
    for (const [name, from, to, perCuft, perUnit] of AIS_TIERS) {
      const qty = unitsAged(v, from, to);
      row[`quantity-to-be-charged-ais-${name}-days`] = String(qty);
      row[`estimated-ais-${name}-days`] = usd(Math.max(qty * l.cubicFeet * perCuft, qty * perUnit));
    }
    const season = nextSeason(v, clock);
    row['is-seasonal-in-next-3-months'] = season?.within90 ? 'Y' : 'N';
    row['season-name'] = season?.name ?? '';
    row['season-start-date'] = season?.start ?? '';
    row['season-end-date'] = season?.end ?? '';
    return row;
  });
}
