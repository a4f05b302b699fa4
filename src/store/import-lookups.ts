// The look-ups of an import, run on its open transaction (FactStore.importFactStream): which
// marketplaces sell a SKU/ASIN, the seller's price in force at an instant, whether a SKU has facts of a
// kind at an instant, the order lines of a time window, and the size of the previous snapshot of a
// kind (Amazon is known to send truncated reports). Each is one indexed query; soldItems reads the
// marketplaces of all the account's SKUs and ASINs at once.
import { sql } from 'kysely';
import type { FactKind, Instant, Minor } from '../core/catalog/facts.js';
import { MARKETPLACES, type Marketplace } from '../core/catalog/marketplace.js';
import type { BulkTarget } from './bulk.js';
import { factDb } from './db.js';
import { FACT_TABLES, columnOf } from './fact-tables.js';
import type { ImportLookups, SoldItems, StoredOrderLine } from './types.js';

/** Known marketplaces only, each once, in alphabetical order (as app/ lists them). */
function knownMarketplaces(found: readonly unknown[]): Marketplace[] {
  const present = new Set(found);
  return MARKETPLACES.filter((mp) => present.has(mp)).sort();
}

export function importLookups(t: BulkTarget): ImportLookups {
  const db = factDb(t.trx);
  const marketplacesOf = async (column: 'sku' | 'asin', value: string): Promise<Marketplace[]> => {
    const rows = await db
      .selectFrom('products')
      .select('marketplace')
      .distinct()
      .where('account_id', '=', t.accountId)
      .where(column, '=', value)
      .execute();
    return knownMarketplaces(rows.map((r) => r.marketplace));
  };
  return {
    marketplacesOfSku: (sku) => marketplacesOf('sku', sku),
    marketplacesOfAsin: (asin) => marketplacesOf('asin', asin),

    async soldItems(): Promise<SoldItems> {
      const rows = await db
        .selectFrom('products')
        .select(['sku', 'asin', 'marketplace'])
        .distinct()
        .where('account_id', '=', t.accountId)
        .execute();
      const group = (by: 'sku' | 'asin') => {
        const found = new Map<string, unknown[]>();
        for (const r of rows) {
          const id = r[by] as string;
          const list = found.get(id);
          if (list) list.push(r.marketplace);
          else found.set(id, [r.marketplace]);
        }
        return new Map([...found].map(([id, list]) => [id, knownMarketplaces(list)] as const));
      };
      return { bySku: group('sku'), byAsin: group('asin') };
    },

    async priceAt(marketplace: Marketplace, sku: string, at: Instant): Promise<Minor | null> {
      const row = await db
        .selectFrom('prices')
        .select('price')
        .where('account_id', '=', t.accountId)
        .where('marketplace', '=', marketplace)
        .where('sku', '=', sku)
        .where('at', '<=', at)
        .orderBy('at', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row ? Number(row.price) : null;
    },

    async hasFactsAt(kind: FactKind, marketplace: Marketplace, sku: string, at: Instant): Promise<boolean> {
      const spec = FACT_TABLES[kind];
      if (spec.time.kind !== 'instant' || spec.sku !== 'column') throw new Error(`${kind} has no sku and instant`);
      const row = await db
        .selectFrom(spec.table)
        .select(sql<number>`1`.as('x'))
        .where('account_id', '=', t.accountId)
        .where('marketplace', '=', marketplace)
        .where('sku', '=', sku)
        .where(columnOf(spec, spec.time.field), '=', at)
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },

    async orderLinesBetween(from: Instant, to: Instant): Promise<StoredOrderLine[]> {
      const rows = await db
        .selectFrom('orders')
        .select(['order_id', 'sku', 'line', 'at', 'subscribe_and_save'])
        .where('account_id', '=', t.accountId)
        .where('at', '>=', from)
        .where('at', '<=', to)
        .execute();
      return rows.map((r) => ({
        orderId: r.order_id as string,
        sku: r.sku as string,
        line: Number(r.line),
        at: Number(r.at),
        subscribeAndSave: r.subscribe_and_save === true || r.subscribe_and_save === 1,
      }));
    },

    async previousSnapshot(kind: FactKind, marketplace: Marketplace, before: Instant) {
      const spec = FACT_TABLES[kind];
      if (spec.time.kind !== 'instant') throw new Error(`${kind} has no snapshot instant`);
      const at = columnOf(spec, spec.time.field);
      const scoped = () =>
        db.selectFrom(spec.table).where('account_id', '=', t.accountId).where('marketplace', '=', marketplace);
      const latest = await scoped()
        .select((eb) => eb.fn.max(at).as('at'))
        .where(at, '<', before)
        .executeTakeFirst();
      if (latest?.at === null || latest?.at === undefined) return null;
      const previous = Number(latest.at);
      const counted = await scoped()
        .select((eb) => eb.fn.countAll().as('n'))
        .where(at, '=', previous)
        .executeTakeFirst();
      return { at: previous, rows: Number(counted?.n ?? 0) };
    },
  };
}
