// The what-if timeline of an ASIN (issue 3: `clearway timeline`, GET /api/v1/timeline/:asin): loads the
// ASIN's facts (planned promotions included) and offers, asks core/simulate for each local day of the
// range, and shapes the JSON document both the CLI (--json) and the API return: money as decimal
// strings next to `currency`, instants ISO-8601 with the marketplace offset, local days YYYY-MM-DD.
import type { Instant, LocalDay, Minor, PromotionKind } from '../core/catalog/facts.js';
import { marketplaceInfo, type Marketplace } from '../core/catalog/marketplace.js';
import {
  addDays,
  CalendarError,
  daysBetween,
  formatInstant,
  localDay,
  parseDayOrInstant,
} from '../core/calendar/calendar.js';
import { defineMessages, t, type Lang, type RuleIssue } from '../core/messages/messages.js';
import { formatMoney, type Currency } from '../core/money/money.js';
import type { AddOnDiscountRange, PriceCondition } from '../core/promotions/max-price.js';
import type { LowestNetCause } from '../core/reference-prices/lowest-net-price.js';
import { ruleSetFor } from '../core/rules/rules.js';
import {
  timeline,
  type KindOutlook,
  type LowChange,
  type Timeline,
  type TimelineDay,
} from '../core/simulate/timeline.js';
import type { FactStore } from '../store/types.js';
import { loadAsinFacts, marketplaceOfAsin } from './asin-facts.js';

export const TIMELINE_MESSAGES = defineMessages({
  TIMELINE_BAD_DAY: {
    en: '{option}: "{value}" is not a day (YYYY-MM-DD) or an instant (ISO-8601 with offset)',
    zh: '{option}："{value}" 不是日期（YYYY-MM-DD）或时刻（带时区偏移的 ISO-8601）',
  },
  TIMELINE_RANGE_REVERSED: {
    en: '--from ({from}) is after --to ({to})',
    zh: '--from（{from}）晚于 --to（{to}）',
  },
  TIMELINE_RANGE_TOO_LONG: {
    en: 'the range {from} to {to} has {days} days; at most {max} days at a time',
    zh: '{from} 至 {to} 共 {days} 天；一次最多 {max} 天',
  },
});

/** The longest range one request may ask for (about two years). */
export const TIMELINE_MAX_DAYS = 731;
/** Days shown when no end is given. */
export const TIMELINE_DEFAULT_DAYS = 30;

/** Bad input of a timeline request (CONTRACT exit 2, HTTP 400). */
export class TimelineInputError extends Error {
  override readonly name = 'TimelineInputError';
  constructor(
    readonly code: string,
    readonly values: Readonly<Record<string, unknown>>,
  ) {
    super(t(code, values));
  }
  messageIn(lang: Lang): string {
    return t(this.code, this.values, lang);
  }
}

export interface TimelineRequest {
  readonly asin: string;
  /** `--marketplace`, or null (DEC-2). */
  readonly marketplace: Marketplace | null;
  /** A local day YYYY-MM-DD or an ISO instant (its local day), both included. */
  readonly from: string;
  /** Default: TIMELINE_DEFAULT_DAYS days from `from`. */
  readonly to: string | null;
}

// ---- JSON document -------------------------------------------------------------------------------

export interface IssueJson {
  readonly code: string;
  readonly rule: string;
  readonly message: string;
  readonly messageZh: string;
  readonly values: Readonly<Record<string, unknown>>;
}

export interface CauseJson {
  readonly promotionIds: string[];
  readonly kinds: PromotionKind[];
  readonly price: string;
  readonly context: string;
}

export interface ConditionJson {
  readonly rule: string;
  readonly code: string;
  readonly against: PriceCondition['against'];
  readonly base: string;
  readonly pct: number | null;
  readonly strict: boolean;
  readonly max: string;
}

