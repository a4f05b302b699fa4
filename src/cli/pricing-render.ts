// Human output of the pricing commands: the same documents as --json, as tables and "why" lines in
// the language of --lang.
import type {
  BuyerDoc,
  CheckDoc,
  GuardDoc,
  IssueDoc,
  PricesDoc,
  PromotionDoc,
  PromotionListDoc,
  QuoteDoc,
} from '../app/pricing-documents.js';
import { PRICING } from '../app/pricing-messages.js';
import { t, type Lang } from '../core/messages/messages.js';
import { PRICING_CLI as L } from './pricing-messages.js';
import { renderTable } from './render.js';

function text(issue: { message: string; messageZh: string }, lang: Lang): string {
  return lang === 'zh-CN' ? issue.messageZh : issue.message;
}

function issueLines(title: string, issues: readonly IssueDoc[], lang: Lang): string[] {
  if (issues.length === 0) return [];
  return [t(title, {}, lang), ...issues.map((i) => `- [${i.rule} ${i.code}] ${text(i, lang)}`)];
}

const dash = (v: string | null): string => v ?? '-';

export function renderPrices(d: PricesDoc, lang: Lang): string {
  const low = d.lowest30DayNetPrice;
  const lowDetail =
    low.value === null
      ? null
      : low.cause === null
        ? t(L.CLI_DETAIL_PLAIN, { at: dash(low.at) }, lang)
        : t(
            L.CLI_DETAIL_CAUSE,
            { stack: `${low.cause.promotionIds.join(' + ')} (${low.cause.kinds.join(' + ')})`, at: dash(low.at) },
            lang,
          );
  const wasDetail = [
    t(L.CLI_DETAIL_ORDERS, { count: d.wasPrice.qualifyingOrders }, lang),
    ...(d.wasPrice.frozen ? [t(L.CLI_DETAIL_FROZEN, {}, lang)] : []),
  ].join(', ');
  const rows: (string | null)[][] = [
    [
      t(L.CLI_ROW_CURRENT, {}, lang),
      d.currentPrice,
      d.currentPriceSku === null ? null : t(L.CLI_DETAIL_SKU, { sku: d.currentPriceSku }, lang),
    ],
    [
      t(L.CLI_ROW_LIST, {}, lang),
      d.listPrice.value,
      d.listPrice.value === null
        ? null
        : d.listPrice.validated
          ? t(L.CLI_DETAIL_VALIDATED, { basis: d.listPrice.basis ?? '' }, lang)
          : t(L.CLI_DETAIL_NOT_VALIDATED, {}, lang),
    ],
    [t(L.CLI_ROW_WAS, {}, lang), d.wasPrice.value, wasDetail],
    [t(L.CLI_ROW_LOWEST_RECENT, {}, lang), d.lowestRecentPrice, null],
    [t(L.CLI_ROW_LOWEST_NET, {}, lang), low.value, lowDetail],
    [
      t(L.CLI_ROW_REFERENCE, {}, lang),
      d.reference.value,
      d.reference.kind === null
        ? null
        : t(d.reference.kind === 'list_price' ? L.CLI_ROW_LIST : L.CLI_ROW_WAS, {}, lang),
    ],
  ];
  const title = t(
    L.CLI_PRICES_TITLE,
    { asin: d.asin, marketplace: d.marketplace, at: d.at, currency: d.currency },
    lang,
  );
  const table = renderTable(
    [L.CLI_COL_PRICE, L.CLI_COL_VALUE, L.CLI_COL_DETAIL].map((c) => t(c, {}, lang)),
    rows,
  );
  const why = [t(L.CLI_WHY, {}, lang), ...d.why.map((i) => `- ${text(i, lang)}`)];
  return `${title}\n\n${table}\n${why.join('\n')}\n`;
}

