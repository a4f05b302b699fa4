// Values of Amazon report cells. Amazon writes empty cells for "none / not applicable", Yes/No or
// true/false for flags, plain decimals with a dot for money and quantities (sometimes "12.0"), UTC
// instants (2020-02-18T05:05:21+00:00) and days in several shapes. Each reader takes the row and the
// cell's column in this file's header (null when the header has no such column: the value is null);
// a bad value is recorded on the row (line, column, reason) and a placeholder returned.
import type { Condition, Instant, LocalDay, Minor } from '../../core/catalog/facts.js';
import type { Marketplace } from '../../core/catalog/marketplace.js';
import { CalendarError, localDay, parseInstant, startOfLocalDay, timeZoneOf } from '../../core/calendar/calendar.js';
import { MoneyError, minorDigits, parseMoney, type Currency } from '../../core/money/money.js';
import { INGEST } from '../messages.js';
import type { Row } from '../row.js';
import { AMAZON } from './messages.js';

/** The cell's trimmed text; '' when the header lacks the column. */
export function cell(row: Row, column: string | null): string {
  return column === null ? '' : row.raw(column);
}

export function text(row: Row, column: string | null): string | null {
  const s = cell(row, column);
  return s === '' ? null : s;
}

/** Text that must be there (an order id, a SKU). */
export function requiredText(row: Row, column: string): string {
  const s = row.raw(column);
  if (s === '') row.fail(column, INGEST.IMPORT_REQUIRED);
  return s;
}

const QUANTITY = /^\d+(?:\.0*)?$/;

/** Units ≥ 0 ("12" or "12.0"); empty → null, or 0 when `emptyIsZero` (Amazon leaves zero stock blank). */
export function quantity(row: Row, column: string | null, emptyIsZero = false): number | null {
  const s = cell(row, column);
  if (s === '') return column !== null && emptyIsZero ? 0 : null;
  const n = Number(s);
  if (!QUANTITY.test(s) || !Number.isSafeInteger(n) || n > 2_147_483_647) {
    row.fail(column, AMAZON.IMPORT_AMAZON_NOT_QUANTITY, { value: s });
    return 0;
  }
  return n;
}

const DECIMAL = /^\d+(?:\.\d+)?$|^\.\d+$/;

/** A decimal ≥ 0 that is not money (days of supply, a volume, sell-through). */
export function decimal(row: Row, column: string | null): number | null {
  const s = cell(row, column);
  if (s === '') return null;
  if (!DECIMAL.test(s) || !Number.isFinite(Number(s))) {
    row.fail(column, AMAZON.IMPORT_AMAZON_NOT_NUMBER, { value: s });
    return 0;
  }
  return Number(s);
}

const MONEY = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const PLAIN_MONEY = /^-?\d+(?:\.\d+)?$/;

/**
 * An amount in `currency`. Amazon writes discounts as negative amounts in some reports: with `absolute`
 * the sign is dropped; otherwise a negative amount is rejected.
 */
