// Human output of the Outlet commands: the same documents as --json, as tables and lines in the
// language of --lang.
import type {
  DealActionDoc,
  DealDoc,
  OutletCheckDoc,
  OutletReportDoc,
  PricingRuleDoc,
  RecommendationsDoc,
  TickDoc,
} from '../app/outlet/documents.js';
import type { IssueDoc } from '../app/pricing-documents.js';
import { t, type Lang } from '../core/messages/messages.js';
import { OUTLET_CLI as L } from './outlet-messages.js';
import { renderTable } from './render.js';

type Said = { message: string; messageZh: string };

function said(x: Said, lang: Lang): string {
  return lang === 'zh-CN' ? x.messageZh : x.message;
}

function issueLines(title: string, issues: readonly IssueDoc[], lang: Lang): string[] {
  if (issues.length === 0) return [];
  return [t(title, {}, lang), ...issues.map((i) => `- [${i.rule} ${i.code}] ${said(i, lang)}`)];
}

function cols(codes: readonly string[], lang: Lang): string[] {
  return codes.map((c) => t(c, {}, lang));
}

function shown(v: OutletCheckDoc['criteria'][number]['value']): string {
  if (v === null) return '-';
  return Array.isArray(v) ? (v.length === 0 ? '-' : v.join(', ')) : String(v);
}

export function renderCheck(d: OutletCheckDoc, lang: Lang): string {
  const head = d.eligible
    ? t(L.CLI_OUTLET_ELIGIBLE, { sku: d.sku, asin: d.asin, marketplace: d.marketplace, at: d.at }, lang)
    : t(
        L.CLI_OUTLET_NOT_ELIGIBLE,
        { sku: d.sku, asin: d.asin, marketplace: d.marketplace, at: d.at, failed: d.failed.join(', ') },
        lang,
      );
  const table = renderTable(
    cols([L.CLI_OUTLET_COL_CODE, L.CLI_OUTLET_COL_RULE, L.CLI_OUTLET_COL_VALUE, L.CLI_OUTLET_COL_OK], lang),
    d.criteria.map((c) => [said(c, lang), c.rule, shown(c.value), c.ok ? 'yes' : 'NO']),
  );
  const max = t(
    L.CLI_OUTLET_MAX,
    {
      max: d.maxDealPrice ?? '-',
      currency: d.currency,
      current: d.currentPrice ?? '-',
      offer: d.lowestNewOffer ?? '-',
    },
    lang,
  );
  return `${head}\n\n${table}\n${max}\n`;
}

function dealLines(d: DealDoc, lang: Lang): string[] {
  const lines = [
    t(
      L.CLI_OUTLET_DEAL,
      { id: d.id, status: d.status, kind: d.kind, sku: d.sku, asin: d.asin, price: d.dealPrice, currency: d.currency },
      lang,
    ),
    t(
      L.CLI_OUTLET_DEAL_DATES,
      { submitted: d.submittedAt, deadline: d.reviewDeadline, start: d.start ?? '-', end: d.end ?? '-' },
      lang,
    ),
  ];
  if (d.reasons.length > 0) {
    lines.push(t(L.CLI_OUTLET_REASONS, {}, lang), ...d.reasons.map((r) => `- [${r.rule} ${r.code}] ${said(r, lang)}`));
  }
  return lines;
}

export function renderAction(d: DealActionDoc, lang: Lang): string {
  if (d.ok) return [...dealLines(d, lang), ...issueLines(L.CLI_OUTLET_WARNINGS, d.warnings, lang)].join('\n') + '\n';
  const lines = [
    ...issueLines(L.CLI_OUTLET_REFUSED, d.errors, lang),
    ...issueLines(L.CLI_OUTLET_WARNINGS, d.warnings, lang),
    ...(d.deal === null ? [] : dealLines(d.deal, lang)),
  ];
  return lines.join('\n') + '\n';
}

