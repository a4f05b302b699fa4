// The promotions calendar (issue 8 §3): one row per SKU, one bar per promotion from GET
// /api/v1/promotions over a window of days, coloured by kind, live / planned / ended by style, with
// today's line. Plain HTML (percent positions): no chart library needed for bars on a time axis.
import { useMemo, useState } from 'react';
import type { PromotionDoc } from '../api/types.js';
import { codeLabel } from '../components/Labels.js';
import { formatAxisDay, formatAxisDayIn, formatInstant, formatMoney } from '../format.js';
import { useLang, useT } from '../i18n.js';
import { kindColor } from './kinds.js';

const DAY = 86_400_000;
const ROW_LIMIT = 40;

interface Lane {
  readonly key: string;
  readonly sku: string;
  readonly marketplace: string;
  readonly asin: string | null;
  readonly promotions: PromotionDoc[];
}

function lanesOf(promotions: readonly PromotionDoc[]): Lane[] {
  const lanes = new Map<string, Lane>();
  for (const p of promotions) {
    const key = `${p.marketplace}|${p.sku}`;
    let lane = lanes.get(key);
    if (!lane) {
      lane = { key, sku: p.sku, marketplace: p.marketplace, asin: p.asin, promotions: [] };
      lanes.set(key, lane);
    }
    lane.promotions.push(p);
  }
  // SKUs with something live first, then by their next start.
  const rank = (l: Lane) => (l.promotions.some((p) => p.status === 'live') ? 0 : 1);
  const next = (l: Lane) => Math.min(...l.promotions.map((p) => Date.parse(p.start)));
  return [...lanes.values()].sort((a, b) => rank(a) - rank(b) || next(a) - next(b) || a.key.localeCompare(b.key));
}

/** Greedy packing: each promotion gets the first sub-row where it overlaps nothing. */
export function packRows(promotions: readonly PromotionDoc[]): { promotion: PromotionDoc; row: number }[] {
  const ends: number[] = [];
  const sorted = [...promotions].sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id));
  return sorted.map((promotion) => {
    const start = Date.parse(promotion.start);
    let row = ends.findIndex((end) => end <= start);
    if (row === -1) row = ends.length;
    ends[row] = Date.parse(promotion.end);
    return { promotion, row };
  });
}

function describe(p: PromotionDoc, t: ReturnType<typeof useT>): string {
  const what = p.price
    ? formatMoney(p.price, p.currency, p.marketplace)
    : p.discountPct !== null
      ? `−${p.discountPct}%`
      : p.discountAmount
        ? `−${formatMoney(p.discountAmount, p.currency, p.marketplace)}`
        : '';
  return `${p.id} · ${codeLabel(t, 'kind', p.kind)} ${what} · ${codeLabel(t, 'status', p.status)}\n${formatInstant(
    p.start,
    p.marketplace,
  )} → ${formatInstant(p.end, p.marketplace)}`;
}

export function Gantt({
  promotions,
  from,
  to,
  now,
  axisMarketplace,
  onPick,
}: {
  promotions: readonly PromotionDoc[];
  /** Window, epoch ms. */
  from: number;
  to: number;
  now: number;
  /** The marketplace whose locale and zone label the axis (the one filtered on); '' = the UI's, in UTC. */
  axisMarketplace: string;
  onPick?: (lane: { sku: string; marketplace: string; asin: string | null }) => void;
}) {
  const t = useT();
  const uiLocale = useLang() === 'zh-CN' ? 'zh-CN' : 'en-US';
  const [all, setAll] = useState(false);
  const lanes = useMemo(() => lanesOf(promotions), [promotions]);
  const span = to - from;
  const pct = (ms: number) => `${(Math.min(Math.max(ms - from, 0), span) / span) * 100}%`;
  const ticks = useMemo(() => {
    const list: number[] = [];
    const step = Math.max(1, Math.round(span / DAY / 8)) * DAY;
    for (let d = from; d <= to; d += step) list.push(d);
    return list;
  }, [from, to, span]);
  const shown = all ? lanes : lanes.slice(0, ROW_LIMIT);

  if (lanes.length === 0) return <p className="muted">{t('ganttEmpty')}</p>;
  return (
    <div className="gantt" id="gantt">
      <div className="gantt-axis">
        <span className="gantt-label" />
        <div className="gantt-track">
          {ticks.map((d) => (
            <span key={d} className="tick" style={{ left: pct(d) }}>
              {axisMarketplace ? formatAxisDay(d, axisMarketplace) : formatAxisDayIn(d, uiLocale, 'UTC')}
            </span>
          ))}
        </div>
      </div>
      {shown.map((lane) => {
        const packed = packRows(lane.promotions);
        const rows = Math.max(1, ...packed.map((p) => p.row + 1));
        return (
          <div className="gantt-row" key={lane.key} data-sku={lane.sku} style={{ height: `${0.3 + rows * 1.45}rem` }}>
            <button type="button" className="gantt-label link" onClick={() => onPick?.(lane)} title={t('ganttPick')}>
              <strong>{lane.sku}</strong> <small>{lane.marketplace}</small>
            </button>
            <div className="gantt-track">
              {now >= from && now <= to && <span className="today" style={{ left: pct(now) }} />}
              {packed.map(({ promotion: p, row }) => {
                const start = Date.parse(p.start);
                const end = Math.max(Date.parse(p.end), start + DAY / 12);
                return (
                  <span
                    key={p.id}
                    className={`bar kind-${p.kind} st-${p.status}`}
                    style={{
                      backgroundColor: kindColor(p.kind),
                      left: pct(start),
                      width: `calc(${pct(end)} - ${pct(start)})`,
                      top: `${0.2 + row * 1.45}rem`,
                    }}
                    title={describe(p, t)}
                    data-promotion={p.id}
                    data-status={p.status}
                  >
                    <span className="bar-text">{codeLabel(t, 'kind', p.kind)}</span>
                  </span>
                );
              })}
            </div>
          </div>
        );
      })}
      {lanes.length > ROW_LIMIT && (
        <button type="button" className="link" onClick={() => setAll(!all)}>
          {all ? t('showFewer') : t('showAll', { count: lanes.length })}
        </button>
      )}
    </div>
  );
}