export function money(row: Row, column: string | null, currency: Currency, absolute = false): Minor | null {
  const s = cell(row, column);
  if (s === '') return null;
  if (!MONEY.test(s)) {
    row.fail(column, INGEST.IMPORT_NOT_MONEY, { value: s });
    return 0;
  }
  let amount: number;
  try {
    // "+1.5", ".5", "-.5" and "5." are made plain for parseMoney; plain ones ("25.99", "-2.00": nearly
    // every cell) go as they are, without the three replacements (with find's shortcut in
    // stored-lines.ts, reading a 1,000,000-line All Orders file went from 3.75 to 3.58 µs per line).
    const plain = PLAIN_MONEY.test(s)
      ? s
      : s
          .replace(/^\+/, '')
          .replace(/^(-?)\./, '$10.')
          .replace(/\.$/, '');
    amount = parseMoney(plain, currency);
  } catch (error) {
    if (!(error instanceof MoneyError)) throw error;
    row.fail(column, INGEST.IMPORT_MONEY_DECIMALS, { value: s, digits: minorDigits(currency), currency });
    return 0;
  }
  if (amount < 0 && !absolute) {
    row.fail(column, INGEST.IMPORT_NEGATIVE, { value: s });
    return 0;
  }
  return Math.abs(amount);
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

export function yesNo(row: Row, column: string | null): boolean | null {
  const s = cell(row, column).toLowerCase();
  if (s === '') return null;
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  row.fail(column, AMAZON.IMPORT_AMAZON_NOT_YES_NO, { value: cell(row, column) });
  return false;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function validDay(y: number, m: number, d: number): LocalDay | null {
  if (m < 1 || m > 12 || d < 1 || y < 1) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= last ? `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}` : null;
}

/**
 * A local day: YYYY-MM-DD, YYYY/MM/DD, an ISO instant (its day in the marketplace zone), or a
 * slashed day — month first on US files (MM/DD/YYYY), day first elsewhere (DD/MM/YYYY, DD.MM.YYYY).
 */
export function day(row: Row, column: string | null, marketplace: Marketplace): LocalDay | null {
  const s = cell(row, column);
  if (s === '') return null;
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(s);
  let result: LocalDay | null = null;
  if (m) result = validDay(Number(m[1]), Number(m[2]), Number(m[3]));
  else if ((m = /^(\d{1,2})([/.])(\d{1,2})[/.](\d{4})$/.exec(s))) {
    const monthFirst = marketplace === 'US' && m[2] === '/';
    const [a, b] = [Number(m[1]), Number(m[3])];
    result = validDay(Number(m[4]), monthFirst ? a : b, monthFirst ? b : a);
  } else {
    const at = instantOf(s, timeZoneOf(marketplace));
    if (at !== null) result = localDay(at, timeZoneOf(marketplace));
  }
  if (result === null) {
    row.fail(column, AMAZON.IMPORT_AMAZON_NOT_DAY, {
      value: s,
      slashed: marketplace === 'US' ? 'MM/DD/YYYY' : 'DD/MM/YYYY',
    });
  }
  return result;
}

/** Zone abbreviations seen in older Amazon flat files. */
const ZONES: Readonly<Record<string, string>> = {
  UTC: 'Z',
  GMT: 'Z',
  Z: 'Z',
  PST: '-08:00',
  PDT: '-07:00',
  BST: '+01:00',
  CET: '+01:00',
  CEST: '+02:00',
  JST: '+09:00',
};

const NO_OFFSET = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?: ?([A-Z]{1,4}))?$/;

function instantOf(s: string, timeZone: string): Instant | null {
  try {
    return parseInstant(s);
  } catch (error) {
    if (!(error instanceof CalendarError)) throw error;
  }
  try {
    if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return startOfLocalDay(s, timeZone);
    const m = NO_OFFSET.exec(s);
    if (!m) return null;
    // Amazon's report times are UTC when they carry no offset.
    const zone = m[3] === undefined ? 'Z' : ZONES[m[3]];
    return zone === undefined ? null : parseInstant(`${m[1]}T${m[2]}${zone}`);
  } catch (error) {
    if (error instanceof CalendarError) return null;
    throw error;
  }
}

/** An instant: ISO-8601 with offset; without one, UTC; a bare day is local midnight of the marketplace. */
export function instant(row: Row, column: string | null, marketplace: Marketplace): Instant | null {
  const s = cell(row, column);
  if (s === '') return null;
  const at = instantOf(s, timeZoneOf(marketplace));
  if (at === null) row.fail(column, AMAZON.IMPORT_AMAZON_NOT_INSTANT, { value: s });
  return at ?? 0;
}

/** Amazon's condition names: New; Used / UsedLikeNew / Used - Very Good…; Collectible…; Refurbished, Renewed. */
export function condition(row: Row, column: string | null): Condition {
  const s = cell(row, column);
  const lower = s.toLowerCase();
  if (lower === '' || lower.startsWith('new')) return 'new';
  if (lower.startsWith('used')) return 'used';
  if (lower.startsWith('collectible')) return 'collectible';
  if (lower.startsWith('refurbished') || lower.startsWith('renewed')) return 'refurbished';
  row.fail(column, AMAZON.IMPORT_AMAZON_CONDITION, { value: s });
  return 'new';
}
