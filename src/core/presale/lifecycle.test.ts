import { describe, expect, it } from 'vitest';
import { campaign, DAY, presaleEvent, T0 } from '../ishs/test-support.js';
import { campaignAt, isOpen, transitionRefusal } from './lifecycle.js';

const c = campaign(); // created T0, start T0+1d, end T0+11d, release T0+14d

describe('PRE-2: DRAFT → SUBMITTED → APPROVED | REJECTED → LIVE → ENDED (→ RELEASED)', () => {
  const approvedPath = [presaleEvent('submitted', T0 + 1000), presaleEvent('approved', T0 + 2000)];

  it('PRE-2: a created campaign is a DRAFT; nothing before it was created', () => {
    expect(campaignAt(c, [], T0)?.status).toBe('DRAFT');
    expect(campaignAt(c, [], T0 - 1)).toBeNull();
  });

  it('PRE-2: approved campaigns go LIVE at the start and END at the end, by the clock', () => {
    expect(campaignAt(c, approvedPath, T0 + 1500)?.status).toBe('SUBMITTED');
    expect(campaignAt(c, approvedPath, T0 + 3000)).toMatchObject({ status: 'APPROVED', liveFrom: T0 + DAY });
    expect(campaignAt(c, approvedPath, T0 + DAY)?.status).toBe('LIVE');
    expect(campaignAt(c, approvedPath, T0 + 11 * DAY - 1)?.status).toBe('LIVE');
    expect(campaignAt(c, approvedPath, T0 + 11 * DAY)?.status).toBe('ENDED');
    const released = [...approvedPath, presaleEvent('released', T0 + 14 * DAY)];
    expect(campaignAt(c, released, T0 + 14 * DAY)).toMatchObject({ status: 'RELEASED', releasedAt: T0 + 14 * DAY });
  });

  it('PRE-2: an approval after the start makes it live from the approval', () => {
    const late = [presaleEvent('submitted', T0), presaleEvent('approved', T0 + 3 * DAY)];
    expect(campaignAt(c, late, T0 + 2 * DAY)?.status).toBe('SUBMITTED');
    expect(campaignAt(c, late, T0 + 3 * DAY)).toMatchObject({ status: 'LIVE', liveFrom: T0 + 3 * DAY });
  });

  it('PRE-2: a rejection keeps its reasons and is final', () => {
    const rejected = [
      presaleEvent('submitted', T0),
      presaleEvent('rejected', T0 + 1, { reasons: ['PRESALE_NO_RETURN_POLICY'] }),
    ];
    const s = campaignAt(c, [...rejected, presaleEvent('approved', T0 + 2)], T0 + 5 * DAY);
    expect(s).toMatchObject({ status: 'REJECTED', reasons: ['PRESALE_NO_RETURN_POLICY'], liveFrom: null });
  });

  it('PRE-2: steps the lifecycle does not allow are ignored by the fold and refused with a reason', () => {
    expect(campaignAt(c, [presaleEvent('approved', T0 + 1)], T0 + 2 * DAY)?.status).toBe('DRAFT');
    expect(campaignAt(c, [...approvedPath, presaleEvent('released', T0 + 5 * DAY)], T0 + 6 * DAY)?.status).toBe('LIVE');
    expect(transitionRefusal('PS-1', 'DRAFT', 'submitted')).toBeNull();
    const r = transitionRefusal('PS-1', 'LIVE', 'released');
    expect(r).toMatchObject({ code: 'PRESALE_BAD_TRANSITION', rule: 'PRE-2', values: { id: 'PS-1', status: 'LIVE' } });
    expect(transitionRefusal('PS-1', 'SUBMITTED', 'submitted')?.code).toBe('PRESALE_BAD_TRANSITION');
  });

  it('PRE-2: submitted, approved, live and ended campaigns are open (one per SKU)', () => {
    expect(
      ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'LIVE', 'ENDED', 'RELEASED'].filter((s) => isOpen(s as never)),
    ).toEqual(['SUBMITTED', 'APPROVED', 'LIVE', 'ENDED']);
  });
});
