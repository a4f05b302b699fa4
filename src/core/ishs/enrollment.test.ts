import { describe, expect, it } from 'vitest';
import { formatInstant } from '../calendar/calendar.js';
import type { IshsEnrollmentFact, SellerFact } from '../catalog/facts.js';
import { enrollmentAt, shipmentQualifies } from './enrollment.js';
import { DAY, HOUR, shipment, T0, usIshs } from './test-support.js';

const rules = usIshs();
const enroll = (at: number): IshsEnrollmentFact => ({ marketplace: 'US', at, action: 'enroll' });
const optOut = (at: number): IshsEnrollmentFact => ({ marketplace: 'US', at, action: 'opt_out' });
const confirmed = (at: number): IshsEnrollmentFact => ({ marketplace: 'US', at, action: 'opt_out_confirmed' });

function seller(validFrom: number, ishsEnrolled: boolean): SellerFact {
  return { account: 'a', marketplace: 'US', sellingPlan: 'professional', sellerRating: 4.8, ishsEnrolled, validFrom };
}

describe('ISHS-1: enrolment is per seller account; qualifying carrier programs', () => {
  it('ISHS-1: an account that never enrolled has no qualifying shipment', () => {
    const e = enrollmentAt([], [], T0, rules);
    expect(e.state).toBe('never');
    const q = shipmentQualifies(shipment(), e, T0, rules);
    expect(q.qualifies).toBe(false);
    expect(q.issue?.code).toBe('ISHS_NOT_ENROLLED');
    expect(q.issue?.rule).toBe('ISHS-1');
  });

  it('ISHS-1: once enrolled, shipments by Amazon Freight, PCP and AGL qualify (created before enrolment too); others never', () => {
    const e = enrollmentAt([enroll(T0 - DAY)], [], T0, rules);
    expect(e.state).toBe('enrolled');
    for (const carrierProgram of ['amazon_freight', 'partnered_carrier', 'amazon_global_logistics'] as const) {
      expect(shipmentQualifies(shipment({ carrierProgram, created: T0 - 30 * DAY }), e, T0, rules).qualifies).toBe(
        true,
      );
    }
    const other = shipmentQualifies(shipment({ carrierProgram: 'other' }), e, T0, rules);
    expect(other.qualifies).toBe(false);
    expect(other.issue?.code).toBe('ISHS_CARRIER_NOT_QUALIFYING');
  });

  it('ISHS-1: an enrolment recorded after the instant asked about does not count (GEN-2)', () => {
    const events = [enroll(T0 + DAY)];
    expect(enrollmentAt(events, [], T0, rules).state).toBe('never');
    expect(enrollmentAt(events, [], T0 + DAY, rules).state).toBe('enrolled');
  });

  it('ISHS-1: the seller versions’ ishs_enrolled flag enrols too, and its clearing is a confirmed opt-out', () => {
    const e = enrollmentAt([], [seller(T0 - 10 * DAY, true), seller(T0 - 5 * DAY, false)], T0, rules);
    expect(e.state).toBe('opted_out');
    expect(e.periods).toEqual([
      {
        from: T0 - 10 * DAY,
        optOutRequested: T0 - 5 * DAY,
        optOutConfirmed: T0 - 5 * DAY,
        qualifyingCreatedUntil: T0 - 5 * DAY + 72 * HOUR,
      },
    ]);
  });
});

describe('ISHS-4: shipments created more than 72 hours after the confirmed opt-out no longer qualify', () => {
  const C = T0 - 10 * DAY;
  const events = [enroll(T0 - 30 * DAY), optOut(C - DAY), confirmed(C)];

  it('ISHS-4: the 72 hours count from the confirmation; a shipment created exactly at C + 72 h still qualifies', () => {
    const e = enrollmentAt(events, [], T0, rules);
    expect(e.state).toBe('opted_out');
    expect(shipmentQualifies(shipment({ created: C + 72 * HOUR }), e, T0, rules).qualifies).toBe(true);
    const late = shipmentQualifies(shipment({ created: C + 72 * HOUR + 1 }), e, T0, rules, (at) => formatInstant(at));
    expect(late.qualifies).toBe(false);
    expect(late.issue?.code).toBe('ISHS_OPTED_OUT');
    expect(late.issue?.rule).toBe('ISHS-4');
    expect(late.issue?.values).toMatchObject({ graceHours: 72, confirmed: formatInstant(C) });
  });

  it('ISHS-4: earlier shipments still qualify for orders placed long after the opt-out', () => {
    const e = enrollmentAt(events, [], T0 + 60 * DAY, rules);
    expect(shipmentQualifies(shipment({ created: C - 20 * DAY }), e, T0 + 60 * DAY, rules).qualifies).toBe(true);
  });

  it('ISHS-4: an opt-out asked for but not confirmed changes nothing; enrolling again withdraws it', () => {
    const pending = enrollmentAt([enroll(T0 - 30 * DAY), optOut(T0 - 20 * DAY)], [], T0, rules);
    expect(pending.state).toBe('opt_out_pending');
    expect(shipmentQualifies(shipment({ created: T0 - DAY }), pending, T0, rules).qualifies).toBe(true);
    const back = enrollmentAt([enroll(T0 - 30 * DAY), optOut(T0 - 20 * DAY), enroll(T0 - 19 * DAY)], [], T0, rules);
    expect(back.state).toBe('enrolled');
    expect(back.periods[0]?.optOutRequested).toBeNull();
  });

  it('ISHS-4: after enrolling again, new shipments qualify again through the new period', () => {
    const e = enrollmentAt([...events, enroll(T0 - DAY)], [], T0, rules);
    expect(e.state).toBe('enrolled');
    expect(e.periods).toHaveLength(2);
    expect(shipmentQualifies(shipment({ created: T0 - 2 * DAY }), e, T0, rules).qualifies).toBe(true);
  });

  it('ISHS-4: the grace period is the rule set’s parameter', () => {
    const e = enrollmentAt(events, [], T0, { ishsOptOutGraceHours: 24 });
    expect(e.periods[0]?.qualifyingCreatedUntil).toBe(C + 24 * HOUR);
  });
});
