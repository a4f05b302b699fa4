import { describe, expect, it } from 'vitest';
import { reviewDeal, submitDeal } from './actions.js';
import { reportRows } from './report.js';
import { DAY, END, MON, order, outletFacts, record, SKU, WED } from './test-support.js';
import { dueTransitions, project } from './tick.js';
import type { ActionResult } from './types.js';

function ok(r: ActionResult) {
  if (!r.ok) throw new Error(r.errors.map((e) => e.code).join());
  return r;
}

describe('OUT-12 Outlet Deals report', () => {
  it('OUT-12: every submission with status, dates, reasons, and units and sales during the run', () => {
    const orders = [
      order({ at: MON - 1, units: 3, unitPrice: 4000 }), // before the run
      order({ at: MON + DAY, units: 2, unitPrice: 2700 }),
      order({ at: MON + 2 * DAY, units: 1, unitPrice: 2700, promotionDiscount: 135 }), // with a coupon
      order({ at: MON + 3 * DAY, units: 4, unitPrice: 2700, cancelled: true }),
      order({ at: END, units: 5, unitPrice: 4000 }), // after the end
    ];
    let f = outletFacts({ orders: [...outletFacts().facts.orders, ...orders] });
    const first = ok(submitDeal(f, SKU, 2700, WED));
    f = record(f, first.recorded);
    f = record(f, ok(reviewDeal(f, first.deal.id, { approve: true }, WED + DAY)).recorded);
    f = record(f, dueTransitions(f, END + DAY));
    const rows = reportRows(f, project(f, END + DAY).deals, END + DAY);
    expect(
      rows.map((r) => [r.deal.id, r.deal.status, r.deal.start, r.deal.end, r.unitsDuringRun, r.salesDuringRun]),
    ).toEqual([[first.deal.id, 'ENDED', MON, END, 3, 2 * 2700 + 2700 - 135]]);
  });

  it('OUT-12: while running, the run so far; a deal that never ran sold nothing in it', () => {
    let f = outletFacts({
      orders: [...outletFacts().facts.orders, order({ at: MON + DAY, units: 2, unitPrice: 2700 })],
    });
    const s = ok(submitDeal(f, SKU, 2700, WED));
    f = record(f, s.recorded);
    const running = reportRows(f, project(f, MON + 2 * DAY).deals, MON + 2 * DAY);
    expect(running.map((r) => [r.deal.status, r.unitsDuringRun])).toEqual([['RUNNING', 2]]);
    const before = reportRows(f, project(f, WED + DAY).deals, WED + DAY);
    expect(before.map((r) => [r.deal.status, r.unitsDuringRun, r.salesDuringRun])).toEqual([['SUBMITTED', 0, 0]]);
  });
});
