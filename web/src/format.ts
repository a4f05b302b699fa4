// Money, numbers and dates in the marketplace's locale and time zone (issue 8 §6), via Intl only.
// Money arrives as decimal strings and is formatted from the string (Intl's exact decimal input),
// never through a float. Formatters are cached: the excess table formats tens of thousands of cells.

export const MARKETPLACE_LOCALE: Readonly<Record<string, string>> = {
  US: 'en-US',
  CA: 'en-CA',
  MX: 'es-MX',
  UK: 'en-GB',
  DE: 'de-DE',
  FR: 'fr-FR',
  IT: 'it-IT',
  ES: 'es-ES',
  JP: 'ja-JP',
};

export const MARKETPLACE_ZONE: Readonly<Record<string, string>> = {
  US: 'America/Los_Angeles',
  CA: 'America/Vancouver',
  MX: 'America/Mexico_City',
  UK: 'Europe/London',
  DE: 'Europe/Berlin',
  FR: 'Europe/Paris',
  IT: 'Europe/Rome',
  ES: 'Europe/Madrid',
  JP: 'Asia/Tokyo',
};

export function localeOf(marketplace: string | null | undefined): string {
  return (marketplace && MARKETPLACE_LOCALE[marketplace]) || 'en-US';
}

export function zoneOf(marketplace: string | null | undefined): string {
  return (marketplace && MARKETPLACE_ZONE[marketplace]) || 'UTC';
}

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(key: string, locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

function dateFormat(key: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

/** "1234.5" USD on US → "$1,234.50"; on DE in EUR → "1.234,50 €"; null → "—". */
export function formatMoney(amount: string | null | undefined, currency: string, marketplace: string): string {
  if (amount == null) return '—';
  const locale = localeOf(marketplace);
  return numberFormat(`m|${locale}|${currency}`, locale, { style: 'currency', currency }).format(
    amount as Intl.StringNumericLiteral,
  );
}

/** Money without decimals, for chart axes and headline figures. */
export function formatMoneyShort(amount: string | number, currency: string, marketplace: string): string {
  const locale = localeOf(marketplace);
  return numberFormat(`ms|${locale}|${currency}`, locale, {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
    notation: 'compact',
  }).format(amount as Intl.StringNumericLiteral);
}

export function formatNumber(value: number | null | undefined, marketplace: string, digits = 0): string {
  if (value == null) return '—';
  if (!Number.isFinite(value)) return '∞';
  const locale = localeOf(marketplace);
  return numberFormat(`n|${locale}|${digits}`, locale, {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(value);
}

export function formatPercent(value: number | null | undefined, marketplace: string): string {
  if (value == null) return '—';
  const locale = localeOf(marketplace);
  return numberFormat(`p|${locale}`, locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

/** An ISO instant shown as a date (and time) in the marketplace's zone and locale. */
export function formatInstant(iso: string | null | undefined, marketplace: string, withTime = true): string {
  if (!iso) return '—';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const locale = localeOf(marketplace);
  const timeZone = zoneOf(marketplace);
  const options: Intl.DateTimeFormatOptions = withTime
    ? { timeZone, dateStyle: 'medium', timeStyle: 'short' }
    : { timeZone, dateStyle: 'medium' };
  return dateFormat(`d|${locale}|${timeZone}|${withTime}`, locale, options).format(ms);
}

/** A local day "2026-05-14" shown in the marketplace's locale (no zone shift: it is already local). */
export function formatDay(day: string | null | undefined, marketplace: string): string {
  if (!day) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!match) return day;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const locale = localeOf(marketplace);
  return dateFormat(`day|${locale}`, locale, { timeZone: 'UTC', dateStyle: 'medium' }).format(ms);
}

/** Short axis label of an instant (epoch ms) in the marketplace zone: "May 14" / "14. Mai" / "5月14日". */
export function formatAxisDay(ms: number, marketplace: string): string {
  return formatAxisDayIn(ms, localeOf(marketplace), zoneOf(marketplace));
}

/** The same label in any locale and zone (an axis shared by several marketplaces: the UI's, in UTC). */
export function formatAxisDayIn(ms: number, locale: string, timeZone: string): string {
  return dateFormat(`ax|${locale}|${timeZone}`, locale, { timeZone, month: 'short', day: 'numeric' }).format(ms);
}

/** The local day (YYYY-MM-DD) of an ISO instant in the marketplace zone. */
export function localDayOf(iso: string, marketplace: string): string {
  const parts = dateFormat(`ymd|${zoneOf(marketplace)}`, 'en-CA', {
    timeZone: zoneOf(marketplace),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(Date.parse(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
