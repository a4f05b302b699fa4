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

// ---- GET /excess (CONTRACT.md `clearway excess --json`)

export type Band = 'stockout_risk' | 'healthy' | 'moderate_excess' | 'heavy_excess';
export const BANDS: readonly Band[] = ['stockout_risk', 'healthy', 'moderate_excess', 'heavy_excess'];
export const AGE_BUCKETS = ['0-90', '91-180', '181-270', '271-365', '365+'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

export interface ExcessRow {
  readonly sku: string;
  readonly asin: string | null;
  readonly marketplace: string;
  readonly currency: string;
  readonly onHand: number;
  readonly inbound: number;
  readonly unitsSold30d: number;
  /** null when infinite (ratioInfinite) or no stock and no sales (DEC-4). */
  readonly stockToSalesRatio: number | null;
  readonly ratioInfinite?: boolean;
  readonly band: Band;
  /** Units by age (DEC-1); null when ages are unknown. */
  readonly ageBuckets: Readonly<Record<AgeBucket, number | null>>;
  readonly holdingCost30d: Money | null;
  readonly holdingCost90d: Money | null;
  readonly outlet: {
    readonly eligible: boolean | null;
    readonly failed: readonly string[];
    readonly maxDealPrice: Money | null;
  };
  readonly recommendation: {
    readonly action: string;
    readonly price: Money | null;
    readonly expectedUnits: number | null;
    readonly netCash: Money | null;
    readonly source?: string;
    readonly why?: readonly Issue[];
  } | null;
  /** On-hand + inbound above the healthy cover. */
  readonly excessUnits?: number;
  readonly currentPrice?: Money | null;
  readonly amazonRecommendation?: {
    readonly action: string | null;
    readonly salesPrice: Money | null;
    readonly excessQuantity: number | null;
    readonly saleDurationDays: number | null;
    readonly removalQuantity: number | null;
    readonly at: string;
  } | null;
  readonly why?: readonly Issue[];
}

export interface ExcessDoc {
  readonly asOf: string;
  readonly rows: readonly ExcessRow[];
}

// ---- GET /products/:sku

export interface ProductVersion {
  readonly sku: string;
  readonly asin: string;
  readonly marketplace: string;
  readonly currency: string;
  readonly condition: string;
  readonly category: string | null;
  readonly listPrice: Money | null;
  readonly minPrice: Money | null;
  readonly rating: number | null;
  readonly ratingsCount: number;
  readonly leadTimeDays: number | null;
  readonly validFrom: string;
}

export interface ProductDoc {
  readonly account: string;
  readonly sku: string;
  readonly versions: readonly ProductVersion[];
}

// ---- GET /plan/:sku, GET /plan?all (CONTRACT.md `clearway plan SKU --json`)

export interface PlanAction {
  readonly action: string;
  readonly start: string;
  readonly end: string;
  readonly price: Money | null;
  readonly discountPct: number | null;
  readonly expectedUnits: number;
  readonly revenue: Money;
  readonly fees: Money;
  readonly feeBreakdown: {
    readonly referral: Money;
    readonly fulfilment: Money;
    readonly promotion: Money;
    readonly disposal: Money;
  };
  readonly netCash: Money;
  readonly warnings: readonly Issue[];
  readonly explanation: readonly Issue[];
}

export interface PlanOption {
  readonly label: 'plan' | 'runner_up' | 'do_nothing' | 'rule_of_thumb';
  readonly actions: readonly PlanAction[];
  readonly netCash: Money;
  readonly unitsSold: number;
  readonly holdingCost: Money | null;
  readonly unitsLeft: number;
  readonly residualValue: Money;
  readonly explanation: readonly Issue[];
}

export interface PlanDoc {
  readonly sku: string;
  readonly asin: string;
  readonly marketplace: string;
  readonly currency: string;
  readonly asOf: string;
  readonly horizonDays: number;
  readonly onHand: number;
  readonly inbound: number;
  readonly regularPrice: Money | null;
  readonly actions: readonly PlanAction[];
  readonly netCash: Money;
  readonly holdingCost: Money | null;
  readonly unitsSold: number;
  readonly unitsLeft: number;
  readonly alternatives: readonly PlanOption[];
  readonly doNothing: PlanOption;
  readonly ruleOfThumb: PlanOption | null;
  readonly holdingCostIfNothing: Money | null;
  readonly rejected: readonly {
    readonly action: string;
    readonly count: number;
    readonly rules: readonly string[];
    readonly issues: readonly Issue[];
  }[];
  readonly noFeeData: readonly string[];
  readonly explanation: readonly Issue[];
}

export interface PlansDoc {
  readonly asOf: string | null;
  readonly plans: readonly PlanDoc[];
}

// ---- Outlet (CONTRACT.md `clearway outlet …`)

export interface OutletCriterion {
  readonly code: string;
  readonly rule: string;
  readonly value: string | number | boolean | null | readonly string[];
  readonly ok: boolean;
  readonly message: string;
  readonly messageZh: string;
}

export interface OutletCheckDoc {
  readonly sku: string;
  readonly asin: string;
  readonly marketplace: string;
  readonly at: string;
  readonly currency: string;
  readonly eligible: boolean;
  readonly failed: readonly string[];
  readonly criteria: readonly OutletCriterion[];
  readonly maxDealPrice: Money | null;
  readonly currentPrice: Money | null;
  readonly lowestNewOffer: Money | null;
  readonly onHand: number;
  readonly agedUnits: number;
}

/** Why a deal was not approved, removed or cancelled (OUT-7..OUT-10). */
export interface OutletReason {
  readonly code: string;
  readonly rule: string;
  readonly message: string;
  readonly messageZh: string;
}

export interface OutletDeal {
  readonly id: string;
  readonly sku: string;
  readonly asin: string;
  readonly marketplace: string;
  readonly currency: string;
  readonly kind: string;
  readonly dealPrice: Money;
  readonly status: string;
  readonly submittedAt: string;
  readonly reviewDeadline: string;
  readonly start: string | null;
  readonly end: string | null;
  readonly reasons: readonly OutletReason[];
  readonly flaggedAccount: boolean;
  readonly unitsDuringRun?: number;
  readonly salesDuringRun?: Money;
}

/** The answer of submit / update / cancel: the deal as it is now, or every error (HTTP 422). */
export type OutletAction =
  | (OutletDeal & { readonly ok: true; readonly errors: readonly Issue[]; readonly warnings: readonly Issue[] })
  | {
      readonly ok: false;
      readonly sku: string;
      readonly marketplace: string;
      readonly currency: string;
      readonly maxDealPrice: Money | null;
      readonly errors: readonly Issue[];
      readonly warnings: readonly Issue[];
      readonly deal: OutletDeal | null;
    };

export interface OutletRecommendation {
  readonly sku: string;
  readonly asin: string;
  readonly marketplace: string;
  readonly currency: string;
  readonly currentPrice: Money;
  readonly maxDealPrice: Money;
  readonly suggested: { readonly kind: string; readonly discountPct: number; readonly price: Money };
  readonly because: readonly Issue[];
  readonly stockToSalesRatio: number | null;
  readonly onHand: number;
  readonly agedUnits: number;
  readonly advice: readonly Issue[];
}

export interface OutletRecommendationsDoc {
  readonly at: string;
  readonly suppressed: Issue | null;
  readonly recommendations: readonly OutletRecommendation[];
}

export interface OutletReportDoc {
  readonly at: string;
  readonly deals: readonly OutletDeal[];
}

// ---- GET /replenish (CONTRACT.md `clearway replenish --json`)

export interface ReplenishRow {
  readonly sku: string;
  readonly asin: string | null;
  readonly marketplace: string;
  readonly weightedDailySales: number;
  /** null when nothing sells (daysOfSupplyInfinite). */
  readonly daysOfSupply: number | null;
  readonly daysOfSupplyInfinite?: boolean;
  readonly leadTimeDays: number | null;
  readonly reorderQty: number;
  readonly alert: boolean;
  readonly alerts?: readonly string[];
  readonly onHand?: number;
  readonly inbound?: { readonly total: number };
  readonly stale?: boolean;
  readonly stockDataAt?: string | null;
  readonly seasonal?: { readonly phase: string; readonly note: string; readonly noteZh: string } | null;
  readonly amazonRecommendation?: {
    readonly quantity: number | null;
    readonly shipDay: string | null;
    readonly alert: string | null;
    readonly action: string | null;
  } | null;
  readonly why?: readonly Issue[];
}

export interface ReplenishDoc {
  readonly asOf?: string;
  readonly rows: readonly ReplenishRow[];
}
