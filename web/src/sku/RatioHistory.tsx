// Stock-to-sales ratio of a SKU over time (EXC-1): the excess answer of its marketplace as of a day
// every 30 days back (GET /api/v1/excess?marketplace=&at=, GEN-2: any answer as of any instant), two
// requests at a time, drawn as the points arrive. The API has no per-SKU history, so each point asks
// for the marketplace's whole excess table (cached, so the SKU pages of one marketplace share them).
import { useEffect, useState } from 'react';
import { cachedGet } from '../api/client.js';
import type { ExcessDoc } from '../api/inventory-types.js';
import { RatioChart, type RatioPoint } from '../charts/RatioChart.js';
import { ratioOf } from '../excess/select.js';
import { useT } from '../i18n.js';

const DAY = 86_400_000;
export const RATIO_POINTS = 7;
const STEP_DAYS = 30;
const PARALLEL = 2;

const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The days asked, oldest first: today and every 30 days back. */
export function ratioDays(today: number): string[] {
  return Array.from({ length: RATIO_POINTS }, (_, i) => utcDay(today - (RATIO_POINTS - 1 - i) * STEP_DAYS * DAY));
}

export function RatioHistory({ sku, marketplace, today }: { sku: string; marketplace: string; today: number }) {
  const t = useT();
  const [points, setPoints] = useState<Map<string, number | null>>(new Map());
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!marketplace) return;
    let live = true;
    setPoints(new Map());
    setFailed(false);
    const days = ratioDays(today).reverse(); // newest first: the recent part of the chart comes first
    let next = 0;
    const worker = async () => {
      while (live && next < days.length) {
        const day = days[next++]!;
        try {
          const doc = await cachedGet<ExcessDoc>(`/excess?marketplace=${marketplace}&at=${day}`);
          const row = doc.rows.find((r) => r.sku === sku);
          if (live) setPoints((all) => new Map(all).set(day, row ? ratioOf(row) : null));
        } catch {
          if (live) setFailed(true);
        }
      }
    };
    void Promise.all(Array.from({ length: PARALLEL }, worker));
    return () => {
      live = false;
    };
  }, [sku, marketplace, today]);

  const data: RatioPoint[] = ratioDays(today)
    .filter((day) => points.has(day))
    .map((day) => ({ day, ratio: points.get(day) ?? null }));
  return (
    <>
      {data.length > 0 ? (
        <RatioChart points={data} marketplace={marketplace} />
      ) : (
        <p className="loading">{t('loading')}</p>
      )}
      <p className="hint" id="ratio-progress" data-done={points.size === RATIO_POINTS}>
        {points.size < RATIO_POINTS && !failed ? t('ratioProgress', { done: points.size, total: RATIO_POINTS }) : ''}
        {failed && t('ratioFailed')}
      </p>
    </>
  );
}
