// Builds the validated, resolved rule-set versions of every marketplace from the data files (GEN-3):
// US = base + dated patches; other marketplaces = US non-fee groups (assumed) + null fees + their
// own dated patches, re-derived at every US change day so that they follow US threshold changes.
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import type { Instant, LocalDay } from '../catalog/facts.js';
import { MARKETPLACES, marketplaceInfo, type Marketplace } from '../catalog/marketplace.js';
import { isUnder, valueLeafPaths } from './paths.js';
import { ruleSetMetaSchema, ruleSetParamsSchema, type RuleSet, type RuleSetParams } from './schema.js';
import type { Patch, RuleChange, RuleData } from './data/types.js';

export class RuleSetError extends Error {
  override readonly name = 'RuleSetError';
}

/** Validates rule-set parameters; a failure names the version and every offending path. */
export function parseRuleSetParams(input: unknown, label: string): RuleSetParams {
  const result = ruleSetParamsSchema.safeParse(input);
  if (!result.success) {
    throw new RuleSetError(`Invalid rule set ${label}:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/** Local midnight of a 'YYYY-MM-DD' day in a time zone, as epoch ms. */
export function localMidnight(day: LocalDay, timeZone: string): Instant {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new RuleSetError(`"${day}" is not a YYYY-MM-DD day`);
  return Temporal.PlainDate.from(day).toZonedDateTime({ timeZone }).epochMilliseconds;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects merge key by key; arrays, scalars and null replace. */
export function applyPatch<T>(base: T, patch: NoInfer<Patch<T>> | undefined): T {
  if (patch === undefined) return base;
  if (!isPlainObject(patch) || !isPlainObject(base)) return structuredClone(patch) as T;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    out[key] = applyPatch(base[key], value as Patch<unknown>);
  }
  return out as T;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const NULL_FEES: RuleSetParams['fees'] = {
  storage: null,
  agedInventorySurcharge: null,
  deals: { lightningDealFee: null, lightningDealEventFee: null, bestDealFee: null, bestDealEventFee: null },
  coupons: { couponFee: null, couponFeeSeedModel: null },
  ped: null,
  referral: null,
  liquidation: null,
  removal: null,
  lowInventoryLevel: null,
  outlet: null,
};

interface Draft {
  readonly day: LocalDay;
  readonly notes: string[];
  readonly params: RuleSetParams;
  readonly assumed: string[];
}

function finish(mp: Marketplace, draft: Draft, clearwayDefaultPrefixes: readonly string[]): RuleSet {
  const info = marketplaceInfo(mp);
  const version = `${mp}@${draft.day}`;
  const params = parseRuleSetParams(draft.params, version);
  const clearwayDefaults = valueLeafPaths(params).filter((p) => clearwayDefaultPrefixes.some((d) => isUnder(p, d)));
  const meta = ruleSetMetaSchema.parse({
    marketplace: mp,
    currency: info.currency,
    timeZone: info.timeZone,
    version,
    effectiveFrom: localMidnight(draft.day, info.timeZone),
    notes: draft.notes,
    assumed: draft.assumed,
    clearwayDefaults,
  });
  return deepFreeze({ ...meta, ...structuredClone(params) });
}

function sortedByDay(changes: readonly RuleChange[]): RuleChange[] {
  return [...changes].sort((a, b) =>
    a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0,
  );
}

function usDrafts(data: RuleData): Draft[] {
  const changes = sortedByDay([data.us.base, ...data.us.changes]);
  if (changes[0] !== data.us.base) throw new RuleSetError('US: a change precedes the base version');
  const drafts: Draft[] = [];
  let params: RuleSetParams = data.us.base.patch;
  for (const change of changes) {
    if (change !== data.us.base) params = applyPatch(params, change.patch);
    const last = drafts[drafts.length - 1];
    if (last?.day === change.effectiveFrom) {
      drafts[drafts.length - 1] = { ...last, notes: [...last.notes, change.note], params };
    } else {
      drafts.push({ day: change.effectiveFrom, notes: [change.note], params, assumed: [] });
    }
  }
  return drafts;
}

function usAt(us: readonly Draft[], day: LocalDay): Draft | undefined {
  return us.filter((d) => d.day <= day).pop();
}

function otherDrafts(
  mp: Marketplace,
  changes: readonly RuleChange[],
  us: readonly Draft[],
  defaults: readonly string[],
): Draft[] {
  const days = [...new Set([...us.map((d) => d.day), ...changes.map((c) => c.effectiveFrom)])].sort();
  const drafts: Draft[] = [];
  let previousKey = '';
  let previousInherited = '';
  for (const day of days) {
    const usDraft = usAt(us, day);
    if (!usDraft) continue; // before the US base there is nothing to inherit
    const { fees: _usFees, ...inherited } = usDraft.params;
    const inForce = sortedByDay(changes).filter((c) => c.effectiveFrom <= day);
    let params: RuleSetParams = { ...structuredClone(inherited), fees: NULL_FEES };
    for (const change of inForce) params = applyPatch(params, change.patch);
    const known = inForce.flatMap((c) => valueLeafPaths(c.patch));
    const assumed = valueLeafPaths(inherited).filter(
      (p) => !known.some((k) => isUnder(p, k)) && !defaults.some((d) => isUnder(p, d)),
    );
    const key = JSON.stringify([params, assumed]);
    if (key === previousKey) continue;
    const notes = changes.filter((c) => c.effectiveFrom === day).map((c) => c.note);
    const inheritedKey = JSON.stringify(inherited);
    if (previousInherited !== '' && inheritedKey !== previousInherited) {
      notes.push(...usDraft.notes.map((n) => `Inherited from US@${usDraft.day}: ${n}`));
    }
    if (drafts.length === 0)
      notes.unshift('Base: US thresholds inherited and flagged assumed; no fee figures unless stated (GEN-3).');
    drafts.push({ day, notes, params, assumed });
    previousKey = key;
    previousInherited = inheritedKey;
  }
  return drafts;
}

/** Every marketplace's versions, oldest first, validated (throws RuleSetError on bad data). */
export function buildRuleSets(data: RuleData): ReadonlyMap<Marketplace, readonly RuleSet[]> {
  const defaults = data.us.clearwayDefaults;
  const us = usDrafts(data);
  const out = new Map<Marketplace, readonly RuleSet[]>();
  out.set(
    'US',
    us.map((d) => finish('US', d, defaults)),
  );
  for (const other of data.others) {
    if (out.has(other.marketplace)) throw new RuleSetError(`${other.marketplace}: rule data given twice`);
    const drafts = otherDrafts(other.marketplace, other.changes, us, defaults);
    out.set(
      other.marketplace,
      drafts.map((d) => finish(other.marketplace, d, defaults)),
    );
  }
  const missing = MARKETPLACES.filter((mp) => !out.has(mp));
  if (missing.length > 0) throw new RuleSetError(`No rule data for ${missing.join(', ')}`);
  return out;
}
