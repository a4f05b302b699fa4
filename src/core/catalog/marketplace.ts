// Marketplaces clearway knows (RULEBOOK conventions, GEN-1): code, currency and time zone.
import type { Currency } from '../money/money.js';

export const MARKETPLACES = ['US', 'CA', 'MX', 'UK', 'DE', 'FR', 'IT', 'ES', 'JP'] as const;
export type Marketplace = (typeof MARKETPLACES)[number];

export interface MarketplaceInfo {
  readonly code: Marketplace;
  readonly currency: Currency;
  /** IANA time zone whose local days are the marketplace's calendar days (RULEBOOK conventions). */
  readonly timeZone: string;
  /** BCP 47 locale for showing money and dates to the marketplace's buyers. */
  readonly locale: string;
}

const INFO: Record<Marketplace, MarketplaceInfo> = {
  US: { code: 'US', currency: 'USD', timeZone: 'America/Los_Angeles', locale: 'en-US' },
  CA: { code: 'CA', currency: 'CAD', timeZone: 'America/Vancouver', locale: 'en-CA' },
  MX: { code: 'MX', currency: 'MXN', timeZone: 'America/Mexico_City', locale: 'es-MX' },
  UK: { code: 'UK', currency: 'GBP', timeZone: 'Europe/London', locale: 'en-GB' },
  DE: { code: 'DE', currency: 'EUR', timeZone: 'Europe/Berlin', locale: 'de-DE' },
  FR: { code: 'FR', currency: 'EUR', timeZone: 'Europe/Berlin', locale: 'fr-FR' },
  IT: { code: 'IT', currency: 'EUR', timeZone: 'Europe/Berlin', locale: 'it-IT' },
  ES: { code: 'ES', currency: 'EUR', timeZone: 'Europe/Berlin', locale: 'es-ES' },
  JP: { code: 'JP', currency: 'JPY', timeZone: 'Asia/Tokyo', locale: 'ja-JP' },
};

export function isMarketplace(value: string): value is Marketplace {
  return (MARKETPLACES as readonly string[]).includes(value);
}

export function marketplaceInfo(mp: Marketplace): MarketplaceInfo {
  return INFO[mp];
}

/** Marketplaces that sell in a currency (EUR is shared by DE, FR, IT, ES). */
export function marketplacesForCurrency(currency: Currency): Marketplace[] {
  return MARKETPLACES.filter((mp) => INFO[mp].currency === currency);
}
