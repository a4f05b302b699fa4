// Outlet eligibility of a SKU (GET /api/v1/outlet/check/:sku, OUT-1/OUT-2): every criterion with its
// rule ID, value and verdict, and the maximum deal price (OUT-4).
import { useApi } from '../api/client.js';
import type { OutletCheckDoc } from '../api/inventory-types.js';
import { Loader } from '../components/Status.js';
import { formatMoney } from '../format.js';
import { pickMessage, useLang, useT } from '../i18n.js';

function valueText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.join(', ');
  return String(value);
}

export function OutletCheck({ sku, marketplace, currency }: { sku: string; marketplace: string; currency: string }) {
  const t = useT();
  const lang = useLang();
  const path = `/outlet/check/${encodeURIComponent(sku)}${marketplace ? `?marketplace=${marketplace}` : ''}`;
  const check = useApi<OutletCheckDoc>(path);
  return (
    <Loader loaded={check} what={t('outletTitle')} path="/outlet/check/:sku">
      {(doc) => (
        <div id="outlet-check" data-eligible={doc.eligible}>
          <p>
            {doc.eligible ? (
              <span className="good">{t('eligible')}</span>
            ) : (
              <span className="bad">{t('notEligible')}</span>
            )}{' '}
            · {t('maxDealPrice')}:{' '}
            <strong>{formatMoney(doc.maxDealPrice, doc.currency ?? currency, doc.marketplace ?? marketplace)}</strong>
          </p>
          <table className="data compact">
            <thead>
              <tr>
                <th>{t('rule')}</th>
                <th>{t('criterion')}</th>
                <th>{t('value')}</th>
                <th>{t('verdict')}</th>
              </tr>
            </thead>
            <tbody>
              {doc.criteria.map((c) => (
                <tr key={c.code} className={c.ok ? '' : 'row-bad'} data-criterion={c.code}>
                  <td>
                    <span className="rule">{c.rule}</span>
                  </td>
                  <td>
                    {c.message ? (
                      pickMessage(lang, { message: c.message, messageZh: c.messageZh })
                    ) : (
                      <code>{c.code}</code>
                    )}
                  </td>
                  <td>{valueText(c.value)}</td>
                  <td>{c.ok ? <span className="good">✓</span> : <span className="bad">✗</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Loader>
  );
}
