// The JSON documents of the pricing answers (CONTRACT.md "Answers": `prices`, `promo check`, `quote`,
// and `promo add|list|guard`), as zod schemas: the CLI prints them with --json, the HTTP API returns
// them (and publishes these schemas in its OpenAPI document), so both give the same document.
// Money is a decimal string in major units beside a `currency` field; instants are ISO-8601 with the
// marketplace's offset; percentages are numbers (30 = 30%). Fields beyond CONTRACT.md are additions.
import { z } from 'zod';
import { AUDIENCES, CODE_TYPES, PROMOTION_KINDS } from '../core/catalog/facts.js';
import { MARKETPLACES } from '../core/catalog/marketplace.js';
import { CURRENCIES } from '../core/money/money.js';

export const Money = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .describe('Decimal amount in major units of `currency`, e.g. "23.09"');
export const IsoInstant = z.string().describe('ISO-8601 instant with the marketplace offset');
const Kind = z.enum(PROMOTION_KINDS);

/** A rule finding (GEN-4): code, RULEBOOK rule ID, values compared (money as decimal strings), messages. */
export const IssueDoc = z.object({
  code: z.string().describe('Stable machine code, e.g. LD_NOT_BELOW_LOWEST_NET'),
  rule: z.string().describe('RULEBOOK rule ID, e.g. PM-3'),
  message: z.string().describe('English message'),
  messageZh: z.string().describe('Simplified Chinese message'),
  values: z.record(z.string(), z.unknown()).describe('The values compared'),
});
export type IssueDoc = z.infer<typeof IssueDoc>;

export const LowestNetDoc = z.object({
  value: Money.nullable(),
  at: IsoInstant.nullable().describe('First moment the low was live in the window'),
  until: IsoInstant.nullable().describe('End of the last stretch with the low'),
  sku: z.string().nullable().describe('The SKU whose price made the low, when known'),
  cause: z
    .object({
      promotionIds: z.array(z.string()),
      kinds: z.array(Kind),
      price: Money,
      context: z.string().describe("Buyers who could pay it: 'all', 'prime', 'first_time', 'prime+first_time'"),
    })
    .nullable()
    .describe('The promotions that made the low; null when it is a plain price'),
});
export type LowestNetDoc = z.infer<typeof LowestNetDoc>;

// ---- clearway prices ASIN --json ----------------------------------------------------------------

export const PricesDoc = z
  .object({
    asin: z.string(),
    marketplace: z.enum(MARKETPLACES),
    at: IsoInstant,
    currency: z.enum(CURRENCIES),
    currentPrice: Money.nullable().describe('PR-5'),
    currentPriceSku: z.string().nullable().describe('DEC-2: the SKU that sets the current price'),
    listPrice: z.object({
      value: Money.nullable(),
      validated: z.boolean(),
      basis: z.enum(['orders', 'evidence']).nullable(),
      reason: IssueDoc.describe('Why it is or is not validated (PR-1)'),
    }),
    wasPrice: z.object({
      value: Money.nullable(),
      qualifyingOrders: z.number().int(),
      frozen: z.boolean(),
      computed: Money.nullable().describe('The median of qualifying orders (PR-2), even while frozen'),
      frozenPrice: z
        .object({ price: Money, from: IsoInstant, to: IsoInstant, event: z.string() })
        .nullable()
        .describe('PR-3'),
      reason: IssueDoc.nullable(),
    }),
    lowestRecentPrice: Money.nullable().describe('PR-4'),
    lowestRecentPriceDrivesDealDisplay: z.boolean().describe('PR-4: FR and IT'),
    lowest30DayNetPrice: LowestNetDoc.describe('PR-6'),
    reference: z.object({
      value: Money.nullable(),
      kind: z.enum(['list_price', 'was_price']).nullable(),
    }),
    why: z.array(IssueDoc).describe('Explanations, in the order a seller reads them'),
  })
  .describe('Reference prices of an ASIN as of an instant (PR-1..PR-6)');
export type PricesDoc = z.infer<typeof PricesDoc>;

