// `clearway order place ASIN --qty N [--prime] [--code C]…` / POST /api/v1/orders, and the pre-orders of
// `clearway presale preorder ID`: a buyer order accepted from stock on hand, In-Stock Head Start or a live
// pre-sale (core/ishs/order-decision.ts), at the quoted price (PQ-1) or the pre-sale price, and recorded —
// or refused, each refusal naming its reason and rule (exit 4). The SKU is brought up to date first
// (arrivals allocated, cover that shrank), and one order at a time is decided per account.
import type { Instant, PresaleCampaignFact, PromiseFact } from '../../core/catalog/facts.js';
import type { Marketplace } from '../../core/catalog/marketplace.js';
import { localDay } from '../../core/calendar/calendar.js';
import { decideOrder, decidePreorder, promisedDelivery, type OrderDecision } from '../../core/ishs/index.js';
import { ISHS_MESSAGES } from '../../core/ishs/messages.js';
import { ruleIssue, type RuleIssue } from '../../core/messages/messages.js';
import { formatMoney, parseMoney, type Currency } from '../../core/money/money.js';
import { amountDue, PRESALE_MESSAGES } from '../../core/presale/index.js';
import type { FactStore } from '../../store/types.js';
import type { QuoteDoc } from '../pricing-documents.js';
import { isoIn } from '../pricing-json.js';
import { instantOf, type WhenInput } from '../pricing-scope.js';
import { quoteAsin } from '../quote.js';
import type { OrderDoc, PlacedOrderDoc } from './documents.js';
import { settledJson } from './json.js';
import type { LoadedSku, SkuContext } from './load.js';
import { nextOrderId, orderLine, promiseEvent, settleSku, withAccountLock } from './record.js';

export interface OrderQuery {
  readonly marketplace: Marketplace | null;
  readonly at: WhenInput;
  /** The SKU to order (one of the ASIN's); null = the one that sets the current price (DEC-2). */
  readonly sku: string | null;
  readonly units: number;
  readonly prime: boolean;
  readonly codes: readonly string[];
}

export interface OrderResult {
  readonly document: OrderDoc;
  /** Refused by a rule: the CLI exits 4, the API answers 422, nothing was recorded. */
  readonly refused: boolean;
}

/** What the buyer pays: from the quote (stock on hand, ISHS), or the campaign (pre-order). */
interface Price {
  readonly basePrice: number;
  readonly unitPrice: number;
  readonly promotionIds: readonly string[];
}

function quotePrice(q: QuoteDoc): Price {
  const c = q.currency;
  const ids = [...(q.direct === null ? [] : [q.direct.id]), ...q.addOns.map((a) => a.id)];
  return { basePrice: parseMoney(q.basePrice, c), unitPrice: parseMoney(q.netUnitPrice, c), promotionIds: ids };
}

interface Ask {
  readonly ctx: SkuContext;
  readonly asin: string;
  readonly at: Instant;
  readonly units: number;
  readonly prime: boolean;
  readonly currency: Currency;
  readonly price: Price | null;
  readonly campaigns: readonly PresaleCampaignFact[];
  /** Refusals found before the stock is looked at (e.g. PM-8 offer inactive). */
  readonly refusals: readonly RuleIssue[];
}

function placedFact(
  ask: Ask,
  loaded: LoadedSku,
  decision: Extract<OrderDecision, { ok: true }>,
  orderId: string,
): PromiseFact {
  const { ctx, at, units, prime } = ask;
  const rules = loaded.ruleSet.ishs;
  const tz = loaded.timeZone;
  const from = decision.from;
  const common = { orderId, sku: ctx.sku, marketplace: ctx.marketplace, at, event: 'placed' as const, units, prime };
  const base = { ...common, currency: ask.currency, reason: null };
  if (from.source === 'presale') {
    const c = ask.campaigns.find((x) => x.id === from.campaignId)!;
    const delivery = promisedDelivery(localDay(c.releaseAt, tz), prime, rules);
    const price = { basePrice: c.price, unitPrice: c.price, promotionIds: [c.id] };
    return {
      ...base,
      ...price,
      source: 'presale',
      sourceId: c.id,
      paid: amountDue(c, units),
      promisedDelivery: delivery,
    };
  }
  const price = ask.price!;
  const paid = price.unitPrice * units;
  if (from.source === 'ishs') {
    const delivery = promisedDelivery(from.shipment.inStockDay!, prime, rules);
    return { ...base, ...price, source: 'ishs', sourceId: from.shipment.shipmentId, paid, promisedDelivery: delivery };
  }
  const delivery = promisedDelivery(localDay(at, tz), prime, rules);
  return { ...base, ...price, source: 'on_hand', sourceId: null, paid, promisedDelivery: delivery };
}

