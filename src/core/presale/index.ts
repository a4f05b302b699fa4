// Pre-sale campaigns (RULEBOOK PRE-1..PRE-3): lifecycle and review here; pre-orders go through the stock
// book of core/ishs (book.ts: cover, acceptance, shrink, release first come first served).
export * from './lifecycle.js';
export * from './review.js';
export { PRESALE_MESSAGES } from './messages.js';
export * from './campaign.js';
