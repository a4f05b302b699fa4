// The reference-price timeline of an ASIN (GET /api/v1/timeline/:asin): current price, List Price,
// Was Price, lowest recent price and 30-day lowest net price per day as step lines, promotions drawn
// as shaded bands over the days they were live. Amounts are plotted as numbers (chart coordinates
// only); every figure shown as text comes formatted from the API's decimal strings.
import { useMemo } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { TimelineDoc } from '../api/types.js';
import { codeLabel } from '../components/Labels.js';
import { formatDay, formatMoney, formatMoneyShort } from '../format.js';
import { useT } from '../i18n.js';
import { kindColor } from '../promotions/kinds.js';

const SERIES = [
  { key: 'current', label: 'currentPrice', color: '#1f6f5c' },
  { key: 'list', label: 'listPrice', color: '#7a5cc7' },
  { key: 'was', label: 'wasPrice', color: '#d08a16' },
  { key: 'recent', label: 'lowestRecent', color: '#5b8bd9' },
  { key: 'low30', label: 'lowest30Net', color: '#c2413b' },
] as const;

interface Point {
  readonly day: string;
  readonly current: number | null;
  readonly list: number | null;
  readonly was: number | null;
  readonly recent: number | null;
  readonly low30: number | null;
  readonly raw: Readonly<Record<(typeof SERIES)[number]['key'], string | null>>;
}

interface Band {
  readonly id: string;
  readonly kind: string;
  readonly from: string;
  readonly to: string;
}

const num = (v: string | null): number | null => (v === null ? null : Number(v));

/**
 * Consecutive days each promotion was live, as bands. Business prices and promotion codes are left
 * out: they never enter the 30-day lowest net price (PR-6) and, often running for months, would
 * shade the whole chart.
 */
const UNBANDED = new Set(['business_price', 'promo_code']);

export function promotionBands(doc: TimelineDoc): Band[] {
  const open = new Map<string, Band>();
  const bands: Band[] = [];
  let previous = new Set<string>();
  for (const day of doc.days) {
    const counted = day.live.filter((l) => !UNBANDED.has(l.kind));
    const ids = new Set(counted.map((l) => l.id));
    for (const l of counted) {
      const band = open.get(l.id);
      if (band && previous.has(l.id)) open.set(l.id, { ...band, to: day.day });
      else {
        if (band) bands.push(band);
        open.set(l.id, { id: l.id, kind: l.kind, from: day.day, to: day.day });
      }
    }
    previous = ids;
  }
  bands.push(...open.values());
  return bands;
}

export function PriceTimelineChart({ doc, today }: { doc: TimelineDoc; today: string | null }) {
  const t = useT();
  const mp = doc.marketplace;
  const points: Point[] = useMemo(
    () =>
      doc.days.map((d) => {
        const raw = {
          current: d.currentPrice,
          list: d.listPrice.validated ? d.listPrice.value : null,
          was: d.wasPrice.value,
          recent: d.lowestRecentPrice,
          low30: d.lowest30DayNetPrice.value,
        };
        return {
          day: d.day,
          current: num(raw.current),
          list: num(raw.list),
          was: num(raw.was),
          recent: num(raw.recent),
          low30: num(raw.low30),
          raw,
        };
      }),
    [doc],
  );
  const bands = useMemo(() => promotionBands(doc), [doc]);
  return (
    <div className="chart" id="price-timeline-chart" data-days={points.length}>
      <ResponsiveContainer width="100%" height={320}>
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e3e6ea" />
          <XAxis dataKey="day" tickFormatter={(d: string) => formatDay(d, mp)} minTickGap={48} fontSize={12} />
          <YAxis
            tickFormatter={(v: number) => formatMoneyShort(v, doc.currency, mp)}
            width={72}
            fontSize={12}
            domain={['auto', 'auto']}
          />
          {bands.map((b, i) => (
            <ReferenceArea
              key={`${b.id}-${i}`}
              x1={b.from}
              x2={b.to}
              fill={kindColor(b.kind)}
              fillOpacity={0.18}
              ifOverflow="extendDomain"
              label={{ value: codeLabel(t, 'kind', b.kind), position: 'insideTop', fontSize: 10 }}
            />
          ))}
          {today && (
            <ReferenceLine x={today} stroke="#333" strokeDasharray="4 2" label={{ value: t('today'), fontSize: 11 }} />
          )}
          <Tooltip
            labelFormatter={(d) => formatDay(String(d), mp)}
            formatter={(_value, name, item) => {
              const key = (item as { dataKey?: string }).dataKey as Point['raw'] extends infer R ? keyof R : never;
              const raw = (item as { payload?: Point }).payload?.raw[key] ?? null;
              return [formatMoney(raw, doc.currency, mp), name];
            }}
          />
          <Legend />
          {SERIES.map((s) => (
            <Line
              key={s.key}
              type="stepAfter"
              dataKey={s.key}
              name={t(s.label)}
              stroke={s.color}
              dot={false}
              strokeWidth={s.key === 'current' || s.key === 'low30' ? 2.2 : 1.5}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
