// Local calendar of one marketplace for the demo generator: days counted from the anchor's local day
// (day 0 = "today", -1 = yesterday), their start instants, weekdays and months, and ISO-8601
// formatting with the marketplace's own offset. Pure: the anchor is an argument, never the clock.
import { Temporal } from 'temporal-polyfill';
import type { Instant } from '../../core/catalog/facts.js';
import { marketplaceInfo, type Marketplace } from '../../core/catalog/marketplace.js';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
const DAY_BASE = 2500;

export interface DemoDay {
  /** Days from the anchor's local day (0 = today). */
  readonly offset: number;
  /** 'YYYY-MM-DD' in the marketplace zone. */
  readonly date: string;
  readonly year: number;
  readonly month: number;
  readonly dayOfMonth: number;
  /** 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** 1 … 366. */
  readonly dayOfYear: number;
  /** Local midnight. */
  readonly start: Instant;
  /** The next local midnight (23, 24 or 25 hours later). */
  readonly end: Instant;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** ISO-8601 in UTC with an explicit "+00:00" (Amazon's purchase-date style), whole seconds. */
export function isoUtc(at: Instant): string {
  return `${new Date(at).toISOString().slice(0, 19)}+00:00`;
}

export class MarketClock {
  readonly timeZone: string;
  private readonly anchorDate: Temporal.PlainDate;
  /** Days by offset + DAY_BASE (offsets from -DAY_BASE on); others in `farDays`. */
  private readonly days: (DemoDay | undefined)[] = [];
  private readonly farDays = new Map<number, DemoDay>();
  private readonly offsets = new Map<number, number>();

  constructor(
    readonly marketplace: Marketplace,
    readonly anchor: Instant,
  ) {
    this.timeZone = marketplaceInfo(marketplace).timeZone;
    this.anchorDate = Temporal.Instant.fromEpochMilliseconds(anchor).toZonedDateTimeISO(this.timeZone).toPlainDate();
  }

  /** The local day `offset` days from the anchor's local day. */
  day(offset: number): DemoDay {
    const index = offset + DAY_BASE;
    const near = index >= 0 && index < 2 * DAY_BASE;
    let day = near ? this.days[index] : this.farDays.get(offset);
    if (!day) {
      const date = this.anchorDate.add({ days: offset });
      const start = date.toZonedDateTime({ timeZone: this.timeZone }).epochMilliseconds;
      const end = date.add({ days: 1 }).toZonedDateTime({ timeZone: this.timeZone }).epochMilliseconds;
      day = {
        offset,
        date: date.toString(),
        year: date.year,
        month: date.month,
        dayOfMonth: date.day,
        weekday: date.dayOfWeek,
        dayOfYear: date.dayOfYear,
        start,
        end,
      };
      if (near) this.days[index] = day;
      else this.farDays.set(offset, day);
    }
    return day;
  }

  /** The day offset of a local date 'YYYY-MM-DD' (or of y/m/d). */
  offsetOfDate(year: number, month: number, day: number): number {
    return this.anchorDate.until(Temporal.PlainDate.from({ year, month, day }), { largestUnit: 'days' }).days;
  }

  /** The local year of the anchor. */
  get anchorYear(): number {
    return this.anchorDate.year;
  }

  /** The day offset (from the anchor's day) of the local day holding `at`. */
  offsetOf(at: Instant): number {
    let guess = Math.floor((at - this.day(0).start) / DAY_MS);
    while (this.day(guess).start > at) guess--;
    while (this.day(guess).end <= at) guess++;
    return guess;
  }

  /** The instant of a local wall-clock time on day `offset` (hours may be fractional). */
  at(offset: number, hours: number): Instant {
    const day = this.day(offset);
    return Math.min(day.start + Math.round(hours * 3600) * 1000, day.end - 1000);
  }

  /** The next Monday at or after day `offset`. */
  mondayOnOrAfter(offset: number): number {
    const wd = this.day(offset).weekday;
    return offset + ((8 - wd) % 7);
  }

  /** UTC offset in minutes at an instant (zones here change offset only on whole UTC hours). */
  offsetMinutes(at: Instant): number {
    const hour = Math.floor(at / HOUR_MS);
    let minutes = this.offsets.get(hour);
    if (minutes === undefined) {
      const zdt = Temporal.Instant.fromEpochMilliseconds(hour * HOUR_MS).toZonedDateTimeISO(this.timeZone);
      minutes = Math.round(zdt.offsetNanoseconds / 60_000_000_000);
      this.offsets.set(hour, minutes);
    }
    return minutes;
  }

  /** ISO-8601 with the marketplace's offset, whole seconds: "2025-11-28T09:13:05-08:00". */
  iso(at: Instant): string {
    const minutes = this.offsetMinutes(at);
    return new Date(at + minutes * 60_000).toISOString().slice(0, 19) + formatOffset(minutes);
  }

  /** 'YYYY-MM-DD' local day of an instant. */
  localDate(at: Instant): string {
    return new Date(at + this.offsetMinutes(at) * 60_000).toISOString().slice(0, 10);
  }
}
