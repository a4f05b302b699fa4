// Human renderings of the ISHS, order and pre-sale documents (the JSON is printed as is with --json).
import type {
  CancellationDoc,
  EtaUpdateDoc,
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
  const h = [M.COL_ORDER, M.COL_SKU, M.COL_UNITS, M.COL_REFUND, M.COL_REASON].map((c) => t(c, {}, lang));
  const rows = list.map((c) => [c.orderId, c.sku, c.units, `${c.refund} ${c.currency}`, lang === 'zh-CN' ? c.messageZh : c.message]);
  return `${t(M.ISHS_CANCELLED_TITLE, {}, lang)}\n${renderTable(h, rows)}`;
}

function allocatedTable(list: OrderDoc['settled']['allocated'], lang: Lang): string {
  if (list.length === 0) return '';
  const h = [M.COL_ORDER, M.COL_SKU, M.COL_UNITS, M.COL_PROMISE].map((c) => t(c, {}, lang));
  return `${t(M.ISHS_ALLOCATED_TITLE, {}, lang)}\n${renderTable(h, list.map((a) => [a.orderId, a.sku, a.units, a.promisedDelivery]))}`;
}

export function renderOrder(d: OrderDoc, lang: Lang): string {
  const settled = allocatedTable(d.settled.allocated, lang) + cancelledTable(d.settled.cancelled, lang);
  if (d.order === null) return `${settled}${t(M.ISHS_ORDER_REFUSED, { units: d.units, sku: d.sku }, lang)}\n${issues(d.errors, lang)}`;
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
  const h = [M.COL_SKU, M.COL_UNITS, M.COL_IN_STOCK, M.COL_CONFIDENT].map((c) => t(c, {}, lang));
  out += renderTable(h, d.lines.map((l) => [l.sku, l.units, `${l.previousInStockDay ?? '-'} → ${l.inStockDay}`, yes(l.confident)]));
  out += issues(d.lines.flatMap((l) => l.withheld), lang);
  if (d.moved.length === 0) out += `${t(M.ISHS_NONE_MOVED, {}, lang)}\n`;
  else {
    const mh = [M.COL_ORDER, M.COL_SKU, M.COL_UNITS, M.COL_OLD_PROMISE, M.COL_NEW_PROMISE].map((c) => t(c, {}, lang));
    out += `${t(M.ISHS_MOVED_TITLE, {}, lang)}\n${renderTable(mh, d.moved.map((m) => [m.orderId, m.sku, m.units, m.oldPromise, m.newPromise]))}`;
  }
  return out + cancelledTable(d.cancelled, lang);
}

export function renderReceive(d: ReceiveDoc, lang: Lang): string {
  const h = [M.COL_SKU, M.COL_UNITS].map((c) => t(c, {}, lang));
  const lines = renderTable(h, d.lines.map((l) => [l.sku, `${l.receivedUnits}/${l.expectedUnits}`]));
  const head = `${t(M.ISHS_RECEIVED_LINE, { shipmentId: d.shipmentId, at: d.at }, lang)}\n${lines}`;
  return head + allocatedTable(d.allocated, lang) + cancelledTable(d.cancelled, lang);
}

export function renderIshsStatus(d: IshsStatusDoc, lang: Lang): string {
  return d.marketplaces
    .map((m) => {
      const h = [M.COL_SHIPMENT, M.COL_SKU, M.COL_UNITS, M.COL_IN_STOCK, M.COL_QUALIFIES, M.COL_CONFIDENT, M.COL_CAP, M.COL_PROMISED];
      const rows = m.shipments.map((s) => [s.shipmentId, s.sku, s.units, s.inStockDay, yes(s.qualifies), yes(s.confident), s.cap, s.promised]);
      const table = rows.length === 0 ? '' : renderTable(h.map((c) => t(c, {}, lang)), rows);
      return `${t(M.ISHS_STATUS_LINE, { marketplace: m.marketplace, state: m.state }, lang)}\n${table}${issues(m.shipments.flatMap((s) => s.reasons), lang)}`;
    })
    .join('');
}

export function renderReconcile(d: ReconcileDoc, lang: Lang): string {
  const h = [
    ...[M.COL_SKU, M.COL_MARKETPLACE, M.COL_ON_HAND, M.COL_INBOUND, M.COL_PROMISED, M.COL_PREORDERS, M.COL_AVAILABLE],
    ...[M.COL_MYI_RESERVED, M.COL_MYI_BUYABLE],
  ].map((c) => t(c, {}, lang));
  const rows = d.rows.map((r) => [
    ...[r.sku, r.marketplace, r.onHand, r.inbound, r.promisedAgainstInbound, r.preorders, r.available],
    ...[r.myi?.reservedFutureSupply ?? null, r.myi?.futureSupplyBuyable ?? null],
  ]);
  return renderTable(h, rows);
}

export function renderPresaleAction(d: PresaleActionDoc, lang: Lang): string {
  const c = d.campaign;
  const values = { id: c.id, sku: c.sku, decision: d.decision, status: c.status, preordered: c.preordered, unitsOffered: c.unitsOffered };
  let out = `${t(M.ISHS_PRESALE_LINE, values, lang)}\n`;
  if (d.criteria.length > 0) {
    const h = [M.COL_CHECK, M.COL_OK, M.COL_DETAIL].map((x) => t(x, {}, lang));
    out += renderTable(h, d.criteria.map((k) => [k.code, yes(k.ok), lang === 'zh-CN' ? k.messageZh : k.message]));
  }
  out += issues(d.errors, lang);
  out += allocatedTable(d.fulfilled, lang) + cancelledTable(d.cancelled, lang);
  if (d.refundTotal !== null) out += `${t(M.ISHS_REFUND_TOTAL, { total: d.refundTotal, currency: c.currency }, lang)}\n`;
  return out;
}

export function renderPresaleList(d: PresaleListDoc, lang: Lang): string {
  const h = [M.COL_ID, M.COL_SKU, M.COL_STATUS, M.COL_PRICE, M.COL_UNITS, M.COL_PREORDERS, M.COL_RELEASE].map((c) => t(c, {}, lang));
  return renderTable(h, d.campaigns.map((c) => [c.id, c.sku, c.status, `${c.price} ${c.currency}`, c.unitsOffered, c.preordered, c.releaseDay]));
}
