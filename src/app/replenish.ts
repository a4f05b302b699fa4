// `clearway replenish` / GET /api/v1/replenish: reorder advice for every SKU of the account (RPL-1..
// RPL-4, C.8 low-inventory fee) as of an instant, most urgent first. Facts are loaded once per kind.
import type { Instant } from '../core/catalog/facts.js';
import { marketplaceInfo, type Marketplace } from '../core/catalog/marketplace.js';
import { groupBySku, type AccountInventoryFacts } from '../core/inventory-health/sku-facts.js';
import { coverDaysOf } from '../core/replenishment/reorder.js';
import { replenishRows } from '../core/replenishment/replenish.js';
import { ruleSetFor } from '../core/rules/rules.js';
import type { FactStore } from '../store/types.js';
import type { ReplenishDoc } from './inventory-documents.js';
import { coverDaysOption, coverDaysOutOfRange, loadInventoryFacts } from './inventory-facts.js';
import { replenishRowJson } from './inventory-json.js';
import { withStockCommitments } from './ishs/view-adjustments.js';
import { isoIn } from './pricing-json.js';
import { instantOf, type WhenInput } from './pricing-scope.js';

export interface ReplenishQuery {
  readonly marketplace: Marketplace | null;
  readonly at: WhenInput;
  /** `--cover-days` as typed: RPL-2 cover (60–90 in the rule set); the rule set's default when absent. */
  readonly coverDays?: string | number | null;
}

/** The replenish document from facts already in memory. */
export function replenishDocument(
  facts: AccountInventoryFacts,
  at: Instant,
  marketplace: Marketplace | null,
  coverDays: number | null,
): ReplenishDoc {
  const groups = groupBySku(facts, at).filter((g) => marketplace === null || g.marketplace === marketplace);
  // RPL-2: an asked cover must lie in each answering rule set's range.
  if (coverDays !== null) {
    for (const mp of new Set(groups.map((g) => g.marketplace))) {
      const c = coverDaysOf(coverDays, ruleSetFor(mp, at).replenishment);
      if (!c.ok) throw coverDaysOutOfRange(coverDays, c.min, c.max);
    }
  }
  const rows = replenishRows(groups, at, { ruleSetAt: ruleSetFor, coverDays });
  const shown = marketplace ?? groups[0]?.marketplace ?? 'US';
  return {
    asOf: isoIn(at, shown),
    marketplace,
    coverDays,
    rows: rows.map((r) => replenishRowJson(r, marketplaceInfo(r.marketplace).currency)),
  };
}

/** CONTRACT `clearway replenish --json`. Bad --cover-days / --at → PricingInputError (exit 2). */
export async function replenishReport(store: FactStore, account: string, query: ReplenishQuery): Promise<ReplenishDoc> {
  const at = instantOf(query.at, query.marketplace, 'at');
  const coverDays = coverDaysOption(query.coverDays);
  const rules = ruleSetFor(query.marketplace ?? 'US', at);
  // RPL-4 reads a year of the product's own sales; RPL-1 and C.8 read up to 90 days.
  const historyDays = Math.max(rules.replenishment.seasonalHistoryDays, 90);
  // Issue 7: units promised under ISHS and held for pre-orders are not stock (app/ishs/view-adjustments.ts).
  const loaded = await loadInventoryFacts(store, account, query.marketplace, at, historyDays);
  const facts = await withStockCommitments(store, account, loaded, query.marketplace, at);
  return replenishDocument(facts, at, query.marketplace, coverDays);
}