export interface KindJson {
  readonly ok: boolean;
  readonly event: boolean;
  readonly maxPrice: string | null;
  readonly minPrice: string | null;
  readonly binding: ConditionJson | null;
  readonly conditions: ConditionJson[];
  readonly reasons: IssueJson[];
  readonly discount: {
    readonly minPct: number | null;
    readonly maxPct: number;
    readonly minAmount: string | null;
    readonly maxAmount: string;
  } | null;
}

export interface LowChangeJson {
  readonly day: LocalDay;
  readonly direction: LowChange['direction'];
  readonly from: string | null;
  readonly to: string | null;
  readonly cause: CauseJson | null;
  readonly previousCause: CauseJson | null;
}

export interface TimelineDayJson {
  readonly day: LocalDay;
  readonly at: string;
  readonly ruleSetVersion: string;
  readonly event: string | null;
  readonly currentPrice: string | null;
  readonly listPrice: {
    readonly value: string | null;
    readonly validated: boolean;
    readonly basis: 'orders' | 'evidence' | null;
  };
  readonly wasPrice: { readonly value: string | null; readonly qualifyingOrders: number; readonly frozen: boolean };
  readonly lowestRecentPrice: string | null;
  readonly lowest30DayNetPrice: {
    readonly value: string | null;
    readonly at: string | null;
    readonly until: string | null;
    readonly cause: CauseJson | null;
  };
  readonly reference: { readonly value: string | null; readonly kind: 'list_price' | 'was_price' | null };
  readonly live: {
    readonly id: string;
    readonly kind: PromotionKind;
    readonly sku: string;
    readonly start: string;
    readonly end: string;
    readonly netPrice: string | null;
    readonly stack: string[];
  }[];
  readonly canRun: Readonly<Record<PromotionKind, KindJson>>;
  readonly lowChange: Omit<LowChangeJson, 'day'> | null;
}

export interface TimelineJson {
  readonly asin: string;
  readonly marketplace: Marketplace;
  readonly currency: Currency;
  readonly timeZone: string;
  readonly from: LocalDay;
  readonly to: LocalDay;
  readonly days: TimelineDayJson[];
  /** Every day the 30-day lowest net price moved, with why (the price chain, PM-10). */
  readonly changes: LowChangeJson[];
}

function issueJson(i: RuleIssue): IssueJson {
  return { code: i.code, rule: i.rule, message: i.message, messageZh: i.messageZh, values: i.values };
}