export function renderRecommendations(d: RecommendationsDoc, lang: Lang): string {
  if (d.suppressed !== null) return `${t(L.CLI_OUTLET_SUPPRESSED, { reason: said(d.suppressed, lang) }, lang)}\n`;
  if (d.recommendations.length === 0) return `${t(L.CLI_OUTLET_NONE, { at: d.at }, lang)}\n`;
  const table = renderTable(
    cols(
      [
        L.CLI_OUTLET_COL_SKU,
        L.CLI_OUTLET_COL_ASIN,
        L.CLI_OUTLET_COL_CURRENT,
        L.CLI_OUTLET_COL_MAX,
        L.CLI_OUTLET_COL_SUGGESTED,
        L.CLI_OUTLET_COL_WHY,
      ],
      lang,
    ),
    d.recommendations.map((r) => [
      r.sku,
      `${r.asin} ${r.marketplace}`,
      `${r.currentPrice} ${r.currency}`,
      r.maxDealPrice,
      `${r.suggested.kind} ${r.suggested.price} (-${r.suggested.discountPct}%)`,
      r.because.map((b) => said(b, lang)).join('; '),
    ]),
  );
  const advice = d.recommendations[0]?.advice ?? [];
  return `${table}\n${[t(L.CLI_OUTLET_ADVICE, {}, lang), ...advice.map((a) => `- ${said(a, lang)}`)].join('\n')}\n`;
}

export function renderReport(d: OutletReportDoc, lang: Lang): string {
  return renderTable(
    cols(
      [
        L.CLI_OUTLET_COL_DEAL,
        L.CLI_OUTLET_COL_SKU,
        L.CLI_OUTLET_COL_ASIN,
        L.CLI_OUTLET_COL_KIND,
        L.CLI_OUTLET_COL_PRICE,
        L.CLI_OUTLET_COL_STATUS,
        L.CLI_OUTLET_COL_START,
        L.CLI_OUTLET_COL_END,
        L.CLI_OUTLET_COL_UNITS,
        L.CLI_OUTLET_COL_SALES,
        L.CLI_OUTLET_COL_REASONS,
      ],
      lang,
    ),
    d.deals.map((x) => [
      x.id,
      x.sku,
      x.asin,
      x.kind,
      x.dealPrice,
      x.status,
      x.start,
      x.end,
      x.unitsDuringRun,
      x.salesDuringRun,
      x.reasons.map((r) => r.code).join(', ') || null,
    ]),
  );
}

export function renderTick(d: TickDoc, lang: Lang): string {
  if (d.transitions.length === 0) return `${t(L.CLI_OUTLET_TICK_NOTHING, { at: d.at }, lang)}\n`;
  const table = renderTable(
    cols(
      [
        L.CLI_OUTLET_COL_DEAL,
        L.CLI_OUTLET_COL_EVENT,
        L.CLI_OUTLET_COL_AT,
        L.CLI_OUTLET_COL_STATUS,
        L.CLI_OUTLET_COL_REASONS,
      ],
      lang,
    ),
    d.transitions.map((x) => [x.dealId, x.event, x.at, x.status, x.reasons.map((r) => r.code).join(', ') || null]),
  );
  if (d.priceChanges.length === 0) return table;
  const prices = d.priceChanges.map((p) => `- ${p.sku} ${p.at}: ${p.price} ${p.currency} (${p.dealId})`);
  return `${table}\n${[t(L.CLI_OUTLET_TICK_PRICES, {}, lang), ...prices].join('\n')}\n`;
}

export function renderPricingRule(d: PricingRuleDoc, lang: Lang): string {
  const lines: string[] = [];
  lines.push(...issueLines(L.CLI_OUTLET_REFUSED, d.errors, lang));
  if (d.rule !== null) {
    const r = d.rule;
    lines.push(
      t(
        L.CLI_OUTLET_PRICING_RULE_STATE,
        {
          ruleId: r.ruleId,
          sku: r.sku,
          marketplace: r.marketplace,
          status: r.status,
          min: r.minPrice ?? '-',
          max: r.maxPrice ?? '-',
          currency: r.currency,
        },
        lang,
      ),
    );
  }
  lines.push(...issueLines(L.CLI_OUTLET_WARNINGS, d.warnings, lang));
  return `${lines.join('\n')}\n`;
}
