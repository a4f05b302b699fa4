// Units on hand by age bucket (DEC-1 ages; EXC-2: over 90 days is excess, over 180 pays aged charges).
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AGE_BUCKETS, type AgeBucket } from '../api/inventory-types.js';
import { formatNumber } from '../format.js';
import { useT } from '../i18n.js';

const COLORS: Record<AgeBucket, string> = {
  '0-90': '#3f9d7a',
  '91-180': '#d9b23a',
  '181-270': '#e07f2e',
  '271-365': '#d0532f',
  '365+': '#9e2a2b',
};

export function AgeChart({
  buckets,
  marketplace,
}: {
  buckets: Readonly<Record<AgeBucket, number | null>>;
  marketplace: string;
}) {
  const t = useT();
  if (AGE_BUCKETS.every((b) => buckets[b] === null)) return <p className="muted">{t('agesUnknown')}</p>;
  const data = AGE_BUCKETS.map((b) => ({ bucket: b, units: buckets[b] ?? 0 }));
  return (
    <div className="chart" id="age-chart">
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e3e6ea" vertical={false} />
          <XAxis dataKey="bucket" tickFormatter={(b: string) => t('daysBucket', { bucket: b })} fontSize={12} />
          <YAxis tickFormatter={(v: number) => formatNumber(v, marketplace)} width={48} fontSize={12} />
          <Tooltip
            labelFormatter={(b) => t('daysBucket', { bucket: String(b) })}
            formatter={(v) => [formatNumber(Number(v), marketplace), t('units')]}
          />
          <Bar dataKey="units" isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.bucket} fill={COLORS[d.bucket]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
