// ISHS-2 estimated in-stock day and promised delivery day, from the shipment's carrier ETA as known at an
// instant (its ETA history), and the ISHS-3 confidence rule.
//
// - In-stock day = the local day of the carrier ETA + `ishsReceivingDays` (receiving at the fulfilment
//   centre; a clearway default, seed 003 gives no figure).
// - Promised delivery day = in-stock day + `ishsPrimeDeliveryDays` (Prime buyers) or
//   `ishsStandardDeliveryDays` (others). An order from stock on hand counts from its own day, a
//   pre-order from the campaign's release day, with the same delivery days.
// - Confidence (ISHS-3, rule stated): the estimate is withheld — the shipment is not offered — when
//   a) it has no ETA; b) it has not shipped (when `ishsConfidenceRequiresShipped`); c) its ETA has
//   slipped (moved later) more than `ishsConfidenceMaxEtaSlips` times; d) the ETA has passed without a
//   receipt; e) the in-stock day is more than `ishsConfidenceMaxDaysAhead` days ahead.
import type { Instant, LocalDay, ShipmentEtaChangeFact, ShipmentFact } from '../catalog/facts.js';
import { addDays, daysBetween, localDay } from '../calendar/calendar.js';
import { ruleIssue, type RuleIssue } from '../messages/messages.js';
import type { IshsRules } from '../rules/schema.js';
import { ISHS_MESSAGES as M } from './messages.js';

export interface EtaAt {
  /** The carrier ETA known at the instant; null when none. */
  readonly eta: Instant | null;
  /** How many times it had moved later by then (ISHS-3). */
  readonly slips: number;
  /** Every ETA change recorded by then, oldest first. */
  readonly changes: readonly ShipmentEtaChangeFact[];
}

/**
 * The ETA of a shipment as known at `at`: the latest change at or before it; before the first change,
 * that change's previous ETA; with no change at all, the shipment row's ETA.
 */
export function etaAt(
  shipment: Pick<ShipmentFact, 'shipmentId' | 'eta'>,
  changes: readonly ShipmentEtaChangeFact[],
  at: Instant,
): EtaAt {
  const own = changes.filter((c) => c.shipmentId === shipment.shipmentId).sort((a, b) => a.at - b.at);
  const known = own.filter((c) => c.at <= at);
  const slips = known.filter((c) => c.previousEta !== null && c.eta > c.previousEta).length;
  const last = known[known.length - 1];
  if (last !== undefined) return { eta: last.eta, slips, changes: known };
  const first = own[0];
  return { eta: first !== undefined ? first.previousEta : shipment.eta, slips: 0, changes: [] };
}

/** ISHS-2: the estimated in-stock day of a shipment with this ETA. */
export function inStockDay(eta: Instant, timeZone: string, rules: Pick<IshsRules, 'ishsReceivingDays'>): LocalDay {
  return addDays(localDay(eta, timeZone), rules.ishsReceivingDays);
}

export function deliveryDays(
  prime: boolean,
  rules: Pick<IshsRules, 'ishsPrimeDeliveryDays' | 'ishsStandardDeliveryDays'>,
): number {
  return prime ? rules.ishsPrimeDeliveryDays : rules.ishsStandardDeliveryDays;
}

/** ISHS-2: the delivery day promised to a buyer whose units are ready to ship on `readyDay`. */
export function promisedDelivery(
  readyDay: LocalDay,
  prime: boolean,
  rules: Pick<IshsRules, 'ishsPrimeDeliveryDays' | 'ishsStandardDeliveryDays'>,
): LocalDay {
  return addDays(readyDay, deliveryDays(prime, rules));
}

export interface Confidence {
  readonly confident: boolean;
  /** Every reason the estimate is withheld (empty when confident). */
  readonly withheld: readonly RuleIssue[];
}

/** ISHS-3: is the in-stock estimate of this (not yet received) shipment confident at `at`? */
export function confidenceAt(
  shipment: Pick<ShipmentFact, 'shipmentId' | 'shipped'>,
  eta: EtaAt,
  at: Instant,
  timeZone: string,
  rules: IshsRules,
  show: (at: Instant) => string = String,
): Confidence {
  const id = shipment.shipmentId;
  const withheld: RuleIssue[] = [];
  if (eta.eta === null) withheld.push(ruleIssue(M.ISHS_ETA_UNKNOWN, 'ISHS-3', { shipmentId: id }));
  if (rules.ishsConfidenceRequiresShipped && (shipment.shipped === null || shipment.shipped > at)) {
    withheld.push(ruleIssue(M.ISHS_NOT_SHIPPED, 'ISHS-3', { shipmentId: id }));
  }
  if (eta.slips > rules.ishsConfidenceMaxEtaSlips) {
    const values = { shipmentId: id, slips: eta.slips, maxSlips: rules.ishsConfidenceMaxEtaSlips };
    withheld.push(ruleIssue(M.ISHS_ETA_SLIPPED, 'ISHS-3', values));
  }
  if (eta.eta !== null) {
    if (eta.eta < at) withheld.push(ruleIssue(M.ISHS_ETA_OVERDUE, 'ISHS-3', { shipmentId: id, eta: show(eta.eta) }));
    const day = inStockDay(eta.eta, timeZone, rules);
    const ahead = daysBetween(localDay(at, timeZone), day);
    if (ahead > rules.ishsConfidenceMaxDaysAhead) {
      const values = { shipmentId: id, inStockDay: day, days: ahead, maxDays: rules.ishsConfidenceMaxDaysAhead };
      withheld.push(ruleIssue(M.ISHS_TOO_FAR_AHEAD, 'ISHS-3', values));
    }
  }
  return { confident: withheld.length === 0, withheld };
}
