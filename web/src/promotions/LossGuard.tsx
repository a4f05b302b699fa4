// The loss guard (PQ-4) of one ASIN over a range: GET /api/v1/promotions/guard/:asin lists every
// buyer context and code combination whose net price falls to zero, to the cost floor or under the
// minimum price, with the stack of promotions that causes it.
import { useApi } from '../api/client.js';
import type { GuardDoc } from '../api/types.js';
import { codeLabel } from '../components/Labels.js';
import { Loader } from '../components/Status.js';
import { formatInstant, formatMoney } from '../format.js';
import { useT, type Translate } from '../i18n.js';
import type { BuyerDoc } from '../api/types.js';

export function buyerText(t: Translate, b: BuyerDoc): string {
  const parts: string[] = [];
  if (b.prime) parts.push(t('buyerPrime'));
  if (b.firstTime) parts.push(t('buyerFirstTime'));
  if (b.business) parts.push(t('buyerBusiness'));
  if (parts.length === 0) parts.push(t('buyerAnyone'));
  if (b.quantity > 1) parts.push(`× ${b.quantity}`);
  return parts.join(', ');
}

export function GuardResult({ doc }: { doc: GuardDoc }) {
  const t = useT();
  const mp = doc.marketplace;
  const money = (v: string | null) => formatMoney(v, doc.currency, mp);
  return (
    <div className="guard" id="guard-result" data-ok={doc.ok}>
      <p>
        {doc.ok ? (
          <span className="good">{t('guardOk')}</span>
        ) : (
          <span className="bad">{t('guardFindings', { count: doc.findings.length })}</span>
        )}{' '}
        <span className="muted">
          {formatInstant(doc.from, mp)} → {formatInstant(doc.to, mp)} ·{' '}
          {t('guardChecked', { segments: doc.segmentsChecked, quotes: doc.quotesChecked })}
        </span>
      </p>
      {doc.findings.length > 0 && (
        <div className="table-scroll">
          <table className="data compact">
            <thead>
              <tr>
                <th>{t('colSku')}</th>
                <th>{t('period')}</th>
                <th>{t('buyer')}</th>
                <th>{t('stack')}</th>
                <th className="n">{t('netPrice')}</th>
                <th className="n">{t('costFloor')}</th>
                <th>{t('breaches')}</th>
              </tr>
            </thead>
            <tbody>
              {doc.findings.map((f, i) => (
                <tr key={i}>
                  <td>{f.sku}</td>
                  <td>
                    {formatInstant(f.start, mp)} → {formatInstant(f.end, mp)}
                  </td>
                  <td>
                    {buyerText(t, f.buyer)}
                    {f.codes.length > 0 && <small> · {f.codes.join(', ')}</small>}
                  </td>
                  <td>{f.stack.join(' → ')}</td>
                  <td className="n bad">{money(f.netUnitPrice)}</td>
                  <td className="n">{money(f.costFloor)}</td>
                  <td>{f.breaches.map((b) => codeLabel(t, 'breach', b)).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

export function LossGuard({
  asin,
  marketplace,
  from,
  to,
}: {
  asin: string;
  marketplace: string;
  from: string;
  to: string;
}) {
  const t = useT();
  const path = `/promotions/guard/${encodeURIComponent(asin)}?marketplace=${marketplace}&from=${from}&to=${to}`;
  const guard = useApi<GuardDoc>(asin ? path : null);
  if (!asin) return <p className="muted">{t('guardPick')}</p>;
  return (
    <Loader loaded={guard} what={t('guardTitle')} path="/promotions/guard/:asin">
      {(doc) => <GuardResult doc={doc} />}
    </Loader>
  );
}