/** Shapes a core Timeline as the JSON document (money → decimal strings, instants → ISO with offset). */
export function timelineJson(tl: Timeline): TimelineJson {
  const { currency, timeZone } = tl;
  const m = (v: Minor | null): string | null => (v === null ? null : formatMoney(v, currency));
  const iso = (at: Instant | null): string | null => (at === null ? null : formatInstant(at, timeZone));
  const cause = (c: LowestNetCause | null): CauseJson | null =>
    c === null
      ? null
      : {
          promotionIds: [...c.promotionIds],
          kinds: [...c.kinds],
          price: formatMoney(c.price, currency),
          context: c.context,
        };
  const condition = (c: PriceCondition): ConditionJson => ({
    rule: c.rule,
    code: c.code,
    against: c.against,
    base: formatMoney(c.base, currency),
    pct: c.pct,
    strict: c.strict,
    max: formatMoney(c.max, currency),
  });
  const discount = (d: AddOnDiscountRange | null): KindJson['discount'] =>
    d === null
      ? null
      : {
          minPct: d.minPct,
          maxPct: d.maxPct,
          minAmount: m(d.minAmount),
          maxAmount: formatMoney(d.maxAmount, currency),
        };
  const kind = (k: KindOutlook): KindJson => ({
    ok: k.ok,
    event: k.event,
    maxPrice: m(k.maxPrice),
    minPrice: m(k.minPrice),
    binding: k.binding === null ? null : condition(k.binding),
    conditions: k.conditions.map(condition),
    reasons: k.reasons.map(issueJson),
    discount: discount(k.discount),
  });
  const change = (c: LowChange): Omit<LowChangeJson, 'day'> => ({
    direction: c.direction,
    from: m(c.from),
    to: m(c.to),
    cause: cause(c.cause),
    previousCause: cause(c.previousCause),
  });
  const day = (d: TimelineDay): TimelineDayJson => ({
    day: d.day,
    at: formatInstant(d.at, timeZone),
    ruleSetVersion: d.ruleSetVersion,
    event: d.event,
    currentPrice: m(d.currentPrice),
    listPrice: { value: m(d.listPrice.value), validated: d.listPrice.validated, basis: d.listPrice.basis },
    wasPrice: { value: m(d.wasPrice.value), qualifyingOrders: d.wasPrice.qualifyingOrders, frozen: d.wasPrice.frozen },
    lowestRecentPrice: m(d.lowestRecentPrice),
    lowest30DayNetPrice: {
      value: m(d.lowest30DayNetPrice.value),
      at: iso(d.lowest30DayNetPrice.at),
      until: iso(d.lowest30DayNetPrice.until),
      cause: cause(d.lowest30DayNetPrice.cause),
    },
    reference: { value: m(d.reference.value), kind: d.reference.kind },
    live: d.live.map((l) => ({
      id: l.id,
      kind: l.kind,
      sku: l.sku,
      start: formatInstant(l.start, timeZone),
      end: formatInstant(l.end, timeZone),
      netPrice: m(l.netPrice),
      stack: [...l.stack],
    })),
    canRun: Object.fromEntries(Object.entries(d.canRun).map(([k, v]) => [k, kind(v)])) as Record<
      PromotionKind,
      KindJson
    >,
    lowChange: d.lowChange === null ? null : change(d.lowChange),
  });
  const days = tl.days.map(day);
  const changes: LowChangeJson[] = [];
  for (const d of tl.days) if (d.lowChange !== null) changes.push({ day: d.day, ...change(d.lowChange) });
  return { asin: tl.asin, marketplace: tl.marketplace, currency, timeZone, from: tl.from, to: tl.to, days, changes };
}

// ---- use case ------------------------------------------------------------------------------------

function dayOf(option: string, text: string, timeZone: string): LocalDay {
  try {
    return localDay(parseDayOrInstant(text, timeZone), timeZone);
  } catch (error) {
    if (error instanceof CalendarError) throw new TimelineInputError('TIMELINE_BAD_DAY', { option, value: text });
    throw error;
  }
}

/** The local days of a request in the marketplace's zone, checked (TimelineInputError when wrong). */
export function timelineRange(
  from: string,
  to: string | null,
  marketplace: Marketplace,
): { readonly from: LocalDay; readonly to: LocalDay } {
  const tz = marketplaceInfo(marketplace).timeZone;
  const first = dayOf('--from', from, tz);
  const last = to === null ? addDays(first, TIMELINE_DEFAULT_DAYS - 1) : dayOf('--to', to, tz);
  const days = daysBetween(first, last) + 1;
  if (days < 1) throw new TimelineInputError('TIMELINE_RANGE_REVERSED', { from: first, to: last });
  if (days > TIMELINE_MAX_DAYS) {
    throw new TimelineInputError('TIMELINE_RANGE_TOO_LONG', { from: first, to: last, days, max: TIMELINE_MAX_DAYS });
  }
  return { from: first, to: last };
}

/**
 * The what-if timeline of an account's ASIN. Throws UnknownItemError (unknown ASIN),
 * MarketplaceNeededError (sold on several marketplaces, none named) or TimelineInputError (bad range).
 */
export async function timelineForAsin(store: FactStore, account: string, req: TimelineRequest): Promise<TimelineJson> {
  const marketplace = await marketplaceOfAsin(store, account, req.asin, req.marketplace);
  const range = timelineRange(req.from, req.to, marketplace);
  const [facts, offers] = await Promise.all([
    loadAsinFacts(store, account, req.asin, marketplace),
    store.loadFacts(account, 'offers', { marketplace, asin: req.asin }),
  ]);
  const tl = timeline(facts, range.from, range.to, (at) => ruleSetFor(marketplace, at), { offers });
  return timelineJson(tl);
}
