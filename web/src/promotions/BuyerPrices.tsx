// What each kind of buyer pays for one unit at an instant (GET /api/v1/quote/:asin per buyer
// context, PQ-1..PQ-3): the base price, the direct-price promotion taken, the add-ons stacked on it,
// the net unit price and the loss warnings.
import { useEffect, useState } from 'react';
import { ApiError, cachedGet } from '../api/client.js';
import type { QuoteDoc } from '../api/types.js';
import { codeLabel } from '../components/Labels.js';
import { ErrorBox } from '../components/Status.js';
import { formatMoney } from '../format.js';
import { useT, type UiKey } from '../i18n.js';
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
