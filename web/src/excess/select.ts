// Client-side selectors of the excess table: each row is prepared once (sort keys as integers — money
// in minor units, never floats), then filtered (band, marketplace, age, search) and sorted. The page
// memoises each step, so typing in the search box never re-prepares 20,000 rows.
import { currencyDigits, toMinor } from '../decimal.js';
import { AGE_BUCKETS, BANDS, type Band, type ExcessListRow } from '../api/inventory-types.js';

export const AGE_FILTERS = ['', '90', '180', '365'] as const;
export type AgeFilter = (typeof AGE_FILTERS)[number];

export interface ExcessFilter {
  readonly band: Band | '';
  readonly marketplace: string;
  /** Only rows with units older than this many days ('' = any age). */
  readonly age: AgeFilter;
  readonly search: string;
}

export const SORT_KEYS = [
  'sku',
  'marketplace',
  'onHand',
  'inbound',
  'unitsSold30d',
  'ratio',
  'band',
  'aged90',
  'holding90',
  'action',
  'netCash',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface Sort {
  readonly key: SortKey;
  readonly desc: boolean;
}

export interface PreparedRow {
  readonly row: ExcessListRow;
  readonly index: number;
  /** Ratio for sorting: no sales with stock = +Infinity, none at all = -1. */
  readonly ratio: number;
  readonly bandRank: number;
  readonly aged90: number;
  readonly aged180: number;
  readonly aged365: number;
  /** Minor units; null sorts last. */
  readonly holding90: number | null;
  readonly netCash: number | null;
  readonly text: string;
}

/** The ratio as a number: +Infinity for stock without sales (EXC-1), null for no stock and no sales. */
export function ratioOf(row: Pick<ExcessListRow, 'ratioInfinite' | 'stockToSalesRatio'>): number | null {
  if (row.ratioInfinite) return Infinity;
  return row.stockToSalesRatio;
}

const digitsCache = new Map<string, number>();
function minorOf(amount: string | null | undefined, currency: string): number | null {
  if (amount == null) return null;
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    digits = currencyDigits(currency);
    digitsCache.set(currency, digits);
  }
  return Number(toMinor(amount, digits));
}

export function prepareRows(rows: readonly ExcessListRow[]): PreparedRow[] {
  return rows.map((row, index) => {
    const b = row.ageBuckets;
    const aged365 = b['365+'] ?? 0;
    const aged180 = aged365 + (b['181-270'] ?? 0) + (b['271-365'] ?? 0);
    const ratio = ratioOf(row);
    return {
      row,
      index,
      ratio: ratio ?? -1,
      bandRank: BANDS.indexOf(row.band),
      aged90: aged180 + (b['91-180'] ?? 0),
      aged180,
      aged365,
      holding90: minorOf(row.holdingCost90d, row.currency),
      netCash: minorOf(row.recommendation?.netCash, row.currency),
      text: `${row.sku}\u0000${row.asin}`.toLowerCase(),
    };
  });
}

export function filterRows(rows: readonly PreparedRow[], filter: ExcessFilter): PreparedRow[] {
  const needle = filter.search.trim().toLowerCase();
  const agedKey =
    filter.age === '90' ? 'aged90' : filter.age === '180' ? 'aged180' : filter.age === '365' ? 'aged365' : null;
  if (!needle && !filter.band && !filter.marketplace && !agedKey) return rows as PreparedRow[];
  return rows.filter(
    (p) =>
      (!filter.band || p.row.band === filter.band) &&
      (!filter.marketplace || p.row.marketplace === filter.marketplace) &&
      (agedKey === null || p[agedKey] > 0) &&
      (!needle || p.text.includes(needle)),
  );
}

function keyOf(p: PreparedRow, key: SortKey): number | string | null {
  switch (key) {
    case 'sku':
      return p.row.sku;
    case 'marketplace':
      return p.row.marketplace;
    case 'onHand':
      return p.row.onHand;
    case 'inbound':
      return p.row.inbound;
    case 'unitsSold30d':
      return p.row.unitsSold30d;
    case 'ratio':
      return p.ratio;
    case 'band':
      return p.bandRank;
    case 'aged90':
      return p.aged90;
    case 'holding90':
      return p.holding90;
    case 'action':
      return p.row.recommendation?.action ?? null;
    case 'netCash':
      return p.netCash;
  }
}

/** Sorted copy; nulls last in either direction; ties keep the API's order. */
export function sortRows(rows: readonly PreparedRow[], sort: Sort): PreparedRow[] {
  const sign = sort.desc ? -1 : 1;
  const keyed = rows.map((p) => ({ p, k: keyOf(p, sort.key) }));
  keyed.sort((a, b) => {
    if (a.k === null || b.k === null) return a.k === b.k ? a.p.index - b.p.index : a.k === null ? 1 : -1;
    const d = typeof a.k === 'string' ? a.k.localeCompare(b.k as string) : a.k - (b.k as number);
    return d !== 0 && !Number.isNaN(d) ? sign * d : a.p.index - b.p.index;
  });
  return keyed.map((x) => x.p);
}

/** Units older than 90 days over all buckets (EXC-2: excess by age). */
export function agedOver90(row: Pick<ExcessListRow, 'ageBuckets'>): number {
  return AGE_BUCKETS.slice(1).reduce((sum, bucket) => sum + (row.ageBuckets[bucket] ?? 0), 0);
}
