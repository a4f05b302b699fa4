// The facts of one SKU → its stock book at an instant (book.ts) with the details behind it: each inbound
// shipment's ETA as then known, in-stock day, qualification, confidence and cap (ISHS-1..ISHS-4), the open
// promises (from the promise log), the open pre-sale campaign, and the arrivals not yet allocated.
import type {
  Instant,
  PresaleCampaignFact,
  PresaleEventFact,
  PromiseFact,
  ShipmentEtaChangeFact,
  ShipmentFact,
} from '../catalog/facts.js';
import { localDay } from '../calendar/calendar.js';
import type { RuleIssue } from '../messages/messages.js';
import { mulDivFloor } from '../money/money.js';
import { campaignAt, isOpen, type CampaignState } from '../presale/lifecycle.js';
import type { IshsRules } from '../rules/schema.js';
import type { BookCommitment, BookShipment, StockBook } from './book.js';
import { shipmentQualifies, type Enrollment } from './enrollment.js';
import { confidenceAt, etaAt, inStockDay } from './estimate.js';

export interface SkuFacts {
  readonly sku: string;
  readonly timeZone: string;
  /** DEC-1 on hand at the instant. */
  readonly onHand: number;
  /** The SKU's shipment lines (any instant; those created later are ignored). */
  readonly shipments: readonly ShipmentFact[];
  readonly etaChanges: readonly ShipmentEtaChangeFact[];
  readonly enrollment: Enrollment;
  /** The SKU's promise log. */
  readonly promises: readonly PromiseFact[];
  readonly campaigns: readonly PresaleCampaignFact[];
  readonly presaleEvents: readonly PresaleEventFact[];
}

export interface ShipmentView extends BookShipment {
  readonly sku: string;
  readonly carrierProgram: ShipmentFact['carrierProgram'];
  readonly created: Instant;
  readonly shipped: Instant | null;
  readonly eta: Instant | null;
  readonly slips: number;
  readonly promised: number;
}

/** An open promise: placed, neither allocated nor cancelled by the instant. */
export interface OpenPromise extends BookCommitment {
  readonly placed: PromiseFact;
}

/** A shipment received by the instant whose ISHS orders have not been allocated yet. */
export interface PendingArrival {
  readonly shipmentId: string;
  readonly received: Instant;
  readonly units: number;
}

export interface SkuPosition {
  readonly at: Instant;
  readonly book: StockBook;
  readonly shipments: readonly ShipmentView[];
  readonly open: readonly OpenPromise[];
  /** The campaign in the book, with its state. */
  readonly campaign: { readonly fact: PresaleCampaignFact; readonly state: CampaignState } | null;
  /** Received shipments still to allocate (oldest first); the book holds them as inbound until then. */
  readonly pendingArrivals: readonly PendingArrival[];
}

/** Open promises at `at`: placed by then and neither allocated nor cancelled by then. */
export function openPromises(log: readonly PromiseFact[], at: Instant): OpenPromise[] {
  const closed = new Set(log.filter((p) => p.at <= at && p.event !== 'placed').map((p) => p.orderId));
  return log
    .filter((p) => p.event === 'placed' && p.at <= at && !closed.has(p.orderId) && p.sourceId !== null)
    .map((p) => ({ orderId: p.orderId, units: p.units, placedAt: p.at, sourceId: p.sourceId!, placed: p }));
}

/** ISHS-3 cap of a shipment line: ishsCapPctOfInTransit % of its units, rounded down. */
export function ishsCap(units: number, rules: Pick<IshsRules, 'ishsCapPctOfInTransit'>): number {
  return mulDivFloor(units, Math.round(rules.ishsCapPctOfInTransit * 100), 10_000);
}

