// Core pricing results (integer minor units, epoch-ms instants) → the documents of pricing-documents.ts:
// money as decimal strings (formatMoney) beside a `currency`, instants as ISO-8601 with the
// marketplace's offset (formatInstant), percentages as numbers. Pure functions, no I/O.
import type { Instant, Minor, PromotionFact } from '../core/catalog/facts.js';
import { formatInstant, timeZoneOf } from '../core/calendar/calendar.js';
import { marketplaceInfo, type Marketplace } from '../core/catalog/marketplace.js';
import { ruleIssue, t, type RuleIssue } from '../core/messages/messages.js';
import { formatMoney, type Currency } from '../core/money/money.js';
import type { RuleSet } from '../core/rules/schema.js';
import type { FeeEstimate, PromotionCheck } from '../core/promotions/index.js';
import type { BuyerContext, LossGuardResult, Quote } from '../core/quote/index.js';
import {
  REFERENCE_PRICE_MESSAGES,
  type Lowest30DayNetPrice,
  type ReferencePrices,
} from '../core/reference-prices/index.js';
import type {
  BuyerDoc,
  CheckDoc,
  GuardDoc,
  IssueDoc,
  LowestNetDoc,
  PricesDoc,
  PromotionDoc,
  PromotionStatus,
  QuoteDoc,
} from './pricing-documents.js';
import { PRICES_WHY } from './pricing-messages.js';

export function money(amount: Minor, currency: Currency): string {
  return formatMoney(amount, currency);
}

export function moneyOrNull(amount: Minor | null, currency: Currency): string | null {
  return amount === null ? null : formatMoney(amount, currency);
}

/** ISO-8601 with the marketplace's offset at that instant. */
export function isoIn(at: Instant, marketplace: Marketplace): string {
  return formatInstant(at, timeZoneOf(marketplace));
}

function isoOrNull(at: Instant | null, marketplace: Marketplace): string | null {
  return at === null ? null : isoIn(at, marketplace);
}

export function issueJson(issue: RuleIssue): IssueDoc {
  return {
    code: issue.code,
    rule: issue.rule,
    message: issue.message,
    messageZh: issue.messageZh,
    values: issue.values,
  };
}

/** A 30-day lowest net price (PR-6); `sku` is known from lowest30DayNetPrice, not from referencePrices. */
export type LowestNetLike = Pick<Lowest30DayNetPrice, 'value' | 'at' | 'until' | 'cause'> & {
  readonly sku?: string | null;
};

export function lowestNetJson(low: LowestNetLike, marketplace: Marketplace): LowestNetDoc {
  const currency = marketplaceInfo(marketplace).currency;
  return {
    value: moneyOrNull(low.value, currency),
    at: isoOrNull(low.at, marketplace),
    until: isoOrNull(low.until, marketplace),
    sku: low.sku ?? null,
    cause:
      low.cause === null
        ? null
        : {
            promotionIds: [...low.cause.promotionIds],
            kinds: [...low.cause.kinds],
            price: money(low.cause.price, currency),
            context: low.cause.context,
          },
  };
}

/** The `why` lines of a prices document: current price, List Price, Was Price, 30-day low, reference. */
function whyOf(r: ReferencePrices, ruleSet: RuleSet, currentSku: string | null): RuleIssue[] {
  const c = r.currency;
  const mp = r.marketplace;
  const why: RuleIssue[] = [];
  why.push(
    r.currentPrice === null
      ? ruleIssue(PRICES_WHY.PRICES_WHY_NO_CURRENT, 'PR-5')
      : ruleIssue(PRICES_WHY.PRICES_WHY_CURRENT, 'PR-5', {
          price: money(r.currentPrice, c),
          currency: c,
          sku: currentSku,
        }),
  );
  why.push(r.listPrice.reason);
  const was = r.wasPrice;
  if (was.frozen && was.frozenPrice !== null) {
    why.push(
      ruleIssue(PRICES_WHY.PRICES_WHY_WAS_FROZEN, 'PR-3', {
        value: money(was.frozenPrice.price, c),
        currency: c,
        event: was.frozenPrice.event,
        from: isoIn(was.frozenPrice.from, mp),
        to: isoIn(was.frozenPrice.to, mp),
      }),
    );
  }
  if (was.computed !== null) {
    why.push(
      ruleIssue(PRICES_WHY.PRICES_WHY_WAS, 'PR-2', {
        value: money(was.computed, c),
        currency: c,
        orders: was.qualifyingOrders,
      }),
    );
  } else if (was.reason !== null) why.push(was.reason);
  const low = r.lowest30DayNetPrice;
  if (low.value === null) why.push(ruleIssue(PRICES_WHY.PRICES_WHY_NO_LOWEST_NET, 'PR-6'));
  else if (low.cause === null) {
    why.push(
      ruleIssue(PRICES_WHY.PRICES_WHY_LOWEST_NET_PLAIN, 'PR-6', {
        value: money(low.value, c),
        currency: c,
        at: isoOrNull(low.at, mp),
      }),
    );
  } else {
    why.push(
      ruleIssue(PRICES_WHY.PRICES_WHY_LOWEST_NET_PROMO, 'PR-6', {
        value: money(low.value, c),
        currency: c,
        at: isoOrNull(low.at, mp),
        stack: low.cause.promotionIds.join(' + '),
        kinds: low.cause.kinds.join(' + '),
        context: low.cause.context,
      }),
    );
    why.push(
      ruleIssue(REFERENCE_PRICE_MESSAGES.LOWEST_NET_PRICE_NOT_REFRESHABLE, 'PR-6', {
        days: ruleSet.referencePrices.lowestNetPriceWindowDays,
      }),
    );
  }
  const ref = r.reference;
  if (ref.value === null) why.push(ruleIssue(PRICES_WHY.PRICES_WHY_REFERENCE_NONE, 'PR-1'));
  else {
    const code = ref.kind === 'list_price' ? PRICES_WHY.PRICES_WHY_REFERENCE_LIST : PRICES_WHY.PRICES_WHY_REFERENCE_WAS;
    why.push(ruleIssue(code, ref.kind === 'list_price' ? 'PR-1' : 'PR-2', { value: money(ref.value, c), currency: c }));
  }
  return why;
}

