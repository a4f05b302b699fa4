// Promotions (issue 8 §3): the calendar of live and planned promotions per SKU, the proposal form
// checked live against the rules, and the loss guard of an ASIN.
import { useMemo, useState } from 'react';
import { useApi } from '../api/client.js';
import type { PromotionListDoc } from '../api/types.js';
import type { ExcessDoc } from '../api/inventory-types.js';
import { codeLabel } from '../components/Labels.js';
import { Loader } from '../components/Status.js';
import { useT } from '../i18n.js';
import { Gantt } from '../promotions/Gantt.js';
import { kindColor } from '../promotions/kinds.js';
import { LossGuard } from '../promotions/LossGuard.js';
import { ProposalPanel } from '../promotions/ProposalPanel.js';
import { emptyProposal, PROMOTION_KINDS, type ProposalForm } from '../promotions/proposal.js';

const DAY = 86_400_000;

function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export default function PromotionsPage() {
  const t = useT();
  const [today] = useState(() =>
    Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()),
  );
  const [offset, setOffset] = useState(0);
  const from = today - 30 * DAY + offset * DAY;
  const to = today + 90 * DAY + offset * DAY;
  const list = useApi<PromotionListDoc>(`/promotions?from=${utcDay(from)}&to=${utcDay(to)}`);
  const excess = useApi<ExcessDoc>('/excess');
  const [kind, setKind] = useState('');
  const [status, setStatus] = useState('');
  const [marketplace, setMarketplace] = useState('');
  const [search, setSearch] = useState('');
  // Standing business price tiers run for months under every deal: hidden unless asked for.
  const [showB2b, setShowB2b] = useState(false);
  const [form, setForm] = useState<ProposalForm>(() => emptyProposal(utcDay(today + 7 * DAY)));
  const [guardAsin, setGuardAsin] = useState<{ asin: string; marketplace: string } | null>(null);

  const promotions = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return (list.data?.promotions ?? []).filter(
      (p) =>
        (!kind || p.kind === kind) &&
        (showB2b || kind === 'business_price' || p.kind !== 'business_price') &&
        (!status || p.status === status) &&
        (!marketplace || p.marketplace === marketplace) &&
        (!needle || p.sku.toLowerCase().includes(needle) || (p.asin ?? '').toLowerCase().includes(needle)),
    );
  }, [list.data, kind, status, marketplace, search, showB2b]);

  // SKU → marketplaces, from the excess rows (every stocked SKU) and the promotions listed.
  const skuMarketplaces = useMemo(() => {
    const map = new Map<string, string[]>();
    const add = (sku: string, mp: string) => {
      const list = map.get(sku) ?? [];
      if (!list.includes(mp)) list.push(mp);
      map.set(sku, list);
    };
    for (const r of excess.data?.rows ?? []) add(r.sku, r.marketplace);
    for (const p of list.data?.promotions ?? []) add(p.sku, p.marketplace);
    return map;
  }, [excess.data, list.data]);

  const asins = useMemo(() => {
    const seen = new Map<string, { asin: string; marketplace: string }>();
    for (const p of list.data?.promotions ?? []) {
      if (p.asin && p.status !== 'ended')
        seen.set(`${p.marketplace}|${p.asin}`, { asin: p.asin, marketplace: p.marketplace });
    }
    return [...seen.values()].sort(
      (a, b) => a.marketplace.localeCompare(b.marketplace) || a.asin.localeCompare(b.asin),
    );
  }, [list.data]);
  const marketplaces = [...new Set((list.data?.promotions ?? []).map((p) => p.marketplace))].sort();

  return (
    <section className="page promotions-page">
      <h1>{t('promotionsTitle')}</h1>
      <div className="card">
        <div className="card-head">
          <h2>{t('calendarTitle')}</h2>
          <div className="filters">
            <button type="button" onClick={() => setOffset(offset - 30)} aria-label={t('earlier')}>
              ◀
            </button>
            <button type="button" onClick={() => setOffset(0)}>
              {t('today')}
            </button>
            <button type="button" onClick={() => setOffset(offset + 30)} aria-label={t('later')}>
              ▶
            </button>
            <input
              type="search"
              placeholder={t('searchSkuAsin')}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
            <select value={marketplace} onChange={(e) => setMarketplace(e.target.value)} aria-label={t('marketplace')}>
              <option value="">
                {t('marketplace')}: {t('all')}
              </option>
              {marketplaces.map((m) => (
                <option key={m}>{m}</option>
              ))}
            </select>
            <select value={kind} onChange={(e) => setKind(e.target.value)} aria-label={t('kind')}>
              <option value="">
                {t('kind')}: {t('all')}
              </option>
              {PROMOTION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {codeLabel(t, 'kind', k)}
                </option>
              ))}
            </select>
            <select value={status} onChange={(e) => setStatus(e.target.value)} aria-label={t('status')}>
              <option value="">
                {t('status')}: {t('all')}
              </option>
              {['live', 'planned', 'ended'].map((s) => (
                <option key={s} value={s}>
                  {codeLabel(t, 'status', s)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="legend">
          {PROMOTION_KINDS.map((k) => (
            <span key={k} className="swatch">
              <i style={{ backgroundColor: kindColor(k) }} />
              {codeLabel(t, 'kind', k)}
            </span>
          ))}
          <label className="check">
            <input type="checkbox" checked={showB2b} onChange={(e) => setShowB2b(e.target.checked)} /> {t('showB2b')}
          </label>
          <span className="swatch st-planned">
            <i />
            {codeLabel(t, 'status', 'planned')}
          </span>
        </div>
        <Loader loaded={list} what={t('calendarTitle')} path="/promotions">
          {() => (
            <Gantt
              promotions={promotions}
              from={from}
              to={to}
              now={Date.now()}
              axisMarketplace={marketplace}
              onPick={(lane) => {
                setForm({ ...form, sku: lane.sku, marketplace: '' });
                if (lane.asin) setGuardAsin({ asin: lane.asin, marketplace: lane.marketplace });
              }}
            />
          )}
        </Loader>
      </div>
      <div className="card">
        <h2>{t('proposeTitle')}</h2>
        <ProposalPanel form={form} setForm={setForm} skuMarketplaces={skuMarketplaces} />
      </div>
      <div className="card">
        <div className="card-head">
          <h2>{t('guardTitle')}</h2>
          <select
            id="guard-asin"
            value={guardAsin ? `${guardAsin.marketplace}|${guardAsin.asin}` : ''}
            onChange={(e) => {
              const [mp = '', asin = ''] = e.target.value.split('|');
              setGuardAsin(asin ? { asin, marketplace: mp } : null);
            }}
          >
            <option value="">{t('guardPick')}</option>
            {asins.map((a) => (
              <option key={`${a.marketplace}|${a.asin}`} value={`${a.marketplace}|${a.asin}`}>
                {a.asin} ({a.marketplace})
              </option>
            ))}
          </select>
        </div>
        <p className="hint">{t('guardLead')}</p>
        <LossGuard
          asin={guardAsin?.asin ?? ''}
          marketplace={guardAsin?.marketplace ?? ''}
          from={utcDay(today)}
          to={utcDay(today + 30 * DAY)}
        />
      </div>
    </section>
  );
}