export function renderCheck(d: CheckDoc, lang: Lang): string {
  const lines: string[] = [
    t(
      L.CLI_CHECK_TITLE,
      { id: d.id, kind: d.kind, sku: d.sku, asin: d.asin, marketplace: d.marketplace, start: d.start, end: d.end },
      lang,
    ),
    d.ok ? t(L.CLI_CHECK_OK, {}, lang) : t(L.CLI_CHECK_FAILED, { count: d.errors.length }, lang),
    ...issueLines(L.CLI_ERRORS, d.errors, lang),
    ...issueLines(L.CLI_WARNINGS, d.warnings, lang),
  ];
  const basis = lang === 'zh-CN' ? d.fee.basisZh : d.fee.basis;
  lines.push(
    d.fee.estimated === null
      ? t(L.CLI_FEE_UNKNOWN, { basis }, lang)
      : t(L.CLI_FEE, { estimated: d.fee.estimated, currency: d.currency, basis }, lang),
  );
  const after = d.lowest30DayNetPriceAfter;
  const cause = after.cause === null ? '' : `(${after.cause.promotionIds.join(' + ')})`;
  lines.push(t(L.CLI_LOWEST_AFTER, { value: dash(after.value), currency: d.currency, cause }, lang).trimEnd());
  if (d.blocks.length > 0) {
    lines.push(t(L.CLI_BLOCKS, {}, lang));
    for (const b of d.blocks) {
      lines.push(`- ${b.id} (${b.kind}, ${b.start})`);
      for (const e of b.errors) lines.push(`  - [${e.rule} ${e.code}] ${text(e, lang)}`);
    }
  }
  const r = d.references;
  lines.push(
    t(
      L.CLI_REFERENCES,
      {
        current: dash(r.currentPrice),
        list: dash(r.listPrice.validated ? r.listPrice.value : null),
        was: dash(r.wasPrice.value),
        low: dash(r.lowest30DayNetPrice.value),
        ref: dash(r.reference.value),
        currency: d.currency,
      },
      lang,
    ),
  );
  return `${lines.join('\n')}\n`;
}

function offerOf(p: PromotionDoc): string {
  if (p.price !== null) return `${p.price} ${p.currency}`;
  if (p.discountPct !== null) return `-${p.discountPct}%`;
  if (p.discountAmount !== null) return `-${p.discountAmount} ${p.currency}`;
  return '-';
}

export function renderList(d: PromotionListDoc, lang: Lang): string {
  const title = t(L.CLI_LIST_TITLE, { at: d.at }, lang);
  if (d.promotions.length === 0) return `${title}\n${t(L.CLI_LIST_EMPTY, {}, lang)}\n`;
  const headers = [
    L.CLI_COL_ID,
    L.CLI_COL_PROMOTION_KIND,
    L.CLI_COL_SKU,
    L.CLI_COL_ASIN,
    L.CLI_COL_START,
    L.CLI_COL_END,
    L.CLI_COL_OFFER,
    L.CLI_COL_STATUS,
  ];
  const rows = d.promotions.map((p) => [
    p.id,
    p.kind,
    p.sku,
    p.asin,
    p.start,
    p.end,
    offerOf(p),
    t(`PROMOTION_STATUS_${p.status}`, {}, lang),
  ]);
  return `${title}\n\n${renderTable(
    headers.map((c) => t(c, {}, lang)),
    rows,
  )}`;
}

export function buyerText(b: BuyerDoc, lang: Lang): string {
  const parts: string[] = [];
  if (b.prime) parts.push(t(L.CLI_BUYER_PRIME, {}, lang));
  if (b.business) parts.push(t(L.CLI_BUYER_BUSINESS, {}, lang));
  if (b.firstTime) parts.push(t(L.CLI_BUYER_FIRST_TIME, {}, lang));
  parts.push(t(L.CLI_BUYER_UNITS, { quantity: b.quantity }, lang));
  if (b.codes.length > 0) parts.push(t(L.CLI_BUYER_CODES, { codes: b.codes.join(', ') }, lang));
  return parts.join(', ');
}

