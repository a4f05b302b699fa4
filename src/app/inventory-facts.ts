// What `excess` and `replenish` start from: the account's facts of the inventory kinds, loaded ONCE per
// kind (never SKU by SKU) and grouped per SKU in core; and their options, checked (bad input → exit 2 /
// HTTP 400 naming the option).
import { DAY_MS } from '../core/calendar/civil.js';
import type { Instant } from '../core/catalog/facts.js';
import type { Marketplace } from '../core/catalog/marketplace.js';
import type { AccountInventoryFacts } from '../core/inventory-health/sku-facts.js';
import { BANDS, type Band } from '../core/inventory-health/stock-to-sales.js';
import { defineMessages } from '../core/messages/messages.js';
import type { FactStore } from '../store/types.js';
import { PricingInputError } from './pricing-errors.js';

export const INVENTORY_APP = defineMessages({
  INVENTORY_BAD_BAND: {
    en: '--band must be one of {allowed}, not "{value}"',
    zh: '--band 必须是 {allowed} 之一，而不是 "{value}"',
  },
  INVENTORY_BAD_COVER_DAYS: {
    en: '--cover-days must be a whole number of days ≥ 1, not "{value}"',
    zh: '--cover-days 必须是不小于 1 的整数天数，而不是 "{value}"',
  },
  INVENTORY_COVER_DAYS_RANGE: {
    en: '--cover-days must lie in {min}–{max} days (RPL-2), not {value}',
    zh: '--cover-days 必须在 {min}–{max} 天之间（RPL-2），而不是 {value}',
  },
});

function badOption(option: string, code: string, values: Record<string, unknown>): PricingInputError {
  return new PricingInputError('BAD_OPTION', [{ field: option, code, values }]);
}

/** `--band B`: one of the DEC-4 bands, or null when absent. */
export function bandOption(value: string | null | undefined): Band | null {
  if (value === null || value === undefined || value === '') return null;
  const band = value.trim().toLowerCase().replace(/-/g, '_');
  if ((BANDS as readonly string[]).includes(band)) return band as Band;
  throw badOption('--band', INVENTORY_APP.INVENTORY_BAD_BAND, { value, allowed: BANDS.join(', ') });
}

/** `--cover-days N`: a whole number ≥ 1 (the range check, where one applies, is the caller's). */
export function coverDaysOption(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 1)
    throw badOption('--cover-days', INVENTORY_APP.INVENTORY_BAD_COVER_DAYS, { value });
  return n;
}

export function coverDaysOutOfRange(value: number, min: number, max: number): PricingInputError {
  return badOption('--cover-days', INVENTORY_APP.INVENTORY_COVER_DAYS_RANGE, { value, min, max });
}

/**
 * The inventory facts of the account (one marketplace or all) as of `at`: products (all versions),
 * lots and Amazon report rows up to `at`, shipments created by `at`, prices up to `at`, and orders
 * from the oldest stock snapshot any SKU answers from (DEC-1 needs the sales after it) or `historyDays`
 * before `at`, whichever is earlier, up to `at`.
 */
export async function loadInventoryFacts(
  store: FactStore,
  account: string,
  marketplace: Marketplace | null,
  at: Instant,
  historyDays: number,
): Promise<AccountInventoryFacts> {
  const mp = marketplace === null ? {} : { marketplace };
  const upTo = { ...mp, to: at };
  const [products, lots, inventorySnapshots, planningRows, restockRows, shipments, prices] = await Promise.all([
    store.loadFacts(account, 'products', mp),
    store.loadFacts(account, 'lots', upTo),
    store.loadFacts(account, 'inventory_snapshots', upTo),
    store.loadFacts(account, 'planning_rows', upTo),
    store.loadFacts(account, 'restock_rows', upTo),
    store.loadFacts(account, 'shipments', upTo),
    store.loadFacts(account, 'prices', upTo),
  ]);
  // The latest stock snapshot of each SKU; orders are needed from the oldest of those.
  const latest = new Map<string, Instant>();
  for (const f of [...lots, ...inventorySnapshots]) {
    const key = `${f.marketplace}\u0000${f.sku}`;
    if ((latest.get(key) ?? -Infinity) < f.at) latest.set(key, f.at);
  }
  // Two extra days of slack: the windows are local days (DST days are 23 or 25 hours long).
  let from = at - (historyDays + 2) * DAY_MS;
  for (const t of latest.values()) from = Math.min(from, t);
  const orders = await store.loadFacts(account, 'orders', { ...mp, from, to: at });
  return { products, orders, shipments, lots, prices, inventorySnapshots, planningRows, restockRows };
}
