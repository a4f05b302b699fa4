// `clearway presale create FILE.json | submit ID | review ID [--approve | --reject R] | list | release ID |
// preorder ID --qty N` and /api/v1/presales (PRE-1..PRE-3):
// - create: a DRAFT campaign from its file (PRE-1 fields checked; bad input exit 2);
// - submit: DRAFT → SUBMITTED, with a preview of the review checks;
// - review: the PRE-2 checks, each with its values; no flag = decided by the checks; --approve is
//   refused (exit 4, nothing recorded) when a check fails; --reject R records the reviewer's reason;
// - release: ENDED → RELEASED: pre-orders served from stock on hand first come, first served; the rest
//   cancelled, each listed with its refund (PRE-3);
// - preorder: a buyer's pre-order while LIVE, paying the deposit or the full price (PRE-3).
// A step the lifecycle does not allow is refused with PRESALE_BAD_TRANSITION (exit 4).
import type { Instant, PresaleCampaignFact, PresaleEventFact } from '../../core/catalog/facts.js';
import type { Marketplace } from '../../core/catalog/marketplace.js';
import { localDay } from '../../core/calendar/calendar.js';
import { promisedDelivery, release } from '../../core/ishs/index.js';
import { ruleIssue, type RuleIssue } from '../../core/messages/messages.js';
import { formatMoney } from '../../core/money/money.js';
import { PRESALE_MESSAGES, transitionRefusal } from '../../core/presale/index.js';
import type { FactStore } from '../../store/types.js';
import { asinOfSku } from '../asin-facts.js';
import { allocationJson, cancellationJson, currencyOf } from '../ishs/json.js';
import { ISHS_APP } from '../ishs/messages.js';
import { placePreorder, type OrderResult } from '../ishs/orders.js';
import { settleSku, settlementFacts, withAccountLock, type Allocated, type Cancelled } from '../ishs/record.js';
import { PricingInputError } from '../pricing-errors.js';
import { isoIn } from '../pricing-json.js';
import { instantOf, type WhenInput } from '../pricing-scope.js';
import { campaignFromData } from './campaign-file.js';
import { bookFor, campaignJson, criterionJson, loadCampaign, review, stateAt, type Loaded } from './campaign-view.js';
import type { CampaignDoc, PresaleActionDoc, PresaleListDoc } from './documents.js';

export interface PresaleResult {
  readonly document: PresaleActionDoc;
  /** Refused by a rule (exit 4); nothing was recorded. */
  readonly refused: boolean;
}

function actionDoc(
  action: PresaleActionDoc['action'],
  decision: PresaleActionDoc['decision'],
  campaign: CampaignDoc,
  extra: Partial<PresaleActionDoc> = {},
): PresaleActionDoc {
  return {
    ok: decision !== 'refused',
    action,
    decision,
    campaign,
    criteria: [],
    errors: [],
    fulfilled: [],
    cancelled: [],
    refundTotal: null,
    ...extra,
  };
}

async function refusal(
  store: FactStore,
  account: string,
  l: Loaded,
  at: Instant,
  action: PresaleActionDoc['action'],
  errors: RuleIssue[],
): Promise<PresaleResult> {
  return {
    document: actionDoc(action, 'refused', await campaignJson(store, account, l, at), { errors }),
    refused: true,
  };
}

function event(
  c: PresaleCampaignFact,
  type: PresaleEventFact['type'],
  at: Instant,
  reasons: string[] = [],
): PresaleEventFact {
  return { campaignId: c.id, sku: c.sku, marketplace: c.marketplace, at, type, reasons };
}

/** PRE-1: records a DRAFT campaign from its file's data. */
export async function createPresale(
  store: FactStore,
  account: string,
  data: unknown,
  q: { readonly marketplace: Marketplace | null; readonly at: WhenInput; readonly source: string },
): Promise<PresaleResult> {
  const input = await campaignFromData(store, account, data, q.marketplace, q.source);
  const at = instantOf(q.at, input.marketplace, '--at');
  return withAccountLock(account, async () => {
    const existing = new Set((await store.loadFacts(account, 'presale_campaigns')).map((c) => c.id));
    let id = input.id;
    if (id !== null && existing.has(id)) {
      throw new PricingInputError(
        'ID_TAKEN',
        [{ field: 'id', code: ISHS_APP.PRESALE_ID_TAKEN, values: { id } }],
        q.source,
      );
    }
    for (let n = existing.size + 1; id === null; n++) if (!existing.has(`PS-${n}`)) id = `PS-${n}`;
    const campaign: PresaleCampaignFact = { ...input, id, at };
    await store.importFacts(account, { presale_campaigns: [campaign] }, { importedAt: at, source: q.source });
    const doc = await campaignJson(store, account, { campaign, events: [] }, at);
    return { document: actionDoc('create', 'created', doc), refused: false };
  });
}