// ---- promotions ----------------------------------------------------------------------------------

export const PROMOTION_STATUSES = ['planned', 'live', 'ended'] as const;
export type PromotionStatus = (typeof PROMOTION_STATUSES)[number];

export const PromotionDoc = z.object({
  id: z.string(),
  kind: Kind,
  sku: z.string(),
  asin: z.string().nullable(),
  marketplace: z.enum(MARKETPLACES),
  currency: z.enum(CURRENCIES),
  start: IsoInstant,
  end: IsoInstant,
  discountPct: z.number().nullable(),
  discountAmount: Money.nullable(),
  price: Money.nullable(),
  stackable: z.boolean(),
  code: z.string().nullable(),
  codeType: z.enum(CODE_TYPES).nullable(),
  audience: z.enum(AUDIENCES),
  minQty: z.number().int().nullable(),
  budget: Money.nullable(),
  status: z.enum(PROMOTION_STATUSES).describe('Relative to the as-of instant'),
});
export type PromotionDoc = z.infer<typeof PromotionDoc>;

export const PromotionListDoc = z.object({ at: IsoInstant, promotions: z.array(PromotionDoc) });
export type PromotionListDoc = z.infer<typeof PromotionListDoc>;

export const FeeDoc = z.object({
  fixed: Money.nullable().describe('Per promotion + per day × days; null: no fee data'),
  perRedemption: Money.nullable(),
  variableRate: z.number().nullable().describe('Percent (2.5 = 2.5%)'),
  variableBase: z.enum(['sales', 'discount', 'none']).nullable(),
  variableCap: Money.nullable(),
  estimated: Money.nullable().describe('The whole fee for the expected units'),
  expectedUnits: z.number().int(),
  days: z.number().int(),
  basis: z.string(),
  basisZh: z.string(),
  seedModel: z
    .object({ estimated: Money.nullable(), basis: z.string(), basisZh: z.string() })
    .nullable()
    .describe('Coupons (PM-1f): the estimate under the seed 002 model'),
});

/** Buyer contexts of a check's `buyerPrices` ('business_min_qty': a business buyer at the proposal's min_qty). */
export const BUYER_PRICE_LABELS = ['regular', 'prime', 'first_time', 'business', 'business_min_qty'] as const;
export type BuyerPriceLabel = (typeof BUYER_PRICE_LABELS)[number];

export const BuyerPriceDoc = z.object({
  context: z.object({
    prime: z.boolean(),
    business: z.boolean(),
    firstTime: z.boolean(),
    quantity: z.number().int(),
  }),
  label: z.enum(BUYER_PRICE_LABELS),
  netUnitPrice: Money,
  totalDiscount: Money.describe('Per unit, from the standard price'),
  direct: z.object({ id: z.string(), kind: Kind, price: Money }).nullable().describe('PM-7: the direct price taken'),
  addOns: z.array(
    z.object({
      id: z.string(),
      kind: Kind,
      base: Money.describe('What the discount was computed on'),
      discount: Money,
    }),
  ),
  warnings: z.array(IssueDoc.omit({ values: true })).describe('PQ-3 LOSS, ZERO_PRICE, PM-8 OFFER_INACTIVE'),
});
export type BuyerPriceDoc = z.infer<typeof BuyerPriceDoc>;

export const CheckDoc = z
  .object({
    ok: z.boolean(),
    kind: Kind,
    id: z.string(),
    sku: z.string(),
    asin: z.string(),
    marketplace: z.enum(MARKETPLACES),
    currency: z.enum(CURRENCIES),
    start: IsoInstant,
    end: IsoInstant,
    checkedAsOf: IsoInstant.describe('DEC-3: the proposal is checked as of its start'),
    errors: z.array(IssueDoc),
    warnings: z.array(IssueDoc),
    fee: FeeDoc,
    lowest30DayNetPriceAfter: LowestNetDoc.describe('PM-10: as of its end, the proposal included'),
    blocks: z
      .array(z.object({ id: z.string(), kind: Kind, start: IsoInstant, errors: z.array(IssueDoc) }))
      .describe('PM-10: planned promotions it would make fail'),
    references: PricesDoc.describe('The reference prices it was checked against (as of its start, without it)'),
    buyerPrices: z
      .array(BuyerPriceDoc)
      .describe(
        'PQ-1: what each buyer pays for one unit at its start WITH it (its code entered), beside the live promotions',
      ),
  })
  .describe('A proposed promotion checked as of its start (PM-1..PM-10, DEC-3)');
