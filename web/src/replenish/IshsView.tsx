// In-Stock Head Start (ISHS-1..5): enrolment, the out-of-stock ASINs buyable against inbound stock with
// their estimated in-stock dates and caps, and the open orders whose promised dates moved.
import { useApi } from '../api/client.js';
import { Loader } from '../components/Status.js';
import { formatInstant, formatNumber } from '../format.js';
import { pickMessage, useLang, useT } from '../i18n.js';
import type { Issue } from '../api/types.js';

interface IshsItem {
  readonly sku: string;
  readonly asin: string;
  readonly marketplace: string;
  readonly buyable: boolean;
  readonly inboundUnits: number;
  readonly promisedUnits: number;
  readonly available: number;
  readonly estimatedInStock: string | null;
  readonly reasons: readonly Issue[];
}

interface IshsDoc {
  readonly enrolled: boolean;
  readonly items: readonly IshsItem[];
}

export function IshsView() {
  const t = useT();
  const lang = useLang();
  const ishs = useApi<IshsDoc>('/ishs');
  return (
    <Loader loaded={ishs} what={t('ishsTitle')} path="/ishs">
      {(doc) => (
        <>
          <p>{doc.enrolled ? t('ishsEnrolled') : t('ishsNotEnrolled')}</p>
          {doc.items.length === 0 ? (
            <p className="muted" id="ishs-table-empty">{t('none')}</p>
          ) : (
            <div className="table-scroll">
              <table className="data compact" id="ishs-table">
                <thead>
                  <tr>
                    <th>{t('colSku')}</th>
                    <th>{t('colMarketplace')}</th>
                    <th>{t('ishsBuyable')}</th>
                    <th className="n">{t('colInbound')}</th>
                    <th className="n">{t('ishsPromised')}</th>
                    <th className="n">{t('ishsAvailable')}</th>
                    <th>{t('ishsInStock')}</th>
                    <th>{t('why')}</th>
                  </tr>
                </thead>
                <tbody>
                  {doc.items.map((i) => (
                    <tr key={`${i.marketplace}|${i.sku}`}>
                      <td>{i.sku}</td>
                      <td>{i.marketplace}</td>
                      <td>{i.buyable ? <span className="good">{t('yes')}</span> : t('no')}</td>
                      <td className="n">{formatNumber(i.inboundUnits, i.marketplace)}</td>
                      <td className="n">{formatNumber(i.promisedUnits, i.marketplace)}</td>
                      <td className="n">{formatNumber(i.available, i.marketplace)}</td>
                      <td>{formatInstant(i.estimatedInStock, i.marketplace, false)}</td>
                      <td>{i.reasons.map((r) => `${r.rule} ${pickMessage(lang, r)}`).join('; ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </Loader>
  );
}