export function renderGuard(d: GuardDoc, lang: Lang): string {
  const lines = [
    t(
      L.CLI_GUARD_TITLE,
      {
        asin: d.asin,
        marketplace: d.marketplace,
        from: d.from,
        to: d.to,
        segments: d.segmentsChecked,
        quotes: d.quotesChecked,
      },
      lang,
    ),
    ...d.skus.map((s) =>
      t(
        L.CLI_GUARD_FLOORS,
        { sku: s.sku, floor: dash(s.costFloor), min: dash(s.minPrice), currency: d.currency },
        lang,
      ),
    ),
    ...issueLines(L.CLI_WARNINGS, d.warnings, lang),
  ];
  if (d.ok) return `${[...lines, t(L.CLI_GUARD_OK, {}, lang)].join('\n')}\n`;
  const headers = [
    L.CLI_COL_SKU,
    L.CLI_COL_FROM,
    L.CLI_COL_TO,
    L.CLI_COL_BUYER,
    L.CLI_COL_NET,
    L.CLI_COL_BREACHES,
    L.CLI_COL_STACK,
  ];
  const rows = d.findings.map((f) => [
    f.sku,
    f.start,
    f.end,
    buyerText(f.buyer, lang),
    f.netUnitPrice,
    f.breaches.join(', '),
    f.stack.join(' + ') || '-',
  ]);
  return `${lines.join('\n')}\n\n${renderTable(
    headers.map((c) => t(c, {}, lang)),
    rows,
  )}`;
}

export function renderQuote(d: QuoteDoc, lang: Lang): string {
  const title = t(
    L.CLI_QUOTE_TITLE,
    {
      asin: d.asin,
      sku: d.sku,
      marketplace: d.marketplace,
      at: d.at,
      currency: d.currency,
      buyer: buyerText(d.buyer, lang),
    },
    lang,
  );
  const rows: (string | null)[][] = [[t(L.CLI_STEP_BASE, {}, lang), null, null, null, null, d.basePrice]];
  if (d.direct !== null) {
    rows.push([
      t(L.CLI_STEP_DIRECT, {}, lang),
      d.direct.id,
      d.direct.kind,
      d.basePrice,
      d.direct.discount,
      d.direct.price,
    ]);
  }
  for (const a of d.addOns) rows.push([t(L.CLI_STEP_ADD_ON, {}, lang), a.id, a.kind, a.base, a.discount, a.priceAfter]);
  rows.push([t(L.CLI_STEP_NET, {}, lang), null, null, null, d.totalDiscount, d.netUnitPrice]);
  const headers = [
    L.CLI_COL_STEP,
    L.CLI_COL_PROMOTION,
    L.CLI_COL_PROMOTION_KIND,
    L.CLI_COL_BASE,
    L.CLI_COL_DISCOUNT,
    L.CLI_COL_PRICE,
  ];
  const lines = [
    `${title}\n`,
    renderTable(
      headers.map((c) => t(c, {}, lang)),
      rows,
    ).trimEnd(),
  ];
  if (d.notApplied.length > 0) {
    lines.push(t(L.CLI_NOT_APPLIED, {}, lang), ...d.notApplied.map((n) => `- ${n.id}: ${text(n, lang)}`));
  }
  lines.push(...issueLines(L.CLI_WARNINGS, d.warnings, lang));
  return `${lines.join('\n')}\n`;
}

/** The line of a `promo add` outcome (stderr for a refusal). */
export function addOutcomeLine(id: string, outcome: string, errors: number, forced: boolean, lang: Lang): string {
  const code =
    outcome === 'added'
      ? PRICING.PROMO_ADD_ADDED
      : outcome === 'updated'
        ? PRICING.PROMO_ADD_UPDATED
        : outcome === 'duplicate'
          ? PRICING.PROMO_ADD_DUPLICATE
          : PRICING.PROMO_ADD_REFUSED;
  const line = t(code, { id, count: errors }, lang);
  return forced ? `${line}; ${t(PRICING.PROMO_ADD_FORCED, { count: errors }, lang)}` : line;
}