export type CheckDoc = z.infer<typeof CheckDoc>;

export const ADD_OUTCOMES = ['added', 'updated', 'duplicate', 'refused'] as const;
export const AddDoc = CheckDoc.extend({
  stored: z.boolean(),
  outcome: z.enum(ADD_OUTCOMES),
  forced: z.boolean().describe('Recorded with errors (force)'),
  promotion: PromotionDoc,
}).describe('The check of a promotion and whether it was recorded');
export type AddDoc = z.infer<typeof AddDoc>;

// ---- quote ---------------------------------------------------------------------------------------

export const BuyerDoc = z.object({
  prime: z.boolean(),
  business: z.boolean(),
  firstTime: z.boolean(),
  quantity: z.number().int(),
  codes: z.array(z.string()),
});
export type BuyerDoc = z.infer<typeof BuyerDoc>;

export const QuoteDoc = z
  .object({
    asin: z.string(),
    sku: z.string(),
    marketplace: z.enum(MARKETPLACES),
    at: IsoInstant,
    currency: z.enum(CURRENCIES),
    buyer: BuyerDoc,
    basePrice: Money,
    direct: z.object({ id: z.string(), kind: Kind, price: Money, discount: Money }).nullable(),
    addOns: z.array(
      z.object({
        id: z.string(),
        kind: Kind,
        base: Money.describe('What the discount was computed on'),
        discount: Money,
        priceAfter: Money.describe('The price once this add-on is applied'),
      }),
    ),
    netUnitPrice: Money,
    totalDiscount: Money.describe('Per unit'),
    notApplied: z.array(
      z.object({
        id: z.string(),
        kind: Kind,
        reason: z.string().describe('Machine code of the reason'),
        message: z.string(),
        messageZh: z.string(),
        values: z.record(z.string(), z.unknown()),
      }),
    ),
    warnings: z.array(IssueDoc),
    costFloor: Money.nullable().describe('PQ-3'),
    minPrice: Money.nullable().describe('PM-8'),
    outletStacking: z.boolean().describe('PQ-2: add-ons computed on the standard price'),
  })
  .describe('What one buyer pays for one unit (PQ-1..PQ-3)');
export type QuoteDoc = z.infer<typeof QuoteDoc>;

// ---- loss guard ----------------------------------------------------------------------------------

export const GuardDoc = z
  .object({
    asin: z.string(),
    marketplace: z.enum(MARKETPLACES),
    currency: z.enum(CURRENCIES),
    from: IsoInstant,
    to: IsoInstant,
    ok: z.boolean().describe('True when no buyer can pay at or under a floor'),
    skus: z.array(z.object({ sku: z.string(), costFloor: Money.nullable(), minPrice: Money.nullable() })),
    segmentsChecked: z.number().int(),
    quotesChecked: z.number().int(),
    findings: z.array(
      z.object({
        sku: z.string(),
        start: IsoInstant,
        end: IsoInstant,
        buyer: BuyerDoc,
        codes: z.array(z.string()),
        netUnitPrice: Money,
        breaches: z.array(z.enum(['zero', 'cost_floor', 'min_price'])),
        costFloor: Money.nullable(),
        minPrice: Money.nullable(),
        stack: z.array(z.string()).describe('Direct-price promotion then add-ons'),
        warnings: z.array(IssueDoc),
      }),
    ),
    warnings: z.array(IssueDoc),
  })
  .describe('PQ-4 loss guard over a time range');
export type GuardDoc = z.infer<typeof GuardDoc>;
