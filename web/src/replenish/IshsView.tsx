// In-Stock Head Start (ISHS-1..5): enrolment per marketplace (GET /api/v1/ishs/status), each inbound
// shipment with whether it qualifies, whether the carrier estimate is confident, its estimated in-stock
// day, cap, units promised and room left (with the rule IDs of why not); and the ISHS-5 reconciliation
// per SKU (GET /api/v1/ishs/reconcile): available = on hand + inbound − promised against inbound.
import { useMemo, useState } from 'react';
import { useApi } from '../api/client.js';
import type { Issue } from '../api/types.js';
import { codeLabel } from '../components/Labels.js';
import { Loader } from '../components/Status.js';
import { formatDay, formatInstant, formatNumber } from '../format.js';
import { pickMessage, useLang, useT } from '../i18n.js';

interface ShipmentStatus {
  readonly shipmentId: string;
  readonly sku: string;
  readonly units: number;
  readonly carrierProgram: string;
  readonly eta: string | null;
  readonly slips: number;
  readonly inStockDay: string | null;
  readonly qualifies: boolean;
  readonly confident: boolean;
  readonly reasons: readonly Issue[];
  readonly cap: number;
  readonly promised: number;
  readonly room: number;
}

interface IshsStatusDoc {
  readonly at: string;
  readonly marketplaces: readonly {
    readonly marketplace: string;
    readonly state: 'never' | 'enrolled' | 'opt_out_pending' | 'opted_out';
    readonly enrolledSince: string | null;
    readonly qualifyingCreatedUntil: string | null;
    readonly shipments: readonly ShipmentStatus[];
  }[];
}

interface ReconcileDoc {
  readonly rows: readonly {
    readonly sku: string;
    readonly marketplace: string;
    readonly onHand: number;
    readonly inbound: number;
    readonly promisedAgainstInbound: number;
    readonly preorders: number;
    readonly available: number;
    readonly myi: { readonly reservedFutureSupply: number | null; readonly futureSupplyBuyable: number | null } | null;
  }[];
}

const ROW_LIMIT = 15;

