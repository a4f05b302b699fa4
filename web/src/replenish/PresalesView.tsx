// Pre-sale campaigns (GET /api/v1/presales, PRE-1..3): status, window, price and payment, units
// offered, covered now and pre-ordered, the release day, and the reasons of a rejection.
import { useApi } from '../api/client.js';
import { StatusBadge } from '../components/Labels.js';
import { Loader } from '../components/Status.js';
import { formatDay, formatInstant, formatMoney, formatNumber } from '../format.js';
import { useT } from '../i18n.js';

interface Campaign {
  readonly id: string;
  readonly sku: string;
  readonly marketplace: string;
  readonly currency: string;
  readonly status: string;
  readonly start: string;
  readonly end: string;
  readonly price: string;
  readonly unitsOffered: number;
  readonly paymentMode: string;
  readonly deposit: string | null;
  readonly releaseDay: string;
  readonly reasons: readonly string[];
  readonly preordered: number;
  readonly cover: number | null;
}

interface PresalesDoc {
  readonly campaigns: readonly Campaign[];
}

export function PresalesView() {
  const t = useT();
  const presales = useApi<PresalesDoc>('/presales');
  return (
    <Loader loaded={presales} what={t('presalesTitle')} path="/presales">
      {(doc) =>
        doc.campaigns.length === 0 ? (
          <p className="muted" id="presales-table-empty">
            {t('presalesNone')}
          </p>
        ) : (
          <div className="table-scroll">
            <table className="data compact" id="presales-table">
              <thead>
                <tr>
                  <th>ID</th>
                  <th>{t('colSku')}</th>
                  <th>{t('status')}</th>
                  <th>{t('period')}</th>
                  <th className="n">{t('price')}</th>
                  <th>{t('payment')}</th>
                  <th className="n">{t('unitsOffered')}</th>
                  <th className="n">{t('covered')}</th>
                  <th className="n">{t('preOrders')}</th>
                  <th>{t('release')}</th>
                </tr>
              </thead>
              <tbody>
                {doc.campaigns.map((c) => {
                  const money = (v: string | null) => formatMoney(v, c.currency, c.marketplace);
                  return (
                    <tr key={c.id} data-status={c.status}>
                      <td>
                        <code>{c.id}</code>
                      </td>
                      <td>
                        {c.sku} <small className="muted">{c.marketplace}</small>
                      </td>
                      <td>
                        <StatusBadge status={c.status} />
                        {c.reasons.map((r) => (
                          <div key={r} className="hint">
                            {r}
                          </div>
                        ))}
                      </td>
                      <td>
                        {formatInstant(c.start, c.marketplace, false)} → {formatInstant(c.end, c.marketplace, false)}
                      </td>
                      <td className="n">{money(c.price)}</td>
                      <td>
                        {c.paymentMode === 'deposit'
                          ? t('paymentDeposit', { amount: money(c.deposit) })
                          : t('paymentFull')}
                      </td>
                      <td className="n">{formatNumber(c.unitsOffered, c.marketplace)}</td>
                      <td className="n">{formatNumber(c.cover, c.marketplace)}</td>
                      <td className="n">{formatNumber(c.preordered, c.marketplace)}</td>
                      <td>{formatDay(c.releaseDay, c.marketplace)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )
      }
    </Loader>
  );
}
