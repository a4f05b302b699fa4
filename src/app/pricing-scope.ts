// What every pricing use case starts from: the instant asked about (given, parsed in the marketplace's
// zone, or now — the clock lives in app/) and the facts of one ASIN on its marketplace (DEC-2).
import type { Instant } from '../core/catalog/facts.js';
import { CalendarError, parseDayOrInstant, timeZoneOf } from '../core/calendar/calendar.js';
import type { Marketplace } from '../core/catalog/marketplace.js';
import type { AsinFacts } from '../core/reference-prices/index.js';
import type { FactStore } from '../store/types.js';
import { loadAsinFacts, marketplaceOfAsin } from './asin-facts.js';
import { PricingInputError } from './pricing-errors.js';
import { PRICING } from './pricing-messages.js';

/** An instant as given: epoch ms (already parsed), text (a day is local midnight), or null = now. */
export type WhenInput = Instant | string | null | undefined;

/**
 * The instant of `when` on `marketplace` (day → local midnight there, UTC without one); throws
 * PricingInputError naming `option` ('at', 'from', 'to') in its message.
 */
export function instantOf(when: WhenInput, marketplace: Marketplace | null, option: string): Instant {
  if (when === null || when === undefined) return Date.now();
  if (typeof when === 'number') return when;
  try {
    return parseDayOrInstant(when, marketplace === null ? 'UTC' : timeZoneOf(marketplace));
  } catch (error) {
    if (!(error instanceof CalendarError)) throw error;
    throw new PricingInputError('BAD_INSTANT', [
      { field: null, code: PRICING.PRICING_BAD_INSTANT, values: { option, value: when } },
    ]);
  }
}

export interface AsinScope {
  readonly asin: string;
  readonly marketplace: Marketplace;
  readonly facts: AsinFacts;
}

/** DEC-2 marketplace of the ASIN and its facts; UnknownItemError (exit 3) when the account lacks it. */
export async function loadAsinScope(
  store: FactStore,
  account: string,
  asin: string,
  wanted: Marketplace | null,
): Promise<AsinScope> {
  const marketplace = await marketplaceOfAsin(store, account, asin, wanted);
  const facts = await loadAsinFacts(store, account, asin, marketplace);
  return { asin, marketplace, facts };
}

export interface AsinQuery {
  /** `--marketplace` / `?marketplace=`, or null (DEC-2). */
  readonly marketplace: Marketplace | null;
  readonly at: WhenInput;
}
