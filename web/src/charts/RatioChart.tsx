// Stock-to-sales ratio over time (EXC-1) with the DEC-4 band limits 2, 3 and 5 drawn as lines.
import { CartesianGrid, Line, LineChart, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDay, formatNumber } from '../format.js';
import { useT } from '../i18n.js';

export interface RatioPoint {
  readonly day: string;
  /** null: no stock and no sales; Infinity is drawn at the top of the chart. */
  readonly ratio: number | null;
  /** On hand + inbound and units sold in the past 30 days, shown in the tooltip when known. */
  readonly stock?: number;
  readonly sold?: number;
  readonly band?: string;
}

export function RatioChart({ points, marketplace }: { points: readonly RatioPoint[]; marketplace: string }) {
  const t = useT();
  const finite = points.map((p) => p.ratio).filter((r): r is number => r !== null && Number.isFinite(r));
  const top = Math.max(8, Math.ceil(Math.max(0, ...finite) * 1.1));
  const data = points.map((p) => ({
    day: p.day,
    stock: p.stock,
    sold: p.sold,
    ratio: p.ratio === null ? null : Number.isFinite(p.ratio) ? p.ratio : top,
    infinite: p.ratio !== null && !Number.isFinite(p.ratio),
  }));
  return (
    <div className="chart" id="ratio-chart" data-points={points.length}>
      <ResponsiveContainer width="100%" height={220}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e3e6ea" />
          <ReferenceArea y1={0} y2={2} fill="#5b8bd9" fillOpacity={0.08} />
          <ReferenceArea y1={2} y2={3} fill="#3f9d7a" fillOpacity={0.1} />
          <ReferenceArea y1={3} y2={5} fill="#d9b23a" fillOpacity={0.12} />
          <ReferenceArea y1={5} y2={top} fill="#c2413b" fillOpacity={0.08} />
          <XAxis dataKey="day" tickFormatter={(d: string) => formatDay(d, marketplace)} minTickGap={40} fontSize={12} />
          <YAxis domain={[0, top]} width={40} fontSize={12} allowDataOverflow />
          <Tooltip
            labelFormatter={(d) => formatDay(String(d), marketplace)}
            formatter={(v, _n, item) => {
              const p = (item as { payload?: { infinite?: boolean; stock?: number; sold?: number } }).payload;
              const ratio = p?.infinite ? '∞' : formatNumber(Number(v), marketplace, 2);
              const detail =
                p?.stock === undefined
                  ? ''
                  : ` (${formatNumber(p.stock, marketplace)} ÷ ${formatNumber(p.sold ?? 0, marketplace)})`;
              return [`${ratio}${detail}`, t('colRatio')];
            }}
          />
          <Line
            type="linear"
            dataKey="ratio"
            stroke="#1f6f5c"
            strokeWidth={2}
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
