// `clearway promo guard ASIN --from D --to D` / GET /api/v1/promotions/guard/:asin (PQ-4): every
// buyer context and code combination of every new-condition SKU of the ASIN whose net price falls to
// zero, to the cost floor (PQ-3) or under the minimum price (PM-8), at any moment of [from, to] —
// planned promotions included. The cost floor and minimum price are those of the product version in
// force at `from`, and the rule set the one in force at `from`. Default range: 30 days from now.
import { DAY_MS } from '../core/calendar/civil.js';
import type { Marketplace } from '../core/catalog/marketplace.js';
import { lossGuard, lossGuardInputsForAsin } from '../core/quote/index.js';
import { ruleSetFor } from '../core/rules/rules.js';
import type { FactStore } from '../store/types.js';
import { PricingInputError } from './pricing-errors.js';
import type { GuardDoc } from './pricing-documents.js';
import { guardJson, isoIn } from './pricing-json.js';
import { PRICING } from './pricing-messages.js';
import { instantOf, loadAsinScope, type WhenInput } from './pricing-scope.js';

export const DEFAULT_GUARD_DAYS = 30;

export interface GuardQuery {
  readonly marketplace: Marketplace | null;
  /** Default: `at` (now). */
  readonly from: WhenInput;
  /** Default: from + 30 days. */
  readonly to: WhenInput;
  readonly at: WhenInput;
}

export async function guardAsin(store: FactStore, account: string, asin: string, q: GuardQuery): Promise<GuardDoc> {
  const { marketplace, facts } = await loadAsinScope(store, account, asin, q.marketplace);
  const at = instantOf(q.at, marketplace, 'at');
  const from = q.from === null || q.from === undefined ? at : instantOf(q.from, marketplace, 'from');
  const to =
    q.to === null || q.to === undefined ? from + DEFAULT_GUARD_DAYS * DAY_MS : instantOf(q.to, marketplace, 'to');
  if (to <= from) {
    throw new PricingInputError('BAD_RANGE', [
      {
        field: null,
        code: PRICING.PRICING_RANGE_EMPTY,
        values: { from: isoIn(from, marketplace), to: isoIn(to, marketplace) },
      },
    ]);
  }
  const ruleSet = ruleSetFor(marketplace, from);
  const skus = lossGuardInputsForAsin(facts, from, ruleSet).map(({ sku, input }) => ({
    sku,
    costFloor: input.costFloor,
    minPrice: input.minPrice,
    result: lossGuard(input, from, to, ruleSet),
  }));
  return guardJson(asin, marketplace, from, to, skus);
}