/** The open campaign of the SKU (approved, live, or ended and not released; the earliest release). */
export function openCampaign(
  campaigns: readonly PresaleCampaignFact[],
  events: readonly PresaleEventFact[],
  at: Instant,
): { fact: PresaleCampaignFact; state: CampaignState } | null {
  const withPreorders = new Set(['APPROVED', 'LIVE', 'ENDED']);
  const found = campaigns
    .map((fact) => ({ fact, state: campaignAt(fact, events, at) }))
    .filter((c): c is { fact: PresaleCampaignFact; state: CampaignState } => c.state !== null)
    .filter((c) => isOpen(c.state.status) && withPreorders.has(c.state.status))
    .sort((a, b) => a.fact.releaseAt - b.fact.releaseAt || a.fact.id.localeCompare(b.fact.id));
  return found[0] ?? null;
}

export function skuPosition(f: SkuFacts, at: Instant, rules: IshsRules, show: (at: Instant) => string): SkuPosition {
  const open = openPromises(f.promises, at);
  const ishs = open.filter((p) => p.placed.source === 'ishs');
  const lines = f.shipments.filter((s) => s.sku === f.sku && s.created <= at);
  const pendingArrivals: PendingArrival[] = [];
  const views: ShipmentView[] = [];
  let onHand = f.onHand;
  for (const s of lines) {
    const received = s.received !== null && s.received <= at;
    if (received) {
      if (!ishs.some((p) => p.sourceId === s.shipmentId)) continue;
      pendingArrivals.push({ shipmentId: s.shipmentId, received: s.received!, units: s.units });
      onHand -= s.units; // back out the receipt until its units are allocated (book.arrive)
    }
    const eta = etaAt(s, f.etaChanges, at);
    const q = shipmentQualifies(s, f.enrollment, at, rules, show);
    const conf = confidenceAt(s, eta, at, f.timeZone, rules, show);
    const issues: RuleIssue[] = [...(q.issue ? [q.issue] : []), ...conf.withheld];
    views.push({
      shipmentId: s.shipmentId,
      sku: s.sku,
      units: s.units,
      inStockDay: eta.eta === null ? null : inStockDay(eta.eta, f.timeZone, rules),
      qualifies: q.qualifies,
      confident: conf.confident,
      issues,
      cap: ishsCap(s.units, rules),
      carrierProgram: s.carrierProgram,
      created: s.created,
      shipped: s.shipped,
      eta: eta.eta,
      slips: eta.slips,
      promised: ishs.filter((p) => p.sourceId === s.shipmentId).reduce((n, p) => n + p.units, 0),
    });
  }
  // Promises against a shipment line that no longer exists: a shipment of 0 units (settle cancels them).
  for (const id of new Set(ishs.map((p) => p.sourceId))) {
    if (views.some((v) => v.shipmentId === id)) continue;
    const promised = ishs.filter((p) => p.sourceId === id).reduce((n, p) => n + p.units, 0);
    views.push({
      ...{ shipmentId: id, sku: f.sku, units: 0, inStockDay: null, qualifies: false, confident: false, issues: [] },
      ...{ cap: 0, carrierProgram: 'other', created: at, shipped: null, eta: null, slips: 0, promised },
    });
  }
  const campaign = openCampaign(f.campaigns, f.presaleEvents, at);
  const preorders =
    campaign === null ? [] : open.filter((p) => p.placed.source === 'presale' && p.sourceId === campaign.fact.id);
  const book: StockBook = {
    onHand: Math.max(0, onHand),
    shipments: views,
    ishs,
    campaign:
      campaign === null
        ? null
        : {
            id: campaign.fact.id,
            releaseDay: localDay(campaign.fact.releaseAt, f.timeZone),
            unitsOffered: campaign.fact.unitsOffered,
            live: campaign.state.status === 'LIVE',
          },
    preorders,
  };
  pendingArrivals.sort((a, b) => a.received - b.received || a.shipmentId.localeCompare(b.shipmentId));
  return { at, book, shipments: views, open, campaign, pendingArrivals };
}