/** CONTRACT `clearway prices --json`. `currentSku` is the SKU that sets the current price (DEC-2). */
export function pricesJson(r: ReferencePrices, ruleSet: RuleSet, currentSku: string | null): PricesDoc {
  const c = r.currency;
  const mp = r.marketplace;
  const was = r.wasPrice;
  return {
    asin: r.asin,
    marketplace: mp,
    at: isoIn(r.at, mp),
    currency: c,
    currentPrice: moneyOrNull(r.currentPrice, c),
    currentPriceSku: r.currentPrice === null ? null : currentSku,
    listPrice: {
      value: moneyOrNull(r.listPrice.value, c),
      validated: r.listPrice.validated,
      basis: r.listPrice.basis,
      reason: issueJson(r.listPrice.reason),
    },
    wasPrice: {
      value: moneyOrNull(was.value, c),
      qualifyingOrders: was.qualifyingOrders,
      frozen: was.frozen,
      computed: moneyOrNull(was.computed, c),
      frozenPrice:
        was.frozenPrice === null
          ? null
          : {
              price: money(was.frozenPrice.price, c),
              from: isoIn(was.frozenPrice.from, mp),
              to: isoIn(was.frozenPrice.to, mp),
              event: was.frozenPrice.event,
            },
      reason: was.reason === null ? null : issueJson(was.reason),
    },
    lowestRecentPrice: moneyOrNull(r.lowestRecentPrice, c),
    lowestRecentPriceDrivesDealDisplay: r.lowestRecentPriceDrivesDealDisplay,
    lowest30DayNetPrice: lowestNetJson(r.lowest30DayNetPrice, mp),
    reference: { value: moneyOrNull(r.reference.value, c), kind: r.reference.kind },
    why: whyOf(r, ruleSet, currentSku).map(issueJson),
  };
}

/** A promotion's status relative to `at`: planned (not started), live (start ≤ at < end), ended. */
export function promotionStatus(p: Pick<PromotionFact, 'start' | 'end'>, at: Instant): PromotionStatus {
  if (at < p.start) return 'planned';
  return at < p.end ? 'live' : 'ended';
}

export function promotionJson(p: PromotionFact, asin: string | null, at: Instant): PromotionDoc {
  const currency = marketplaceInfo(p.marketplace).currency;
  return {
    id: p.id,
    kind: p.kind,
    sku: p.sku,
    asin,
    marketplace: p.marketplace,
    currency,
    start: isoIn(p.start, p.marketplace),
    end: isoIn(p.end, p.marketplace),
    discountPct: p.discountPct,
    discountAmount: moneyOrNull(p.discountAmount, currency),
    price: moneyOrNull(p.price, currency),
    stackable: p.stackable,
    code: p.code,
    codeType: p.codeType,
    audience: p.audience,
    minQty: p.minQty,
    budget: moneyOrNull(p.budget, currency),
    status: promotionStatus(p, at),
  };
}

function feeJson(fee: FeeEstimate): CheckDoc['fee'] {
  const c = fee.currency;
  return {
    fixed: moneyOrNull(fee.fixed, c),
    perRedemption: moneyOrNull(fee.perRedemption, c),
    variableRate: fee.variableRate,
    variableBase: fee.variableBase,
    variableCap: moneyOrNull(fee.variableCap, c),
    estimated: moneyOrNull(fee.estimated, c),
    expectedUnits: fee.expectedUnits,
    days: fee.days,
    basis: fee.basis,
    basisZh: fee.basisZh,
    seedModel:
      fee.seedModel === undefined
        ? null
        : {
            estimated: moneyOrNull(fee.seedModel.estimated, c),
            basis: fee.seedModel.basis,
            basisZh: fee.seedModel.basisZh,
          },
  };
}

