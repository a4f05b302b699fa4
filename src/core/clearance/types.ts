// The shapes of the clearance planner (EXC-3..EXC-9): candidate actions as data, the per-SKU planning
// context they are evaluated in, and the plans it answers with. Money is in minor units of the
// marketplace currency; expected figures over fractional expected units are real numbers inside the
// search and rounded half up to the minor unit when a plan is shown.
import type { Instant, LocalDay, Minor, PromotionFact } from '../catalog/facts.js';
import type { Marketplace } from '../catalog/marketplace.js';
import type { RuleIssue } from '../messages/messages.js';
import type { Currency } from '../money/money.js';

export const ACTION_KINDS = [
  'outlet_sale',
  'outlet_deal',
  'lightning_deal',
  'best_deal',
  'best_deal_coupon',
  'coupon',
  'ped',
  'business_price',
  'woot_rounds',
  'markdown',
  'transfer',
  'wholesale',
  'liquidation',
  'removal',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** Actions that dispose of every unit left (EXC-6 wholesale, EXC-7): nothing follows them. */
export const TERMINAL_KINDS: ReadonlySet<ActionKind> = new Set<ActionKind>(['wholesale', 'liquidation', 'removal']);

/** The grid family of an action (Outlet deal and sale are one tool at five discounts). */
export type ActionFamily = Exclude<ActionKind, 'outlet_sale' | 'outlet_deal'> | 'outlet';

export function familyOf(kind: ActionKind): ActionFamily {
  return kind === 'outlet_sale' || kind === 'outlet_deal' ? 'outlet' : kind;
}

/** One planning period: the lead-in up to the first Outlet cycle start, then weeks (the start slots). */
export interface Period {
  readonly index: number;
  readonly start: Instant;
  /** Day offset of the start from the plan's first day. */
  readonly startDay: number;
  readonly days: number;
}

/** A price condition a successor's price chain must respect (PM-10, PR-6): a planned net price. */
export interface ChainPrice {
  /** The lowest net price a buyer can pay while it is live (PR-6). */
  readonly net: Minor;
  readonly from: Instant;
  readonly to: Instant;
}

/** A price of the action checked against the 30-day lowest net price as of `at` (PM-2/3/4). */
export interface LowCheck {
  readonly at: Instant;
  readonly kind: 'lightning_deal' | 'best_deal' | 'ped';
  readonly price: Minor;
  readonly period: number;
  /** Start of its 30-day window [at − 30 local days, at) (PR-6, DEC-3). */
  readonly windowFrom: Instant;
  /** The check overlaps a declared event (event thresholds of PM-2/3/4). */
  readonly event: boolean;
}

/** Per-unit and per-promotion fees of an action under the rule set's fee models (C.3, C.4, C.7). */
export interface ActionFeeModel {
  /** Charged once at the start (per promotion + per day × days). */
  readonly fixed: number;
  /** Per unit sold on the action's terms (per redemption). */
  readonly perUnit: number;
  /** Variable parts: amount per unit sold on the action's terms, capped per promotion (null: no cap). */
  readonly variable: readonly { readonly perUnit: number; readonly cap: number | null }[];
  /** Fee figures the rule set does not have (GEN-3), e.g. 'woot', 'best_deal'. */
  readonly noFeeData: readonly string[];
}

/** A candidate action at one start period and one price level, with what it does and costs. */
export interface ActionInstance {
  readonly id: number;
  readonly kind: ActionKind;
  readonly level: number;
  readonly startPeriod: number;
  /** First period index after the action (its successor may start there). */
  readonly endPeriod: number;
  readonly start: Instant;
  readonly end: Instant;
  readonly startDay: number;
  readonly days: number;
  /** The price a buyer pays on the action's terms (a coupon's net price; WOOT: the first round's). */
  readonly price: Minor | null;
  /** The discount off the regular price in percent (display). */
  readonly discountPct: number | null;
  /** Demand per period touched, as multiples of the (dip-adjusted) baseline: regular-price buyers and
   *  action-terms buyers, plus absolute units/day of another channel (EXC-6 transfer). Index p − startPeriod. */
  readonly regular: readonly number[];
  readonly action: readonly number[];
  readonly absolute: readonly number[];
  /** Cash per unit sold on the action's terms, per period touched (price − referral − fulfilment − …). */
  readonly actionCash: readonly number[];
  /** What a buyer on the action's terms pays per unit, per period touched. */
  readonly actionPrice: readonly number[];
  /** Cash per unit sold through the other channel (EXC-6 transfer). */
  readonly absoluteCash: number;
  /** Baseline days the action's buyers replace (for the post-promotion dip). */
  readonly baselineDays: number;
  readonly dip: boolean;
  readonly fees: ActionFeeModel;
  /** Terminal actions: cash per unit disposed of (negative for a fee). */
  readonly perUnitDisposal: number | null;
  readonly terminal: boolean;
  /** Runs to the horizon's end (markdown, transfer). */
  readonly untilEnd: boolean;
  readonly markdownStage: number | null;
  /** Promotions to submit (checked with checkPromotion as of their start). */
  readonly promotions: readonly PromotionFact[];
  /** Net prices it leaves in PR-6 (the successors' price chain). */
  readonly chain: readonly ChainPrice[];
  /** Its prices that must stay under the 30-day lowest net price left by its predecessors. */
  readonly lowChecks: readonly LowCheck[];
  /** Local day numbers it counts as promotional days (PM-9). */
  readonly promoDays: readonly [number, number][];
  /** Lightning Deal / Outlet windows for the spacing and cool-down rules (PM-3, OUT-2h). */
  readonly lightningDeal: { readonly start: Instant; readonly end: Instant } | null;
  readonly outlet: { readonly start: Instant; readonly end: Instant } | null;
  /** For explanations: e.g. the WOOT rounds' discounts, the markdown stage's unit profit. */
  readonly detail: Readonly<Record<string, unknown>>;
}

/** A rejected candidate (GEN-4): the action and level, and the rules it broke. */
export interface RejectedCandidate {
  readonly action: ActionKind;
  readonly start: Instant | null;
  readonly price: Minor | null;
  readonly discountPct: number | null;
  readonly issues: readonly RuleIssue[];
}

/** One action of a plan as shown (CONTRACT `plan`). */
export interface PlannedAction {
  readonly action: ActionKind;
  readonly start: Instant;
  readonly end: Instant;
  readonly price: Minor | null;
  readonly discountPct: number | null;
  readonly expectedUnits: number;
  readonly revenue: Minor;
  readonly fees: {
    readonly referral: Minor;
    readonly fulfilment: Minor;
    readonly promotion: Minor;
    readonly disposal: Minor;
    readonly total: Minor;
  };
  readonly netCash: Minor;
  readonly promotions: readonly PromotionFact[];
  readonly warnings: readonly RuleIssue[];
  readonly explanation: readonly RuleIssue[];
}

/** A whole plan over the horizon with its figures. */
export interface PlanOption {
  readonly label: 'plan' | 'runner_up' | 'do_nothing' | 'rule_of_thumb';
  readonly actions: readonly PlannedAction[];
  /** Net cash over the horizon: sales at the regular and action prices less fees, less holding cost,
   *  plus proceeds of disposal and the value of what is left (EXC-8). */
  readonly netCash: Minor;
  readonly unitsSold: number;
  /** Units sold at the regular price outside the actions. */
  readonly regularUnits: number;
  readonly regularCash: Minor;
  /** EXC-2 holding cost of what stays on hand (core/inventory-health projectHoldingCost). */
  readonly holdingCost: Minor | null;
  readonly unitsLeft: number;
  /** What the units left at the horizon's end are counted at (liquidation net per unit, EXC-7). */
  readonly residualValue: Minor;
  readonly explanation: readonly RuleIssue[];
}

export interface SkuPlan {
  readonly sku: string;
  readonly asin: string;
  readonly marketplace: Marketplace;
  readonly currency: Currency;
  readonly asOf: Instant;
  readonly horizonDays: number;
  readonly firstDay: LocalDay;
  readonly onHand: number;
  readonly inbound: number;
  readonly regularPrice: Minor | null;
  readonly baselineDaily: number;
  readonly best: PlanOption;
  readonly alternatives: readonly PlanOption[];
  readonly doNothing: PlanOption;
  /** The seed's rule of thumb (EXC-3 mapping alone), for comparison; null when it names no action. */
  readonly ruleOfThumb: PlanOption | null;
  readonly holdingCostIfNothing: Minor | null;
  readonly rejected: readonly RejectedCandidate[];
  readonly searched: { readonly candidates: number; readonly plansEvaluated: number; readonly grid: string };
  readonly noFeeData: readonly string[];
  readonly explanation: readonly RuleIssue[];
  readonly demand: readonly RuleIssue[];
}
