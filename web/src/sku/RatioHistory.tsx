// Stock-to-sales ratio of a SKU over time (EXC-1): one call, GET /excess/:sku/history — the server
// computes the excess view's row as of each week of the last 12 weeks (on-hand + inbound, units sold
// in the past 30 days, ratio, DEC-4 band) from the SKU's facts loaded once. Drawn with the band limits.
import { useApi } from '../api/client.js';
import type { ExcessHistoryDoc } from '../api/inventory-types.js';
import { RatioChart, type RatioPoint } from '../charts/RatioChart.js';
import { Loader } from '../components/Status.js';
import { formatDay } from '../format.js';
import { useT } from '../i18n.js';

const DAY = 86_400_000;
/** Weeks of history drawn (the API's default range is the same 12 weeks). */
export const RATIO_WEEKS = 12;
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function historyPath(sku: string, marketplace: string, today: number): string {
  const from = utcDay(today - RATIO_WEEKS * 7 * DAY);
  return `/excess/${encodeURIComponent(sku)}/history?marketplace=${encodeURIComponent(marketplace)}&from=${from}&step=7`;
}

/** Chart points: null ratio for no stock and no sales, Infinity for stock without sales (EXC-1). */
export function ratioPoints(doc: ExcessHistoryDoc): RatioPoint[] {
  return doc.points.map((p) => ({
    day: p.day,
    ratio: p.ratioInfinite ? Infinity : p.stockToSalesRatio,
    stock: p.onHand + p.inbound,
    sold: p.unitsSold30d,
    band: p.band,
  }));
}

export function RatioHistory({ sku, marketplace, today }: { sku: string; marketplace: string; today: number }) {
  const t = useT();
  const path = marketplace ? historyPath(sku, marketplace, today) : null;
  const history = useApi<ExcessHistoryDoc>(path);
  if (path === null) return <p className="loading">{t('loading')}</p>;
  return (
    <Loader loaded={history} what={t('ratioTitle')} path={path}>
      {(doc) => (
        <>
          {doc.points.length > 0 ? (
            <RatioChart points={ratioPoints(doc)} marketplace={doc.marketplace} />
          ) : (
            <p className="muted">{t('ratioNoPoints')}</p>
          )}
          <p className="hint" id="ratio-progress" data-done="true" data-source="history">
            {t('ratioLead', {
              from: formatDay(doc.points[0]?.day ?? null, doc.marketplace),
              to: formatDay(doc.points.at(-1)?.day ?? null, doc.marketplace),
            })}
          </p>
        </>
      )}
    </Loader>
  );
}
