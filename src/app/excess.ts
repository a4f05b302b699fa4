// `clearway excess` / GET /api/v1/excess: the excess view of every SKU of the account (EXC-1, EXC-2,
// EXC-3 baseline) as of an instant, with Outlet eligibility (OUT-1/OUT-2, OUT-4) from the Outlet use
// cases' account loader. Facts are loaded once per kind and grouped per SKU in memory.
//
// The recommendation is the EXC-3 baseline unless a recommender is given (ExcessHooks) or the query
// asks for the plan (`--plan`, `?plan=true`): the clearance planner then answers with its plan's first
// action for a row (or null to keep the baseline).
import type { Instant } from '../core/catalog/facts.js';
import type { Marketplace } from '../core/catalog/marketplace.js';
import { DEFAULT_HORIZON_DAYS } from '../core/clearance/context.js';
import { excessRows, type ExcessRecommender, type OutletSummary } from '../core/inventory-health/excess.js';
import type { Recommendation } from '../core/inventory-health/recommendation.js';
import { groupBySku, type AccountInventoryFacts } from '../core/inventory-health/sku-facts.js';
import type { Band } from '../core/inventory-health/stock-to-sales.js';
import { outletEligibility, project, skusOf, type OutletFacts } from '../core/outlet/index.js';
import { ruleSetFor } from '../core/rules/rules.js';
import type { FactStore } from '../store/types.js';
import type { ExcessDoc } from './inventory-documents.js';
import { bandOption, coverDaysOption, loadInventoryFacts } from './inventory-facts.js';
import { excessRowJson } from './inventory-json.js';
import { withStockCommitments } from './ishs/view-adjustments.js';
import { loadAccountOutlet } from './outlet/account.js';
import { planIndexOfOutlet } from './plan.js';
import { planRecommendations } from './plan-pool.js';
import { isoIn } from './pricing-json.js';
import { instantOf, type WhenInput } from './pricing-scope.js';

export interface ExcessQuery {
  /** `--marketplace` / `?marketplace=`: one marketplace, or null for all. */
  readonly marketplace: Marketplace | null;
  readonly at: WhenInput;
  /** `--band` as typed (validated here). */
  readonly band?: string | null;
  /** `--cover-days` as typed (validated here). */
  readonly coverDays?: string | number | null;
  /** `--plan` / `?plan=true`: each row's recommendation is its clearance plan's first action (EXC-8)
   *  instead of the EXC-3 baseline (kept for rows whose plan has no action). */
  readonly plan?: boolean | null;
}

export interface ExcessHooks {
  /** Replaces the EXC-3 baseline of a row (the clearance planner's first action); null keeps it. */
  readonly recommender?: ExcessRecommender | null;
}

const keyOf = (mp: string, sku: string) => `${mp}\u0000${sku}`;

/** OUT-1/OUT-2 verdict and OUT-4 maximum deal price of every SKU of the given ASINs, at `at`. */
export function outletSummaries(outlet: readonly OutletFacts[], at: Instant): Map<string, OutletSummary> {
  const out = new Map<string, OutletSummary>();
  for (const f of outlet) {
    const skus = skusOf(f);
    if (skus.length === 0) continue;
    const { deals } = project(f, at);
    for (const sku of skus) {
      const e = outletEligibility(f, sku, at, { deals });
      out.set(keyOf(f.facts.marketplace, sku), {
        eligible: e.eligible,
        failed: e.failed,
        maxDealPrice: e.maxDealPrice?.max ?? null,
      });
    }
  }
  return out;
}

export interface ExcessInput {
  readonly marketplace: Marketplace | null;
  readonly band: Band | null;
  readonly coverDays: number | null;
}

/** The excess document from facts already in memory (what excessReport and the bench run). */
export function excessDocument(
  facts: AccountInventoryFacts,
  outlet: readonly OutletFacts[],
  at: Instant,
  input: ExcessInput,
  hooks: ExcessHooks = {},
): ExcessDoc {
  const outletBySku = outletSummaries(outlet, at);
  const groups = groupBySku(facts, at).filter((g) => input.marketplace === null || g.marketplace === input.marketplace);
  const rows = excessRows(
    groups,
    at,
    { ruleSetAt: ruleSetFor, coverDays: input.coverDays, band: input.band, recommender: hooks.recommender ?? null },
    (g) => outletBySku.get(keyOf(g.marketplace, g.sku)) ?? null,
  );
  const shown = input.marketplace ?? groups[0]?.marketplace ?? 'US';
  return {
    asOf: isoIn(at, shown),
    marketplace: input.marketplace,
    coverDays: input.coverDays,
    rows: rows.map(excessRowJson),
  };
}

/** CONTRACT `clearway excess --json`. Bad --band / --cover-days / --at → PricingInputError (exit 2). */
export async function excessReport(
  store: FactStore,
  account: string,
  query: ExcessQuery,
  hooks: ExcessHooks = {},
): Promise<ExcessDoc> {
  const at = instantOf(query.at, query.marketplace, 'at');
  const band = bandOption(query.band);
  const coverDays = coverDaysOption(query.coverDays);
  const windowDays = ruleSetFor(query.marketplace ?? 'US', at).inventoryHealth.stockToSalesSalesWindowDays;
  const [facts, outlet] = await Promise.all([
    // Issue 7: units promised under ISHS and held for pre-orders are not stock (app/ishs/view-adjustments.ts).
    loadInventoryFacts(store, account, query.marketplace, at, windowDays).then((f) =>
      withStockCommitments(store, account, f, query.marketplace, at),
    ),
    loadAccountOutlet(store, account, query.marketplace),
  ]);
  const recommender =
    hooks.recommender ?? (query.plan === true ? await plannedRecommender(outlet, account, facts, at) : null);
  return excessDocument(facts, outlet, at, { marketplace: query.marketplace, band, coverDays }, { recommender });
}

/**
 * `excess --plan`: every SKU planned (app/plan-pool.ts, across worker threads) from the facts the
 * Outlet loader already holds (one load of the account's orders for both), as of the view's instant
 * over the default horizon; a row's recommendation is its plan's first action (plan.ts
 * recommendationOfPlan — what `clearway plan SKU --at` shows first), or the baseline without one.
 */
async function plannedRecommender(
  outlet: readonly OutletFacts[],
  account: string,
  facts: AccountInventoryFacts,
  at: Instant,
): Promise<ExcessRecommender> {
  const index = planIndexOfOutlet(outlet);
  const latest = new Map<string, { sku: string; asin: string; marketplace: Marketplace; validFrom: Instant }>();
  for (const p of facts.products) {
    const key = keyOf(p.marketplace, p.sku);
    const seen = latest.get(key);
    if (seen === undefined || p.validFrom >= seen.validFrom) latest.set(key, p);
  }
  const skus = [...latest.values()];
  const found = await planRecommendations(index, account, skus, at, DEFAULT_HORIZON_DAYS);
  const byKey = new Map<string, Recommendation | null>();
  skus.forEach((s, i) => byKey.set(keyOf(s.marketplace, s.sku), found[i] ?? null));
  return (row) => byKey.get(keyOf(row.marketplace, row.sku)) ?? null;
}
