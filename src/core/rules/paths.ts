// Dotted parameter paths of a rule set: 'promotions.couponMaxDiscountPct', 'fees.removal.removalFeeBands'
// (a value path; arrays are single leaves) or 'fees.removal.removalFeeBands[].bandFeePerUnit' (a schema
// path, through array elements). Used for `assumed` (GEN-3) and by the coverage test.
import { z } from 'zod';
import type { RuleSetMeta } from './schema.js';

function join(prefix: string, key: string): string {
  return prefix === '' ? key : `${prefix}.${key}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Leaf paths of a value: scalars, null and arrays are leaves; objects are walked. */
export function valueLeafPaths(value: unknown, prefix = ''): string[] {
  if (!isPlainObject(value)) return prefix === '' ? [] : [prefix];
  return Object.keys(value).flatMap((key) => valueLeafPaths(value[key], join(prefix, key)));
}

/**
 * Leaf paths a schema allows, walking through nullable/optional wrappers and into array elements
 * (`[]`). An array of scalars is one leaf.
 */
export function schemaLeafPaths(schema: z.ZodType, prefix = ''): string[] {
  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional) {
    return schemaLeafPaths(schema.unwrap() as z.ZodType, prefix);
  }
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    return Object.keys(shape).flatMap((key) => schemaLeafPaths(shape[key] as z.ZodType, join(prefix, key)));
  }
  if (schema instanceof z.ZodArray) {
    const inner = schemaLeafPaths(schema.element as z.ZodType, `${prefix}[]`);
    return inner.length === 1 && inner[0] === `${prefix}[]` ? [prefix] : inner;
  }
  return [prefix];
}

/** The key name of a path's last segment: 'fees.removal.removalFeeBands[].bandFeePerUnit' → 'bandFeePerUnit'. */
export function leafKey(path: string): string {
  const last = path.split('.').pop() ?? path;
  return last.replace(/\[\]$/, '');
}

/** True when `path` is `prefix` or lies under it. */
export function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

/** GEN-3: is this parameter (or a parent of it) inherited from US as an assumption? */
export function isAssumed(ruleSet: Pick<RuleSetMeta, 'assumed'>, path: string): boolean {
  return ruleSet.assumed.some((p) => isUnder(path, p));
}

/** Is this parameter a clearway default rather than an Amazon figure? */
export function isClearwayDefault(ruleSet: Pick<RuleSetMeta, 'clearwayDefaults'>, path: string): boolean {
  return ruleSet.clearwayDefaults.some((p) => isUnder(path, p));
}
