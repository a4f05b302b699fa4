// The marketplace rule sets (GEN-3): look up the version in force at an instant. Built and validated
// once per process, on first use.
import type { Instant } from '../catalog/facts.js';
import type { Marketplace } from '../catalog/marketplace.js';
import { buildRuleSets, RuleSetError } from './build.js';
import { OTHER_RULES } from './data/others.js';
import type { RuleData } from './data/types.js';
import { US_RULES } from './data/us.js';
import type { RuleSet } from './schema.js';

export const RULE_DATA: RuleData = { us: US_RULES, others: OTHER_RULES };

let loaded: ReadonlyMap<Marketplace, readonly RuleSet[]> | undefined;

function versionsOf(mp: Marketplace): readonly RuleSet[] {
  loaded ??= buildRuleSets(RULE_DATA);
  const versions = loaded.get(mp);
  if (!versions || versions.length === 0) throw new RuleSetError(`No rule set for marketplace ${String(mp)}`);
  return versions;
}

/** The rule set in force for `mp` at `at` (the latest version whose local-midnight start is ≤ at). */
export function ruleSetFor(mp: Marketplace, at: Instant): RuleSet {
  if (!Number.isSafeInteger(at)) throw new RuleSetError(`instant must be integer epoch ms, got ${at}`);
  const versions = versionsOf(mp);
  let found: RuleSet | undefined;
  for (const v of versions) {
    if (v.effectiveFrom <= at) found = v;
    else break;
  }
  if (!found) {
    throw new RuleSetError(`No rule set for ${mp} before ${versions[0]?.version ?? '?'} (instant ${at})`);
  }
  return found;
}

/** Every version of a marketplace's rule set, oldest first (frozen). */
export function ruleSetVersions(mp: Marketplace): readonly RuleSet[] {
  return versionsOf(mp);
}

export interface RuleSetVersionInfo {
  readonly version: string;
  /** The local day the version takes effect ('YYYY-MM-DD', marketplace time zone). */
  readonly effectiveFromDay: string;
  readonly effectiveFrom: Instant;
  readonly notes: readonly string[];
  readonly assumedCount: number;
}

/** For display: the versions of a marketplace's rule set with what each changed. */
export function listRuleSetVersions(mp: Marketplace): readonly RuleSetVersionInfo[] {
  return versionsOf(mp).map((v) => ({
    version: v.version,
    effectiveFromDay: v.version.slice(v.version.indexOf('@') + 1),
    effectiveFrom: v.effectiveFrom,
    notes: v.notes,
    assumedCount: v.assumed.length,
  }));
}
