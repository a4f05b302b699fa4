// Pre-sale campaigns (PRE-1..3): status, price, units offered and covered, pre-orders taken, release.
import { useApi } from '../api/client.js';
import { StatusBadge } from '../components/Labels.js';
import { Loader } from '../components/Status.js';
import { formatInstant, formatMoney, formatNumber } from '../format.js';
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
  readonly preOrders: number;
  readonly release: string | null;
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
          <p className="muted" id="presales-table-empty">{t('none')}</p>
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
                  <th className="n">{t('unitsOffered')}</th>
                  <th className="n">{t('preOrders')}</th>
                  <th>{t('release')}</th>
                </tr>
              </thead>
              <tbody>
                {doc.campaigns.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <code>{c.id}</code>
                    </td>
                    <td>{c.sku}</td>
                    <td>
                      <StatusBadge status={c.status} />
                    </td>
                    <td>
                      {formatInstant(c.start, c.marketplace, false)} → {formatInstant(c.end, c.marketplace, false)}
                    </td>
                    <td className="n">{formatMoney(c.price, c.currency, c.marketplace)}</td>
                    <td className="n">{formatNumber(c.unitsOffered, c.marketplace)}</td>
                    <td className="n">{formatNumber(c.preOrders, c.marketplace)}</td>
                    <td>{formatInstant(c.release, c.marketplace, false)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      }
    </Loader>
  );
}
