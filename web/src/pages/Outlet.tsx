// Outlet (issue 8 §4): the recommended SKUs (OUT-3) with their maximum deal price and advice, a
// submit form (OUT-4/OUT-5), price update and cancel while SUBMITTED (OUT-7), and the Outlet Deals
// report with every deal's status (OUT-12).
import { useState } from 'react';
import { ApiError, invalidate, postJson, request, useApi } from '../api/client.js';
import type { Issue } from '../api/types.js';
import type { OutletAction, OutletDeal, OutletRecommendationsDoc, OutletReportDoc } from '../api/inventory-types.js';
import { codeLabel, KindLabel, StatusBadge } from '../components/Labels.js';
import { Loader } from '../components/Status.js';
import { formatInstant, formatMoney, formatNumber } from '../format.js';
import { Link } from '../router.js';
import { skuHref } from '../excess/ExcessTable.js';
import { pickMessage, useLang, useT } from '../i18n.js';
import { IssueList } from '../promotions/CheckResult.js';

const ROW_LIMIT = 20;

function ActionResult({ result }: { result: OutletAction | ApiError | null }) {
  const lang = useLang();
  const t = useT();
  if (result === null) return null;
  if (result instanceof ApiError) {
    const body = result.body as OutletAction | null;
    return (
      <div className="notice error" role="alert" id="outlet-result">
        {body && 'errors' in body && body.errors.length > 0 ? (
          <IssueList issues={body.errors} kind="error" />
        ) : (
          pickMessage(lang, result)
        )}
      </div>
    );
  }
  if (!result.ok)
    return (
      <div className="notice error" role="alert" id="outlet-result">
        <IssueList issues={result.errors} kind="error" />
      </div>
    );
  return (
    <div className="notice ok" id="outlet-result">
      {t('outletDone', { id: result.id, status: codeLabel(t, 'status', result.status) })}
      {result.warnings.length > 0 && <IssueList issues={result.warnings} kind="warning" />}
    </div>
  );
}

function DealRow({ deal, onChanged }: { deal: OutletDeal; onChanged: (r: OutletAction | ApiError) => void }) {
  const t = useT();
  const mp = deal.marketplace;
  const cur = deal.currency;
  const lang = useLang();
  const [price, setPrice] = useState('');
  const act = async (call: () => Promise<OutletAction>) => {
    try {
      onChanged(await call());
      invalidate();
    } catch (error) {
      onChanged(error instanceof ApiError ? error : new ApiError(0, 'ERROR', String(error), String(error)));
    }
  };
  return (
    <tr data-deal={deal.id} data-status={deal.status}>
      <td>
        <code>{deal.id}</code>
      </td>
      <td>{deal.sku}</td>
      <td>
        <KindLabel kind={deal.kind} />
      </td>
      <td className="n">{formatMoney(deal.dealPrice, cur, mp)}</td>
      <td>
        <StatusBadge status={deal.status} />
      </td>
      <td>{formatInstant(deal.submittedAt, mp)}</td>
      <td>
        {deal.start ? formatInstant(deal.start, mp, false) : '—'} →{' '}
        {deal.end ? formatInstant(deal.end, mp, false) : '—'}
      </td>
      <td className="n">
        {deal.unitsDuringRun !== undefined && formatNumber(deal.unitsDuringRun, mp)}
        {deal.salesDuringRun !== undefined && <div className="hint">{formatMoney(deal.salesDuringRun, cur, mp)}</div>}
      </td>
      <td>
        {deal.reasons.map((r, i) => (
          <div key={i}>
            <span className="rule">{r.rule}</span> {pickMessage(lang, r)}
          </div>
        ))}
      </td>
      <td>
        {deal.status === 'SUBMITTED' && (
          <span className="inline-form">
            <input
              aria-label={t('newPrice')}
              placeholder={t('newPrice')}
              value={price}
              inputMode="decimal"
              onChange={(e) => setPrice(e.target.value)}
            />
            <button
              type="button"
              disabled={!price.trim()}
              onClick={() =>
                void act(() =>
                  request<OutletAction>(`/outlet/deals/${encodeURIComponent(deal.id)}`, {
                    method: 'PATCH',
                    headers: { 'content-type': 'application/json' },
                    body: JSON.stringify({ price: price.trim() }),
                  }),
                )
              }
            >
              {t('update')}
            </button>
            <button
              type="button"
              className="danger"
              onClick={() =>
                void act(() =>
                  request<OutletAction>(`/outlet/deals/${encodeURIComponent(deal.id)}/cancel`, { method: 'POST' }),
                )
              }
            >
              {t('cancel')}
            </button>
          </span>
        )}
      </td>
    </tr>
  );
}

