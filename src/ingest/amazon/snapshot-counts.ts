// Rows per snapshot (fact kind, marketplace, instant) of one file, for the truncated-report warning.
import type { FactKind, Instant } from '../../core/catalog/facts.js';
import type { Marketplace } from '../../core/catalog/marketplace.js';
import type { SnapshotRows } from '../reader.js';

export class SnapshotCounter {
  private readonly counts = new Map<string, { kind: FactKind; marketplace: Marketplace; at: Instant; rows: number }>();

  count(kind: FactKind, marketplace: Marketplace, at: Instant): void {
    const key = `${kind}|${marketplace}|${at}`;
    const found = this.counts.get(key);
    if (found) found.rows++;
    else this.counts.set(key, { kind, marketplace, at, rows: 1 });
  }

  get snapshots(): SnapshotRows[] {
    return [...this.counts.values()];
  }
}