export function IshsView() {
  const t = useT();
  const lang = useLang();
  const status = useApi<IshsStatusDoc>('/ishs/status');
  const reconcile = useApi<ReconcileDoc>('/ishs/reconcile');
  const [all, setAll] = useState(false);
  const shipments = useMemo(
    () =>
      (status.data?.marketplaces ?? [])
        .flatMap((m) => m.shipments.map((s) => ({ ...s, marketplace: m.marketplace })))
        // the ones buyers can order against first, then by in-stock day
        .sort(
          (a, b) => Number(b.qualifies) - Number(a.qualifies) || (a.inStockDay ?? '').localeCompare(b.inStockDay ?? ''),
        ),
    [status.data],
  );
  const promisedRows = (reconcile.data?.rows ?? []).filter((r) => r.promisedAgainstInbound > 0 || r.preorders > 0);
  return (
    <>
      <Loader loaded={status} what={t('ishsTitle')} path="/ishs/status">
        {(doc) => (
          <>
            <div className="stats" id="ishs-marketplaces">
              {doc.marketplaces.map((m) => (
                <div className="stat" key={m.marketplace} data-state={m.state}>
                  <span>{m.marketplace}</span>
                  <strong>{codeLabel(t, 'status', `ishs_${m.state}`)}</strong>
                  <small>
                    {m.enrolledSince && t('ishsSince', { at: formatInstant(m.enrolledSince, m.marketplace, false) })}{' '}
                    {t('ishsShipments', {
                      count: m.shipments.length,
                      buyable: m.shipments.filter((s) => s.qualifies).length,
                    })}
                  </small>
                </div>
              ))}
            </div>
            {shipments.length === 0 ? (
              <p className="muted" id="ishs-table-empty">
                {t('none')}
              </p>
            ) : (
              <div className="table-scroll">
                <table className="data compact" id="ishs-table">
                  <thead>
                    <tr>
                      <th>{t('shipment')}</th>
                      <th>{t('colSku')}</th>
                      <th className="n">{t('units')}</th>
                      <th>{t('ishsInStock')}</th>
                      <th>{t('ishsBuyable')}</th>
                      <th className="n">{t('ishsCap')}</th>
                      <th className="n">{t('ishsPromised')}</th>
                      <th className="n">{t('ishsRoom')}</th>
                      <th>{t('why')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {(all ? shipments : shipments.slice(0, ROW_LIMIT)).map((s) => (
                      <tr key={`${s.shipmentId}|${s.sku}`} data-qualifies={s.qualifies}>
                        <td>
                          <code>{s.shipmentId}</code>
                          <div className="hint">{codeLabel(t, 'status', `carrier_${s.carrierProgram}`)}</div>
                        </td>
                        <td>
                          {s.sku} <small className="muted">{s.marketplace}</small>
                        </td>
                        <td className="n">{formatNumber(s.units, s.marketplace)}</td>
                        <td>
                          {formatDay(s.inStockDay, s.marketplace)}
                          {s.slips > 0 && <div className="hint bad">{t('ishsSlipped', { count: s.slips })}</div>}
                        </td>
                        <td>
                          {s.qualifies ? <span className="good">{t('yes')}</span> : t('no')}
                          {!s.confident && <div className="hint">{t('ishsNotConfident')}</div>}
                        </td>
                        <td className="n">{formatNumber(s.cap, s.marketplace)}</td>
                        <td className="n">{formatNumber(s.promised, s.marketplace)}</td>
                        <td className="n">{formatNumber(s.room, s.marketplace)}</td>
                        <td>
                          {s.reasons.map((r, i) => (
                            <div key={i}>
                              <span className="rule">{r.rule}</span> {pickMessage(lang, r)}
                            </div>
                          ))}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {shipments.length > ROW_LIMIT && (
                  <button type="button" className="link" onClick={() => setAll(!all)}>
                    {all ? t('showFewer') : t('showAll', { count: shipments.length })}
                  </button>
                )}
              </div>
            )}
          </>
        )}
      </Loader>
      <h3>{t('ishsReconcile')}</h3>
      <Loader loaded={reconcile} what={t('ishsReconcile')} path="/ishs/reconcile">
        {() =>
          promisedRows.length === 0 ? (
            <p className="muted" id="ishs-reconcile-empty">
              {t('ishsNothingPromised')}
            </p>
          ) : (
            <div className="table-scroll">
              <table className="data compact" id="ishs-reconcile">
                <thead>
                  <tr>
                    <th>{t('colSku')}</th>
                    <th className="n">{t('colOnHand')}</th>
                    <th className="n">{t('colInbound')}</th>
                    <th className="n">{t('ishsPromised')}</th>
                    <th className="n">{t('preOrders')}</th>
                    <th className="n">{t('ishsAvailable')}</th>
                    <th className="n">{t('ishsMyiFuture')}</th>
                  </tr>
                </thead>
                <tbody>
                  {promisedRows.map((r) => (
                    <tr key={`${r.marketplace}|${r.sku}`}>
                      <td>
                        {r.sku} <small className="muted">{r.marketplace}</small>
                      </td>
                      <td className="n">{formatNumber(r.onHand, r.marketplace)}</td>
                      <td className="n">{formatNumber(r.inbound, r.marketplace)}</td>
                      <td className="n">{formatNumber(r.promisedAgainstInbound, r.marketplace)}</td>
                      <td className="n">{formatNumber(r.preorders, r.marketplace)}</td>
                      <td className="n">
                        <strong>{formatNumber(r.available, r.marketplace)}</strong>
                      </td>
                      <td className="n">{formatNumber(r.myi?.futureSupplyBuyable, r.marketplace)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loader>
    </>
  );
}
