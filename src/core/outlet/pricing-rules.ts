// OUT-9 automated pricing rules: a rule's state at an instant is the fold of its events — create
// (active, with its minimum and maximum price), pause, resume (a resume may carry new prices), delete
// (for good). An active rule whose minimum price is above a deal price keeps the price from dropping
// at the deal's start. A seller's action that makes no sense from the rule's state is refused.
import type { Instant, Minor, PricingRuleAction, PricingRuleFact } from '../catalog/facts.js';
import type { Marketplace } from '../catalog/marketplace.js';
import { ruleIssue, type RuleIssue } from '../messages/messages.js';
import './messages.js';

export type PricingRuleStatus = 'active' | 'paused' | 'deleted';

export interface PricingRuleState {
  readonly ruleId: string;
  readonly sku: string;
  readonly marketplace: Marketplace;
  readonly status: PricingRuleStatus;
  readonly minPrice: Minor | null;
  readonly maxPrice: Minor | null;
  /** The instant of the rule's latest event. */
  readonly since: Instant;
}

const ACTION_ORDER: Readonly<Record<PricingRuleAction, number>> = { create: 0, pause: 1, resume: 2, delete: 3 };

/** Every rule as of `at` (deleted ones included, with status 'deleted'), by rule id. */
export function pricingRulesAt(events: readonly PricingRuleFact[], at: Instant): PricingRuleState[] {
  const sorted = events
    .filter((e) => e.at <= at)
    .sort((a, b) => a.at - b.at || ACTION_ORDER[a.action] - ACTION_ORDER[b.action]);
  const rules = new Map<string, PricingRuleState>();
  for (const e of sorted) {
    const before = rules.get(e.ruleId);
    if (e.action === 'create') {
      if (before !== undefined && before.status !== 'deleted') continue;
      rules.set(e.ruleId, {
        ruleId: e.ruleId,
        sku: e.sku,
        marketplace: e.marketplace,
        status: 'active',
        minPrice: e.minPrice,
        maxPrice: e.maxPrice,
        since: e.at,
      });
      continue;
    }
    if (before === undefined || before.status === 'deleted') continue;
    if (e.action === 'pause' && before.status === 'active') {
      rules.set(e.ruleId, { ...before, status: 'paused', since: e.at });
    } else if (e.action === 'resume' && before.status === 'paused') {
      rules.set(e.ruleId, {
        ...before,
        status: 'active',
        minPrice: e.minPrice ?? before.minPrice,
        maxPrice: e.maxPrice ?? before.maxPrice,
        since: e.at,
      });
    } else if (e.action === 'delete') {
      rules.set(e.ruleId, { ...before, status: 'deleted', since: e.at });
    }
  }
  return [...rules.values()].sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

/** The rules active on a SKU at `at`. */
export function activeRulesOn(
  events: readonly PricingRuleFact[],
  sku: string,
  marketplace: Marketplace,
  at: Instant,
): PricingRuleState[] {
  return pricingRulesAt(events, at).filter(
    (r) => r.status === 'active' && r.sku === sku && r.marketplace === marketplace,
  );
}

/** OUT-9: the active rule on the SKU whose minimum price is above `price` (the highest minimum), or null. */
export function blockingRule(
  events: readonly PricingRuleFact[],
  sku: string,
  marketplace: Marketplace,
  price: Minor,
  at: Instant,
): PricingRuleState | null {
  let found: PricingRuleState | null = null;
  for (const r of activeRulesOn(events, sku, marketplace, at)) {
    if (r.minPrice !== null && r.minPrice > price && (found === null || r.minPrice > (found.minPrice ?? 0))) found = r;
  }
  return found;
}

/** Why a seller's pricing-rule action is refused, or null when it is accepted (OUT-9). */
export function pricingRuleRefusal(
  current: PricingRuleState | null,
  ruleId: string,
  action: PricingRuleAction,
): RuleIssue | null {
  if (action === 'create') {
    return current !== null && current.status !== 'deleted'
      ? ruleIssue('PRICING_RULE_EXISTS', 'OUT-9', { ruleId })
      : null;
  }
  if (current === null) return null; // an unknown rule id: the caller's "unknown id" answer
  if (current.status === 'deleted') return ruleIssue('PRICING_RULE_DELETED', 'OUT-9', { ruleId });
  if (action === 'pause' && current.status !== 'active') {
    return ruleIssue('PRICING_RULE_NOT_ACTIVE', 'OUT-9', { ruleId, status: current.status });
  }
  if (action === 'resume' && current.status !== 'paused') {
    return ruleIssue('PRICING_RULE_NOT_PAUSED', 'OUT-9', { ruleId, status: current.status });
  }
  return null;
}
