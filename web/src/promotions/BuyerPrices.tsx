// What each kind of buyer pays for one unit at an instant (PQ-1..PQ-3): the base price, the
// direct-price promotion taken, the add-ons stacked on it, the net unit price and the loss warnings.
// BuyerPricesWith: a proposal's check answer (`buyerPrices`, the proposal included); BuyerPrices:
// GET /api/v1/quote/:asin per buyer context (stored promotions only).
import { useEffect, useState } from 'react';
import { ApiError, cachedGet } from '../api/client.js';
import type { BuyerPrice, CheckDoc, QuoteDoc } from '../api/types.js';
import { codeLabel } from '../components/Labels.js';
import { ErrorBox } from '../components/Status.js';
import { formatMoney } from '../format.js';
import { useT, type Translate, type UiKey } from '../i18n.js';
import { IssueList } from './CheckResult.js';

export const BUYER_CONTEXTS: readonly { key: UiKey; query: string }[] = [
  { key: 'buyerAnyone', query: '' },
  { key: 'buyerPrime', query: 'prime=true' },
  { key: 'buyerFirstTime', query: 'firstTime=true' },
  { key: 'buyerPrimeFirstTime', query: 'prime=true&firstTime=true' },
  { key: 'buyerBusiness', query: 'business=true' },
];

export function BuyerPrices({
  asin,
  sku,
  marketplace,
  at,
}: {
  asin: string;
  sku: string;
  marketplace: string;
  at: string;
}) {
  const t = useT();
  const [quotes, setQuotes] = useState<(QuoteDoc | ApiError)[] | null>(null);
  useEffect(() => {
    let live = true;
    setQuotes(null);
    const base = `/quote/${encodeURIComponent(asin)}?sku=${encodeURIComponent(sku)}&marketplace=${marketplace}&at=${encodeURIComponent(at)}`;
    Promise.all(
      BUYER_CONTEXTS.map((c) =>
        cachedGet<QuoteDoc>(c.query ? `${base}&${c.query}` : base).catch((e: unknown) =>
          e instanceof ApiError ? e : new ApiError(0, 'ERROR', String(e), String(e)),
        ),
      ),
    ).then((all) => live && setQuotes(all));
    return () => {
      live = false;
    };
  }, [asin, sku, marketplace, at]);
  if (quotes === null) return <p className="loading">{t('loading')}</p>;
  const first = quotes.find((q): q is ApiError => q instanceof ApiError);
  if (first && quotes.every((q) => q instanceof ApiError))
    return <ErrorBox error={first} what={t('buyerPrices')} path="/quote/:asin" />;
  return (
    <div className="table-scroll">
      <table className="data compact" id="buyer-prices">
        <thead>
          <tr>
            <th>{t('buyer')}</th>
            <th className="n">{t('basePrice')}</th>
            <th>{t('directPrice')}</th>
            <th>{t('addOns')}</th>
            <th className="n">{t('netPrice')}</th>
          </tr>
        </thead>
        <tbody>
          {quotes.map((q, i) => {
            const label = t(BUYER_CONTEXTS[i]!.key);
            if (q instanceof ApiError)
              return (
                <tr key={i}>
                  <td>{label}</td>
                  <td colSpan={4} className="bad">
                    {q.code}
                  </td>
                </tr>
              );
            const money = (v: string | null | undefined) => formatMoney(v, q.currency, q.marketplace);
            return (
              <tr key={i} data-buyer={BUYER_CONTEXTS[i]!.key}>
                <td>{label}</td>
                <td className="n">{money(q.basePrice)}</td>
                <td>{q.direct ? `${codeLabel(t, 'kind', q.direct.kind)} ${money(q.direct.price)}` : '—'}</td>
                <td>
                  {q.addOns.length === 0
                    ? '—'
                    : q.addOns.map((a) => `${codeLabel(t, 'kind', a.kind)} −${money(a.discount)}`).join(', ')}
                  {q.warnings.length > 0 && <IssueList issues={q.warnings} kind="warning" />}
                </td>
                <td className="n">
                  <strong>{money(q.netUnitPrice)}</strong>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const WITH_LABELS: Readonly<Record<Exclude<BuyerPrice['label'], 'business_min_qty'>, UiKey>> = {
  regular: 'buyerRegular',
  prime: 'buyerPrime',
  first_time: 'buyerFirstTime',
  business: 'buyerBusiness',
};

function withLabel(t: Translate, b: BuyerPrice): string {
  return b.label === 'business_min_qty' ? t('buyerBusinessQty', { qty: b.context.quantity }) : t(WITH_LABELS[b.label]);
}

/** The check answer's `buyerPrices`: what each buyer pays at the proposal's start WITH it. */
export function BuyerPricesWith({ doc }: { doc: CheckDoc }) {
  const t = useT();
  const money = (v: string | null | undefined) => formatMoney(v, doc.currency, doc.marketplace);
  const rows = doc.buyerPrices ?? [];
  if (rows.length === 0) return <p className="muted">—</p>;
  return (
    <div className="table-scroll">
      <table className="data compact" id="buyer-prices-with">
        <thead>
          <tr>
            <th>{t('buyer')}</th>
            <th>{t('directPrice')}</th>
            <th>{t('addOns')}</th>
            <th className="n">{t('netPrice')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((b) => (
            <tr key={`${b.label}-${b.context.quantity}`} data-buyer={b.label} data-net={b.netUnitPrice}>
              <td>{withLabel(t, b)}</td>
              <td>{b.direct ? `${codeLabel(t, 'kind', b.direct.kind)} ${money(b.direct.price)}` : '—'}</td>
              <td>
                {b.addOns.length === 0
                  ? '—'
                  : b.addOns.map((a) => `${codeLabel(t, 'kind', a.kind)} −${money(a.discount)}`).join(', ')}
                {b.warnings.length > 0 && (
                  <IssueList issues={b.warnings.map((w) => ({ ...w, values: {} }))} kind="warning" />
                )}
              </td>
              <td className="n">
                <strong>{money(b.netUnitPrice)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
