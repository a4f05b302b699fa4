// The shape of the rule-set data files: a base plus dated patches per marketplace (GEN-3).
import type { Marketplace } from '../../catalog/marketplace.js';
import type { LocalDay } from '../../catalog/facts.js';
import type { RuleSetParams } from '../schema.js';

/** A partial change of parameters: objects merge key by key; arrays and null replace whole. */
export type Patch<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: Patch<T[K]> } : T;

/** One dated change, in force from local midnight of `effectiveFrom` in the marketplace's time zone. */
export interface RuleChange {
  readonly effectiveFrom: LocalDay;
  /** What changed and where the figure comes from (AMAZON-REPORTS.md section / RULEBOOK rule). */
  readonly note: string;
  readonly patch: Patch<RuleSetParams>;
}

/** US: the full base version (every figure of the RULEBOOK) and its dated changes. */
export interface UsRuleData {
  readonly base: RuleChange & { readonly patch: RuleSetParams };
  readonly changes: readonly RuleChange[];
  /** Parameter paths (or path prefixes) whose values are clearway defaults, not Amazon figures. */
  readonly clearwayDefaults: readonly string[];
}

/**
 * Another marketplace: starts from the US non-fee groups (flagged assumed, GEN-3) and no fee figures
 * (all null); `changes` fill in what is known for it. A path set by a change is not assumed.
 */
export interface OtherRuleData {
  readonly marketplace: Exclude<Marketplace, 'US'>;
  readonly changes: readonly RuleChange[];
}

export interface RuleData {
  readonly us: UsRuleData;
  readonly others: readonly OtherRuleData[];
}