/** PRE-2: DRAFT → SUBMITTED (with a preview of the review checks). */
export async function submitPresale(
  store: FactStore,
  account: string,
  id: string,
  q: { readonly at: WhenInput },
): Promise<PresaleResult> {
  return withAccountLock(account, async () => {
    const l = await loadCampaign(store, account, id);
    const at = instantOf(q.at, l.campaign.marketplace, '--at');
    const refused = transitionRefusal(id, stateAt(l, at).status, 'submitted');
    if (refused) return refusal(store, account, l, at, 'submit', [refused]);
    await store.importFacts(
      account,
      { presale_events: [event(l.campaign, 'submitted', at)] },
      { importedAt: at, source: 'presale submit' },
    );
    const after = await loadCampaign(store, account, id);
    const r = await review(store, account, after, at);
    const doc = await campaignJson(store, account, after, at);
    return {
      document: actionDoc('submit', 'submitted', doc, { criteria: r.criteria.map(criterionJson) }),
      refused: false,
    };
  });
}

export interface ReviewQuery {
  readonly at: WhenInput;
  /** 'approve' (refused when a check fails), 'reject' with the reviewer's reason, or 'auto' (by the checks). */
  readonly decision: 'approve' | 'reject' | 'auto';
  readonly reason: string | null;
}

/** PRE-2: SUBMITTED → APPROVED | REJECTED, by the review checks and the reviewer. */
export async function reviewPresale(
  store: FactStore,
  account: string,
  id: string,
  q: ReviewQuery,
): Promise<PresaleResult> {
  return withAccountLock(account, async () => {
    const l = await loadCampaign(store, account, id);
    const at = instantOf(q.at, l.campaign.marketplace, '--at');
    const status = stateAt(l, at).status;
    const step = q.decision === 'reject' ? 'rejected' : 'approved';
    const refusedStep = transitionRefusal(id, status, step);
    if (refusedStep) return refusal(store, account, l, at, 'review', [refusedStep]);
    const r = await review(store, account, l, at);
    const criteria = r.criteria.map(criterionJson);
    if (q.decision === 'approve' && !r.ok) {
      const doc = await campaignJson(store, account, l, at);
      return { document: actionDoc('review', 'refused', doc, { criteria, errors: [...r.errors] }), refused: true };
    }
    const approve = q.decision === 'approve' || (q.decision === 'auto' && r.ok);
    const failed = r.errors.map((e) => e.code);
    const reasons = q.decision === 'reject' ? [q.reason ?? '', ...failed].filter((x) => x !== '') : failed;
    const e = event(l.campaign, approve ? 'approved' : 'rejected', at, approve ? [] : reasons);
    await store.importFacts(account, { presale_events: [e] }, { importedAt: at, source: 'presale review' });
    const errors = approve
      ? []
      : [
          ...(q.decision === 'reject' && q.reason
            ? [ruleIssue(PRESALE_MESSAGES.PRESALE_OPERATOR_REJECTED, 'PRE-2', { reason: q.reason })]
            : []),
          ...r.errors,
        ];
    const doc = await campaignJson(store, account, await loadCampaign(store, account, id), at);
    return {
      document: actionDoc('review', approve ? 'approved' : 'rejected', doc, { criteria, errors }),
      refused: false,
    };
  });
}

const CANCEL_RULES: Readonly<Record<string, string>> = {
  [PRESALE_MESSAGES.PRESALE_COVER_SHRANK]: 'PRE-2',
  [PRESALE_MESSAGES.PRESALE_NOT_COVERED_AT_RELEASE]: 'PRE-3',
};

