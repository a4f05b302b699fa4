// The exact price comparisons the direct-price rules share (RULEBOOK conventions: "X% below P" means
// price·100 ≤ P·(100 − X) in integer minor units; a maximum allowed price is rounded down).
import type { Minor } from '../catalog/facts.js';
import { isAtLeastPercentBelow, reduceByPercentFloor } from '../money/money.js';
import { fail, money, type CheckEnv } from './env.js';
import type { Findings } from './types.js';

/** Which reference a comparison is against, and the name its value has in the message. */
export type Against = 'ref' | 'low' | 'was' | 'current';

/**
 * Fails with `code` unless `price` is at least `pct`% below `base`; `base` null = nothing to compare
 * against (the rule does not apply). Returns whether the condition holds.
 */
export function requireAtLeastPercentBelow(
  env: CheckEnv,
  out: Findings,
  code: string,
  rule: string,
  price: Minor,
  base: Minor | null,
  against: Against,
  pct: number,
  extra: Readonly<Record<string, unknown>> = {},
): boolean {
  if (base === null || isAtLeastPercentBelow(price, base, pct)) return true;
  fail(out, code, rule, {
    price: money(env, price),
    [against]: money(env, base),
    pct,
    max: money(env, reduceByPercentFloor(base, pct)),
    ...extra,
  });
  return false;
}

/** Fails with `code` unless `price` ≤ base (strict: price < base, i.e. ≤ base − 1 minor unit). */
export function requireAtMost(
  env: CheckEnv,
  out: Findings,
  code: string,
  rule: string,
  price: Minor,
  base: Minor | null,
  against: Against,
  strict: boolean,
  extra: Readonly<Record<string, unknown>> = {},
): boolean {
  if (base === null) return true;
  const max = strict ? base - 1 : base;
  if (price <= max) return true;
  fail(out, code, rule, { price: money(env, price), [against]: money(env, base), max: money(env, max), ...extra });
  return false;
}

/** Values naming the declared event, added to a message when event thresholds applied. */
export function eventValues(env: CheckEnv): Record<string, unknown> {
  return env.event === null ? {} : { event: env.event.name };
}
