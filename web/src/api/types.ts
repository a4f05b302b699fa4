// The shapes of the API answers the dashboard reads (the fields it uses; see /api/v1/openapi.json for
// the whole documents). Money: decimal strings beside a `currency`; instants: ISO-8601 with offset.

export type Money = string;

/** A rule finding (GEN-4). */
export interface Issue {
  readonly code: string;
  readonly rule: string;
  readonly message: string;
  readonly messageZh: string;
  readonly values: Readonly<Record<string, unknown>>;
}

export interface ImportIssue {
  readonly line: number | null;
  readonly column: string | null;
  readonly code: string;
  readonly reason: string;
}

export interface ImportFileSummary {
  readonly file: string;
  readonly kind: string | null;
  readonly rows: number;
  readonly added: number;
  readonly updated: number;
  readonly duplicates: number;
  readonly warnings: readonly ImportIssue[];
  readonly rejected: readonly ImportIssue[];
  readonly rejectedMore: number;
}

export interface ImportSummary {
  readonly ok: boolean;
  readonly files: readonly ImportFileSummary[];
}

export interface FactCounts {
  readonly account: string;
  readonly counts: Readonly<Record<string, number>>;
}

// ---- pricing (GET /prices/:asin, POST /promotions/check, GET /promotions, /quote, /promotions/guard)

export interface LowestNet {
  readonly value: Money | null;
  readonly at: string | null;
  readonly until: string | null;
  readonly sku: string | null;
  readonly cause: {
    readonly promotionIds: string[];
    readonly kinds: string[];
    readonly price: Money;
    readonly context: string;
  } | null;
}

export interface PricesDoc {
  readonly asin: string;
  readonly marketplace: string;
  readonly at: string;
  readonly currency: string;
  readonly currentPrice: Money | null;
  readonly currentPriceSku: string | null;
  readonly listPrice: {
    readonly value: Money | null;
    readonly validated: boolean;
    readonly basis: string | null;
    readonly reason: Issue;
  };
  readonly wasPrice: {
    readonly value: Money | null;
    readonly qualifyingOrders: number;
    readonly frozen: boolean;
    readonly reason: Issue | null;
  };
  readonly lowestRecentPrice: Money | null;
  readonly lowest30DayNetPrice: LowestNet;
  readonly reference: { readonly value: Money | null; readonly kind: 'list_price' | 'was_price' | null };
  readonly why: readonly Issue[];
}

export type PromotionStatus = 'planned' | 'live' | 'ended';

export interface PromotionDoc {
  readonly id: string;
  readonly kind: string;
  readonly sku: string;
  readonly asin: string | null;
  readonly marketplace: string;
  readonly currency: string;
  readonly start: string;
  readonly end: string;
  readonly discountPct: number | null;
  readonly discountAmount: Money | null;
  readonly price: Money | null;
  readonly stackable: boolean;
  readonly code: string | null;
  readonly codeType: string | null;
  readonly audience: string;
  readonly minQty: number | null;
  readonly budget: Money | null;
  readonly status: PromotionStatus;
}

export interface PromotionListDoc {
  readonly at: string;
  readonly promotions: readonly PromotionDoc[];
}

export interface FeeDoc {
  readonly fixed: Money | null;
  readonly perRedemption: Money | null;
  readonly variableRate: number | null;
  readonly estimated: Money | null;
  readonly expectedUnits: number;
  readonly days: number;
  readonly basis: string;
  readonly basisZh: string;
}

/** PQ-1 at a proposal's start WITH the proposal, for one buyer context (CheckDoc.buyerPrices). */
export interface BuyerPrice {
  readonly context: {
    readonly prime: boolean;
    readonly business: boolean;
    readonly firstTime: boolean;
    readonly quantity: number;
  };
  readonly label: 'regular' | 'prime' | 'first_time' | 'business' | 'business_min_qty';
  readonly netUnitPrice: Money;
  readonly totalDiscount: Money;
  readonly direct: { readonly id: string; readonly kind: string; readonly price: Money } | null;
  readonly addOns: readonly {
    readonly id: string;
    readonly kind: string;
    readonly base: Money;
    readonly discount: Money;
  }[];
  readonly warnings: readonly Omit<Issue, 'values'>[];
}

export interface CheckDoc {
  readonly ok: boolean;
  readonly kind: string;
  readonly id: string;
  readonly sku: string;
  readonly asin: string;
  readonly marketplace: string;
  readonly currency: string;
  readonly start: string;
  readonly end: string;
  readonly checkedAsOf: string;
  readonly errors: readonly Issue[];
  readonly warnings: readonly Issue[];
  readonly fee: FeeDoc;
  readonly lowest30DayNetPriceAfter: LowestNet;
  readonly blocks: readonly {
    readonly id: string;
    readonly kind: string;
    readonly start: string;
    readonly errors: readonly Issue[];
  }[];
  readonly references: PricesDoc;
  /** Absent from answers of a server older than the field. */
  readonly buyerPrices?: readonly BuyerPrice[];
}

