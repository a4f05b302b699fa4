// Errors of the calendar: malformed instants, days, time zones or counts. Each carries a stable code
// from the message catalogue (English + Simplified Chinese) and the values that explain it.
import { defineMessages, t } from '../messages/messages.js';

export const CALENDAR_MESSAGES = defineMessages({
  CALENDAR_INSTANT_IS_DAY: {
    en: '"{text}" is a day, not an instant: add a time and a UTC offset, e.g. {text}T00:00:00Z',
    zh: '"{text}" 是日期而不是时刻：请加上时间和 UTC 偏移，例如 {text}T00:00:00Z',
  },
  CALENDAR_INSTANT_NO_OFFSET: {
    en: '"{text}" has no UTC offset: add Z or an offset such as -08:00',
    zh: '"{text}" 缺少 UTC 偏移：请加上 Z 或 -08:00 这样的偏移',
  },
  CALENDAR_INSTANT_MALFORMED: {
    en: '"{text}" is not an ISO-8601 instant; expected e.g. 2026-03-08T01:30:00-08:00 or 2026-03-08T09:30:00Z',
    zh: '"{text}" 不是 ISO-8601 时刻；应为 2026-03-08T01:30:00-08:00 或 2026-03-08T09:30:00Z 这样的格式',
  },
  CALENDAR_INSTANT_OUT_OF_RANGE: {
    en: 'instant {value} is outside the supported years 0001–9999',
    zh: '时刻 {value} 超出支持的年份范围 0001–9999',
  },
  CALENDAR_DAY_OUT_OF_RANGE: {
    en: 'the day {value} days after 1970-01-01 is outside the supported years 0001–9999',
    zh: '1970-01-01 之后第 {value} 天超出支持的年份范围 0001–9999',
  },
  CALENDAR_BAD_DAY: {
    en: '"{text}" is not a calendar day in the form YYYY-MM-DD',
    zh: '"{text}" 不是 YYYY-MM-DD 格式的有效日期',
  },
  CALENDAR_BAD_TIME_ZONE: {
    en: '"{timeZone}" is not a known IANA time zone',
    zh: '"{timeZone}" 不是已知的 IANA 时区',
  },
  CALENDAR_BAD_COUNT: {
    en: '{name} must be a whole number, got {value}',
    zh: '{name} 必须是整数，实际为 {value}',
  },
  CALENDAR_NEGATIVE_COUNT: {
    en: '{name} must not be negative, got {value}',
    zh: '{name} 不能为负数，实际为 {value}',
  },
  CALENDAR_BAD_WEEKDAY: {
    en: 'weekday must be 1 (Monday) to 7 (Sunday), got {value}',
    zh: '星期必须是 1（星期一）到 7（星期日），实际为 {value}',
  },
});

export type CalendarErrorCode = keyof typeof CALENDAR_MESSAGES;

/** A malformed calendar input. `message` is English; `messageZh` the Simplified Chinese text. */
export class CalendarError extends Error {
  override readonly name = 'CalendarError';
  readonly messageZh: string;

  constructor(
    readonly code: CalendarErrorCode,
    readonly values: Readonly<Record<string, unknown>>,
  ) {
    super(t(code, values, 'en'));
    this.messageZh = t(code, values, 'zh-CN');
  }
}

/** Refuses a count of days (or similar) that is not a safe integer. */
export function assertWhole(value: number, name: string): void {
  if (!Number.isSafeInteger(value)) throw new CalendarError('CALENDAR_BAD_COUNT', { name, value: String(value) });
}

/** Refuses a count that is not a safe integer ≥ 0. */
export function assertCount(value: number, name: string): void {
  assertWhole(value, name);
  if (value < 0) throw new CalendarError('CALENDAR_NEGATIVE_COUNT', { name, value: String(value) });
}
