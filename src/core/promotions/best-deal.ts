// PM-4 Best Deal (7-day deal): ≥ 10% below ref on ordinary days and ≥ 15% during a declared event,
// ≤ the 30-day lowest net price, < the Was Price, runs 1–14 days (local calendar days, DST-aware:
// end ≤ start + 14 local days), and its price is below the current price. Fee in fees.ts.
import { DAY_MS } from '../calendar/civil.js';
import { minusLocalDays } from '../calendar/calendar.js';
import { eventValues, requireAtLeastPercentBelow, requireAtMost } from './compare.js';
import { dealPriceOf, fail, instant, money, type CheckEnv } from './env.js';
import type { Findings } from './types.js';

const RULE = 'PM-4';

export function checkBestDeal(env: CheckEnv, out: Findings): void {
  const r = env.rules.promotions;
  const p = env.proposal;
  if (p.end > p.start) {
    const earliestEnd = minusLocalDays(p.start, -r.bdMinDays, env.timeZone);
    const latestEnd = minusLocalDays(p.start, -r.bdMaxDays, env.timeZone);
    if (p.end < earliestEnd || p.end > latestEnd) {
      fail(out, 'BD_DURATION_OUT_OF_RANGE', RULE, {
        min: r.bdMinDays,
        max: r.bdMaxDays,
        days: Math.round(((p.end - p.start) / DAY_MS) * 100) / 100,
      });
    }
  }
  const ref = env.refs.reference.value;
  if (ref === null) fail(out, 'NO_REFERENCE_PRICE', RULE, { at: instant(env, env.asOf) });
  const price = dealPriceOf(env);
  const current = env.refs.currentPrice;
  if (price === null || current === null) return;
  const ev = eventValues(env);
  const refPct = env.event === null ? r.bdMinBelowRefPct : r.bdEventMinBelowRefPct;
  requireAtLeastPercentBelow(env, out, 'BD_NOT_BELOW_REF', RULE, price, ref, 'ref', refPct, ev);
  requireAtMost(env, out, 'BD_ABOVE_LOWEST_NET', RULE, price, env.refs.lowest30DayNetPrice.value, 'low', false);
  requireAtMost(env, out, 'BD_NOT_UNDER_WAS_PRICE', RULE, price, env.refs.wasPrice.value, 'was', true);
  if (price >= current) {
    fail(out, 'PROMOTION_PRICE_NOT_BELOW_CURRENT', RULE, { price: money(env, price), current: money(env, current) });
  }
}
