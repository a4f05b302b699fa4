// core/promotions: the PM validators, fees, calendar conflicts and price chain (RULEBOOK PM-1..PM-10).
export { checkPromotion, referencesAtStart, VALIDATORS } from './check.js';
export { blockedPromotions, lowest30DayNetPriceAfter } from './chain.js';
export { estimateFee, feeDays, feeModelFor } from './fees.js';
export { lowestNewOffer } from './outlet.js';
export { PROMOTION_MESSAGES, type PromotionMessageCode } from './messages.js';
export type { BlockedPromotion, CheckContext, FeeEstimate, PromotionCheck } from './types.js';
