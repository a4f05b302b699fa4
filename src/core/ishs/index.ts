// In-Stock Head Start (RULEBOOK ISHS-1..ISHS-6) and the stock book shared with pre-sales: one import for
// the app and other core folders.
export * from './book.js';
export * from './commitments.js';
export * from './enrollment.js';
export * from './estimate.js';
export * from './order-decision.js';
export * from './promises.js';
export * from './reconcile.js';
export * from './settlement.js';
export * from './sku-position.js';
export { ISHS_MESSAGES } from './messages.js';
