// clearway's recommendation for a SKU (EXC-3 baseline or the plan's first action, from the excess row)
// beside Amazon's own (the latest FBA Inventory planning report row, when one was imported).
import type { ExcessRow } from '../api/inventory-types.js';
import { ActionLabel } from '../components/Labels.js';
import { formatInstant, formatMoney, formatNumber } from '../format.js';
import { pickMessage, useLang, useT } from '../i18n.js';

export function RecommendationCompare({
  row,
  currency,
  marketplace,
}: {
  row: ExcessRow | null;
  currency: string;
  marketplace: string;
}) {
  const t = useT();
  const lang = useLang();
  const ours = row?.recommendation ?? null;
  const amazon = row?.amazonRecommendation ?? null;
  const money = (v: string | null | undefined) => formatMoney(v, currency, marketplace);
  return (
    <>
      <table className="data compact" id="recommendations">
        <thead>
          <tr>
            <th />
            <th>{t('colAction')}</th>
            <th className="n">{t('price')}</th>
            <th className="n">{t('units')}</th>
          </tr>
        </thead>
        <tbody>
          <tr data-source="clearway">
            <th>clearway</th>
            <td>{ours ? <ActionLabel action={ours.action} /> : '—'}</td>
            <td className="n">{money(ours?.price)}</td>
            <td className="n">{formatNumber(ours?.expectedUnits, marketplace)}</td>
          </tr>
          <tr data-source="amazon">
            <th>Amazon</th>
            {amazon ? (
              <>
                <td>
                  {amazon.action ?? '—'}{' '}
                  <small className="muted">
                    {t('amazonAsOf', { at: formatInstant(amazon.at, marketplace, false) })}
                  </small>
                </td>
                <td className="n">{money(amazon.salesPrice)}</td>
                <td className="n">{formatNumber(amazon.excessQuantity, marketplace)}</td>
              </>
            ) : (
              <td colSpan={3} className="muted">
                {t('amazonNoRecommendation')}
              </td>
            )}
          </tr>
        </tbody>
      </table>
      {ours?.why && ours.why.length > 0 && (
        <ul className="why">
          {ours.why.map((w, i) => (
            <li key={i}>
              <span className="rule">{w.rule}</span> {pickMessage(lang, w)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
