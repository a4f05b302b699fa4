// The clearance plan of a SKU (GET /api/v1/plan/:sku, EXC-3..EXC-8): the chosen actions with their
// price, expected units, fees and net cash, the runners-up with their figures, the cost of holding on.
import { useApi } from '../api/client.js';
import type { PlanAction, PlanDoc } from '../api/types.js';
import { ActionLabel } from '../components/Labels.js';
import { Loader } from '../components/Status.js';
import { formatInstant, formatMoney, formatNumber } from '../format.js';
import { useT } from '../i18n.js';

function ActionRows({
  actions,
  currency,
  marketplace,
}: {
  actions: readonly PlanAction[];
  currency: string;
  marketplace: string;
}) {
  return (
    <>
      {actions.map((a, i) => (
        <tr key={i} data-action={a.action}>
          <td>
            <ActionLabel action={a.action} />
          </td>
          <td>
            {formatInstant(a.start, marketplace, false)}
            {a.end && ` → ${formatInstant(a.end, marketplace, false)}`}
          </td>
          <td className="n">{formatMoney(a.price, currency, marketplace)}</td>
          <td className="n">{formatNumber(a.expectedUnits, marketplace)}</td>
          <td className="n">{formatMoney(a.fees, currency, marketplace)}</td>
          <td className="n">
            <strong>{formatMoney(a.netCash, currency, marketplace)}</strong>
          </td>
        </tr>
      ))}
    </>
  );
}

export function PlanView({ sku, marketplace, currency }: { sku: string; marketplace: string; currency: string }) {
  const t = useT();
  const path = `/plan/${encodeURIComponent(sku)}${marketplace ? `?marketplace=${marketplace}` : ''}`;
  const plan = useApi<PlanDoc>(path);
  const head = (
    <thead>
      <tr>
        <th>{t('colAction')}</th>
        <th>{t('period')}</th>
        <th className="n">{t('price')}</th>
        <th className="n">{t('expectedUnits')}</th>
        <th className="n">{t('fees')}</th>
        <th className="n">{t('colNetCash')}</th>
      </tr>
    </thead>
  );
  return (
    <Loader loaded={plan} what={t('planTitle')} path="/plan/:sku">
      {(doc) => {
        const cur = doc.currency ?? currency;
        const mp = doc.marketplace ?? marketplace;
        return (
          <div id="plan">
            <div className="table-scroll">
              <table className="data compact">
                {head}
                <tbody>
                  <ActionRows actions={doc.actions} currency={cur} marketplace={mp} />
                </tbody>
              </table>
            </div>
            <p>
              {t('holdingIfNothing')}: <strong>{formatMoney(doc.holdingCostIfNothing, cur, mp)}</strong>
            </p>
            {doc.alternatives.length > 0 && (
              <>
                <h4>{t('runnersUp')}</h4>
                <div className="table-scroll">
                  <table className="data compact muted-table" id="plan-alternatives">
                    {head}
                    <tbody>
                      {doc.alternatives.map((alt, i) =>
                        'actions' in alt && alt.actions ? (
                          <ActionRows key={i} actions={alt.actions} currency={cur} marketplace={mp} />
                        ) : (
                          <ActionRows key={i} actions={[alt as PlanAction]} currency={cur} marketplace={mp} />
                        ),
                      )}
                    </tbody>
                  </table>
                </div>
              </>
            )}
          </div>
        );
      }}
    </Loader>
  );
}
