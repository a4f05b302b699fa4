// Human renderings of the ISHS, order and pre-sale documents (the JSON is printed as is with --json).
import type {
  CancellationDoc,
  EtaUpdateDoc,
  IshsEnrollmentDoc,
  IshsStatusDoc,
  OrderDoc,
  ReceiveDoc,
  ReconcileDoc,
} from '../app/ishs/documents.js';
import type { PresaleActionDoc, PresaleListDoc } from '../app/presale/documents.js';
import { t, type Lang } from '../core/messages/messages.js';
import { ISHS_CLI as M } from './ishs-messages.js';
import { renderTable } from './render.js';

const yes = (b: boolean) => (b ? 'yes' : 'no');

function issues(list: readonly { message: string; messageZh: string; rule: string }[], lang: Lang): string {
  return list.map((e) => `  - ${lang === 'zh-CN' ? e.messageZh : e.message} (${e.rule})\n`).join('');
}

function cancelledTable(list: readonly CancellationDoc[], lang: Lang): string {
  if (list.length === 0) return '';
  const h = [M.ISHS_COL_ORDER, M.ISHS_COL_SKU, M.ISHS_COL_UNITS, M.ISHS_COL_REFUND, M.ISHS_COL_REASON].map((c) =>
    t(c, {}, lang),
  );
  const rows = list.map((c) => [
    c.orderId,
    c.sku,
    c.units,
    `${c.refund} ${c.currency}`,
    lang === 'zh-CN' ? c.messageZh : c.message,
  ]);
  return `${t(M.ISHS_CANCELLED_TITLE, {}, lang)}\n${renderTable(h, rows)}`;
}

function allocatedTable(list: OrderDoc['settled']['allocated'], lang: Lang): string {
  if (list.length === 0) return '';
  const h = [M.ISHS_COL_ORDER, M.ISHS_COL_SKU, M.ISHS_COL_UNITS, M.ISHS_COL_PROMISE].map((c) => t(c, {}, lang));
  return `${t(M.ISHS_ALLOCATED_TITLE, {}, lang)}\n${renderTable(
    h,
    list.map((a) => [a.orderId, a.sku, a.units, a.promisedDelivery]),
  )}`;
}

export function renderOrder(d: OrderDoc, lang: Lang): string {
  const settled = allocatedTable(d.settled.allocated, lang) + cancelledTable(d.settled.cancelled, lang);
  if (d.order === null)
    return `${settled}${t(M.ISHS_ORDER_REFUSED, { units: d.units, sku: d.sku }, lang)}\n${issues(d.errors, lang)}`;
  const o = d.order;
  const source =
    o.source === 'on_hand'
      ? t(M.ISHS_SOURCE_ON_HAND, {}, lang)
      : o.source === 'ishs'
        ? t(M.ISHS_SOURCE_ISHS, { sourceId: o.sourceId, inStockDay: o.inStockDay }, lang)
        : t(M.ISHS_SOURCE_PRESALE, { sourceId: o.sourceId, releaseDay: o.releaseDay }, lang);
  const values = { ...o, units: d.units, sku: d.sku, asin: d.asin, currency: d.currency, source };
  return `${settled}${t(M.ISHS_ORDER_ACCEPTED, values, lang)}\n`;
}

export function renderEtaUpdate(d: EtaUpdateDoc, lang: Lang): string {
  let out = `${t(M.ISHS_ETA_LINE, { shipmentId: d.shipmentId, previousEta: d.previousEta ?? '-', eta: d.eta }, lang)}\n`;
  const h = [M.ISHS_COL_SKU, M.ISHS_COL_UNITS, M.ISHS_COL_IN_STOCK, M.ISHS_COL_CONFIDENT].map((c) => t(c, {}, lang));
  out += renderTable(
    h,
    d.lines.map((l) => [l.sku, l.units, `${l.previousInStockDay ?? '-'} → ${l.inStockDay}`, yes(l.confident)]),
  );
  out += issues(
    d.lines.flatMap((l) => l.withheld),
    lang,
  );
  if (d.moved.length === 0) out += `${t(M.ISHS_NONE_MOVED, {}, lang)}\n`;
  else {
    const mh = [M.ISHS_COL_ORDER, M.ISHS_COL_SKU, M.ISHS_COL_UNITS, M.ISHS_COL_OLD_PROMISE, M.ISHS_COL_NEW_PROMISE].map(
      (c) => t(c, {}, lang),
    );
    out += `${t(M.ISHS_MOVED_TITLE, {}, lang)}\n${renderTable(
      mh,
      d.moved.map((m) => [m.orderId, m.sku, m.units, m.oldPromise, m.newPromise]),
    )}`;
  }
  return out + cancelledTable(d.cancelled, lang);
}

