// The virtualised excess table (@tanstack/react-virtual): only the rows in view are in the DOM, so
// 20,000 SKUs render as fast as 20. Header cells sort (click again to reverse); a row opens its SKU.
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef, type KeyboardEvent } from 'react';
import { formatMoney, formatNumber } from '../format.js';
import { useT, type UiKey } from '../i18n.js';
import { navigate } from '../router.js';
import { BandBadge, ActionLabel } from '../components/Labels.js';
import type { PreparedRow, Sort, SortKey } from './select.js';

const ROW_HEIGHT = 36;

interface Column {
  readonly key: SortKey;
  readonly label: UiKey;
  readonly numeric?: boolean;
  readonly width: string;
}

const COLUMNS: readonly Column[] = [
  { key: 'sku', label: 'colSku', width: 'minmax(9rem, 1.6fr)' },
  { key: 'marketplace', label: 'colMarketplace', width: '4rem' },
  { key: 'onHand', label: 'colOnHand', numeric: true, width: '5.5rem' },
  { key: 'inbound', label: 'colInbound', numeric: true, width: '5.5rem' },
  { key: 'unitsSold30d', label: 'colSold30', numeric: true, width: '6rem' },
  { key: 'ratio', label: 'colRatio', numeric: true, width: '6.5rem' },
  { key: 'band', label: 'colBand', width: '9rem' },
  { key: 'aged90', label: 'colAged90', numeric: true, width: '6rem' },
  { key: 'holding90', label: 'colHolding90', numeric: true, width: '7.5rem' },
  { key: 'action', label: 'colAction', width: 'minmax(8rem, 1fr)' },
  { key: 'netCash', label: 'colNetCash', numeric: true, width: '7.5rem' },
];

const GRID = COLUMNS.map((c) => c.width).join(' ');

export function skuHref(sku: string, marketplace: string): string {
  return `/inventory/${encodeURIComponent(sku)}?mp=${encodeURIComponent(marketplace)}`;
}

const Row = memo(function Row({ p, top }: { p: PreparedRow; top: number }) {
  const r = p.row;
  const mp = r.marketplace;
  const open = () => navigate(skuHref(r.sku, mp));
  const key = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open();
    }
  };
  return (
    <div
      className="vrow"
      role="row"
      tabIndex={0}
      data-sku={r.sku}
      data-marketplace={mp}
      style={{ transform: `translateY(${top}px)`, gridTemplateColumns: GRID }}
      onClick={open}
      onKeyDown={key}
    >
      <span role="cell" className="sku">
        <a href={skuHref(r.sku, mp)} onClick={(e) => e.preventDefault()} tabIndex={-1}>
          {r.sku}
        </a>
        <small>{r.asin}</small>
      </span>
      <span role="cell">{mp}</span>
      <span role="cell" className="n">
        {formatNumber(r.onHand, mp)}
      </span>
      <span role="cell" className="n">
        {formatNumber(r.inbound, mp)}
      </span>
      <span role="cell" className="n">
        {formatNumber(r.unitsSold30d, mp)}
      </span>
      <span role="cell" className="n">
        {p.ratio < 0 ? '—' : formatNumber(p.ratio, mp, 2)}
      </span>
      <span role="cell">
        <BandBadge band={r.band} />
      </span>
      <span role="cell" className="n">
        {formatNumber(p.aged90, mp)}
      </span>
      <span role="cell" className="n">
        {formatMoney(r.holdingCost90d, r.currency, mp)}
      </span>
      <span role="cell">{r.recommendation ? <ActionLabel action={r.recommendation.action} /> : '—'}</span>
      <span role="cell" className="n">
        {formatMoney(r.recommendation?.netCash, r.currency, mp)}
      </span>
    </div>
  );
});

export function ExcessTable({
  rows,
  sort,
  onSort,
}: {
  rows: readonly PreparedRow[];
  sort: Sort;
  onSort: (key: SortKey) => void;
}) {
  const t = useT();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: { width: 1200, height: 640 },
  });
  return (
    <div className="vtable" role="table" aria-rowcount={rows.length + 1} id="excess-table" data-rows={rows.length}>
      <div ref={scroller} className="vscroll">
        <div className="vhead" role="row" style={{ gridTemplateColumns: GRID }}>
          {COLUMNS.map((c) => {
            const active = sort.key === c.key;
            return (
              <span
                key={c.key}
                role="columnheader"
                className={c.numeric ? 'n' : undefined}
                aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'}
              >
                <button type="button" data-sort={c.key} onClick={() => onSort(c.key)}>
                  {t(c.label)}
                  <span className="arrow" aria-hidden="true">
                    {active ? (sort.desc ? '▼' : '▲') : ''}
                  </span>
                </button>
              </span>
            );
          })}
        </div>
        <div className="vbody" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const p = rows[item.index];
            return p ? <Row key={`${p.row.marketplace}|${p.row.sku}`} p={p} top={item.start} /> : null;
          })}
        </div>
      </div>
    </div>
  );
}
