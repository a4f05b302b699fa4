// Reference prices (RULEBOOK PR-1..PR-7): one import for other core folders and the app.
export {
  asinIndex,
  asinKey,
  groupAsinFacts,
  indexAsinFacts,
  versionAt,
  type AsinFacts,
  type AsinIndex,
  type LooseFacts,
  type SkuIndex,
} from './asin-facts.js';
export { currentPrice, currentPriceDetail, type CurrentPrice } from './current-price.js';
export { listPriceAt, validatedListPrice, type ListPriceEvidenceRef, type ListPriceResult } from './list-price.js';
export { frozenWasPriceAt, wasPrice, type FrozenWasPrice, type WasPriceResult } from './was-price.js';
export { lowestRecentPrice } from './lowest-recent-price.js';
export {
  lowest30DayNetPrice,
  skuNetAt,
  type Lowest30DayNetPrice,
  type SkuNet,
  type LowestNetCause,
  type LowestNetOptions,
} from './lowest-net-price.js';
export { referenceRefreshRequest, type ReferenceRefreshRequest } from './refresh.js';
export {
  referencePrices,
  referencePricesWithLow,
  withPromotionOptions,
  type ReferencePrices,
  type ReferencePricesOptions,
} from './reference-prices.js';
export { medianHalfUp, paidUnitPrice, type OrderRef } from './order-lines.js';
export { REFERENCE_PRICE_MESSAGES, type ReferencePriceMessageCode } from './messages.js';
