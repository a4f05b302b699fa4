// `clearway shipment update ID --eta D` and `clearway shipment receive ID [--units N] [--sku S]`
// (POST /api/v1/shipments/:id/eta, /receive).
// - update (ISHS-2): the new carrier ETA is recorded (the shipment rows, and the ETA history) and every
//   open order promised against the shipment is listed with its old and new promise; pre-orders the
//   delay leaves without cover are cancelled, newest first (PRE-2).
// - receive (ISHS-2): the shipment is received at --at with its units (fewer on a short receipt); they go
//   to the orders promised against it first, first come first served; orders a short receipt cannot
//   serve are cancelled and listed with their refund.
import type { Instant, ShipmentFact } from '../../core/catalog/facts.js';
import type { Marketplace } from '../../core/catalog/marketplace.js';
import { CalendarError, parseDayOrInstant, timeZoneOf } from '../../core/calendar/calendar.js';
import { confidenceAt, etaAt, inStockDay, movedPromises } from '../../core/ishs/index.js';
import type { FactStore } from '../../store/types.js';
import { UnknownItemError } from '../asin-facts.js';
import { PricingInputError } from '../pricing-errors.js';
import { isoIn } from '../pricing-json.js';
import { instantOf, type WhenInput } from '../pricing-scope.js';
import type { EtaUpdateDoc, ReceiveDoc } from './documents.js';
import { allocationJson, cancellationJson, moveJson } from './json.js';
import { loadSku } from './load.js';
import { ISHS_APP } from './messages.js';
import { settleSku, withAccountLock, type Allocated, type Cancelled } from './record.js';

/** The lines of a shipment (one per SKU); UnknownItemError (exit 3) when the account has none. */
export async function shipmentLines(
  store: FactStore,
  account: string,
  shipmentId: string,
  marketplace: Marketplace | null,
): Promise<ShipmentFact[]> {
  const all = await store.loadFacts(account, 'shipments', marketplace === null ? {} : { marketplace });
  const lines = all.filter((s) => s.shipmentId === shipmentId);
  if (lines.length === 0) throw new UnknownItemError(ISHS_APP.UNKNOWN_SHIPMENT, { shipmentId, account });
  return lines;
}

function whenIn(text: string, marketplace: Marketplace, option: string): Instant {
  try {
    return parseDayOrInstant(text, timeZoneOf(marketplace));
  } catch (error) {
    if (!(error instanceof CalendarError)) throw error;
    throw new PricingInputError('BAD_INSTANT', [
      { field: option, code: ISHS_APP.ISHS_BAD_WHEN, values: { value: text } },
    ]);
  }
}

function refuseReceived(line: ShipmentFact, at: Instant): void {
  if (line.received !== null && line.received <= at) {
    const values = { shipmentId: line.shipmentId, received: isoIn(line.received, line.marketplace) };
    throw new PricingInputError('SHIPMENT_RECEIVED', [
      { field: null, code: ISHS_APP.SHIPMENT_ALREADY_RECEIVED, values },
    ]);
  }
}

export interface EtaQuery {
  readonly marketplace: Marketplace | null;
  readonly at: WhenInput;
  /** The new ETA: an ISO-8601 instant, or a day (local midnight of the shipment's marketplace). */
  readonly eta: string;
}

