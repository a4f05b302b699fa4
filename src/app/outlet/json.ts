// Core Outlet answers (minor units, epoch ms) → the documents of documents.ts: money as decimal strings
// beside `currency`, instants ISO-8601 with the marketplace's offset. Pure functions.
import type { OutletEventFact, PriceFact } from '../../core/catalog/facts.js';
import { marketplaceInfo, type Marketplace } from '../../core/catalog/marketplace.js';
import { tBoth, type RuleIssue } from '../../core/messages/messages.js';
import { formatMoney } from '../../core/money/money.js';
import {
  reasonCode,
  reasonRule,
  type Deal,
  type Eligibility,
  type Recommendation,
  type ReportRow,
} from '../../core/outlet/index.js';
import { isoIn, issueJson } from '../pricing-json.js';
import type { DealDoc, OutletCheckDoc, ReasonDoc, RecommendationsDoc, TickDoc } from './documents.js';

function currencyOf(mp: Marketplace) {
  return marketplaceInfo(mp).currency;
}

export function reasonJson(reason: string): ReasonDoc {
  const { code, values } = reasonCode(reason);
  const { en, zh } = tBoth(code, values);
  return { code, rule: reasonRule(code), message: en, messageZh: zh };
}

export function dealJson(d: Deal): DealDoc {
  const currency = currencyOf(d.marketplace);
  return {
    id: d.id,
    sku: d.sku,
    asin: d.asin,
    marketplace: d.marketplace,
    currency,
    kind: d.kind,
    dealPrice: formatMoney(d.dealPrice, currency),
    status: d.status,
    submittedAt: isoIn(d.submittedAt, d.marketplace),
    reviewDeadline: isoIn(d.reviewDeadline, d.marketplace),
    start: d.start === null ? null : isoIn(d.start, d.marketplace),
    end: d.end === null ? null : isoIn(d.end, d.marketplace),
    reasons: d.reasons.map(reasonJson),
    flaggedAccount: d.flaggedAccount,
  };
}

export function checkJson(e: Eligibility): OutletCheckDoc {
  const currency = currencyOf(e.marketplace);
  const money = (v: number | null | undefined) => (v === null || v === undefined ? null : formatMoney(v, currency));
  return {
    sku: e.sku,
    asin: e.asin,
    marketplace: e.marketplace,
    at: isoIn(e.at, e.marketplace),
    currency,
    eligible: e.eligible,
    failed: [...e.failed],
    criteria: e.criteria.map((c) => {
      const { en, zh } = tBoth(c.code, c.values);
      return {
        code: c.code,
        rule: c.rule,
        value: Array.isArray(c.value) ? [...c.value] : (c.value as string | number | boolean | null),
        ok: c.ok,
        message: en,
        messageZh: zh,
      };
    }),
    maxDealPrice: money(e.maxDealPrice?.max),
    currentPrice: money(e.maxDealPrice?.currentPrice),
    lowestNewOffer: money(e.maxDealPrice?.lowestOffer),
    onHand: e.onHand,
    agedUnits: e.agedUnits,
  };
}

function ratio(r: number | null): number | null {
  return r === null || !Number.isFinite(r) ? null : Math.round(r * 100) / 100;
}

export function recommendationsJson(
  at: string,
  suppressed: RuleIssue | null,
  list: readonly Recommendation[],
): RecommendationsDoc {
  return {
    at,
    suppressed: suppressed === null ? null : issueJson(suppressed),
    recommendations: list.map((r) => {
      const currency = currencyOf(r.marketplace);
      return {
        sku: r.sku,
        asin: r.asin,
        marketplace: r.marketplace,
        currency,
        currentPrice: formatMoney(r.currentPrice, currency),
        maxDealPrice: formatMoney(r.maxDealPrice, currency),
        suggested: {
          kind: r.suggested.kind,
          discountPct: r.suggested.discountPct,
          price: formatMoney(r.suggested.price, currency),
        },
        because: r.because.map(issueJson),
        stockToSalesRatio: ratio(r.stockToSalesRatio),
        onHand: r.onHand,
        inbound: r.inbound,
        unitsSold30d: r.unitsSold30d,
        agedUnits: r.agedUnits,
        advice: r.advice.map(issueJson),
      };
    }),
  };
}

export function reportRowJson(row: ReportRow): OutletReportRow {
  const currency = currencyOf(row.deal.marketplace);
  return {
    ...dealJson(row.deal),
    unitsDuringRun: row.unitsDuringRun,
    salesDuringRun: formatMoney(row.salesDuringRun, currency),
  };
}
export type OutletReportRow = DealDoc & { unitsDuringRun: number; salesDuringRun: string };

export type TickTransition = TickDoc['transitions'][number];

export function transitionJson(e: OutletEventFact, asin: string, status: Deal['status']): TickTransition {
  return {
    dealId: e.dealId,
    sku: e.sku,
    asin,
    marketplace: e.marketplace,
    event: e.type,
    at: isoIn(e.at, e.marketplace),
    status,
    actor: e.actor,
    reasons: e.reasons.map(reasonJson),
  };
}

export function priceChangeJson(p: PriceFact): TickDoc['priceChanges'][number] {
  const currency = currencyOf(p.marketplace);
  return {
    sku: p.sku,
    marketplace: p.marketplace,
    at: isoIn(p.at, p.marketplace),
    price: formatMoney(p.price, currency),
    currency,
    dealId: p.dealId ?? '',
  };
}
