// Overview (issue 8 §1): excess units and their value, holding cost of the next 90 days, money at risk
// from promotions, the plan's top actions, reorder alerts, and running and upcoming deals — each panel
// from its API, totals per currency computed exactly from the decimal strings.
import { useMemo, useState } from 'react';
import { useApi } from '../api/client.js';
import type { PromotionListDoc } from '../api/types.js';
import type { ExcessDoc, ExcessRow, PlanDoc, PlansDoc, ReplenishDoc } from '../api/inventory-types.js';
import { ActionLabel, KindLabel, StatusBadge } from '../components/Labels.js';
import { Loader } from '../components/Status.js';
import { currencyDigits, fromMinor, toMinor, totalsByCurrency } from '../decimal.js';
import { agedOver90 } from '../excess/select.js';
import { skuHref } from '../excess/ExcessTable.js';
import { formatInstant, formatMoney, formatNumber } from '../format.js';
import { useT } from '../i18n.js';
import { Link } from '../router.js';
import { PromotionRisk } from '../overview/PromotionRisk.js';
import { compareMoney } from '../decimal.js';

const DAY = 86_400_000;
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const TOP = 8;

const TOP_PER_MARKETPLACE = 3;

/**
 * Per marketplace, the plans that bring back the most over doing nothing (plan net cash − do-nothing
 * net cash, exact in minor units). Amounts of different currencies are never ranked against each other.
 */
function topActions(doc: PlansDoc): { plan: PlanDoc; gain: string }[] {
  const scored = doc.plans
    .filter((p) => p.actions.length > 0)
    .map((plan) => {
      const digits = currencyDigits(plan.currency);
      return { plan, gain: fromMinor(toMinor(plan.netCash, digits) - toMinor(plan.doNothing.netCash, digits), digits) };
    });
  const marketplaces = [...new Set(scored.map((s) => s.plan.marketplace))].sort();
  return marketplaces.flatMap((mp) =>
    scored
      .filter((s) => s.plan.marketplace === mp)
      .sort((a, b) => compareMoney(b.gain, a.gain))
      .slice(0, TOP_PER_MARKETPLACE),
  );
}

/** A marketplace using each currency, to format a total in a fitting locale. */
function marketplaceFor(rows: readonly { currency: string; marketplace: string }[], currency: string): string {
  return rows.find((r) => r.currency === currency)?.marketplace ?? 'US';
}

/** excessUnits × current price, exactly (minor units × a count), per row; null without a price. */
function excessValue(row: ExcessRow): string | null {
  if (row.currentPrice == null || row.excessUnits === undefined) return null;
  const digits = currencyDigits(row.currency);
  return fromMinor(toMinor(row.currentPrice, digits) * BigInt(row.excessUnits), digits);
}

function ExcessCards({ doc }: { doc: ExcessDoc }) {
  const t = useT();
  const excessRows = doc.rows.filter((r) => r.band === 'moderate_excess' || r.band === 'heavy_excess');
  const units = doc.rows.reduce((sum, r) => sum + (r.excessUnits ?? 0), 0);
  const aged = doc.rows.reduce((sum, r) => sum + agedOver90(r), 0);
  const holding = totalsByCurrency(doc.rows.map((r) => ({ currency: r.currency, amount: r.holdingCost90d })));
  const value = totalsByCurrency(doc.rows.map((r) => ({ currency: r.currency, amount: excessValue(r) })));
  const where = (currency: string) => marketplaceFor(doc.rows, currency);
  return (
    <div className="stats" id="overview-excess">
      <div className="stat">
        <span>{t('excessSkus')}</span>
        <strong>{formatNumber(excessRows.length, 'US')}</strong>
        <small>{t('ofSkus', { total: doc.rows.length })}</small>
      </div>
      <div className="stat">
        <span>{t('excessUnits')}</span>
        <strong id="excess-units">{formatNumber(units, 'US')}</strong>
        <small>{t('agedUnits', { units: formatNumber(aged, 'US') })}</small>
      </div>
      <div className="stat">
        <span>{t('excessValue')}</span>
        {value
          .filter((v) => v.amount !== null)
          .map((v) => (
            <strong key={v.currency}>{formatMoney(v.amount, v.currency, where(v.currency))}</strong>
          ))}
        <small>{t('excessValueHint')}</small>
      </div>
      <div className="stat">
        <span>{t('holdingNext90')}</span>
        {holding.map((v) => (
          <strong key={v.currency} data-currency={v.currency}>
            {v.amount === null
              ? `${v.currency}: ${t('noFeeData')}`
              : formatMoney(v.amount, v.currency, where(v.currency))}
          </strong>
        ))}
      </div>
    </div>
  );
}

