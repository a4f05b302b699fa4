// GET /api/v1/plans/top?limit= (issue 8, the overview's "top actions of the plan"): planning every SKU
// (`plan --all`) is too slow for a page on a big account, so the overview plans only the SKUs where
// excess costs the most: those in moderate or heavy excess (DEC-4) with the highest projected 90-day
// holding cost (EXC-2) — ranked within each currency (amounts of different currencies are never
// compared) and taken in turn across currencies up to `limit` — each planned as `clearway plan SKU`
// plans it (app/plan.ts planOfSku, EXC-3..EXC-9). The answer says what it covers.
import type { Instant, Minor } from '../core/catalog/facts.js';
import type { Marketplace } from '../core/catalog/marketplace.js';
import { defineMessages } from '../core/messages/messages.js';
import { parseMoney, type Currency } from '../core/money/money.js';
import type { FactStore } from '../store/types.js';
import type { TopPlansDoc } from './dashboard-documents.js';
import { excessReport } from './excess.js';
import type { ExcessRowDoc } from './inventory-documents.js';
import { planOfSku } from './plan.js';
import { PricingInputError } from './pricing-errors.js';
import { money } from './pricing-json.js';
import { instantOf, type WhenInput } from './pricing-scope.js';

export const TOP_PLANS_MESSAGES = defineMessages({
  TOP_PLANS_BAD_LIMIT: {
    en: 'limit must be a whole number, {min}–{max}, not "{value}"',
    zh: 'limit 必须是 {min}–{max} 之间的整数，而不是 "{value}"',
  },
});

export const DEFAULT_TOP_PLANS = 10;
const MAX_TOP_PLANS = 50;

export interface TopPlansQuery {
  readonly marketplace: Marketplace | null;
  readonly at: WhenInput;
  readonly limit?: string | number | null;
  readonly horizon?: string | number | null;
}

function limitOf(value: string | number | null | undefined): number {
  if (value === null || value === undefined || value === '') return DEFAULT_TOP_PLANS;
  const n = typeof value === 'number' ? value : /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > MAX_TOP_PLANS) {
    throw new PricingInputError('BAD_OPTION', [
      {
        field: 'limit',
        code: TOP_PLANS_MESSAGES.TOP_PLANS_BAD_LIMIT,
        values: { value: String(value), min: 1, max: MAX_TOP_PLANS },
      },
    ]);
  }
  return n;
}

/** The SKUs to plan: excess rows by holding cost within each currency, taken in turn across currencies. */
export function topExcessRows(rows: readonly ExcessRowDoc[], limit: number): ExcessRowDoc[] {
  const byCurrency = new Map<Currency, { row: ExcessRowDoc; cost: Minor }[]>();
  for (const row of rows) {
    if (row.band !== 'moderate_excess' && row.band !== 'heavy_excess') continue;
    const cost = row.holdingCost90d === null ? -1 : parseMoney(row.holdingCost90d, row.currency);
    const list = byCurrency.get(row.currency) ?? [];
    list.push({ row, cost });
    byCurrency.set(row.currency, list);
  }
  const queues = [...byCurrency.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, list]) =>
      list.sort((a, b) => b.cost - a.cost || b.row.excessUnits - a.row.excessUnits || (a.row.sku < b.row.sku ? -1 : 1)),
    );
  const out: ExcessRowDoc[] = [];
  for (let i = 0; out.length < limit && queues.some((q) => i < q.length); i++) {
    for (const q of queues) if (i < q.length && out.length < limit) out.push(q[i]!.row);
  }
  return out;
}

export async function topPlans(store: FactStore, account: string, q: TopPlansQuery): Promise<TopPlansDoc> {
  const limit = limitOf(q.limit);
  const at: Instant = instantOf(q.at, q.marketplace, 'at');
  const excess = await excessReport(store, account, { marketplace: q.marketplace, at });
  const excessSkus = excess.rows.filter((r) => r.band === 'moderate_excess' || r.band === 'heavy_excess').length;
  const items: TopPlansDoc['items'] = [];
  for (const row of topExcessRows(excess.rows, limit)) {
    let plan: Awaited<ReturnType<typeof planOfSku>> | null = null;
    try {
      plan = await planOfSku(store, account, row.sku, { marketplace: row.marketplace, at, horizon: q.horizon ?? null });
    } catch (error) {
      // A SKU the planner cannot plan (e.g. no product version) is listed without a plan; input errors
      // (a bad horizon) are the caller's.
      if (error instanceof PricingInputError) throw error;
    }
    const gain =
      plan === null
        ? null
        : money(
            parseMoney(plan.netCash, plan.currency) - parseMoney(plan.doNothing.netCash, plan.currency),
            plan.currency,
          );
    items.push({
      sku: row.sku,
      marketplace: row.marketplace,
      currency: row.currency,
      band: row.band,
      excessUnits: row.excessUnits,
      holdingCost90d: row.holdingCost90d,
      gain,
      plan,
    });
  }
  return {
    asOf: excess.asOf,
    limit,
    excessSkus,
    ranking: 'holdingCost90d',
    items,
  };
}
