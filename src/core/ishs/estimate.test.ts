import { describe, expect, it } from 'vitest';
import { parseInstant } from '../calendar/calendar.js';
import { confidenceAt, etaAt, inStockDay, promisedDelivery } from './estimate.js';
import { DAY, etaChange, LA, shipment, T0, usIshs } from './test-support.js';

const rules = usIshs();

describe('ISHS-2: estimated in-stock day and promised delivery from the carrier ETA', () => {
  it('ISHS-2: in-stock day = local day of the ETA + receiving days; delivery = in-stock + delivery days', () => {
    // 2026-03-10T05:00Z is still 2026-03-09 in Los Angeles.
    const eta = parseInstant('2026-03-10T05:00:00Z');
    expect(rules.ishsReceivingDays).toBe(2);
    expect(inStockDay(eta, LA, rules)).toBe('2026-03-11');
    expect(promisedDelivery('2026-03-11', true, rules)).toBe('2026-03-13');
    expect(promisedDelivery('2026-03-11', false, rules)).toBe('2026-03-16');
  });

  it('ISHS-2: the ETA as known at an instant comes from the ETA history, never from later changes', () => {
    const s = shipment({ eta: T0 + 9 * DAY }); // the row holds the latest ETA
    const changes = [
      etaChange(T0 + DAY, T0 + 5 * DAY, T0 + 7 * DAY),
      etaChange(T0 + 2 * DAY, T0 + 7 * DAY, T0 + 9 * DAY),
    ];
    expect(etaAt(s, changes, T0)).toEqual({ eta: T0 + 5 * DAY, slips: 0, changes: [] });
    expect(etaAt(s, changes, T0 + DAY).eta).toBe(T0 + 7 * DAY);
    expect(etaAt(s, changes, T0 + DAY).slips).toBe(1);
    expect(etaAt(s, changes, T0 + 3 * DAY).eta).toBe(T0 + 9 * DAY);
    expect(etaAt(s, changes, T0 + 3 * DAY).slips).toBe(2);
    expect(etaAt(s, [], T0).eta).toBe(T0 + 9 * DAY);
  });

  it('ISHS-2: a change to an earlier ETA is no slip; changes of other shipments are ignored', () => {
    const changes = [etaChange(T0, T0 + 5 * DAY, T0 + 4 * DAY), etaChange(T0, T0 + 1, T0 + 2 * DAY, 'FBA-OTHER')];
    expect(etaAt(shipment(), changes, T0 + DAY)).toMatchObject({ eta: T0 + 4 * DAY, slips: 0 });
  });
});

describe('ISHS-3: orders against inbound are withheld when the carrier estimate is not confident', () => {
  const confident = (o: Parameters<typeof shipment>[0], changes = [] as ReturnType<typeof etaChange>[], at = T0) => {
    const s = shipment(o);
    return confidenceAt(s, etaAt(s, changes, at), at, LA, rules);
  };

  it('ISHS-3: a shipped shipment with a near ETA that has slipped at most once is confident', () => {
    expect(confident({})).toEqual({ confident: true, withheld: [] });
    expect(confident({}, [etaChange(T0 - DAY, T0 + 3 * DAY, T0 + 5 * DAY)]).confident).toBe(true);
  });

  it('ISHS-3: withheld when not shipped, when the ETA slipped more than once, when overdue, too far ahead or unknown', () => {
    expect(confident({ shipped: null }).withheld.map((w) => w.code)).toEqual(['ISHS_NOT_SHIPPED']);
    expect(confident({ shipped: T0 + DAY }).withheld.map((w) => w.code)).toEqual(['ISHS_NOT_SHIPPED']);
    const twice = [
      etaChange(T0 - 2 * DAY, T0 + 2 * DAY, T0 + 3 * DAY),
      etaChange(T0 - DAY, T0 + 3 * DAY, T0 + 5 * DAY),
    ];
    const slipped = confident({}, twice);
    expect(slipped.withheld.map((w) => [w.code, w.rule, w.values.slips])).toEqual([['ISHS_ETA_SLIPPED', 'ISHS-3', 2]]);
    expect(confident({ eta: T0 - 1 }).withheld.map((w) => w.code)).toEqual(['ISHS_ETA_OVERDUE']);
    const far = confident({ eta: T0 + 40 * DAY });
    expect(far.withheld.map((w) => w.code)).toEqual(['ISHS_TOO_FAR_AHEAD']);
    expect(far.withheld[0]?.values).toMatchObject({ days: 42, maxDays: 30 });
    const all = confident({ eta: null, shipped: null });
    expect(all.confident).toBe(false);
    expect(all.withheld.map((w) => w.code)).toEqual(['ISHS_ETA_UNKNOWN', 'ISHS_NOT_SHIPPED']);
  });

  it('ISHS-3: the confidence rule reads its parameters (an unshipped shipment may be offered when allowed)', () => {
    const loose = { ...rules, ishsConfidenceRequiresShipped: false, ishsConfidenceMaxEtaSlips: 5 };
    const s = shipment({ shipped: null });
    expect(confidenceAt(s, etaAt(s, [], T0), T0, LA, loose).confident).toBe(true);
  });
});
