// One SKU (issue 8 §2): its excess figures and age buckets, stock-to-sales over time, the reference-
// price timeline with promotions as bands, the clearance plan with its economics and runners-up,
// Outlet eligibility with every criterion, and Amazon's own recommendation beside clearway's.
import { useMemo } from 'react';
import { useApi } from '../api/client.js';
import type { TimelineDoc } from '../api/types.js';
import type { ExcessDoc, ProductDoc } from '../api/inventory-types.js';
import { AgeChart } from '../charts/AgeChart.js';
import { PriceTimelineChart } from '../charts/PriceTimelineChart.js';
import { BandBadge } from '../components/Labels.js';
import { Loader } from '../components/Status.js';
import { formatMoney, formatNumber } from '../format.js';
import { useT } from '../i18n.js';
import { Link, useLocation } from '../router.js';
import { ratioOf } from '../excess/select.js';
import { OutletCheck } from '../sku/OutletCheck.js';
import { PlanView } from '../sku/PlanView.js';
import { RecommendationCompare } from '../sku/Recommendations.js';
import { RatioHistory } from '../sku/RatioHistory.js';

const DAY = 86_400_000;
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export default function SkuPage({ sku }: { sku: string }) {
  const t = useT();
  const { query } = useLocation();
  const mpAsked = query.get('mp') ?? '';
  const product = useApi<ProductDoc>(
    `/products/${encodeURIComponent(sku)}${mpAsked ? `?marketplace=${encodeURIComponent(mpAsked)}` : ''}`,
  );
  const latest = product.data?.versions.at(-1) ?? null;
  const marketplace = mpAsked || latest?.marketplace || '';
  const asin = latest?.asin ?? '';
  const excess = useApi<ExcessDoc>('/excess');
  const row = useMemo(
    () => excess.data?.rows.find((r) => r.sku === sku && (!marketplace || r.marketplace === marketplace)) ?? null,
    [excess.data, sku, marketplace],
  );
  const today = useMemo(
    () => Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()),
    [],
  );
  const timelinePath = asin
    ? `/timeline/${encodeURIComponent(asin)}?marketplace=${marketplace}&from=${utcDay(today - 180 * DAY)}&to=${utcDay(today + 60 * DAY)}`
    : null;
  const timeline = useApi<TimelineDoc>(timelinePath);
  const currency = row?.currency ?? latest?.currency ?? 'USD';

  return (
    <section className="page sku-page" data-sku={sku}>
      <p className="crumbs">
        <Link to="/inventory">← {t('navInventory')}</Link>
      </p>
      <h1>
        {sku}{' '}
        <small className="muted">
          {asin && `${asin} · `}
          {marketplace}
        </small>{' '}
        {row && <BandBadge band={row.band} />}
      </h1>
      <Loader loaded={product} what={t('productWhat')} path={`/products/${sku}`}>
        {() => null}
      </Loader>
      {row && (
        <div className="stats">
          <div className="stat">
            <span>{t('colOnHand')}</span>
            <strong>{formatNumber(row.onHand, marketplace)}</strong>
          </div>
          <div className="stat">
            <span>{t('colInbound')}</span>
            <strong>{formatNumber(row.inbound, marketplace)}</strong>
          </div>
          <div className="stat">
            <span>{t('colSold30')}</span>
            <strong>{formatNumber(row.unitsSold30d, marketplace)}</strong>
          </div>
          <div className="stat">
            <span>{t('colRatio')}</span>
            <strong>{formatNumber(ratioOf(row), marketplace, 2)}</strong>
          </div>
          <div className="stat">
            <span>{t('holding30')}</span>
            <strong>{formatMoney(row.holdingCost30d, currency, marketplace)}</strong>
          </div>
          <div className="stat">
            <span>{t('colHolding90')}</span>
            <strong>{formatMoney(row.holdingCost90d, currency, marketplace)}</strong>
          </div>
        </div>
      )}
      <div className="grid2">
        <div className="card">
          <h2>{t('ageTitle')}</h2>
          <Loader loaded={excess} what={t('excessWhat')} path="/excess">
            {() =>
              row ? (
                <AgeChart buckets={row.ageBuckets} marketplace={marketplace} />
              ) : (
                <p className="muted">{t('noExcessRow')}</p>
              )
            }
          </Loader>
        </div>
        <div className="card">
          <h2>{t('ratioTitle')}</h2>
          <RatioHistory sku={sku} marketplace={marketplace} today={today} />
        </div>
      </div>
      <div className="card">
        <h2>{t('timelineTitle')}</h2>
        <p className="hint">{t('timelineLead')}</p>
        {timelinePath === null ? (
          <p className="loading">{t('loading')}</p>
        ) : (
          <Loader loaded={timeline} what={t('timelineTitle')} path="/timeline/:asin">
            {(doc) => <PriceTimelineChart doc={doc} today={utcDay(today)} />}
          </Loader>
        )}
      </div>
      <div className="grid2">
        <div className="card">
          <h2>{t('planTitle')}</h2>
          <PlanView sku={sku} marketplace={marketplace} />
          <h3>{t('recommendations')}</h3>
          <RecommendationCompare row={row} currency={currency} marketplace={marketplace} />
        </div>
        <div className="card">
          <h2>{t('outletTitle')}</h2>
          <OutletCheck sku={sku} marketplace={marketplace} currency={currency} />
        </div>
      </div>
    </section>
  );
}
