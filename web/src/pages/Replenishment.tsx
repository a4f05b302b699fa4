// Replenishment, In-Stock Head Start and pre-sale views (issue 8 §5): the reorder table (RPL-1..3),
// the ISHS picture of inbound-backed selling (ISHS-1..5) and the pre-sale campaigns (PRE-1..3).
import { useMemo, useState } from 'react';
import { useApi } from '../api/client.js';
import type { ReplenishDoc } from '../api/inventory-types.js';
import { Loader } from '../components/Status.js';
import { formatNumber } from '../format.js';
import { useLang, useT } from '../i18n.js';
import { codeLabel } from '../components/Labels.js';
import { Link } from '../router.js';
import { skuHref } from '../excess/ExcessTable.js';
import { IshsView } from '../replenish/IshsView.js';
import { PresalesView } from '../replenish/PresalesView.js';

export function ReplenishmentPage() {
  const t = useT();
  const lang = useLang();
  const replenish = useApi<ReplenishDoc>('/replenish');
  const [alertsOnly, setAlertsOnly] = useState(false);
  const rows = useMemo(
    () =>
      [...(replenish.data?.rows ?? [])]
        .filter((r) => !alertsOnly || r.alert)
        .sort((a, b) => (b.alert ? 1 : 0) - (a.alert ? 1 : 0) || b.reorderQty - a.reorderQty),
    [replenish.data, alertsOnly],
  );
  return (
    <section className="page replenishment-page">
      <h1>{t('replenishTitle')}</h1>
      <div className="card">
        <div className="card-head">
          <h2>{t('reorderTitle')}</h2>
          <label className="check">
            <input type="checkbox" checked={alertsOnly} onChange={(e) => setAlertsOnly(e.target.checked)} />{' '}
            {t('alertsOnly')}
          </label>
        </div>
        <Loader loaded={replenish} what={t('reorderTitle')} path="/replenish">
          {() => (
            <div className="table-scroll tall">
              <table className="data compact" id="replenish-table">
                <thead>
                  <tr>
                    <th>{t('colSku')}</th>
                    <th>{t('colMarketplace')}</th>
                    <th className="n">{t('colOnHand')}</th>
                    <th className="n">{t('colInbound')}</th>
                    <th className="n">{t('weightedDailySales')}</th>
                    <th className="n">{t('daysOfSupply')}</th>
                    <th className="n">{t('leadTime')}</th>
                    <th className="n">{t('reorderQty')}</th>
                    <th>{t('alert')}</th>
                    <th className="n">{t('amazonRestock')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => {
                    const mp = r.marketplace;
                    return (
                      <tr key={`${mp}|${r.sku}`} className={r.alert ? 'row-bad' : ''} data-alert={r.alert}>
                        <td>
                          <Link to={skuHref(r.sku, mp)}>{r.sku}</Link>
                        </td>
                        <td>{mp}</td>
                        <td className="n">{formatNumber(r.onHand, mp)}</td>
                        <td className="n">{formatNumber(r.inbound?.total, mp)}</td>
                        <td className="n">{formatNumber(r.weightedDailySales, mp, 2)}</td>
                        <td className="n">{r.daysOfSupplyInfinite ? '∞' : formatNumber(r.daysOfSupply, mp, 1)}</td>
                        <td className="n">{formatNumber(r.leadTimeDays, mp)}</td>
                        <td className="n">
                          <strong>{formatNumber(r.reorderQty, mp)}</strong>
                        </td>
                        <td>
                          {(r.alerts ?? (r.alert ? ['STOCK_BELOW_LEAD_TIME'] : [])).map((a) => (
                            <div key={a} className={a === 'STOCK_BELOW_LEAD_TIME' ? 'bad' : 'hint'}>
                              {codeLabel(t, 'alert', a)}
                            </div>
                          ))}
                          {r.seasonal && (
                            <div className="hint">{lang === 'zh-CN' ? r.seasonal.noteZh : r.seasonal.note}</div>
                          )}
                        </td>
                        <td className="n">{formatNumber(r.amazonRecommendation?.quantity, mp)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </Loader>
      </div>
      <div className="card">
        <h2>{t('ishsTitle')}</h2>
        <IshsView />
      </div>
      <div className="card">
        <h2>{t('presalesTitle')}</h2>
        <PresalesView />
      </div>
    </section>
  );
}