function placedJson(p: PromiseFact, loaded: LoadedSku): PlacedOrderDoc {
  const money = (n: number) => formatMoney(n, p.currency);
  const shipment = loaded.position.shipments.find((s) => s.shipmentId === p.sourceId);
  const campaign = loaded.facts.campaigns.find((c) => c.id === p.sourceId);
  return {
    orderId: p.orderId,
    source: p.source,
    sourceId: p.sourceId,
    basePrice: money(p.basePrice),
    unitPrice: money(p.unitPrice),
    total: money(p.unitPrice * p.units),
    paid: money(p.paid),
    promotionIds: [...p.promotionIds],
    inStockDay: p.source === 'ishs' ? (shipment?.inStockDay ?? null) : null,
    releaseDay: p.source === 'presale' && campaign ? localDay(campaign.releaseAt, loaded.timeZone) : null,
    promisedDelivery: p.promisedDelivery!,
  };
}

/** Decides and records one order on a SKU; `decide` picks the rule (any source, or a pre-order only). */
async function place(ask: Ask, decide: (loaded: LoadedSku) => OrderDecision): Promise<OrderResult> {
  const { ctx, at } = ask;
  return withAccountLock(ctx.account, async () => {
    const { report, sku: loaded } = await settleSku(ctx, at, 'order');
    const head = {
      asin: ask.asin,
      sku: ctx.sku,
      marketplace: ctx.marketplace,
      at: isoIn(at, ctx.marketplace),
      units: ask.units,
      prime: ask.prime,
      currency: ask.currency,
      settled: settledJson(report),
    };
    const decision: OrderDecision = ask.refusals.length > 0 ? { ok: false, errors: ask.refusals } : decide(loaded);
    if (!decision.ok)
      return { document: { ...head, ok: false, order: null, errors: [...decision.errors] }, refused: true };
    const placed = placedFact(ask, loaded, decision, await nextOrderId(ctx.store, ctx.account));
    const fromStock = placed.source === 'on_hand';
    await ctx.store.importFacts(
      ctx.account,
      {
        promises: fromStock ? [placed, promiseEvent(placed, 'allocated', at)] : [placed],
        orders: fromStock ? [orderLine(placed, at)] : [],
      },
      { importedAt: at, source: 'order' },
    );
    return { document: { ...head, ok: true, order: placedJson(placed, loaded), errors: [] }, refused: false };
  });
}

/** `clearway order place ASIN …`: the quoted SKU's order, from whichever source the rule gives. */
export async function placeOrder(
  store: FactStore,
  account: string,
  asin: string,
  query: OrderQuery,
): Promise<OrderResult> {
  const buyer = { prime: query.prime, business: false, firstTime: false, quantity: query.units, codes: query.codes };
  const q = await quoteAsin(store, account, asin, {
    marketplace: query.marketplace,
    at: query.at,
    sku: query.sku,
    buyer,
  });
  const ctx: SkuContext = { store, account, marketplace: q.marketplace, sku: q.sku };
  const at = instantOf(query.at, q.marketplace, '--at');
  const inactive = q.warnings.find((w) => w.code === 'OFFER_INACTIVE');
  const refusals = inactive ? [ruleIssue(ISHS_MESSAGES.ORDER_OFFER_INACTIVE, 'PM-8', inactive.values)] : [];
  const campaigns = await store.loadFacts(account, 'presale_campaigns', { marketplace: q.marketplace, sku: q.sku });
  const ask: Ask = {
    ctx,
    asin,
    at,
    units: query.units,
    prime: query.prime,
    currency: q.currency,
    price: quotePrice(q),
    campaigns,
    refusals,
  };
  return place(ask, (loaded) =>
    decideOrder(loaded.position.book, {
      sku: q.sku,
      marketplace: q.marketplace,
      units: query.units,
      ishsEverEnrolled: loaded.facts.enrollment.periods.some((p) => p.from <= at),
    }),
  );
}

/** `clearway presale preorder ID --qty N`: a pre-order of that campaign (PRE-3), at its price. */
export async function placePreorder(
  store: FactStore,
  account: string,
  campaign: PresaleCampaignFact,
  asin: string,
  query: { readonly at: Instant; readonly units: number; readonly prime: boolean; readonly currency: Currency },
): Promise<OrderResult> {
  const ctx: SkuContext = { store, account, marketplace: campaign.marketplace, sku: campaign.sku };
  const ask: Ask = {
    ctx,
    asin,
    at: query.at,
    units: query.units,
    prime: query.prime,
    currency: query.currency,
    price: null,
    campaigns: [campaign],
    refusals: [],
  };
  return place(ask, (loaded) => {
    const book = loaded.position.book;
    // Another open campaign of the SKU being live is not this one being live.
    if (book.campaign?.id !== campaign.id) {
      return { ok: false, errors: [ruleIssue(PRESALE_MESSAGES.PRESALE_NOT_LIVE, 'PRE-3', { id: campaign.id })] };
    }
    return decidePreorder(book, query.units);
  });
}
