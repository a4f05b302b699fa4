// `clearway pricing-rule create|pause|resume|delete` (OUT-9): automated pricing rules as facts. A rule
// is created on a SKU with its minimum (and maximum) price; pause, resume and delete name it by id. An
// action that makes no sense from the rule's state is refused (exit 4); creating or resuming a rule
// whose minimum is above the price of an open Outlet deal of the SKU warns that it will block the drop.
import type { Instant, PricingRuleAction, PricingRuleFact } from '../../core/catalog/facts.js';
import { marketplaceInfo, type Marketplace } from '../../core/catalog/marketplace.js';
import { formatMoney } from '../../core/money/money.js';
import {
  isTerminal,
  moneyIssue,
  pricingRuleRefusal,
  pricingRulesAt,
  project,
  type PricingRuleState,
} from '../../core/outlet/index.js';
import type { FactStore } from '../../store/types.js';
import { asinOfSku, marketplaceOfSku, UnknownItemError } from '../asin-facts.js';
import { PricingInputError } from '../pricing-errors.js';
import { isoIn, issueJson } from '../pricing-json.js';
import type { PricingRuleDoc } from './documents.js';
import { instantOf, loadOutletFacts, needed, OUTLET_APP, priceOf } from './load.js';
import type { OutletQuery } from './deals.js';

export interface PricingRuleRequest {
  readonly ruleId: string;
  readonly action: PricingRuleAction;
  /** The SKU (create only). */
  readonly sku?: string | null;
  /** Decimal prices (create, and optionally resume). */
  readonly minPrice?: string | null;
  readonly maxPrice?: string | null;
}

function ruleJson(r: PricingRuleState): NonNullable<PricingRuleDoc['rule']> {
  const currency = marketplaceInfo(r.marketplace).currency;
  return {
    ruleId: r.ruleId,
    sku: r.sku,
    marketplace: r.marketplace,
    currency,
    status: r.status,
    minPrice: r.minPrice === null ? null : formatMoney(r.minPrice, currency),
    maxPrice: r.maxPrice === null ? null : formatMoney(r.maxPrice, currency),
    since: isoIn(r.since, r.marketplace),
  };
}

async function target(
  store: FactStore,
  account: string,
  req: PricingRuleRequest,
  wanted: Marketplace | null,
  events: readonly PricingRuleFact[],
): Promise<{ sku: string; marketplace: Marketplace }> {
  if (req.action === 'create') {
    if (!req.sku) throw needed('--sku');
    return { sku: req.sku, marketplace: await marketplaceOfSku(store, account, req.sku, wanted) };
  }
  const first = events[0];
  if (first === undefined) throw new UnknownItemError(OUTLET_APP.UNKNOWN_PRICING_RULE, { ruleId: req.ruleId, account });
  return { sku: first.sku, marketplace: first.marketplace };
}

/** OUT-9: records one pricing-rule action (or refuses it) and answers with the rule's state. */
export async function pricingRuleAction(
  store: FactStore,
  account: string,
  req: PricingRuleRequest,
  q: OutletQuery,
): Promise<PricingRuleDoc> {
  const events = (await store.loadFacts(account, 'pricing_rules')).filter((e) => e.ruleId === req.ruleId);
  const { sku, marketplace } = await target(store, account, req, q.marketplace, events);
  const at: Instant = instantOf(q.at, marketplace, 'at');
  const current = pricingRulesAt(events, at).find((r) => r.ruleId === req.ruleId) ?? null;
  const refusal = pricingRuleRefusal(current, req.ruleId, req.action);
  if (refusal !== null)
    return { ok: false, errors: [issueJson(refusal)], warnings: [], rule: current && ruleJson(current) };
  const withPrices = req.action === 'create' || req.action === 'resume';
  const minPrice = withPrices && req.minPrice ? priceOf(req.minPrice, marketplace, '--min', true) : null;
  const maxPrice = withPrices && req.maxPrice ? priceOf(req.maxPrice, marketplace, '--max', true) : null;
  if (minPrice !== null && maxPrice !== null && minPrice > maxPrice) {
    const currency = marketplaceInfo(marketplace).currency;
    throw new PricingInputError('BAD_INPUT', [
      {
        field: null,
        code: 'PRICING_RULE_MIN_ABOVE_MAX',
        values: { minPrice: formatMoney(minPrice, currency), maxPrice: formatMoney(maxPrice, currency) },
      },
    ]);
  }
  const fact: PricingRuleFact = { ruleId: req.ruleId, sku, marketplace, at, action: req.action, minPrice, maxPrice };
  await store.importFacts(
    account,
    { pricing_rules: [fact] },
    { importedAt: at, source: `clearway pricing-rule ${req.action}` },
  );
  const state = pricingRulesAt([...events, fact], at).find((r) => r.ruleId === req.ruleId) as PricingRuleState;
  // OUT-9: a rule that will keep an open deal's price from dropping.
  const warnings = [];
  if (state.status === 'active' && state.minPrice !== null) {
    const outlet = await loadOutletFacts(
      store,
      account,
      await asinOfSku(store, account, sku, marketplace),
      marketplace,
    );
    const currency = marketplaceInfo(marketplace).currency;
    for (const d of project(outlet, at).deals) {
      if (d.sku !== sku || isTerminal(d.status) || d.status === 'RUNNING' || d.dealPrice >= state.minPrice) continue;
      const money = { price: d.dealPrice, minPrice: state.minPrice };
      warnings.push(
        issueJson(moneyIssue('OUTLET_PRICING_RULE_WARNING', 'OUT-9', currency, money, { ruleId: req.ruleId, sku })),
      );
    }
  }
  return { ok: true, errors: [], warnings, rule: ruleJson(state) };
}
