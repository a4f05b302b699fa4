// Recording what the ISHS and pre-sale use cases decide: promise events, and — when units are allocated
// to an order — its ordinary `orders` fact, dated at the allocation so that DEC-1 on hand stays exact
// (an order against inbound takes no unit from stock until its shipment arrives; a pre-order none until
// release). Also: the next order id, the settlement of a SKU (arrivals and shrinking cover), and one
// lock per account so that the HTTP server decides one order at a time.
import type { Instant, OrderLineFact, PromiseFact } from '../../core/catalog/facts.js';
import { planSettlement, type PlannedCancellation } from '../../core/ishs/index.js';
import type { FactBatch, FactStore } from '../../store/types.js';
import { PricingInputError } from '../pricing-errors.js';
import { isoIn } from '../pricing-json.js';
import { loadSku, type LoadedSku, type SkuContext } from './load.js';
import { ISHS_APP } from './messages.js';

const locks = new Map<string, Promise<unknown>>();

/** Runs `work` after every earlier call for the same account has finished (in this process). */
export async function withAccountLock<T>(account: string, work: () => Promise<T>): Promise<T> {
  const previous = locks.get(account) ?? Promise.resolve();
  const run = previous.then(work, work);
  const tail = run.catch(() => undefined);
  locks.set(account, tail);
  try {
    return await run;
  } finally {
    if (locks.get(account) === tail) locks.delete(account);
  }
}

/** The next clearway order id of the account: CW-000001, CW-000002, … */
export async function nextOrderId(store: FactStore, account: string): Promise<string> {
  const promises = await store.loadFacts(account, 'promises');
  const ids = new Set(promises.map((p) => p.orderId));
  let n = ids.size + 1;
  let id = `CW-${String(n).padStart(6, '0')}`;
  while (ids.has(id)) id = `CW-${String(++n).padStart(6, '0')}`;
  return id;
}

/** A later event of a placed order at `at`: allocated (with the promise then in force) or cancelled (with why). */
export function promiseEvent(
  placed: PromiseFact,
  event: 'allocated' | 'cancelled',
  at: Instant,
  detail: { readonly reason?: string; readonly promisedDelivery?: string | null } = {},
): PromiseFact {
  const promisedDelivery = event === 'allocated' ? (detail.promisedDelivery ?? placed.promisedDelivery) : null;
  return { ...placed, at, event, reason: detail.reason ?? null, promisedDelivery };
}

/** The ordinary order line of an allocated order: base price, promotion discount, FBA. */
export function orderLine(placed: PromiseFact, at: Instant): OrderLineFact {
  return {
    orderId: placed.orderId,
    line: 1,
    sku: placed.sku,
    marketplace: placed.marketplace,
    at,
    units: placed.units,
    unitPrice: placed.basePrice,
    currency: placed.currency,
    promotionIds: placed.promotionIds,
    promotionDiscount: (placed.basePrice - placed.unitPrice) * placed.units,
    b2b: false,
    subscribeAndSave: false,
    cancelled: false,
    channel: 'fba',
  };
}

export interface Allocated {
  readonly placed: PromiseFact;
  readonly at: Instant;
  /** The delivery day promised when the units were allocated. */
  readonly promisedDelivery: string | null;
}

export interface Cancelled {
  readonly placed: PromiseFact;
  readonly at: Instant;
  readonly reason: string;
  readonly rule: string;
  readonly values: Readonly<Record<string, unknown>>;
}

export interface SettleReport {
  readonly allocated: readonly Allocated[];
  readonly cancelled: readonly Cancelled[];
}

/** The facts recording allocations and cancellations. */
export function settlementFacts(allocated: readonly Allocated[], cancelled: readonly Cancelled[]): FactBatch {
  return {
    promises: [
      ...allocated.map((a) => promiseEvent(a.placed, 'allocated', a.at, { promisedDelivery: a.promisedDelivery })),
      ...cancelled.map((c) => promiseEvent(c.placed, 'cancelled', c.at, { reason: c.reason })),
    ],
    orders: allocated.map((a) => orderLine(a.placed, a.at)),
  };
}

function cancelledOf(c: PlannedCancellation): Cancelled {
  return { placed: c.promise.placed, at: c.at, reason: c.reason, rule: c.rule, values: c.values };
}

/**
 * Brings the SKU's promises up to date at `at` and records it: arrivals not yet allocated (ISHS-2), ISHS
 * orders beyond a shipment that shrank, pre-orders beyond a cover that shrank (PRE-2). Returns what it
 * did and the SKU reloaded afterwards.
 */
/**
 * Commitments of a SKU are decided and recorded in time order: a change dated before the SKU's latest
 * promise, pre-sale or ETA event would be decided without the commitments made after it (and could
 * break ISHS-3/PRE-3 at those later instants), so it is bad input (exit 2) naming the latest instant.
 */
export function assertInTimeOrder(loaded: LoadedSku, ctx: SkuContext, at: Instant): void {
  const f = loaded.facts;
  const own = new Set(f.shipments.map((s) => s.shipmentId));
  const instants = [
    ...f.promises.map((p) => p.at),
    ...f.presaleEvents.map((e) => e.at),
    ...f.etaChanges.filter((c) => own.has(c.shipmentId)).map((c) => c.at),
  ];
  const latest = instants.length === 0 ? null : Math.max(...instants);
  if (latest === null || at >= latest) return;
  const values = { sku: ctx.sku, at: isoIn(at, ctx.marketplace), latest: isoIn(latest, ctx.marketplace) };
  throw new PricingInputError('OUT_OF_ORDER', [{ field: '--at', code: ISHS_APP.ISHS_OUT_OF_ORDER, values }]);
}

export async function settleSku(
  ctx: SkuContext,
  at: Instant,
  source: string,
): Promise<{ report: SettleReport; sku: LoadedSku }> {
  const loaded = await loadSku(ctx, at);
  assertInTimeOrder(loaded, ctx, at);
  const plan = planSettlement(loaded.position, loaded.timeZone, loaded.ruleSet.ishs);
  const report: SettleReport = {
    allocated: plan.allocations.map((a) => ({
      placed: a.promise.placed,
      at: a.at,
      promisedDelivery: a.promisedDelivery,
    })),
    cancelled: plan.cancellations.map(cancelledOf),
  };
  if (report.allocated.length + report.cancelled.length === 0) return { report, sku: loaded };
  await ctx.store.importFacts(ctx.account, settlementFacts(report.allocated, report.cancelled), {
    importedAt: at,
    source,
  });
  return { report, sku: await loadSku(ctx, at) };
}