export async function updateEta(
  store: FactStore,
  account: string,
  shipmentId: string,
  q: EtaQuery,
): Promise<EtaUpdateDoc> {
  const lines = await shipmentLines(store, account, shipmentId, q.marketplace);
  const marketplace = lines[0]!.marketplace;
  const at = instantOf(q.at, marketplace, '--at');
  const eta = whenIn(q.eta, marketplace, '--eta');
  for (const line of lines) refuseReceived(line, at);
  return withAccountLock(account, async () => {
    const skus = [...new Set(lines.map((l) => l.sku))];
    const before = [];
    for (const sku of skus)
      before.push((await settleSku({ store, account, marketplace, sku }, at, 'shipment update')).sku);
    const changes = await store.loadFacts(account, 'shipment_eta_changes', { marketplace });
    const previousEta = etaAt(lines[0]!, changes, at).eta;
    await store.importFacts(
      account,
      {
        shipments: lines.map((l) => ({ ...l, eta })),
        shipment_eta_changes: [{ shipmentId, marketplace, at, previousEta, eta }],
      },
      { importedAt: at, source: 'shipment update' },
    );
    const moved = [];
    const cancelled: Cancelled[] = [];
    const docLines = [];
    for (const [i, sku] of skus.entries()) {
      const ctx = { store, account, marketplace, sku };
      const after = await loadSku(ctx, at);
      moved.push(...movedPromises(before[i]!.position, after.position, after.timeZone, after.ruleSet.ishs));
      cancelled.push(...(await settleSku(ctx, at, 'shipment update')).report.cancelled);
      const line = lines.find((l) => l.sku === sku)!;
      const view = after.position.shipments.find((s) => s.shipmentId === shipmentId);
      const known = etaAt(line, after.facts.etaChanges, at);
      const confidence = confidenceAt(line, known, at, after.timeZone, after.ruleSet.ishs, (t) =>
        isoIn(t, marketplace),
      );
      const prior = before[i]!.position.shipments.find((s) => s.shipmentId === shipmentId);
      docLines.push({
        sku,
        units: line.units,
        previousInStockDay: prior?.inStockDay ?? null,
        inStockDay: view?.inStockDay ?? inStockDay(eta, after.timeZone, after.ruleSet.ishs),
        slips: known.slips,
        confident: confidence.confident,
        withheld: [...confidence.withheld],
      });
    }
    return {
      shipmentId,
      marketplace,
      at: isoIn(at, marketplace),
      previousEta: previousEta === null ? null : isoIn(previousEta, marketplace),
      eta: isoIn(eta, marketplace),
      lines: docLines,
      moved: moved.map(moveJson),
      cancelled: cancelled.map(cancellationJson),
    };
  });
}

export interface ReceiveQuery {
  readonly marketplace: Marketplace | null;
  readonly at: WhenInput;
  /** Units received (a short receipt); null = every unit expected. */
  readonly units: number | null;
  /** The SKU line `units` applies to; needed when the shipment holds several. */
  readonly sku: string | null;
}

export async function receiveShipment(
  store: FactStore,
  account: string,
  shipmentId: string,
  q: ReceiveQuery,
): Promise<ReceiveDoc> {
  const lines = await shipmentLines(store, account, shipmentId, q.marketplace);
  const marketplace = lines[0]!.marketplace;
  const at = instantOf(q.at, marketplace, '--at');
  for (const line of lines) refuseReceived(line, at);
  const skus = lines.map((l) => l.sku);
  if (q.sku !== null && !skus.includes(q.sku)) {
    throw new UnknownItemError(ISHS_APP.SHIPMENT_SKU_NOT_ON_IT, { sku: q.sku, shipmentId, skus: skus.join(', ') });
  }
  if (q.units !== null && q.sku === null && lines.length > 1) {
    const values = { shipmentId, skus: skus.join(', ') };
    throw new PricingInputError('UNITS_NEED_SKU', [{ field: '--sku', code: ISHS_APP.SHIPMENT_UNITS_NEED_SKU, values }]);
  }
  const receivedUnits = (l: ShipmentFact) =>
    q.units !== null && (q.sku === null || q.sku === l.sku) ? q.units : l.units;
  return withAccountLock(account, async () => {
    // Up to date (and in time order) before the receipt is recorded.
    for (const sku of skus) await settleSku({ store, account, marketplace, sku }, at, 'shipment receive');
    await store.importFacts(
      account,
      { shipments: lines.map((l) => ({ ...l, units: receivedUnits(l), received: at })) },
      { importedAt: at, source: 'shipment receive' },
    );
    const allocated: Allocated[] = [];
    const cancelled: Cancelled[] = [];
    for (const sku of skus) {
      const { report } = await settleSku({ store, account, marketplace, sku }, at, 'shipment receive');
      allocated.push(...report.allocated);
      cancelled.push(...report.cancelled);
    }
    return {
      shipmentId,
      marketplace,
      at: isoIn(at, marketplace),
      lines: lines.map((l) => ({ sku: l.sku, expectedUnits: l.units, receivedUnits: receivedUnits(l) })),
      allocated: allocated.map(allocationJson),
      cancelled: cancelled.map(cancellationJson),
    };
  });
}
