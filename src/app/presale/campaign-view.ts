// What the pre-sale use cases show and check about one campaign: it loaded with its events, its PRE-2
// status at an instant, the SKU's stock book with it as the open campaign (its cover), its JSON, and the
// PRE-2 review checks (cost floor from PQ-3, cover from core/ishs/book.ts, other open campaigns).
import type { Instant, PresaleCampaignFact, PresaleEventFact } from '../../core/catalog/facts.js';
import { localDay } from '../../core/calendar/calendar.js';
import { presaleCover, type StockBook } from '../../core/ishs/index.js';
import { tBoth } from '../../core/messages/messages.js';
import { formatMoney } from '../../core/money/money.js';
import { campaignAt, isOpen, reviewCampaign, type CampaignState, type Review } from '../../core/presale/index.js';
import { costFloor } from '../../core/quote/index.js';
import type { FactStore } from '../../store/types.js';
import { asinOfSku, UnknownItemError } from '../asin-facts.js';
import { currencyOf } from '../ishs/json.js';
import { loadSku, type LoadedSku } from '../ishs/load.js';
import { ISHS_APP } from '../ishs/messages.js';
import { isoIn } from '../pricing-json.js';
import type { CampaignDoc, CriterionDoc } from './documents.js';

export interface Loaded {
  readonly campaign: PresaleCampaignFact;
  readonly events: PresaleEventFact[];
}

export async function loadCampaign(store: FactStore, account: string, id: string): Promise<Loaded> {
  const all = await store.loadFacts(account, 'presale_campaigns');
  const campaign = all.find((c) => c.id === id);
  if (campaign === undefined) throw new UnknownItemError(ISHS_APP.UNKNOWN_PRESALE, { id, account });
  const events = (
    await store.loadFacts(account, 'presale_events', { marketplace: campaign.marketplace, sku: campaign.sku })
  ).filter((e) => e.campaignId === id);
  return { campaign, events };
}

export function stateAt(l: Loaded, at: Instant): CampaignState {
  return (
    campaignAt(l.campaign, l.events, at) ?? {
      status: 'DRAFT',
      submittedAt: null,
      reviewedAt: null,
      releasedAt: null,
      reasons: [],
      liveFrom: null,
    }
  );
}

/** The SKU's book with this campaign as its campaign (its own open pre-orders). */
export function bookFor(sku: LoadedSku, c: PresaleCampaignFact): StockBook {
  const book = sku.position.book;
  const preorders = sku.position.open.filter((p) => p.placed.source === 'presale' && p.sourceId === c.id);
  const campaign = {
    id: c.id,
    releaseDay: localDay(c.releaseAt, sku.timeZone),
    unitsOffered: c.unitsOffered,
    live: false,
  };
  return { ...book, campaign, preorders };
}

export async function campaignJson(
  store: FactStore,
  account: string,
  l: Loaded,
  at: Instant,
  sku?: LoadedSku,
): Promise<CampaignDoc> {
  const c = l.campaign;
  const mp = c.marketplace;
  const currency = currencyOf(mp);
  const state = stateAt(l, at);
  const iso = (t: Instant | null) => (t === null ? null : isoIn(t, mp));
  const loaded = sku ?? (await loadSku({ store, account, marketplace: mp, sku: c.sku }, at));
  const book = bookFor(loaded, c);
  return {
    id: c.id,
    sku: c.sku,
    asin: await asinOfSku(store, account, c.sku, mp),
    marketplace: mp,
    currency,
    status: state.status,
    createdAt: isoIn(c.at, mp),
    start: isoIn(c.start, mp),
    end: isoIn(c.end, mp),
    price: formatMoney(c.price, currency),
    unitsOffered: c.unitsOffered,
    paymentMode: c.paymentMode,
    deposit: c.deposit === null ? null : formatMoney(c.deposit, currency),
    release: isoIn(c.releaseAt, mp),
    releaseDay: localDay(c.releaseAt, loaded.timeZone),
    returnPolicy: c.returnPolicy,
    submittedAt: iso(state.submittedAt),
    reviewedAt: iso(state.reviewedAt),
    releasedAt: iso(state.releasedAt),
    reasons: [...state.reasons],
    preordered: book.preorders.reduce((n, p) => n + p.units, 0),
    cover: isOpen(state.status) ? presaleCover(book) : null,
  };
}

export function criterionJson(c: Review['criteria'][number]): CriterionDoc {
  const { en, zh } = tBoth(c.failure ?? c.code, c.values);
  return { code: c.code, rule: c.rule, ok: c.ok, message: en, messageZh: zh, values: { ...c.values } };
}

export async function review(store: FactStore, account: string, l: Loaded, at: Instant): Promise<Review> {
  const c = l.campaign;
  const mp = c.marketplace;
  const sku = await loadSku({ store, account, marketplace: mp, sku: c.sku }, at);
  const versions = (await store.loadFacts(account, 'products', { marketplace: mp, sku: c.sku })).filter(
    (v) => v.validFrom <= at,
  );
  const version = versions[versions.length - 1] ?? null;
  const others = (await store.loadFacts(account, 'presale_campaigns', { marketplace: mp, sku: c.sku })).filter(
    (x) => x.id !== c.id,
  );
  const otherOpen = others.filter((o) => {
    const s = campaignAt(o, sku.facts.presaleEvents, at);
    return s !== null && isOpen(s.status);
  });
  const currency = currencyOf(mp);
  return reviewCampaign(
    {
      campaign: c,
      timeZone: sku.timeZone,
      costFloor: version === null ? null : costFloor(version, sku.ruleSet),
      cover: presaleCover(bookFor(sku, c)),
      otherOpen: otherOpen.map((o) => o.id),
      money: (n) => formatMoney(n, currency),
    },
    sku.ruleSet.presale,
  );
}
