// Amazon Outlet (RULEBOOK OUT-1..OUT-13): one import for the app and other core folders.
export type {
  ActionResult,
  Criterion,
  Deal,
  DealStatus,
  Eligibility,
  MaxDealPrice,
  OutletFacts,
  Recorded,
} from './types.js';
export { DEAL_STATUSES } from './types.js';
export { newDealId, outletEvent, outletEventId } from './events.js';
export {
  accountFlags,
  ALLOWED_TRANSITIONS,
  compareEvents,
  dealAt,
  dealsAt,
  eventAllowed,
  ignoredEvents,
  isTerminal,
  statusAfter,
  type FoldContext,
} from './lifecycle.js';
export { cycleStartAfter, reviewDeadline, runDays, scheduledEnd, type RulesAt } from './schedule.js';
export { asinStock, inboundUnits, skuOnHand, stockToSales, unitsAgedAtLeast, unitsSold } from './inventory.js';
export {
  activeRulesOn,
  blockingRule,
  pricingRuleRefusal,
  pricingRulesAt,
  type PricingRuleState,
  type PricingRuleStatus,
} from './pricing-rules.js';
export { maxDealPrice, outletEligibility, outletRuns, sellerAt, skusOf, type OutletRun } from './eligibility.js';
export { changeInstants, removalAt, reviewReasons, type Removal } from './checks.js';
export { dealPromotion, dueTransitions, foldContextOf, project, type Projection } from './tick.js';
export {
  cancelDeal,
  moneyIssue,
  reviewDeal,
  shownMoney,
  submitDeal,
  updateDealPrice,
  type ReviewDecision,
} from './actions.js';
export {
  outletRecommendations,
  recommendForAsin,
  type Recommendation,
  type Recommendations,
} from './recommendations.js';
export { reportRows, runOf, type ReportRow } from './report.js';
export { OUTLET_MESSAGES, reasonCode, reasonRule, type OutletMessageCode } from './messages.js';
