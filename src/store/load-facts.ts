// loadFacts: the facts of one kind for an account, filtered (FactFilter) and in the kind's natural order.
//
// Filter semantics by kind (fact-tables.ts says which applies):
// - marketplace: every kind.
// - sku / asin: a column where the kind has one; otherwise through the account's products on the same
//   marketplace (orders of an ASIN = orders of any SKU a product version maps to that ASIN; offers of a
//   SKU = offers on the ASIN(s) of that SKU). Seller and events are marketplace-wide: sku/asin do not
//   apply to them.
// - from / to (inclusive) on the main instant: orders/prices/offers/lots/evidence/pricing_rules `at`,
//   shipments `created`; promotions, events and frozen Was Prices overlap [from, to] (end ≥ from,
//   start ≤ to); versions (products, seller) in force at some point of [from, to] (validFrom ≤ to and
//   not replaced by a later version at or before from).
import { sql, type Expression, type SqlBool } from 'kysely';
import type { FactKind, FactsByKind } from '../core/catalog/facts.js';
import { factDb, type StoreDb } from './db.js';
import { FACT_TABLES, columnOf, type FactTableSpec } from './fact-tables.js';
import { fromRow, type Row } from './fact-rows.js';
import type { FactFilter } from './types.js';

function qualified(spec: FactTableSpec, column: string) {
  return sql.ref(`${spec.table}.${column}`);
}

/** `exists` a product of the account on the row's marketplace linking the row's sku/asin to `value`. */
function throughProducts(spec: FactTableSpec, by: 'sku' | 'asin', value: string): Expression<SqlBool> {
  const own = by === 'sku' ? 'asin' : 'sku';
  return sql<SqlBool>`exists (select 1 from products p where p.account_id = ${qualified(spec, 'account_id')}
    and p.marketplace = ${qualified(spec, 'marketplace')} and p.${sql.ref(own)} = ${qualified(spec, own)}
    and p.${sql.ref(by)} = ${value})`;
}

function idCondition(spec: FactTableSpec, by: 'sku' | 'asin', value: string | undefined): Expression<SqlBool> | null {
  if (value === undefined) return null;
  const how = spec[by];
  if (how === 'column') return sql<SqlBool>`${qualified(spec, by)} = ${value}`;
  if (how === 'products') return throughProducts(spec, by, value);
  return null;
}

function timeConditions(spec: FactTableSpec, filter: FactFilter): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [];
  const { from, to } = filter;
  const time = spec.time;
  if (time.kind === 'instant') {
    const c = qualified(spec, columnOf(spec, time.field));
    if (from !== undefined) out.push(sql<SqlBool>`${c} >= ${from}`);
    if (to !== undefined) out.push(sql<SqlBool>`${c} <= ${to}`);
  } else if (time.kind === 'interval') {
    if (from !== undefined) out.push(sql<SqlBool>`${qualified(spec, columnOf(spec, time.end))} >= ${from}`);
    if (to !== undefined) out.push(sql<SqlBool>`${qualified(spec, columnOf(spec, time.start))} <= ${to}`);
  } else {
    const validFrom = qualified(spec, 'valid_from');
    if (to !== undefined) out.push(sql<SqlBool>`${validFrom} <= ${to}`);
    if (from !== undefined) {
      const sameIdentity = (spec.identity ?? []).map((f) => {
        const c = columnOf(spec, f);
        return sql`v2.${sql.ref(c)} = ${qualified(spec, c)}`;
      });
      out.push(sql<SqlBool>`not exists (select 1 from ${sql.table(spec.table)} v2
        where v2.account_id = ${qualified(spec, 'account_id')} and ${sql.join(sameIdentity, sql` and `)}
        and v2.valid_from > ${validFrom} and v2.valid_from <= ${from})`);
    }
  }
  return out;
}

export async function loadFactRows<K extends FactKind>(
  db: StoreDb,
  accountId: number,
  kind: K,
  filter: FactFilter = {},
): Promise<FactsByKind[K][]> {
  const spec = FACT_TABLES[kind];
  const conditions = [
    idCondition(spec, 'sku', filter.sku),
    idCondition(spec, 'asin', filter.asin),
    ...timeConditions(spec, filter),
  ].filter((c): c is Expression<SqlBool> => c !== null);
  let query = factDb(db).selectFrom(spec.table).selectAll().where('account_id', '=', accountId);
  if (filter.marketplace !== undefined) query = query.where('marketplace', '=', filter.marketplace);
  for (const c of conditions) query = query.where(c);
  for (const field of spec.order) query = query.orderBy(columnOf(spec, field));
  const rows: Row[] = await query.execute();
  return rows.map((r) => fromRow(spec, r) as unknown as FactsByKind[K]);
}
