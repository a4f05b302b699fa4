// ISHS-1 enrolment (per seller account and marketplace, no ASIN choice) and ISHS-4 opt-out: shipments
// created more than `ishsOptOutGraceHours` (72) hours after the opt-out is CONFIRMED no longer qualify;
// earlier ones still do. The account's history is a fold of its enrolment events (and of the seller
// versions' `ishsEnrolled` flag, DEC-6) up to the instant asked about.
//
// Rule stated (clearway's reading of ISHS-1/ISHS-4): a shipment qualifies for an order placed at T when
// it moves by a qualifying carrier program and some enrolment period began at or before T and either
// is still open or ended with a confirmed opt-out at C such that the shipment was created ≤ C + 72 h.
// An opt-out asked for but not yet confirmed changes nothing; enrolling again cancels it.
import type { CarrierProgram, Instant, IshsEnrollmentFact, SellerFact, ShipmentFact } from '../catalog/facts.js';
import type { RuleIssue } from '../messages/messages.js';
import { ruleIssue } from '../messages/messages.js';
import type { IshsRules } from '../rules/schema.js';
import { ISHS_MESSAGES as M } from './messages.js';

const HOUR_MS = 3_600_000;

export interface EnrollmentPeriod {
  readonly from: Instant;
  /** When an opt-out was asked for (still enrolled until confirmed); null when none is pending. */
  readonly optOutRequested: Instant | null;
  /** When Amazon confirmed the opt-out; null while the period is open. */
  readonly optOutConfirmed: Instant | null;
  /** Shipments created after this instant do not qualify through this period (confirmed + grace). */
  readonly qualifyingCreatedUntil: Instant | null;
}

export type EnrollmentState = 'never' | 'enrolled' | 'opt_out_pending' | 'opted_out';

export interface Enrollment {
  readonly state: EnrollmentState;
  readonly periods: readonly EnrollmentPeriod[];
}

type Step = { readonly at: Instant; readonly action: IshsEnrollmentFact['action'] };

/** The seller versions' flag as enrolment steps: true after false (or first) enrols; false after true opts out, confirmed. */
function sellerSteps(versions: readonly SellerFact[]): Step[] {
  const steps: Step[] = [];
  let enrolled = false;
  for (const v of [...versions].sort((a, b) => a.validFrom - b.validFrom)) {
    if (v.ishsEnrolled && !enrolled) steps.push({ at: v.validFrom, action: 'enroll' });
    if (!v.ishsEnrolled && enrolled) {
      steps.push({ at: v.validFrom, action: 'opt_out' }, { at: v.validFrom, action: 'opt_out_confirmed' });
    }
    enrolled = v.ishsEnrolled;
  }
  return steps;
}

const ACTION_ORDER: Readonly<Record<Step['action'], number>> = { enroll: 0, opt_out: 1, opt_out_confirmed: 2 };

/** ISHS-1/ISHS-4: the enrolment periods and state as of `at` (events after it are ignored). */
export function enrollmentAt(
  events: readonly IshsEnrollmentFact[],
  sellerVersions: readonly SellerFact[],
  at: Instant,
  rules: Pick<IshsRules, 'ishsOptOutGraceHours'>,
): Enrollment {
  const steps = [...events.map((e) => ({ at: e.at, action: e.action })), ...sellerSteps(sellerVersions)]
    .filter((s) => s.at <= at)
    .sort((a, b) => a.at - b.at || ACTION_ORDER[a.action] - ACTION_ORDER[b.action]);
  const periods: EnrollmentPeriod[] = [];
  let open: { from: Instant; optOutRequested: Instant | null } | null = null;
  for (const s of steps) {
    if (s.action === 'enroll') {
      if (open === null) open = { from: s.at, optOutRequested: null };
      else open.optOutRequested = null; // enrolling again withdraws a pending opt-out
    } else if (s.action === 'opt_out') {
      if (open !== null && open.optOutRequested === null) open.optOutRequested = s.at;
    } else if (open !== null) {
      const until = s.at + rules.ishsOptOutGraceHours * HOUR_MS;
      periods.push({
        from: open.from,
        optOutRequested: open.optOutRequested ?? s.at,
        optOutConfirmed: s.at,
        qualifyingCreatedUntil: until,
      });
      open = null;
    }
  }
  if (open !== null) {
    periods.push({
      from: open.from,
      optOutRequested: open.optOutRequested,
      optOutConfirmed: null,
      qualifyingCreatedUntil: null,
    });
  }
  const last = periods[periods.length - 1];
  const state: EnrollmentState =
    last === undefined
      ? 'never'
      : last.optOutConfirmed !== null
        ? 'opted_out'
        : last.optOutRequested !== null
          ? 'opt_out_pending'
          : 'enrolled';
  return { state, periods };
}

export interface Qualification {
  readonly qualifies: boolean;
  /** Why not (ISHS_NOT_ENROLLED, ISHS_CARRIER_NOT_QUALIFYING, ISHS_OPTED_OUT); null when it qualifies. */
  readonly issue: RuleIssue | null;
}

export function isQualifyingProgram(
  program: CarrierProgram,
  rules: Pick<IshsRules, 'ishsQualifyingCarrierPrograms'>,
): boolean {
  return rules.ishsQualifyingCarrierPrograms.includes(program);
}

/** ISHS-1 + ISHS-4: may orders placed at `at` be promised against this shipment? */
export function shipmentQualifies(
  shipment: Pick<ShipmentFact, 'shipmentId' | 'marketplace' | 'carrierProgram' | 'created'>,
  enrollment: Enrollment,
  at: Instant,
  rules: Pick<IshsRules, 'ishsQualifyingCarrierPrograms' | 'ishsOptOutGraceHours'>,
  show: (at: Instant) => string = String,
): Qualification {
  if (!isQualifyingProgram(shipment.carrierProgram, rules)) {
    const values = { shipmentId: shipment.shipmentId, carrierProgram: shipment.carrierProgram };
    return { qualifies: false, issue: ruleIssue(M.ISHS_CARRIER_NOT_QUALIFYING, 'ISHS-1', values) };
  }
  const started = enrollment.periods.filter((p) => p.from <= at);
  if (started.length === 0) {
    return { qualifies: false, issue: ruleIssue(M.ISHS_NOT_ENROLLED, 'ISHS-1', { marketplace: shipment.marketplace }) };
  }
  const through = started.find(
    (p) => p.qualifyingCreatedUntil === null || shipment.created <= p.qualifyingCreatedUntil,
  );
  if (through !== undefined) return { qualifies: true, issue: null };
  const last = started[started.length - 1]!;
  const values = {
    shipmentId: shipment.shipmentId,
    created: show(shipment.created),
    confirmed: show(last.optOutConfirmed!),
    graceHours: rules.ishsOptOutGraceHours,
  };
  return { qualifies: false, issue: ruleIssue(M.ISHS_OPTED_OUT, 'ISHS-4', values) };
}