export function Overview() {
  const t = useT();
  const [today] = useState(() =>
    Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()),
  );
  const from = utcDay(today);
  const to = utcDay(today + 30 * DAY);
  const excess = useApi<ExcessDoc>('/excess');
  const plans = useApi<PlansDoc>('/plan?all=true');
  const replenish = useApi<ReplenishDoc>('/replenish');
  const promotions = useApi<PromotionListDoc>(`/promotions?from=${from}&to=${to}`);
  const upcoming = useMemo(
    () => (promotions.data?.promotions ?? []).filter((p) => p.status !== 'ended'),
    [promotions.data],
  );
  // Deals: live first (ending soonest), then planned (starting soonest); standing business price
  // tiers are not deals.
  const deals = useMemo(
    () =>
      upcoming
        .filter((p) => p.kind !== 'business_price')
        .sort((a, b) =>
          a.status !== b.status
            ? a.status === 'live'
              ? -1
              : 1
            : a.status === 'live'
              ? Date.parse(a.end) - Date.parse(b.end)
              : Date.parse(a.start) - Date.parse(b.start),
        ),
    [upcoming],
  );

  return (
    <section className="page overview-page">
      <h1>{t('overviewTitle')}</h1>
      <Loader loaded={excess} what={t('excessWhat')} path="/excess">
        {(doc) => <ExcessCards doc={doc} />}
      </Loader>
      <div className="grid2">
        <div className="card">
          <h2>{t('riskTitle')}</h2>
          <Loader loaded={promotions} what={t('promotionsTitle')} path="/promotions">
            {() => <PromotionRisk promotions={upcoming} from={from} to={to} />}
          </Loader>
        </div>
        <div className="card">
          <h2>{t('topActions')}</h2>
          <Loader loaded={plans} what={t('planTitle')} path="/plan?all=true">
            {(doc) => {
              const top = topActions(doc);
              return top.length === 0 ? (
                <p className="muted" id="top-actions-empty">
                  {t('none')}
                </p>
              ) : (
                <>
                  <table className="data compact" id="top-actions">
                    <thead>
                      <tr>
                        <th>{t('colSku')}</th>
                        <th>{t('colAction')}</th>
                        <th>{t('start')}</th>
                        <th className="n">{t('gainVsNothing')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {top.map(({ plan, gain }) => (
                        <tr key={`${plan.marketplace}|${plan.sku}`}>
                          <td>
                            <Link to={skuHref(plan.sku, plan.marketplace)}>{plan.sku}</Link>
                          </td>
                          <td>
                            <ActionLabel action={plan.actions[0]!.action} />
                          </td>
                          <td>{formatInstant(plan.actions[0]!.start, plan.marketplace, false)}</td>
                          <td className="n">{formatMoney(gain, plan.currency, plan.marketplace)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  <p className="hint">{t('topActionsHint')}</p>
                </>
              );
            }}
          </Loader>
        </div>
        <div className="card">
          <h2>{t('reorderAlerts')}</h2>
          <Loader loaded={replenish} what={t('navReplenishment')} path="/replenish">
            {(doc) => {
              const alerts = doc.rows.filter((r) => r.alert);
              return alerts.length === 0 ? (
                <p className="muted" id="reorder-alerts-empty">
                  {t('none')}
                </p>
              ) : (
                <table className="data compact" id="reorder-alerts">
                  <tbody>
                    {alerts.slice(0, TOP).map((r) => (
                      <tr key={`${r.marketplace ?? ''}|${r.sku}`}>
                        <td>{r.sku}</td>
                        <td className="n">
                          {t('daysOfSupplyShort', { days: formatNumber(r.daysOfSupply, r.marketplace ?? 'US', 1) })}
                        </td>
                        <td className="n">
                          {t('reorderShort', { units: formatNumber(r.reorderQty, r.marketplace ?? 'US') })}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              );
            }}
          </Loader>
        </div>
        <div className="card">
          <h2>{t('dealsTitle')}</h2>
          <Loader loaded={promotions} what={t('promotionsTitle')} path="/promotions">
            {() =>
              deals.length === 0 ? (
                <p className="muted" id="deals-empty">
                  {t('none')}
                </p>
              ) : (
                <table className="data compact" id="deals">
                  <tbody>
                    {deals.slice(0, TOP * 2).map((p) => (
                      <tr key={p.id}>
                        <td>
                          <StatusBadge status={p.status} />
                        </td>
                        <td>
                          <KindLabel kind={p.kind} />
                        </td>
                        <td>{p.sku}</td>
                        <td>
                          {p.status === 'live'
                            ? t('untilAt', { at: formatInstant(p.end, p.marketplace) })
                            : t('fromAt', { at: formatInstant(p.start, p.marketplace) })}
                        </td>
                        <td className="n">
                          {p.price
                            ? formatMoney(p.price, p.currency, p.marketplace)
                            : p.discountPct !== null
                              ? `−${p.discountPct}%`
                              : ''}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )
            }
          </Loader>
          <p>
            <Link to="/promotions">{t('seeCalendar')}</Link>
          </p>
        </div>
      </div>
    </section>
  );
}
