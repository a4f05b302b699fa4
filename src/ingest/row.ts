// One data row of an imported file, with typed readers for its cells. A reader that finds a bad value
// records an Issue (line, column, reason) on the row and returns a placeholder; the converter checks
// `row.failed` before adding facts, so placeholders never become facts. Every bad cell of a row is
// reported, not only the first.
import type { Instant, Minor } from '../core/catalog/facts.js';
import { MARKETPLACES, type Marketplace } from '../core/catalog/marketplace.js';
import { CalendarError, parseDayOrInstant } from '../core/calendar/calendar.js';
import { CURRENCIES, type Currency, MoneyError, minorDigits, parseMoney, parseRate } from '../core/money/money.js';
import { INGEST } from './messages.js';
import type { Issue } from './reader.js';

/** Why a cell's text is not a value; turned into an Issue for the cell's line and column. */
class Invalid {
  constructor(
    readonly code: string,
    readonly values: Readonly<Record<string, string | number>> = {},
  ) {}
}

const DECIMAL = /^[+-]?\d+(?:\.\d+)?$/;
const INTEGER = /^[+-]?\d+$/;
const PERCENT = /^\d+(?:\.\d{1,2}0*)?$/;

export interface NumberRange {
  readonly min: number;
  readonly max?: number;
  /** True when `min` itself is not allowed (a volume must be above 0). */
  readonly aboveMin?: boolean;
}

function rangeText(range: NumberRange): string {
  return `${range.aboveMin ? '(' : '['}${range.min}, ${range.max ?? '∞'}${range.max === undefined ? ')' : ']'}`;
}

export class Row {
  readonly issues: Issue[] = [];

  constructor(
    /** 1-based line of the file where the row starts (the header is line 1). */
    readonly line: number,
    private readonly cells: readonly string[],
    private readonly columnIndex: ReadonlyMap<string, number>,
  ) {}

  get failed(): boolean {
    return this.issues.length > 0;
  }

  /** True when the header has this column. */
  has(column: string): boolean {
    return this.columnIndex.has(column);
  }

  /** The cell's text, trimmed; '' when empty or when the header lacks the column. */
  raw(column: string): string {
    const i = this.columnIndex.get(column);
    return i === undefined ? '' : (this.cells[i] ?? '').trim();
  }

  fail(column: string | null, code: string, values: Readonly<Record<string, string | number>> = {}): void {
    this.issues.push({ line: this.line, column, code, values });
  }

  private read<T>(column: string, required: boolean, parse: (text: string) => T | Invalid): T | null {
    const text = this.raw(column);
    if (text === '') {
      if (required) this.fail(column, INGEST.IMPORT_REQUIRED);
      return null;
    }
    const value = parse(text);
    if (value instanceof Invalid) {
      this.fail(column, value.code, { value: text, ...value.values });
      return null;
    }
    return value;
  }

  text(column: string): string {
    return this.read(column, true, (s) => s) ?? '';
  }

  optionalText(column: string): string | null {
    return this.read(column, false, (s) => s);
  }

  money(column: string, currency: Currency): Minor {
    return this.read(column, true, (s) => parseAmount(s, currency)) ?? 0;
  }

  optionalMoney(column: string, currency: Currency): Minor | null {
    return this.read(column, false, (s) => parseAmount(s, currency));
  }

  instant(column: string, timeZone: string): Instant {
    return this.read(column, true, (s) => parseWhen(s, timeZone)) ?? 0;
  }

  optionalInstant(column: string, timeZone: string): Instant | null {
    return this.read(column, false, (s) => parseWhen(s, timeZone));
  }

  bool(column: string): boolean {
    return this.read(column, true, parseBool) ?? false;
  }

  oneOf<T extends string>(column: string, allowed: readonly T[]): T {
    return this.read(column, true, (s) => parseOneOf(s, allowed)) ?? (allowed[0] as T);
  }

  optionalOneOf<T extends string>(column: string, allowed: readonly T[]): T | null {
    return this.read(column, false, (s) => parseOneOf(s, allowed));
  }

  marketplace(column: string): Marketplace {
    return this.oneOf(column, MARKETPLACES);
  }

  currency(column: string): Currency {
    return this.oneOf(column, CURRENCIES);
  }

  integer(column: string, min: number): number {
    return this.read(column, true, (s) => parseInteger(s, min)) ?? min;
  }

  optionalInteger(column: string, min: number): number | null {
    return this.read(column, false, (s) => parseInteger(s, min));
  }

  /** A decimal number that is not money (a rating, a volume). */
  optionalNumber(column: string, range: NumberRange): number | null {
    return this.read(column, false, (s) => parseNumber(s, range));
  }

  /** A percentage: 30 = 30%, 0 to 100, at most two decimals (money.percentToBasisPoints). */
  optionalPercent(column: string): number | null {
    return this.read(column, false, (s) =>
      PERCENT.test(s) && Number(s) <= 100 ? Number(s) : new Invalid(INGEST.IMPORT_NOT_PERCENT),
    );
  }

  /** An exact positive decimal rate, kept as its text ("0.1331"). */
  optionalRate(column: string): string | null {
    return this.read(column, false, (s) => {
      try {
        parseRate(s);
        return s;
      } catch {
        return new Invalid(INGEST.IMPORT_NOT_RATE);
      }
    });
  }
}

function parseAmount(text: string, currency: Currency): Minor | Invalid {
  if (!DECIMAL.test(text)) return new Invalid(INGEST.IMPORT_NOT_MONEY);
  const fraction = text.split('.')[1] ?? '';
  const digits = minorDigits(currency);
  if (/[1-9]/.test(fraction.slice(digits))) return new Invalid(INGEST.IMPORT_MONEY_DECIMALS, { digits, currency });
  try {
    const amount = parseMoney(text, currency);
    return amount < 0 ? new Invalid(INGEST.IMPORT_NEGATIVE) : amount;
  } catch (error) {
    if (error instanceof MoneyError) return new Invalid(INGEST.IMPORT_NOT_MONEY);
    throw error;
  }
}

/** ISO-8601 with offset, or 'YYYY-MM-DD' as local midnight in the marketplace zone. */
function parseWhen(text: string, timeZone: string): Instant | Invalid {
  try {
    return parseDayOrInstant(text, timeZone);
  } catch (error) {
    if (error instanceof CalendarError) return new Invalid(INGEST.IMPORT_NOT_A_DATE);
    throw error;
  }
}

function parseBool(text: string): boolean | Invalid {
  const lower = text.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  return new Invalid(INGEST.IMPORT_NOT_BOOLEAN);
}

/** Case-insensitive match, returning the canonical spelling ('New' → 'new', 'de' → 'DE'). */
function parseOneOf<T extends string>(text: string, allowed: readonly T[]): T | Invalid {
  const lower = text.toLowerCase();
  return (
    allowed.find((a) => a.toLowerCase() === lower) ??
    new Invalid(INGEST.IMPORT_NOT_ONE_OF, { allowed: allowed.join(', ') })
  );
}

function parseInteger(text: string, min: number): number | Invalid {
  const value = Number(text);
  return INTEGER.test(text) && Number.isSafeInteger(value) && value >= min
    ? value
    : new Invalid(INGEST.IMPORT_NOT_INTEGER, { min });
}

function parseNumber(text: string, range: NumberRange): number | Invalid {
  const value = Number(text);
  const ok =
    DECIMAL.test(text) &&
    (range.aboveMin ? value > range.min : value >= range.min) &&
    (range.max === undefined || value <= range.max);
  return ok ? value : new Invalid(INGEST.IMPORT_NOT_NUMBER, { range: rangeText(range) });
}
