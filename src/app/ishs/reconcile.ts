// `clearway ishs reconcile [--json]` (GET /api/v1/ishs/reconcile): ISHS-5 per SKU — on hand, inbound,
// units promised against inbound, open pre-orders, the true available figure — with Amazon's Manage
// Inventory future-supply columns (afn-reserved-future-supply, afn-future-supply-buyable) beside it when
// a snapshot has been imported. Read-only: arrivals and shrinking cover not yet recorded are applied in
// the answer (core planSettlement) but not stored.
// Also the figures the excess and replenishment views take from here (issue 7 item 4).
import type { Instant } from '../../core/catalog/facts.js';
import type { Marketplace } from '../../core/catalog/marketplace.js';
import {
  commitmentsOf,
  myiFutureSupply,
  openPromises,
  planSettlement,
  reconcile,
  type StockCommitments,
} from '../../core/ishs/index.js';
import type { FactStore } from '../../store/types.js';
import { isoIn } from '../pricing-json.js';
import { instantOf, type WhenInput } from '../pricing-scope.js';
import type { ReconcileDoc } from './documents.js';
import { loadSku } from './load.js';

export async function reconcileIshs(
  store: FactStore,
  account: string,
  q: { readonly marketplace: Marketplace | null; readonly at: WhenInput },
): Promise<ReconcileDoc> {
  const products = await store.loadFacts(
    account,
    'products',
    q.marketplace === null ? {} : { marketplace: q.marketplace },
  );
  const latest = new Map<string, (typeof products)[number]>();
  for (const p of products) latest.set(`${p.marketplace}\u0000${p.sku}`, p);
  const keys = [...latest.keys()].sort();
  const zone = q.marketplace ?? products[0]?.marketplace ?? null;
  const at: Instant = instantOf(q.at, zone, '--at');
  const rows: ReconcileDoc['rows'] = [];
  for (const key of keys) {
    const p = latest.get(key)!;
    const ctx = { store, account, marketplace: p.marketplace, sku: p.sku };
    const [loaded, snapshots] = await Promise.all([
      loadSku(ctx, at),
      store.loadFacts(account, 'inventory_snapshots', { marketplace: p.marketplace, sku: p.sku, to: at }),
    ]);
    const book = planSettlement(loaded.position, loaded.timeZone, loaded.ruleSet.ishs).book;
    const myi = myiFutureSupply(snapshots, at);
    const r = reconcile(book, myi);
    rows.push({
      sku: p.sku,
      asin: p.asin,
      marketplace: p.marketplace,
      onHand: r.onHand,
      inbound: r.inbound,
      promisedAgainstInbound: r.promisedAgainstInbound,
      preorders: r.preorders,
      available: r.available,
      freeOnHand: r.freeOnHand,
      myi: myi === null ? null : { ...myi, at: isoIn(myi.at, p.marketplace) },
    });
  }
  return { at: zone === null ? new Date(at).toISOString() : isoIn(at, zone), rows };
}

/**
 * Issue 7 item 4: units promised against inbound (not available) and open pre-orders (demand) of one
 * SKU at an instant, for the excess and replenishment views. Zero when the SKU has neither.
 */
export async function stockCommitments(
  store: FactStore,
  account: string,
  marketplace: Marketplace,
  sku: string,
  at: Instant,
): Promise<StockCommitments> {
  const loaded = await loadSku({ store, account, marketplace, sku }, at);
  return commitmentsOf(planSettlement(loaded.position, loaded.timeZone, loaded.ruleSet.ishs).book);
}

/**
 * stockCommitments for every SKU of the account (or of one marketplace) that has open promises at `at`,
 * keyed `${marketplace}:${sku}`; SKUs absent from the map have none (NO_COMMITMENTS). One load of the
 * promise log, then one position per SKU concerned.
 */
export async function stockCommitmentsBySku(
  store: FactStore,
  account: string,
  marketplace: Marketplace | null,
  at: Instant,
): Promise<Map<string, StockCommitments>> {
  const log = await store.loadFacts(account, 'promises', marketplace === null ? { to: at } : { marketplace, to: at });
  const open = openPromises(log, at);
  const out = new Map<string, StockCommitments>();
  for (const key of new Set(open.map((p) => `${p.placed.marketplace}:${p.placed.sku}`))) {
    const p = open.find((x) => `${x.placed.marketplace}:${x.placed.sku}` === key)!.placed;
    out.set(key, await stockCommitments(store, account, p.marketplace, p.sku, at));
  }
  return out;
}
