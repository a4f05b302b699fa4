// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), with no time zone:
// LocalDay strings ('YYYY-MM-DD') ↔ day numbers, weekdays, and wall-clock fields of a "wall" value
// (local milliseconds counted as if UTC). Algorithms: H. Hinnant, "chrono-Compatible Low-Level Date
// Algorithms" (days_from_civil / civil_from_days). Years 0001–9999 only, as LocalDay has four digits.
import type { LocalDay } from '../catalog/facts.js';
import { CalendarError } from './errors.js';

export const SECOND_MS = 1_000;
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Day number of a civil date (month 1–12, day 1–31); no validation. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Civil date [year, month, day] of a day number. */
export function civilFromDays(dayNumber: number): [number, number, number] {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** First and last supported day numbers: 0001-01-01 and 9999-12-31. */
export const MIN_DAY_NUMBER = daysFromCivil(1, 1, 1);
export const MAX_DAY_NUMBER = daysFromCivil(9999, 12, 31);

/** Reads a fixed-width run of ASCII digits (count ≤ 9) as an integer; -1 when any is not a digit. */
export function digitsAt(text: string, start: number, count: number): number {
  let v = 0;
  for (let i = start; i < start + count; i++) {
    const c = text.charCodeAt(i) - 48; // NaN past the end
    if (!(c >= 0 && c <= 9)) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Day number of a 'YYYY-MM-DD' string, or NaN when it is not a real calendar date. */
export function tryParseLocalDay(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  return daysFromCivil(year, month, day);
}

// Valid day strings seen, by text: a Map read is faster than re-parsing ten characters.
const dayNumbers = new Map<string, number>();
const DAY_CACHE_LIMIT = 200_000;

/** Day number of a LocalDay; throws CalendarError when it is not 'YYYY-MM-DD' and a real date. */
export function parseLocalDay(day: LocalDay): number {
  const cached = dayNumbers.get(day);
  if (cached !== undefined) return cached;
  const n = typeof day === 'string' ? tryParseLocalDay(day) : NaN;
  if (Number.isNaN(n)) throw new CalendarError('CALENDAR_BAD_DAY', { text: String(day) });
  if (dayNumbers.size >= DAY_CACHE_LIMIT) dayNumbers.clear();
  dayNumbers.set(day, n);
  return n;
}

export function isLocalDay(text: string): boolean {
  return !Number.isNaN(tryParseLocalDay(text));
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

function pad4(n: number): string {
  return n >= 1000 ? `${n}` : `${n}`.padStart(4, '0');
}

// Day strings are built once per day number: order lines of a few years share a few thousand days.
const dayStrings = new Map<number, LocalDay>();

/** 'YYYY-MM-DD' of a day number; throws CalendarError outside 0001–9999. */
export function formatDayNumber(dayNumber: number): LocalDay {
  const cached = dayStrings.get(dayNumber);
  if (cached !== undefined) return cached;
  if (!(dayNumber >= MIN_DAY_NUMBER && dayNumber <= MAX_DAY_NUMBER) || !Number.isInteger(dayNumber)) {
    throw new CalendarError('CALENDAR_DAY_OUT_OF_RANGE', { value: String(dayNumber) });
  }
  const [y, m, d] = civilFromDays(dayNumber);
  const text = `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
  if (dayStrings.size >= DAY_CACHE_LIMIT) dayStrings.clear();
  dayStrings.set(dayNumber, text);
  return text;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** 'YYYY-MM-DDTHH:MM:SS[.mmm]' of a wall value (local milliseconds counted as if UTC). */
export function formatWall(wall: number): string {
  const dayNumber = Math.floor(wall / DAY_MS);
  const msOfDay = wall - dayNumber * DAY_MS;
  const h = Math.floor(msOfDay / HOUR_MS);
  const mi = Math.floor((msOfDay % HOUR_MS) / MINUTE_MS);
  const s = Math.floor((msOfDay % MINUTE_MS) / SECOND_MS);
  const ms = msOfDay % SECOND_MS;
  const fraction = ms === 0 ? '' : `.${`${ms}`.padStart(3, '0')}`;
  return `${formatDayNumber(dayNumber)}T${pad2(h)}:${pad2(mi)}:${pad2(s)}${fraction}`;
}

/** '+HH:MM' (or '+HH:MM:SS' for the odd historical offset with seconds) of an offset in ms. */
export function formatOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const abs = Math.abs(offsetMs);
  const h = Math.floor(abs / HOUR_MS);
  const m = Math.floor((abs % HOUR_MS) / MINUTE_MS);
  const s = Math.floor((abs % MINUTE_MS) / SECOND_MS);
  return `${sign}${pad2(h)}:${pad2(m)}${s === 0 ? '' : `:${pad2(s)}`}`;
}
