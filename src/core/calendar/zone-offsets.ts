// UTC offsets of IANA time zones, fast. The offset in force at an instant comes from Intl (the same
// ICU time-zone data Temporal uses) once per zone and UTC hour, then from a per-zone cache keyed by the
// hour. An hour that contains a transition is found by comparing its first and last millisecond, and
// its exact transition instant is then searched once and cached too. Caches only memoise a pure
// function of (zone, instant): results never depend on what was asked before.
import { CalendarError } from './errors.js';
import {
  DAY_MS,
  HOUR_MS,
  MAX_DAY_NUMBER,
  MIN_DAY_NUMBER,
  SECOND_MS,
  daysFromCivil,
  formatDayNumber,
  parseLocalDay,
} from './civil.js';

/** Instants whose local day is within 0001-01-01 … 9999-12-31 in every time zone. */
export const MIN_INSTANT = (MIN_DAY_NUMBER + 1) * DAY_MS;
export const MAX_INSTANT = MAX_DAY_NUMBER * DAY_MS - 1;

interface Split {
  /** First instant (ms) with the new offset. */
  readonly at: number;
  readonly before: number;
  readonly after: number;
}

// Caches are chunked typed arrays rather than one big Map: a lookup is an array read, and order lines
// (in time order or not) fall in a handful of chunks.
const HOUR_BITS = 12; // 4096 hours ≈ 170 days per chunk
const HOUR_MASK = (1 << HOUR_BITS) - 1;
const UNKNOWN = 0x7fffffff;
const SPLIT = 0x7ffffffe;

interface HourChunk {
  /** Offset (ms) in force during each UTC hour, UNKNOWN before it is asked, SPLIT when it has a transition. */
  readonly offsets: Int32Array;
  /** The local day of each UTC hour when the whole hour falls in one local day; '' unknown; null when not. */
  readonly days: (string | null)[];
}

export interface Zone {
  readonly id: string;
  readonly format: Intl.DateTimeFormat;
  readonly hours: Map<number, HourChunk>;
  lastHourKey: number;
  lastHourChunk: HourChunk | null;
  readonly splits: Map<number, Split>;
  /** Start instant of local days by their 'YYYY-MM-DD' text (startOfLocalDay). */
  readonly dayStarts: Map<string, number>;
}

const CHUNK_LIMIT = 2_000; // hour chunks per zone: ≈ 900 years
const DAY_START_LIMIT = 200_000; // day starts per zone: ≈ 550 years
const zones = new Map<string, Zone>();
let lastZone: Zone | null = null;

/** The cached state of a time zone; throws CalendarError for an unknown zone. */
export function zoneFor(timeZone: string): Zone {
  if (lastZone !== null && lastZone.id === timeZone) return lastZone;
  let zone = zones.get(timeZone);
  if (zone === undefined) {
    let format: Intl.DateTimeFormat;
    try {
      if (typeof timeZone !== 'string' || timeZone.trim() === '') throw new RangeError('empty');
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        calendar: 'gregory',
        numberingSystem: 'latn',
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new CalendarError('CALENDAR_BAD_TIME_ZONE', { timeZone: String(timeZone) });
    }
    zone = {
      id: timeZone,
      format,
      hours: new Map(),
      lastHourKey: NaN,
      lastHourChunk: null,
      splits: new Map(),
      dayStarts: new Map(),
    };
    zones.set(timeZone, zone);
  }
  lastZone = zone;
  return zone;
}

/** Throws CalendarError unless `at` is a finite instant within the supported range. */
export function assertInstant(at: number): void {
  if (!(at >= MIN_INSTANT && at <= MAX_INSTANT)) {
    throw new CalendarError('CALENDAR_INSTANT_OUT_OF_RANGE', { value: String(at) });
  }
}

/** Offset from ICU, straight: local wall time (to the second) minus the instant (to the second). */
function intlOffset(zone: Zone, at: number): number {
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of zone.format.formatToParts(at)) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value);
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
    }
  }
  const wall = daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * SECOND_MS;
  return wall - Math.floor(at / SECOND_MS) * SECOND_MS;
}

function hourChunk(zone: Zone, hour: number): HourChunk {
  const key = hour >> HOUR_BITS;
  if (key === zone.lastHourKey) return zone.lastHourChunk as HourChunk;
  let chunk = zone.hours.get(key);
  if (chunk === undefined) {
    if (zone.hours.size >= CHUNK_LIMIT) zone.hours.clear();
    chunk = {
      offsets: new Int32Array(1 << HOUR_BITS).fill(UNKNOWN),
      days: new Array<string | null>(1 << HOUR_BITS).fill(''),
    };
    zone.hours.set(key, chunk);
  }
  zone.lastHourKey = key;
  zone.lastHourChunk = chunk;
  return chunk;
}

