// PM-3 Lightning Deal: ≥ 15% below ref (≥ 20% during a declared event), ≥ 5% below the 30-day lowest
// net price, ≥ 5% below the Was Price, runs at most 12 hours, and its price is below the current
// price. The 7-day spacing between two LDs of one ASIN is in calendar.ts, the fee in fees.ts.
import { HOUR_MS } from '../calendar/civil.js';
import { eventValues, requireAtLeastPercentBelow } from './compare.js';
import { dealPriceOf, fail, instant, money, type CheckEnv } from './env.js';
import type { Findings } from './types.js';

const RULE = 'PM-3';

export function checkLightningDeal(env: CheckEnv, out: Findings): void {
  const r = env.rules.promotions;
  const p = env.proposal;
  if (p.end > p.start && p.end - p.start > r.ldMaxHours * HOUR_MS) {
    fail(out, 'LD_TOO_LONG', RULE, {
      maxHours: r.ldMaxHours,
      hours: Math.round(((p.end - p.start) / HOUR_MS) * 100) / 100,
    });
  }
  const ref = env.refs.reference.value;
  if (ref === null) fail(out, 'NO_REFERENCE_PRICE', RULE, { at: instant(env, env.asOf) });
  const price = dealPriceOf(env);
  const current = env.refs.currentPrice;
  if (price === null || current === null) return;
  const ev = eventValues(env);
  const refPct = env.event === null ? r.ldMinBelowRefPct : r.ldEventMinBelowRefPct;
  requireAtLeastPercentBelow(env, out, 'LD_NOT_BELOW_REF', RULE, price, ref, 'ref', refPct, ev);
  const low = env.refs.lowest30DayNetPrice.value;
  requireAtLeastPercentBelow(env, out, 'LD_NOT_BELOW_LOWEST_NET', RULE, price, low, 'low', r.ldMinBelowLowestNetPct);
  requireAtLeastPercentBelow(
    env,
    out,
    'LD_NOT_BELOW_WAS_PRICE',
    RULE,
    price,
    env.refs.wasPrice.value,
    'was',
    r.ldMinBelowWasPricePct,
  );
  if (price >= current) {
    fail(out, 'PROMOTION_PRICE_NOT_BELOW_CURRENT', RULE, { price: money(env, price), current: money(env, current) });
  }
}
