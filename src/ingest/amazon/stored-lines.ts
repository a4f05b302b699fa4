// The account's stored order lines near a report line's instant, so that an orders report names a line
// the account already has (from an earlier report, a clearway orders.csv or another source) by its
// stored line number: the report then updates that line instead of adding a second one. An order's
// purchase instant is the same in every source, so lines are looked up by UTC day (the day before and
// after too, for sources a few hours apart), a few days kept at a time: reports come in time order, so
// memory stays bounded and a big report costs one query per day it covers.
import type { Instant } from '../../core/catalog/facts.js';
import type { StoredOrderLine } from '../../store/types.js';
import type { IngestContext } from '../reader.js';

const DAY = 86_400_000;
/** Days kept at a time. */
const KEPT = 8;

type Day = Map<string, StoredOrderLine[]>;

export class StoredLines {
  private readonly days = new Map<number, Day>();

  constructor(private readonly context: IngestContext) {}

  /** Loads the days around `at` when needed: undefined when they are loaded already, else a promise. */
  ready(at: Instant): Promise<void> | undefined {
    const day = Math.floor(at / DAY);
    // The common case first, without allocating: all three days loaded.
    if (this.days.has(day) && this.days.has(day - 1) && this.days.has(day + 1)) return undefined;
    const missing = [day - 1, day, day + 1].filter((d) => !this.days.has(d));
    return Promise.all(missing.map((d) => this.load(d))).then(() => undefined);
  }

  private async load(day: number): Promise<void> {
    const lines = await this.context.orderLinesBetween(day * DAY, (day + 1) * DAY - 1);
    const byKey: Day = new Map();
    for (const line of lines) {
      const key = `${line.orderId}\u0000${line.sku}`;
      const list = byKey.get(key);
      if (list) list.push(line);
      else byKey.set(key, [line]);
    }
    for (const list of byKey.values()) list.sort((a, b) => a.line - b.line);
    this.days.set(day, byKey);
    while (this.days.size > KEPT) this.days.delete(this.days.keys().next().value as number);
  }

  /** The stored k-th line (1-based) of this SKU in this order, near `at` (call after `ready`). */
  find(orderId: string, sku: string, k: number, at: Instant): StoredOrderLine | undefined {
    const day = Math.floor(at / DAY);
    const on = this.days.get(day);
    const before = this.days.get(day - 1);
    const after = this.days.get(day + 1);
    // A first import finds nothing stored: no key string to build per line.
    if (!on?.size && !before?.size && !after?.size) return undefined;
    const key = `${orderId}\u0000${sku}`;
    const list = on?.get(key) ?? before?.get(key) ?? after?.get(key);
    return list?.[k - 1];
  }
}