export function OutletPage() {
  const t = useT();
  const lang = useLang();
  const recommendations = useApi<OutletRecommendationsDoc>('/outlet/recommendations');
  const report = useApi<OutletReportDoc>('/outlet/report');
  const [submitSku, setSubmitSku] = useState('');
  const [submitPrice, setSubmitPrice] = useState('');
  const [result, setResult] = useState<OutletAction | ApiError | null>(null);
  const [allRecommendations, setAllRecommendations] = useState(false);

  const submit = async () => {
    try {
      setResult(await postJson<OutletAction>('/outlet/deals', { sku: submitSku.trim(), price: submitPrice.trim() }));
      invalidate();
    } catch (error) {
      setResult(error instanceof ApiError ? error : new ApiError(0, 'ERROR', String(error), String(error)));
    }
  };

  return (
    <section className="page outlet-page">
      <h1>{t('outletPageTitle')}</h1>
      <div className="card">
        <h2>{t('outletRecommendations')}</h2>
        <Loader loaded={recommendations} what={t('outletRecommendations')} path="/outlet/recommendations">
          {(doc) => {
            // OUT-13 advice given for every recommendation is shown once above the table.
            const messageOf = (a: Issue) => pickMessage(lang, a);
            const everywhere = new Set(
              (doc.recommendations[0]?.advice ?? [])
                .map(messageOf)
                .filter((m) => doc.recommendations.every((r) => r.advice.some((a) => messageOf(a) === m))),
            );
            const shown = allRecommendations ? doc.recommendations : doc.recommendations.slice(0, ROW_LIMIT);
            return (
              <>
                {everywhere.size > 0 && (
                  <ul className="why" id="outlet-advice">
                    {[...everywhere].map((m) => (
                      <li key={m}>
                        <span className="rule">OUT-13</span> {m}
                      </li>
                    ))}
                  </ul>
                )}
                {doc.suppressed && (
                  <div className="notice error" role="alert">
                    <span className="rule">{doc.suppressed.rule}</span> {pickMessage(lang, doc.suppressed)}
                  </div>
                )}
                {doc.recommendations.length === 0 ? (
                  <p className="muted" id="outlet-recommendations-empty">
                    {t('none')}
                  </p>
                ) : (
                  <div className="table-scroll">
                    <table className="data compact" id="outlet-recommendations">
                      <thead>
                        <tr>
                          <th>{t('colSku')}</th>
                          <th>{t('colMarketplace')}</th>
                          <th className="n">{t('colOnHand')}</th>
                          <th className="n">{t('colRatio')}</th>
                          <th className="n">{t('currentPrice')}</th>
                          <th className="n">{t('maxDealPrice')}</th>
                          <th>{t('suggested')}</th>
                          <th>{t('why')}</th>
                          <th />
                        </tr>
                      </thead>
                      <tbody>
                        {shown.map((r) => {
                          const money = (v: string) => formatMoney(v, r.currency, r.marketplace);
                          return (
                            <tr key={`${r.marketplace}|${r.sku}`} data-sku={r.sku}>
                              <td>
                                <Link to={skuHref(r.sku, r.marketplace)}>{r.sku}</Link>
                                <div className="hint">{r.asin}</div>
                              </td>
                              <td>{r.marketplace}</td>
                              <td className="n">{formatNumber(r.onHand, r.marketplace)}</td>
                              <td className="n">
                                {r.stockToSalesRatio === null
                                  ? '∞'
                                  : formatNumber(r.stockToSalesRatio, r.marketplace, 2)}
                              </td>
                              <td className="n">{money(r.currentPrice)}</td>
                              <td className="n">{money(r.maxDealPrice)}</td>
                              <td>
                                <KindLabel kind={r.suggested.kind} /> {money(r.suggested.price)} (−
                                {r.suggested.discountPct}%)
                              </td>
                              <td>
                                {r.because.map((b, i) => (
                                  <div key={i}>
                                    <span className="rule">{b.rule}</span> {pickMessage(lang, b)}
                                  </div>
                                ))}
                                {r.advice
                                  .filter((a) => !everywhere.has(messageOf(a)))
                                  .map((a, i) => (
                                    <div key={`a${i}`} className="hint">
                                      {messageOf(a)}
                                    </div>
                                  ))}
                              </td>
                              <td>
                                <button
                                  type="button"
                                  onClick={() => {
                                    setSubmitSku(r.sku);
                                    setSubmitPrice(r.suggested.price);
                                    document.getElementById('outlet-submit')?.scrollIntoView({ block: 'center' });
                                  }}
                                >
                                  {t('prepareSubmit')}
                                </button>
                              </td>
                            </tr>
                          );
                        })}
                      </tbody>
                    </table>
                    {doc.recommendations.length > ROW_LIMIT && (
                      <button type="button" className="link" onClick={() => setAllRecommendations(!allRecommendations)}>
                        {allRecommendations ? t('showFewer') : t('showAll', { count: doc.recommendations.length })}
                      </button>
                    )}
                  </div>
                )}
              </>
            );
          }}
        </Loader>
      </div>
      <div className="card">
        <h2>{t('outletSubmit')}</h2>
        <form
          id="outlet-submit"
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <label>
            {t('colSku')} <input value={submitSku} onChange={(e) => setSubmitSku(e.target.value)} required />
          </label>
          <label>
            {t('dealPrice')}{' '}
            <input value={submitPrice} inputMode="decimal" onChange={(e) => setSubmitPrice(e.target.value)} required />
          </label>
          <button type="submit">{t('submit')}</button>
        </form>
        <ActionResult result={result} />
      </div>
      <div className="card">
        <h2>{t('outletReport')}</h2>
        <Loader loaded={report} what={t('outletReport')} path="/outlet/report">
          {(doc) =>
            doc.deals.length === 0 ? (
              <p className="muted" id="outlet-report-empty">
                {t('none')}
              </p>
            ) : (
              <div className="table-scroll">
                <table className="data compact" id="outlet-report">
                  <thead>
                    <tr>
                      <th>ID</th>
                      <th>{t('colSku')}</th>
                      <th>{t('kind')}</th>
                      <th className="n">{t('dealPrice')}</th>
                      <th>{t('status')}</th>
                      <th>{t('submitted')}</th>
                      <th>{t('period')}</th>
                      <th className="n">{t('duringRun')}</th>
                      <th>{t('reasons')}</th>
                      <th />
                    </tr>
                  </thead>
                  <tbody>
                    {doc.deals.map((d) => (
                      <DealRow key={d.id} deal={d} onChanged={setResult} />
                    ))}
                  </tbody>
                </table>
              </div>
            )
          }
        </Loader>
      </div>
    </section>
  );
}
