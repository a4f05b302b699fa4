// The shapes of the inventory answers the dashboard reads: excess, products, clearance plans, Outlet
// and replenishment (the fields it uses; /api/v1/openapi.json has the whole documents).
import type { Issue, Money } from './types.js';

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

// ---- GET /excess?view=list: the table's columns only (a full row has them all)

export type ExcessListRow = Pick<
  ExcessRow,
  | 'sku'
  | 'asin'
  | 'marketplace'
  | 'currency'
  | 'onHand'
  | 'inbound'
  | 'unitsSold30d'
  | 'stockToSalesRatio'
  | 'ratioInfinite'
  | 'band'
  | 'ageBuckets'
  | 'holdingCost30d'
  | 'holdingCost90d'
  | 'excessUnits'
  | 'currentPrice'
> & {
  readonly recommendation: { readonly action: string; readonly netCash: Money | null } | null;
};

export interface ExcessListDoc {
  readonly view?: 'list';
  readonly asOf: string;
  readonly rows: readonly ExcessListRow[];
}

/** The table's path: the slim answer (20,000 SKUs: a tenth of the bytes of the full one). */
export const EXCESS_LIST_PATH = '/excess?view=list';

// ---- GET /excess/:sku/history

export interface ExcessHistoryPoint {
  readonly at: string;
  readonly day: string;
  readonly onHand: number;
  readonly inbound: number;
  readonly unitsSold30d: number;
  readonly stockToSalesRatio: number | null;
  readonly ratioInfinite: boolean;
  readonly band: Band;
  readonly excessUnits: number;
}

export interface ExcessHistoryDoc {
  readonly sku: string;
  readonly asin: string | null;
  readonly marketplace: string;
  readonly from: string;
  readonly to: string;
  readonly stepDays: number;
  readonly points: readonly ExcessHistoryPoint[];
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

// ---- GET /plans/top

export interface TopPlanItem {
  readonly sku: string;
  readonly marketplace: string;
  readonly currency: string;
  readonly band: Band;
  readonly excessUnits: number;
  readonly holdingCost90d: Money | null;
  /** Plan net cash − doing nothing's; null without a plan. */
  readonly gain: Money | null;
  readonly plan: PlanDoc | null;
}

export interface TopPlansDoc {
  readonly asOf: string;
  readonly limit: number;
  /** SKUs in moderate or heavy excess: the candidates. */
  readonly excessSkus: number;
  readonly ranking: 'holdingCost90d';
  readonly items: readonly TopPlanItem[];
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
