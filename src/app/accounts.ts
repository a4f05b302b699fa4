// Use cases about a seller account as a whole: what it holds. Shared by `clearway facts --json`,
// GET /api/v1/facts and the placeholder dashboard, so the three show the same document.
import { FACT_KINDS } from '../core/catalog/facts.js';
import type { FactKind } from '../core/catalog/facts.js';
import type { FactStore } from '../store/types.js';

/** `{ "account", "counts": { kind: n } }`: how many facts of each kind the account holds. */
export interface FactCountsDocument {
  readonly account: string;
  readonly counts: Record<FactKind, number>;
}

/** The account's fact counts, every kind present (0 when none), in the order of FACT_KINDS. */
export async function factCounts(store: FactStore, account: string): Promise<FactCountsDocument> {
  const stored = await store.countFacts(account);
  const counts = {} as Record<FactKind, number>;
  for (const kind of FACT_KINDS) counts[kind] = stored[kind] ?? 0;
  return { account, counts };
}
