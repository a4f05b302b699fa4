// GET /api/v1/timeline/:asin?from=&to=&marketplace=: the what-if timeline of an ASIN (issue 3), the same
// document as `clearway timeline ASIN --json`. from/to: a local day YYYY-MM-DD or an ISO instant (its
// local day), both included. Unknown ASIN → 404 UNKNOWN_ASIN; a bad or reversed range, or a
// marketplace needed → 400.
import { z } from 'zod';
import { MarketplaceNeededError, UnknownItemError } from '../../app/asin-facts.js';
import { TimelineInputError, timelineForAsin } from '../../app/timeline.js';
import { PROMOTION_KINDS } from '../../core/catalog/facts.js';
import { MARKETPLACES } from '../../core/catalog/marketplace.js';
import { CURRENCIES } from '../../core/money/money.js';
import { KEY_SECURITY, type ApiRoutes } from '../context.js';
import { ErrorBody, sendError } from '../errors.js';

const money = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .describe('Decimal amount in major units of `currency`, e.g. "23.09"');
const instant = z.string().describe('ISO-8601 instant with the marketplace offset');
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('Local day of the marketplace, YYYY-MM-DD');
const kind = z.enum(PROMOTION_KINDS);

const Issue = z.object({
  code: z.string().describe('Stable machine code, e.g. NO_REFERENCE_PRICE'),
  rule: z.string().describe('RULEBOOK rule ID'),
  message: z.string(),
  messageZh: z.string(),
  values: z.record(z.string(), z.unknown()).describe('The values compared'),
});

const Cause = z
  .object({
    promotionIds: z.array(z.string()).describe('Direct-price promotion first, then add-ons'),
    kinds: z.array(kind),
    price: money,
    context: z.string().describe("Buyer context: 'all', 'prime', 'first_time' or 'prime+first_time'"),
  })
  .describe('The promotions that made a net price (PR-6)');

const Condition = z
  .object({
    rule: z.string(),
    code: z.string().describe('The validator error code when the condition is broken'),
    against: z.enum(['ref', 'low', 'was', 'current', 'offer']),
    base: money,
    pct: z.number().nullable().describe('At least pct% below base; null: a plain comparison'),
    strict: z.boolean().describe('"<" rather than "≤": one minor unit off'),
    max: money.describe('The highest price this condition alone allows (rounded down)'),
  })
  .describe('One price condition of a promotion kind, solved for the price');

const KindOutlook = z.object({
  ok: z.boolean().describe('A promotion of this kind could start that day'),
  event: z.boolean().describe('Declared-event thresholds used'),
  maxPrice: money.nullable().describe('Highest price (add-ons: net price after the discount) allowed'),
  minPrice: money.nullable(),
  binding: Condition.nullable(),
  conditions: z.array(Condition),
  reasons: z.array(Issue).describe('Why it cannot run (price rules and calendar conflicts)'),
  discount: z
    .object({ minPct: z.number().nullable(), maxPct: z.number(), minAmount: money.nullable(), maxAmount: money })
    .nullable()
    .describe('Coupons and promotion codes: the discounts that pass at the current price'),
});

const Change = z.object({
  direction: z.enum(['falls', 'rises', 'appears', 'disappears']),
  from: money.nullable(),
  to: money.nullable(),
  cause: Cause.nullable().describe('What makes the new low'),
  previousCause: Cause.nullable().describe('What made the previous low (it left the 30-day window)'),
});

const Day = z.object({
  day,
  at: instant.describe('Local midnight of the day: the instant the day is taken at (DEC-3)'),
  ruleSetVersion: z.string(),
  event: z.string().nullable().describe('Declared event live that day'),
  currentPrice: money.nullable(),
  listPrice: z.object({
    value: money.nullable(),
    validated: z.boolean(),
    basis: z.enum(['orders', 'evidence']).nullable(),
  }),
  wasPrice: z.object({ value: money.nullable(), qualifyingOrders: z.number().int(), frozen: z.boolean() }),
  lowestRecentPrice: money.nullable(),
  lowest30DayNetPrice: z.object({
    value: money.nullable(),
    at: instant.nullable(),
    until: instant.nullable(),
    cause: Cause.nullable(),
  }),
  reference: z.object({ value: money.nullable(), kind: z.enum(['list_price', 'was_price']).nullable() }),
  live: z.array(
    z.object({
      id: z.string(),
      kind,
      sku: z.string(),
      start: instant,
      end: instant,
      netPrice: money.nullable().describe('Lowest net unit price a buyer paid that day with it applied'),
      stack: z.array(z.string()),
    }),
  ),
  canRun: z.object(
    Object.fromEntries(PROMOTION_KINDS.map((k) => [k, KindOutlook])) as Record<
      (typeof PROMOTION_KINDS)[number],
      typeof KindOutlook
    >,
  ),
  lowChange: Change.nullable().describe('How the 30-day low moved since the day before'),
});

export const TimelineBody = z.object({
  asin: z.string(),
  marketplace: z.enum(MARKETPLACES),
  currency: z.enum(CURRENCIES),
  timeZone: z.string(),
  from: day,
  to: day,
  days: z.array(Day),
  changes: z.array(Change.extend({ day })).describe('Every move of the 30-day lowest net price (PM-10)'),
});

const Params = z.object({ asin: z.string().min(1).describe('The ASIN') });
const Query = z.object({
  from: z.string().min(1).describe('First day: YYYY-MM-DD (local) or an ISO instant'),
  to: z.string().min(1).optional().describe('Last day, included (default: 30 days from `from`)'),
  marketplace: z.enum(MARKETPLACES).optional(),
});

export const timelineRoutes: ApiRoutes = async (api, { store }) => {
  api.get(
    '/timeline/:asin',
    {
      schema: {
        summary: 'What-if timeline of an ASIN: reference prices, live promotions and maximum prices per day',
        tags: ['prices'],
        security: KEY_SECURITY,
        params: Params,
        querystring: Query,
        response: { 200: TimelineBody, 400: ErrorBody, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const { asin } = request.params;
      const { from, to, marketplace } = request.query;
      try {
        return await timelineForAsin(store, request.account, {
          asin,
          marketplace: marketplace ?? null,
          from,
          to: to ?? null,
        });
      } catch (error) {
        if (error instanceof UnknownItemError) return sendError(reply, 404, 'UNKNOWN_ASIN', error.code, error.values);
        if (error instanceof MarketplaceNeededError || error instanceof TimelineInputError)
          return sendError(reply, 400, error.code, error.code, error.values);
        throw error;
      }
    },
  );
};
