// RPL-2 reorder quantity and RPL-3 days of supply, with the product's case pack and minimum order.
//
// - RPL-2: reorder = ⌈weighted daily sales × cover days⌉ − (on-hand + inbound), not below 0 (inbound =
//   working + shipped + receiving). Cover days 60–90 (rule set; default reorderCoverDefaultDays).
// - First shipment of a new product (never stocked, nothing inbound): 150–300 units, scaled by early
//   demand: ⌈weighted daily sales × cover days⌉ held within [firstShipmentMinUnits, firstShipmentMaxUnits].
// - Rounding from product facts: a positive quantity is raised to the minimum order quantity, then up to
//   a whole number of case packs (so the result can exceed the maximum of a first shipment by < 1 case).
// - RPL-3: days of supply = (on-hand + inbound) ÷ weighted daily sales (null when nothing sells: infinite
//   with stock, undefined without); alert when it is below the lead time (exact, before display rounding).
import type { ReplenishmentRules } from '../rules/schema.js';

/** x rounded up to a whole unit, tolerant of float noise (75 × 0.4 = 30.000000000000004 → 30). */
export function ceilUnits(x: number): number {
  return Math.ceil(x - 1e-9) + 0; // + 0 turns −0 into 0
}

export interface Rounding {
  readonly before: number;
  readonly casePack: number | null;
  readonly minOrderQty: number | null;
  readonly after: number;
  /** What changed the quantity: raised to the minimum order, rounded up to case packs. */
  readonly raisedToMinimum: boolean;
  readonly roundedToCasePack: boolean;
}

/** Minimum order, then whole case packs; 0 stays 0. */
export function roundOrder(qty: number, casePack: number | null, minOrderQty: number | null): Rounding {
  let after = qty;
  let raisedToMinimum = false;
  let roundedToCasePack = false;
  if (qty > 0) {
    if (minOrderQty !== null && minOrderQty > after) {
      after = minOrderQty;
      raisedToMinimum = true;
    }
    if (casePack !== null && casePack > 1 && after % casePack !== 0) {
      after = Math.ceil(after / casePack) * casePack;
      roundedToCasePack = true;
    }
  }
  return { before: qty, casePack, minOrderQty, after, raisedToMinimum, roundedToCasePack };
}

export interface ReorderInput {
  readonly weightedDailySales: number;
  readonly onHand: number;
  readonly inbound: number;
  readonly coverDays: number;
  readonly casePack: number | null;
  readonly minOrderQty: number | null;
  /** Never stocked and nothing inbound: RPL-2 first-shipment sizing applies. */
  readonly isNew: boolean;
}

export interface Reorder {
  /** RPL-2 quantity before case-pack/minimum rounding. */
  readonly raw: number;
  readonly qty: number;
  readonly rounding: Rounding;
  /** The first-shipment bounds used, when the product is new. */
  readonly firstShipment: { readonly min: number; readonly max: number; readonly demandUnits: number } | null;
}

export function reorderQuantity(
  input: ReorderInput,
  rules: Pick<ReplenishmentRules, 'firstShipmentMinUnits' | 'firstShipmentMaxUnits'>,
): Reorder {
  const demandUnits = ceilUnits(input.weightedDailySales * input.coverDays);
  let raw: number;
  let firstShipment: Reorder['firstShipment'] = null;
  if (input.isNew) {
    const min = rules.firstShipmentMinUnits;
    const max = rules.firstShipmentMaxUnits;
    raw = Math.min(max, Math.max(min, demandUnits));
    firstShipment = { min, max, demandUnits };
  } else raw = Math.max(0, demandUnits - (input.onHand + input.inbound));
  const rounding = roundOrder(raw, input.casePack, input.minOrderQty);
  return { raw, qty: rounding.after, rounding, firstShipment };
}

export interface DaysOfSupply {
  /** Rounded to one decimal for display; null when nothing sells. */
  readonly days: number | null;
  readonly infinite: boolean;
  /** RPL-3: below the lead time (false when the lead time is unknown or nothing sells). */
  readonly belowLeadTime: boolean;
}

export function daysOfSupply(stock: number, weightedDailySales: number, leadTimeDays: number | null): DaysOfSupply {
  if (!(weightedDailySales > 0)) return { days: null, infinite: stock > 0, belowLeadTime: false };
  const exact = stock / weightedDailySales;
  return {
    days: Math.round(exact * 10) / 10,
    infinite: false,
    belowLeadTime: leadTimeDays !== null && stock < leadTimeDays * weightedDailySales - 1e-9,
  };
}

/** The cover days to use: asked (must lie in [min, max]) or the rule set's default. */
export function coverDaysOf(
  asked: number | null | undefined,
  rules: Pick<ReplenishmentRules, 'reorderCoverMinDays' | 'reorderCoverMaxDays' | 'reorderCoverDefaultDays'>,
): { readonly days: number; readonly ok: boolean; readonly min: number; readonly max: number } {
  const min = rules.reorderCoverMinDays;
  const max = rules.reorderCoverMaxDays;
  if (asked === null || asked === undefined) return { days: rules.reorderCoverDefaultDays, ok: true, min, max };
  return { days: asked, ok: Number.isInteger(asked) && asked >= min && asked <= max, min, max };
}