/** CONTRACT `clearway promo check --json` for a proposal of an ASIN. */
export function checkJson(
  p: PromotionFact,
  asin: string,
  check: PromotionCheck,
  ruleSet: RuleSet,
  buyerPrices: CheckDoc['buyerPrices'],
): CheckDoc {
  const mp = p.marketplace;
  return {
    ok: check.ok,
    kind: check.kind,
    id: p.id,
    sku: p.sku,
    asin,
    marketplace: mp,
    currency: marketplaceInfo(mp).currency,
    start: isoIn(p.start, mp),
    end: isoIn(p.end, mp),
    checkedAsOf: isoIn(p.start, mp),
    errors: check.errors.map(issueJson),
    warnings: check.warnings.map(issueJson),
    fee: feeJson(check.fee),
    lowest30DayNetPriceAfter: lowestNetJson(check.lowest30DayNetPriceAfter, mp),
    blocks: check.blocks.map((b) => ({
      id: b.id,
      kind: b.kind,
      start: isoIn(b.start, mp),
      errors: b.errors.map(issueJson),
    })),
    references: pricesJson(check.references, ruleSet, null),
    buyerPrices,
  };
}

export function buyerJson(b: BuyerContext): BuyerDoc {
  return { prime: b.prime, business: b.business, firstTime: b.firstTime, quantity: b.quantity, codes: [...b.codes] };
}

export interface QuoteSubject {
  readonly asin: string;
  readonly sku: string;
  readonly marketplace: Marketplace;
  readonly buyer: BuyerContext;
  readonly costFloor: Minor | null;
  readonly minPrice: Minor | null;
}

/** CONTRACT `clearway quote --json`. */
export function quoteJson(q: Quote, s: QuoteSubject): QuoteDoc {
  const c = q.currency;
  // The price after each add-on (net = base − direct discount − Σ add-on discounts, DEC-5).
  let running = q.direct === null ? q.basePrice : q.direct.price;
  return {
    asin: s.asin,
    sku: s.sku,
    marketplace: s.marketplace,
    at: isoIn(q.at, s.marketplace),
    currency: c,
    buyer: buyerJson(s.buyer),
    basePrice: money(q.basePrice, c),
    direct:
      q.direct === null
        ? null
        : {
            id: q.direct.id,
            kind: q.direct.kind,
            price: money(q.direct.price, c),
            discount: money(q.direct.discount, c),
          },
    addOns: q.addOns.map((a) => {
      running -= a.discount;
      return {
        id: a.id,
        kind: a.kind,
        base: money(a.base, c),
        discount: money(a.discount, c),
        priceAfter: money(running, c),
      };
    }),
    netUnitPrice: money(q.netUnitPrice, c),
    totalDiscount: money(q.totalDiscount, c),
    notApplied: q.notApplied.map((n) => ({
      id: n.id,
      kind: n.kind,
      reason: n.reason,
      message: t(n.reason, n.values, 'en'),
      messageZh: t(n.reason, n.values, 'zh-CN'),
      values: n.values,
    })),
    warnings: q.warnings.map(issueJson),
    costFloor: moneyOrNull(s.costFloor, c),
    minPrice: moneyOrNull(s.minPrice, c),
    outletStacking: q.outletStacking,
  };
}

export interface GuardSku {
  readonly sku: string;
  readonly costFloor: Minor | null;
  readonly minPrice: Minor | null;
  readonly result: LossGuardResult;
}

/** The PQ-4 loss guard of an ASIN's SKUs over [from, to]. */
export function guardJson(
  asin: string,
  marketplace: Marketplace,
  from: Instant,
  to: Instant,
  skus: readonly GuardSku[],
): GuardDoc {
  const c = marketplaceInfo(marketplace).currency;
  const findings: GuardDoc['findings'] = [];
  const warnings: IssueDoc[] = [];
  let segmentsChecked = 0;
  let quotesChecked = 0;
  for (const s of skus) {
    segmentsChecked += s.result.segmentsChecked;
    quotesChecked += s.result.quotesChecked;
    warnings.push(...s.result.warnings.map(issueJson));
    for (const f of s.result.findings) {
      findings.push({
        sku: s.sku,
        start: isoIn(f.start, marketplace),
        end: isoIn(f.end, marketplace),
        buyer: buyerJson(f.buyer),
        codes: [...f.buyer.codes],
        netUnitPrice: money(f.netUnitPrice, c),
        breaches: [...f.breaches],
        costFloor: moneyOrNull(s.costFloor, c),
        minPrice: moneyOrNull(s.minPrice, c),
        stack: [...f.stack],
        warnings: f.quote.warnings.map(issueJson),
      });
    }
  }
  return {
    asin,
    marketplace,
    currency: c,
    from: isoIn(from, marketplace),
    to: isoIn(to, marketplace),
    ok: findings.length === 0,
    skus: skus.map((s) => ({
      sku: s.sku,
      costFloor: moneyOrNull(s.costFloor, c),
      minPrice: moneyOrNull(s.minPrice, c),
    })),
    segmentsChecked,
    quotesChecked,
    findings,
    warnings,
  };
}