/** PRE-3: every cancelled pre-order of the campaign (whenever its cover failed), with its refund. */
async function campaignRefunds(store: FactStore, account: string, c: PresaleCampaignFact): Promise<Cancelled[]> {
  const log = await store.loadFacts(account, 'promises', { marketplace: c.marketplace, sku: c.sku });
  const placed = new Map(log.filter((p) => p.event === 'placed').map((p) => [p.orderId, p]));
  return log
    .filter((p) => p.event === 'cancelled' && p.source === 'presale' && p.sourceId === c.id)
    .map((p) => {
      const reason = p.reason ?? PRESALE_MESSAGES.PRESALE_NOT_COVERED_AT_RELEASE;
      return {
        placed: placed.get(p.orderId) ?? p,
        at: p.at,
        reason,
        rule: CANCEL_RULES[reason] ?? 'PRE-3',
        values: { id: c.id },
      };
    });
}

/** PRE-3: ENDED → RELEASED: pre-orders served first come, first served; the rest cancelled and refunded. */
export async function releasePresale(
  store: FactStore,
  account: string,
  id: string,
  q: { readonly at: WhenInput },
): Promise<PresaleResult> {
  return withAccountLock(account, async () => {
    const l = await loadCampaign(store, account, id);
    const c = l.campaign;
    const at = instantOf(q.at, c.marketplace, '--at');
    const refused = transitionRefusal(id, stateAt(l, at).status, 'released');
    if (refused) return refusal(store, account, l, at, 'release', [refused]);
    const ctx = { store, account, marketplace: c.marketplace, sku: c.sku };
    const { sku } = await settleSku(ctx, at, 'presale release');
    const book = bookFor(sku, c);
    const r = release(book);
    const byId = new Map(sku.position.open.map((p) => [p.orderId, p.placed]));
    // Shipped from the release: the planned release day, or today when released later.
    const planned = localDay(c.releaseAt, sku.timeZone);
    const today = localDay(at, sku.timeZone);
    const ready = today > planned ? today : planned;
    const allocated: Allocated[] = r.fulfilled.map((f) => {
      const placed = byId.get(f.orderId)!;
      return { placed, at, promisedDelivery: promisedDelivery(ready, placed.prime, sku.ruleSet.ishs) };
    });
    const cancelled: Cancelled[] = r.cancelled.map((f) => ({
      placed: byId.get(f.orderId)!,
      at,
      reason: PRESALE_MESSAGES.PRESALE_NOT_COVERED_AT_RELEASE,
      rule: 'PRE-3',
      values: { id, onHand: book.onHand },
    }));
    const facts = settlementFacts(allocated, cancelled);
    await store.importFacts(
      account,
      { ...facts, presale_events: [event(c, 'released', at)] },
      { importedAt: at, source: 'presale release' },
    );
    const allCancelled = await campaignRefunds(store, account, c);
    const currency = currencyOf(c.marketplace);
    const refundTotal = allCancelled.reduce((n, x) => n + x.placed.paid, 0);
    const doc = await campaignJson(store, account, await loadCampaign(store, account, id), at);
    return {
      document: actionDoc('release', 'released', doc, {
        fulfilled: allocated.map(allocationJson),
        cancelled: allCancelled.map(cancellationJson),
        refundTotal: formatMoney(refundTotal, currency),
      }),
      refused: false,
    };
  });
}

/** Every campaign of the account (or of one marketplace) with its status at --at. */
export async function listPresales(
  store: FactStore,
  account: string,
  q: { readonly marketplace: Marketplace | null; readonly at: WhenInput },
): Promise<PresaleListDoc> {
  const all = await store.loadFacts(
    account,
    'presale_campaigns',
    q.marketplace === null ? {} : { marketplace: q.marketplace },
  );
  const zone = q.marketplace ?? all[0]?.marketplace ?? null;
  const at = instantOf(q.at, zone, '--at');
  const campaigns: CampaignDoc[] = [];
  for (const c of all) campaigns.push(await campaignJson(store, account, await loadCampaign(store, account, c.id), at));
  return { at: zone === null ? new Date(at).toISOString() : isoIn(at, zone), campaigns };
}

/** PRE-3: a buyer's pre-order of `units` while the campaign is LIVE. */
export async function preorderPresale(
  store: FactStore,
  account: string,
  id: string,
  q: { readonly at: WhenInput; readonly units: number; readonly prime: boolean },
): Promise<OrderResult> {
  const { campaign } = await loadCampaign(store, account, id);
  const at = instantOf(q.at, campaign.marketplace, '--at');
  const asin = await asinOfSku(store, account, campaign.sku, campaign.marketplace);
  return placePreorder(store, account, campaign, asin, {
    at,
    units: q.units,
    prime: q.prime,
    currency: currencyOf(campaign.marketplace),
  });
}
