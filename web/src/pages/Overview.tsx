// Overview (issue 8 §1): excess units and their value, holding cost of the next 90 days, money at risk
// from promotions, the plan's top actions, reorder alerts, and running and upcoming deals — each panel
// from one API call, totals per currency computed exactly from the decimal strings. The top actions
// come from the plans of the top excess SKUs by holding cost (GET /plans/top), not from planning every
// SKU (slow on a big account); the panel says what it covers.
import { useMemo, useState } from 'react';
import { useApi } from '../api/client.js';
import type { PromotionListDoc } from '../api/types.js';
import {
  EXCESS_LIST_PATH,
  type ExcessListDoc,
  type ExcessListRow,
  type ReplenishDoc,
  type TopPlanItem,
  type TopPlansDoc,
} from '../api/inventory-types.js';
import { ActionLabel, KindLabel, StatusBadge } from '../components/Labels.js';
import { Loader } from '../components/Status.js';
import { currencyDigits, fromMinor, toMinor, totalsByCurrency } from '../decimal.js';
import { agedOver90 } from '../excess/select.js';
import { skuHref } from '../excess/ExcessTable.js';
import { formatInstant, formatMoney, formatNumber } from '../format.js';
import { useT } from '../i18n.js';
import { Link } from '../router.js';
import { PromotionRisk } from '../overview/PromotionRisk.js';

const DAY = 86_400_000;
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const TOP = 8;
/** SKUs planned for the top actions (GET /plans/top?limit=). */
export const TOP_PLANS = 10;
const TOP_PLANS_PATH = `/plans/top?limit=${TOP_PLANS}`;

/** The planned SKUs with an action, by gain over doing nothing within each currency (never across). */
function topActions(doc: TopPlansDoc): (TopPlanItem & { plan: NonNullable<TopPlanItem['plan']>; gain: string })[] {
  const planned = doc.items.filter(
    (i): i is TopPlanItem & { plan: NonNullable<TopPlanItem['plan']>; gain: string } =>
      i.plan !== null && i.gain !== null && i.plan.actions.length > 0,
  );
  const currencies = [...new Set(planned.map((i) => i.currency))].sort();
  return currencies.flatMap((c) =>
    planned
      .filter((i) => i.currency === c)
      .sort((a, b) => {
        const digits = currencyDigits(c);
        const d = toMinor(b.gain, digits) - toMinor(a.gain, digits);
        return d > 0n ? 1 : d < 0n ? -1 : 0;
      }),
  );
}

/** A marketplace using each currency, to format a total in a fitting locale. */
function marketplaceFor(rows: readonly { currency: string; marketplace: string }[], currency: string): string {
  return rows.find((r) => r.currency === currency)?.marketplace ?? 'US';
}

/** excessUnits × current price, exactly (minor units × a count), per row; null without a price. */
function excessValue(row: ExcessListRow): string | null {
  if (row.currentPrice == null || row.excessUnits === undefined) return null;
  const digits = currencyDigits(row.currency);
  return fromMinor(toMinor(row.currentPrice, digits) * BigInt(row.excessUnits), digits);
}

function ExcessCards({ doc }: { doc: ExcessListDoc }) {
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
  const excess = useApi<ExcessListDoc>(EXCESS_LIST_PATH);
  const replenish = useApi<ReplenishDoc>('/replenish');
  const promotions = useApi<PromotionListDoc>(`/promotions?from=${from}&to=${to}`);
  // The two answers that compute the most (money at risk, the top plans) are asked once the quick
  // panels have answered: the server answers one request's computation at a time, and the figures
  // the page opens with should not wait behind them.
  const settled = (l: { data: unknown; error: unknown }) => l.data !== null || l.error !== null;
  const quickDone = settled(excess) && settled(promotions) && settled(replenish);
  const plans = useApi<TopPlansDoc>(quickDone ? TOP_PLANS_PATH : null);
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
      <Loader loaded={excess} what={t('excessWhat')} path={EXCESS_LIST_PATH}>
        {(doc) => <ExcessCards doc={doc} />}
      </Loader>
      <div className="grid2">
        <div className="card">
          <h2>{t('riskTitle')}</h2>
          <PromotionRisk from={from} to={to} ready={settled(excess)} />
        </div>
        <div className="card">
          <h2>{t('topActions')}</h2>
          <Loader loaded={plans} what={t('planTitle')} path={TOP_PLANS_PATH}>
            {(doc) => {
              const top = topActions(doc);
              return (
                <>
                  {top.length === 0 ? (
                    <p className="muted" id="top-actions-empty">
                      {t('none')}
                    </p>
                  ) : (
                    <table className="data compact" id="top-actions" data-planned={doc.items.length}>
                      <thead>
                        <tr>
                          <th>{t('colSku')}</th>
                          <th>{t('colAction')}</th>
                          <th>{t('start')}</th>
                          <th className="n">{t('colHoldingCost')}</th>
                          <th className="n">{t('gainVsNothing')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {top.map(({ plan, gain, holdingCost90d, currency, marketplace, sku }) => (
                          <tr key={`${marketplace}|${sku}`} data-sku={sku}>
                            <td>
                              <Link to={skuHref(sku, marketplace)}>{sku}</Link>
                            </td>
                            <td>
                              <ActionLabel action={plan.actions[0]!.action} />
                            </td>
                            <td>{formatInstant(plan.actions[0]!.start, marketplace, false)}</td>
                            <td className="n">{formatMoney(holdingCost90d, currency, marketplace)}</td>
                            <td className="n">{formatMoney(gain, currency, marketplace)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                  <p className="hint" id="top-actions-covers">
                    {t('topActionsCovers', {
                      planned: formatNumber(doc.items.length, 'US'),
                      excess: formatNumber(doc.excessSkus, 'US'),
                    })}{' '}
                    {t('topActionsHint')}
                  </p>
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