export interface AddDoc extends CheckDoc {
  readonly stored: boolean;
  readonly outcome: 'added' | 'updated' | 'duplicate' | 'refused';
  readonly forced: boolean;
  readonly promotion: PromotionDoc;
}

export interface BuyerDoc {
  readonly prime: boolean;
  readonly business: boolean;
  readonly firstTime: boolean;
  readonly quantity: number;
  readonly codes: readonly string[];
}

export interface QuoteDoc {
  readonly asin: string;
  readonly sku: string;
  readonly marketplace: string;
  readonly at: string;
  readonly currency: string;
  readonly buyer: BuyerDoc;
  readonly basePrice: Money;
  readonly direct: {
    readonly id: string;
    readonly kind: string;
    readonly price: Money;
    readonly discount: Money;
  } | null;
  readonly addOns: readonly {
    readonly id: string;
    readonly kind: string;
    readonly base: Money;
    readonly discount: Money;
  }[];
  readonly netUnitPrice: Money;
  readonly totalDiscount: Money;
  readonly notApplied: readonly {
    readonly id: string;
    readonly kind: string;
    readonly reason: string;
    readonly message: string;
    readonly messageZh: string;
  }[];
  readonly warnings: readonly Issue[];
  readonly costFloor: Money | null;
  readonly minPrice: Money | null;
}

export interface GuardFinding {
  readonly sku: string;
  readonly start: string;
  readonly end: string;
  readonly buyer: BuyerDoc;
  readonly codes: readonly string[];
  readonly netUnitPrice: Money;
  readonly breaches: readonly ('zero' | 'cost_floor' | 'min_price')[];
  readonly costFloor: Money | null;
  readonly minPrice: Money | null;
  readonly stack: readonly string[];
  readonly warnings: readonly Issue[];
}

export interface GuardDoc {
  readonly asin: string;
  readonly marketplace: string;
  readonly currency: string;
  readonly from: string;
  readonly to: string;
  readonly ok: boolean;
  readonly skus: readonly { readonly sku: string; readonly costFloor: Money | null; readonly minPrice: Money | null }[];
  readonly segmentsChecked: number;
  readonly quotesChecked: number;
  readonly findings: readonly GuardFinding[];
  readonly warnings: readonly Issue[];
}

// ---- GET /timeline/:asin

export interface TimelineDay {
  readonly day: string;
  readonly at: string;
  readonly event: string | null;
  readonly currentPrice: Money | null;
  readonly listPrice: { readonly value: Money | null; readonly validated: boolean };
  readonly wasPrice: { readonly value: Money | null; readonly frozen: boolean };
  readonly lowestRecentPrice: Money | null;
  readonly lowest30DayNetPrice: { readonly value: Money | null };
  readonly reference: { readonly value: Money | null; readonly kind: string | null };
  readonly live: readonly {
    readonly id: string;
    readonly kind: string;
    readonly sku: string;
    readonly start: string;
    readonly end: string;
    readonly netPrice: Money | null;
  }[];
}

export interface TimelineDoc {
  readonly asin: string;
  readonly marketplace: string;
  readonly currency: string;
  readonly timeZone: string;
  readonly from: string;
  readonly to: string;
  readonly days: readonly TimelineDay[];
}

// ---- GET /promotions/at-risk (PQ-4 loss guard + PM checks over every live and planned promotion)

export interface AtRiskSku {
  readonly sku: string;
  readonly costFloor: Money | null;
  readonly minPrice: Money | null;
  readonly findings: number;
  readonly breaches: readonly ('zero' | 'cost_floor' | 'min_price')[];
  readonly worstNetUnitPrice: Money | null;
  readonly worstBuyer: BuyerDoc | null;
  readonly worstStack: readonly string[];
  readonly worstAt: string | null;
  readonly shortfallPerUnit: Money;
  readonly expectedUnits: number;
  readonly atRisk: Money;
}

export interface AtRiskPromotion {
  readonly id: string;
  readonly sku: string;
  readonly kind: string;
  readonly status: 'planned' | 'live';
  readonly start: string;
  readonly end: string;
  readonly ok: boolean;
  readonly rules: readonly string[];
  readonly errors: readonly Issue[];
  readonly inLossStack: boolean;
  readonly expectedUnits: number;
}

export interface AtRiskItem {
  readonly asin: string;
  readonly marketplace: string;
  readonly currency: string;
  readonly from: string;
  readonly to: string;
  readonly ok: boolean;
  readonly atRisk: Money;
  readonly shortfallPerUnit: Money;
  readonly skus: readonly AtRiskSku[];
  readonly promotions: readonly AtRiskPromotion[];
}

export interface AtRiskDoc {
  readonly at: string;
  readonly marketplace: string | null;
  readonly from: string;
  readonly to: string;
  readonly asinsChecked: number;
  readonly promotionsChecked: number;
  readonly totals: readonly {
    readonly currency: string;
    readonly marketplaces: readonly string[];
    readonly atRisk: Money;
    readonly shortfallPerUnit: Money;
    readonly asins: number;
    readonly failingPromotions: number;
  }[];
  readonly items: readonly AtRiskItem[];
}
