// The clearance plan of a SKU (GET /api/v1/plan/:sku, EXC-3..EXC-8): the chosen actions with their
// price, expected units, fees and net cash, the totals over the horizon, the runners-up, doing nothing
// and the seed's rule of thumb side by side, the cost of holding on, and the candidates the rules
// refused (with the rule IDs).
import { useApi } from '../api/client.js';
import type { Issue } from '../api/types.js';
import type { PlanAction, PlanDoc, PlanOption } from '../api/inventory-types.js';
import { ActionLabel, codeLabel } from '../components/Labels.js';
import { Loader } from '../components/Status.js';
import { formatInstant, formatMoney, formatNumber } from '../format.js';
import { pickMessage, useLang, useT } from '../i18n.js';

function Why({ issues }: { issues: readonly Issue[] }) {
  const lang = useLang();
  if (issues.length === 0) return null;
  return (
    <ul className="why">
      {issues.map((w, i) => (
        <li key={i}>
          <span className="rule">{w.rule}</span> {pickMessage(lang, w)}
        </li>
      ))}
    </ul>
  );
}

function ActionsTable({ actions, doc }: { actions: readonly PlanAction[]; doc: PlanDoc }) {
  const t = useT();
  const mp = doc.marketplace;
  const money = (v: string | null) => formatMoney(v, doc.currency, mp);
  return (
    <div className="table-scroll">
      <table className="data compact" id="plan-actions">
        <thead>
          <tr>
            <th>{t('colAction')}</th>
            <th>{t('period')}</th>
            <th className="n">{t('price')}</th>
            <th className="n">{t('expectedUnits')}</th>
            <th className="n">{t('revenue')}</th>
            <th className="n">{t('fees')}</th>
            <th className="n">{t('colNetCash')}</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((a, i) => (
            <tr key={i} data-action={a.action}>
              <td>
                <ActionLabel action={a.action} />
                {a.discountPct !== null && <small className="muted"> −{formatNumber(a.discountPct, mp, 0)}%</small>}
              </td>
              <td>
                {formatInstant(a.start, mp, false)} → {formatInstant(a.end, mp, false)}
              </td>
              <td className="n">{money(a.price)}</td>
              <td className="n">{formatNumber(a.expectedUnits, mp)}</td>
              <td className="n">{money(a.revenue)}</td>
              <td
                className="n"
                title={`referral ${a.feeBreakdown.referral} · fulfilment ${a.feeBreakdown.fulfilment} · promotion ${a.feeBreakdown.promotion} · disposal ${a.feeBreakdown.disposal}`}
              >
                {money(a.fees)}
              </td>
              <td className="n">
                <strong>{money(a.netCash)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function optionName(t: ReturnType<typeof useT>, option: PlanOption): string {
  return codeLabel(t, 'status', `plan_${option.label}`);
}

function Options({ doc }: { doc: PlanDoc }) {
  const t = useT();
  const mp = doc.marketplace;
  const money = (v: string | null) => formatMoney(v, doc.currency, mp);
  const chosen: PlanOption = {
    label: 'plan',
    actions: doc.actions,
    netCash: doc.netCash,
    unitsSold: doc.unitsSold,
    holdingCost: doc.holdingCost,
    unitsLeft: doc.unitsLeft,
    residualValue: '0',
    explanation: [],
  };
  const options = [chosen, ...doc.alternatives, ...(doc.ruleOfThumb ? [doc.ruleOfThumb] : []), doc.doNothing];
  return (
    <div className="table-scroll">
      <table className="data compact" id="plan-alternatives">
        <thead>
          <tr>
            <th />
            <th>{t('colAction')}</th>
            <th className="n">{t('unitsSold')}</th>
            <th className="n">{t('unitsLeft')}</th>
            <th className="n">{t('holdingCost')}</th>
            <th className="n">{t('colNetCash')}</th>
          </tr>
        </thead>
        <tbody>
          {options.map((o, i) => (
            <tr key={i} className={i === 0 ? 'chosen' : ''} data-label={o.label}>
              <td>{optionName(t, o)}</td>
              <td>
                {o.actions.length === 0 ? '—' : o.actions.map((a) => codeLabel(t, 'action', a.action)).join(' → ')}
              </td>
              <td className="n">{formatNumber(o.unitsSold, mp)}</td>
              <td className="n">{formatNumber(o.unitsLeft, mp)}</td>
              <td className="n">{o.holdingCost === null ? t('noFeeData') : money(o.holdingCost)}</td>
              <td className="n">
                <strong>{money(o.netCash)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PlanView({ sku, marketplace }: { sku: string; marketplace: string }) {
  const t = useT();
  const path = `/plan/${encodeURIComponent(sku)}${marketplace ? `?marketplace=${marketplace}` : ''}`;
  const plan = useApi<PlanDoc>(path);
  return (
    <Loader loaded={plan} what={t('planTitle')} path="/plan/:sku">
      {(doc) => {
        const money = (v: string | null) => formatMoney(v, doc.currency, doc.marketplace);
        return (
          <div id="plan">
            {doc.actions.length === 0 ? (
              <p className="muted">{t('planNothing')}</p>
            ) : (
              <ActionsTable actions={doc.actions} doc={doc} />
            )}
            <p>
              {t('planTotals', { days: doc.horizonDays })}: <strong>{money(doc.netCash)}</strong> ·{' '}
              {t('holdingIfNothing')}:{' '}
              <strong>{doc.holdingCostIfNothing === null ? t('noFeeData') : money(doc.holdingCostIfNothing)}</strong>
            </p>
            <Why issues={[...doc.actions.flatMap((a) => a.warnings), ...doc.explanation]} />
            <h4>{t('runnersUp')}</h4>
            <Options doc={doc} />
            {doc.rejected.length > 0 && (
              <details>
                <summary>{t('planRejected', { count: doc.rejected.reduce((n, r) => n + r.count, 0) })}</summary>
                <ul className="why">
                  {doc.rejected.map((r, i) => (
                    <li key={i}>
                      <strong>{codeLabel(t, 'action', r.action)}</strong> × {r.count}:{' '}
                      {r.rules.map((rule) => (
                        <span key={rule} className="rule">
                          {rule}
                        </span>
                      ))}{' '}
                      {r.issues[0] && <RejectedWhy issue={r.issues[0]} />}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        );
      }}
    </Loader>
  );
}

function RejectedWhy({ issue }: { issue: Issue }) {
  const lang = useLang();
  return <span className="muted">{pickMessage(lang, issue)}</span>;
}
