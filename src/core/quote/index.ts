// The price quote capability (RULEBOOK PQ-1..PQ-4): one import for other core folders and the app.
export type {
  BuyerContext,
  NotApplied,
  NotAppliedReason,
  Quote,
  QuoteAddOn,
  QuoteDirect,
  QuoteInput,
} from './types.js';
export { quote } from './quote.js';
export { costFloor, costFloorDetail, type CostFloorDetail } from './cost-floor.js';
export {
  buyerContextsFor,
  lossGuard,
  lossGuardInputsForAsin,
  offerInactiveAt,
  type LossGuardBreach,
  type LossGuardFinding,
  type LossGuardInput,
  type LossGuardResult,
} from './loss-guard.js';
export { liveAt, pushChangeInstants, splitAt, standardPriceAt, type Segment } from './timeline.js';
export { effectOf, percentOf, type PromotionEffect } from './effect.js';
export { QUOTE_MESSAGES, type QuoteMessageCode } from './messages.js';