function fillHour(zone: Zone, hour: number, chunk: HourChunk): number {
  const start = hour * HOUR_MS;
  const before = intlOffset(zone, start);
  const after = intlOffset(zone, start + HOUR_MS - 1);
  if (before === after) {
    chunk.offsets[hour & HOUR_MASK] = before;
    const first = Math.floor((start + before) / DAY_MS);
    const last = Math.floor((start + HOUR_MS - 1 + before) / DAY_MS);
    chunk.days[hour & HOUR_MASK] = first === last ? formatDayNumber(first) : null;
    return before;
  }
  // Transitions fall on whole seconds: search the first second of the hour with the new offset.
  let lo = start / SECOND_MS; // offset `before`
  let hi = (start + HOUR_MS) / SECOND_MS - 1; // offset `after`
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (intlOffset(zone, mid * SECOND_MS) === before) lo = mid;
    else hi = mid;
  }
  zone.splits.set(hour, { at: hi * SECOND_MS, before, after });
  chunk.offsets[hour & HOUR_MASK] = SPLIT;
  chunk.days[hour & HOUR_MASK] = null;
  return SPLIT;
}

/** UTC offset in ms (local = instant + offset) in force at `at` in `zone`. Hot path: one array read. */
export function offsetAt(zone: Zone, at: number): number {
  if (!(at >= MIN_INSTANT && at <= MAX_INSTANT)) assertInstant(at);
  const hour = Math.floor(at / HOUR_MS);
  const chunk = hourChunk(zone, hour);
  let offset = chunk.offsets[hour & HOUR_MASK] as number;
  if (offset === UNKNOWN) offset = fillHour(zone, hour, chunk);
  if (offset === SPLIT) {
    const split = zone.splits.get(hour) as Split;
    return at < split.at ? split.before : split.after;
  }
  return offset;
}

/** The local day of `at` in `zone` ('YYYY-MM-DD'). Hot path: one array read. */
export function localDayIn(zone: Zone, at: number): string {
  if (!(at >= MIN_INSTANT && at <= MAX_INSTANT)) assertInstant(at);
  const hour = Math.floor(at / HOUR_MS);
  const chunk = hourChunk(zone, hour);
  const day = chunk.days[hour & HOUR_MASK] as string | null;
  if (day !== null && day !== '') return day;
  return formatDayNumber(Math.floor((at + offsetAt(zone, at)) / DAY_MS));
}

/**
 * The instant at which the local wall clock of `zone` shows `wall` (local ms counted as if UTC),
 * with Temporal's 'compatible' disambiguation: a wall time repeated by a backward change resolves to
 * the earlier instant; one skipped by a forward change is moved forward by the change (02:30 on a
 * spring-forward night in Los Angeles → 03:30 PDT). Assumes at most one transition within ±1 day.
 */
export function wallToInstant(zone: Zone, wall: number): number {
  const before = offsetAt(zone, Math.max(wall - DAY_MS, MIN_INSTANT));
  const after = offsetAt(zone, Math.min(wall + DAY_MS, MAX_INSTANT));
  let result: number;
  if (before === after) {
    result = wall - before;
  } else {
    const early = wall - before;
    const late = wall - after;
    const earlyValid = offsetAt(zone, early) === before;
    const lateValid = offsetAt(zone, late) === after;
    if (earlyValid && lateValid) result = Math.min(early, late);
    else if (earlyValid) result = early;
    else if (lateValid) result = late;
    else result = wall - before; // in a gap: keep the offset before the change, i.e. move forward
  }
  assertInstant(result);
  return result;
}

/** Day number (days since 1970-01-01) of the local day of `at` in `zone`. */
export function dayNumberIn(zone: Zone, at: number): number {
  return Math.floor((at + offsetAt(zone, at)) / DAY_MS);
}

/**
 * First instant of a local day in `zone`: local midnight, or where midnight is skipped by a change,
 * the first instant after it. Cached per zone by the day's text.
 */
export function startOfDayIn(zone: Zone, day: string): number {
  const cached = zone.dayStarts.get(day);
  if (cached !== undefined) return cached;
  const start = wallToInstant(zone, parseLocalDay(day) * DAY_MS);
  if (zone.dayStarts.size >= DAY_START_LIMIT) zone.dayStarts.clear();
  zone.dayStarts.set(day, start);
  return start;
}
