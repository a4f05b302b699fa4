// Inventory health (issue 8 §2): the excess table of GET /api/v1/excess — filter by band, marketplace
// and age, search SKU/ASIN, sort any column; filters live in the URL so the back button keeps them.
// Each row opens the SKU page.
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useApi } from '../api/client.js';
import { BANDS, EXCESS_LIST_PATH, type Band, type ExcessListDoc } from '../api/inventory-types.js';
import { Loader } from '../components/Status.js';
import { bandLabel } from '../components/Labels.js';
import { formatInstant } from '../format.js';
import { useT } from '../i18n.js';
import { setQueryParam, useLocation } from '../router.js';
import { ExcessTable } from '../excess/ExcessTable.js';
import {
  AGE_FILTERS,
  filterRows,
  prepareRows,
  sortRows,
  SORT_KEYS,
  type AgeFilter,
  type ExcessFilter,
  type Sort,
  type SortKey,
} from '../excess/select.js';

declare global {
  interface Window {
    /** Set when the excess table first shows rows (read by bench/web-excess.bench.js). */
    __excessTiming?: { received: number; shown: number };
  }
}

function ExcessView({ doc, receivedAt }: { doc: ExcessListDoc; receivedAt: number | null }) {
  const t = useT();
  const { query } = useLocation();
  const band = (BANDS as readonly string[]).includes(query.get('band') ?? '') ? (query.get('band') as Band) : '';
  const marketplace = query.get('mp') ?? '';
  const age = (AGE_FILTERS as readonly string[]).includes(query.get('age') ?? '')
    ? (query.get('age') as AgeFilter)
    : '';
  const sortKey = (SORT_KEYS as readonly string[]).includes(query.get('sort') ?? '')
    ? (query.get('sort') as SortKey)
    : 'ratio';
  const sort: Sort = { key: sortKey, desc: query.get('dir') !== 'asc' };
  const [search, setSearch] = useState(query.get('q') ?? '');
  const deferredSearch = useDeferredValue(search);

  const prepared = useMemo(() => prepareRows(doc.rows), [doc.rows]);
  const filter: ExcessFilter = { band, marketplace, age, search: deferredSearch };
  const filtered = useMemo(() => filterRows(prepared, filter), [prepared, band, marketplace, age, deferredSearch]);
  const sorted = useMemo(() => sortRows(filtered, sort), [filtered, sort.key, sort.desc]);
  const marketplaces = useMemo(() => [...new Set(doc.rows.map((r) => r.marketplace))].sort(), [doc.rows]);

  const timed = useRef(false);
  useEffect(() => {
    if (!timed.current && receivedAt !== null && sorted.length > 0) {
      timed.current = true;
      requestAnimationFrame(() => {
        window.__excessTiming = { received: receivedAt, shown: performance.now() };
      });
    }
  }, [receivedAt, sorted.length]);

  const onSort = (key: SortKey) => {
    if (key === sort.key) setQueryParam('dir', sort.desc ? 'asc' : null);
    else {
      setQueryParam('sort', key);
      setQueryParam('dir', key === 'sku' || key === 'marketplace' || key === 'action' ? 'asc' : null);
    }
  };

  return (
    <>
      <div className="filters" role="search">
        <input
          type="search"
          id="excess-search"
          placeholder={t('searchSkuAsin')}
          aria-label={t('searchSkuAsin')}
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setQueryParam('q', e.target.value);
          }}
        />
        <label>
          {t('colBand')}{' '}
          <select id="filter-band" value={band} onChange={(e) => setQueryParam('band', e.target.value)}>
            <option value="">{t('all')}</option>
            {BANDS.map((b) => (
              <option key={b} value={b}>
                {bandLabel(t, b)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('marketplace')}{' '}
          <select id="filter-marketplace" value={marketplace} onChange={(e) => setQueryParam('mp', e.target.value)}>
            <option value="">{t('all')}</option>
            {marketplaces.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filterAge')}{' '}
          <select id="filter-age" value={age} onChange={(e) => setQueryParam('age', e.target.value)}>
            <option value="">{t('ageAny')}</option>
            <option value="90">{t('ageOver', { days: 90 })}</option>
            <option value="180">{t('ageOver', { days: 180 })}</option>
            <option value="365">{t('ageOver', { days: 365 })}</option>
          </select>
        </label>
        <span className="count" id="excess-count">
          {t('rowsShown', { shown: sorted.length, total: doc.rows.length })}
        </span>
      </div>
      <ExcessTable rows={sorted} sort={sort} onSort={onSort} />
      <p className="hint">{t('asOf', { at: formatInstant(doc.asOf, doc.rows[0]?.marketplace ?? 'US') })}</p>
    </>
  );
}

export function Inventory() {
  const t = useT();
  const excess = useApi<ExcessListDoc>(EXCESS_LIST_PATH);
  return (
    <section className="page inventory-page">
      <h1>{t('inventoryTitle')}</h1>
      <p className="lead">{t('inventoryLead')}</p>
      <Loader loaded={excess} what={t('excessWhat')} path={EXCESS_LIST_PATH}>
        {(doc) => <ExcessView doc={doc} receivedAt={excess.receivedAt} />}
      </Loader>
    </section>
  );
}
