// PM-10 the price chain: promotion → 30-day lowest net price → the next deal's maximum price → a lower
// 30-day low. For a proposal: the 30-day lowest net price it leaves behind (as of its end, the proposal
// included, PR-6), and the already planned promotions of the ASIN starting after it that pass when
// checked as of their own start without the proposal but fail with it — each with the errors the
// proposal causes (all of its errors then, since it had none without it).
import type { Instant, ProductFact, PromotionFact } from '../catalog/facts.js';
import type { RuleIssue } from '../messages/messages.js';
import { asinIndex, versionAt, type AsinFacts } from '../reference-prices/asin-facts.js';
import { lowest30DayNetPrice, type Lowest30DayNetPrice } from '../reference-prices/lowest-net-price.js';
import { withPromotionOptions } from '../reference-prices/reference-prices.js';
import type { RuleSet } from '../rules/schema.js';
import { asinPromotions } from './calendar.js';
import type { BlockedPromotion } from './types.js';

/** The facts with the proposal in place of any stored version of it. */
export function factsWith(facts: AsinFacts, p: PromotionFact): AsinFacts {
  // Two steps: the options drop excluded ids from the extra promotions too.
  return withPromotionOptions(factsWithout(facts, p), { extraPromotions: [p] });
}

/** The facts without the proposal (DEC-3: a stored proposal is left out of its own check). */
export function factsWithout(facts: AsinFacts, p: PromotionFact): AsinFacts {
  return withPromotionOptions(facts, { excludePromotionIds: [p.id] });
}

/** PM-10: the 30-day lowest net price as of the proposal's end, the proposal included. */
export function lowest30DayNetPriceAfter(p: PromotionFact, facts: AsinFacts, ruleSet: RuleSet): Lowest30DayNetPrice {
  return lowest30DayNetPrice(factsWith(facts, p), Math.max(p.end, p.start), ruleSet);
}

/** The errors of a planned promotion checked as of its start against `facts` (its product version and
 *  rule set as of that start). */
export type PlannedErrors = (
  q: PromotionFact,
  facts: AsinFacts,
  product: ProductFact,
  ruleSet: RuleSet,
) => readonly RuleIssue[];

/** PM-10: the planned promotions the proposal would make fail, in (start, id) order. */
export function blockedPromotions(
  p: PromotionFact,
  facts: AsinFacts,
  ruleSetAt: (at: Instant) => RuleSet,
  errorsOf: PlannedErrors,
): BlockedPromotion[] {
  const without = factsWithout(facts, p);
  const withIt = factsWith(facts, p);
  const blocks: BlockedPromotion[] = [];
  for (const q of asinPromotions({ proposal: p, facts })) {
    if (q.start <= p.start) continue;
    const versions = asinIndex(facts).bySku.get(q.sku)?.versions ?? [];
    const product = versionAt(versions, q.start);
    if (product === null) continue;
    const ruleSet = ruleSetAt(q.start);
    if (errorsOf(q, without, product, ruleSet).length > 0) continue;
    const after = errorsOf(q, withIt, product, ruleSet);
    if (after.length === 0) continue;
    blocks.push({ id: q.id, kind: q.kind, start: q.start, errors: after });
  }
  return blocks;
}