export function renderReceive(d: ReceiveDoc, lang: Lang): string {
  const h = [M.ISHS_COL_SKU, M.ISHS_COL_UNITS].map((c) => t(c, {}, lang));
  const lines = renderTable(
    h,
    d.lines.map((l) => [l.sku, `${l.receivedUnits}/${l.expectedUnits}`]),
  );
  const head = `${t(M.ISHS_RECEIVED_LINE, { shipmentId: d.shipmentId, at: d.at }, lang)}\n${lines}`;
  return head + allocatedTable(d.allocated, lang) + cancelledTable(d.cancelled, lang);
}

export function renderIshsStatus(d: IshsStatusDoc & { errors?: IshsEnrollmentDoc['errors'] }, lang: Lang): string {
  const refused = issues(d.errors ?? [], lang);
  return (
    refused +
    d.marketplaces
      .map((m) => {
        const h = [
          M.ISHS_COL_SHIPMENT,
          M.ISHS_COL_SKU,
          M.ISHS_COL_UNITS,
          M.ISHS_COL_IN_STOCK,
          M.ISHS_COL_QUALIFIES,
          M.ISHS_COL_CONFIDENT,
          M.ISHS_COL_CAP,
          M.ISHS_COL_PROMISED,
        ];
        const rows = m.shipments.map((s) => [
          s.shipmentId,
          s.sku,
          s.units,
          s.inStockDay,
          yes(s.qualifies),
          yes(s.confident),
          s.cap,
          s.promised,
        ]);
        const table =
          rows.length === 0
            ? ''
            : renderTable(
                h.map((c) => t(c, {}, lang)),
                rows,
              );
        return `${t(M.ISHS_STATUS_LINE, { marketplace: m.marketplace, state: m.state }, lang)}\n${table}${issues(
          m.shipments.flatMap((s) => s.reasons),
          lang,
        )}`;
      })
      .join('')
  );
}

export function renderReconcile(d: ReconcileDoc, lang: Lang): string {
  const h = [
    ...[
      M.ISHS_COL_SKU,
      M.ISHS_COL_MARKETPLACE,
      M.ISHS_COL_ON_HAND,
      M.ISHS_COL_INBOUND,
      M.ISHS_COL_PROMISED,
      M.ISHS_COL_PREORDERS,
      M.ISHS_COL_AVAILABLE,
    ],
    ...[M.ISHS_COL_MYI_RESERVED, M.ISHS_COL_MYI_BUYABLE],
  ].map((c) => t(c, {}, lang));
  const rows = d.rows.map((r) => [
    ...[r.sku, r.marketplace, r.onHand, r.inbound, r.promisedAgainstInbound, r.preorders, r.available],
    ...[r.myi?.reservedFutureSupply ?? null, r.myi?.futureSupplyBuyable ?? null],
  ]);
  return renderTable(h, rows);
}

export function renderPresaleAction(d: PresaleActionDoc, lang: Lang): string {
  const c = d.campaign;
  const values = {
    id: c.id,
    sku: c.sku,
    decision: d.decision,
    status: c.status,
    preordered: c.preordered,
    unitsOffered: c.unitsOffered,
  };
  let out = `${t(M.ISHS_PRESALE_LINE, values, lang)}\n`;
  if (d.criteria.length > 0) {
    const h = [M.ISHS_COL_CHECK, M.ISHS_COL_OK, M.ISHS_COL_DETAIL].map((x) => t(x, {}, lang));
    out += renderTable(
      h,
      d.criteria.map((k) => [k.code, yes(k.ok), lang === 'zh-CN' ? k.messageZh : k.message]),
    );
  }
  out += issues(d.errors, lang);
  out += allocatedTable(d.fulfilled, lang) + cancelledTable(d.cancelled, lang);
  if (d.refundTotal !== null)
    out += `${t(M.ISHS_REFUND_TOTAL, { total: d.refundTotal, currency: c.currency }, lang)}\n`;
  return out;
}

export function renderPresaleList(d: PresaleListDoc, lang: Lang): string {
  const h = [
    M.ISHS_COL_ID,
    M.ISHS_COL_SKU,
    M.ISHS_COL_STATUS,
    M.ISHS_COL_PRICE,
    M.ISHS_COL_UNITS,
    M.ISHS_COL_PREORDERS,
    M.ISHS_COL_RELEASE,
  ].map((c) => t(c, {}, lang));
  return renderTable(
    h,
    d.campaigns.map((c) => [
      c.id,
      c.sku,
      c.status,
      `${c.price} ${c.currency}`,
      c.unitsOffered,
      c.preordered,
      c.releaseDay,
    ]),
  );
}
