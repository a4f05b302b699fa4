import { describe, expect, it } from 'vitest';
import { activeRulesOn, blockingRule, pricingRuleRefusal, pricingRulesAt } from './pricing-rules.js';
import { DAY, pricingRule, SKU, WED } from './test-support.js';

const T = WED;
const create = pricingRule({ at: T });
const pause = pricingRule({ at: T + DAY, action: 'pause', minPrice: null, maxPrice: null });
const resume = pricingRule({ at: T + 2 * DAY, action: 'resume', minPrice: 2500, maxPrice: null });
const remove = pricingRule({ at: T + 3 * DAY, action: 'delete', minPrice: null, maxPrice: null });

describe('OUT-9 automated pricing rules as facts', () => {
  it('OUT-9: create → active, pause → paused, resume → active (new minimum), delete → deleted', () => {
    const events = [create, pause, resume, remove];
    const status = (t: number) => pricingRulesAt(events, t).map((r) => [r.status, r.minPrice]);
    expect(status(T - 1)).toEqual([]);
    expect(status(T)).toEqual([['active', 3000]]);
    expect(status(T + DAY)).toEqual([['paused', 3000]]);
    expect(status(T + 2 * DAY)).toEqual([['active', 2500]]);
    expect(status(T + 3 * DAY)).toEqual([['deleted', 2500]]);
  });

  it('OUT-9: an active rule with a minimum above the deal price blocks the drop; the highest minimum is named', () => {
    const other = pricingRule({ ruleId: 'AUTO-2', at: T, minPrice: 3500 });
    expect(blockingRule([create, other], SKU, 'US', 2700, T)?.ruleId).toBe('AUTO-2');
    expect(blockingRule([create, pause], SKU, 'US', 2700, T + DAY)).toBeNull();
    expect(blockingRule([create], SKU, 'US', 3000, T)).toBeNull();
    expect(blockingRule([create], 'SKU-2', 'US', 2700, T)).toBeNull();
    expect(activeRulesOn([create, other], SKU, 'US', T).map((r) => r.ruleId)).toEqual(['AUTO-1', 'AUTO-2']);
  });

  it('OUT-9: actions that make no sense from the rule state are refused', () => {
    const [active] = pricingRulesAt([create], T);
    const [paused] = pricingRulesAt([create, pause], T + DAY);
    const [deleted] = pricingRulesAt([create, remove], T + 3 * DAY);
    expect(pricingRuleRefusal(active ?? null, 'AUTO-1', 'create')?.code).toBe('PRICING_RULE_EXISTS');
    expect(pricingRuleRefusal(paused ?? null, 'AUTO-1', 'pause')?.code).toBe('PRICING_RULE_NOT_ACTIVE');
    expect(pricingRuleRefusal(active ?? null, 'AUTO-1', 'resume')?.code).toBe('PRICING_RULE_NOT_PAUSED');
    expect(pricingRuleRefusal(deleted ?? null, 'AUTO-1', 'delete')?.code).toBe('PRICING_RULE_DELETED');
    expect(pricingRuleRefusal(deleted ?? null, 'AUTO-1', 'create')).toBeNull();
    expect(pricingRuleRefusal(paused ?? null, 'AUTO-1', 'resume')).toBeNull();
    expect(pricingRuleRefusal(null, 'AUTO-9', 'create')).toBeNull();
  });
});
