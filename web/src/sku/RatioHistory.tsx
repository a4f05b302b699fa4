// Stock-to-sales ratio of a SKU over time (EXC-1), from the API's history of the ratio.
import { useApi } from '../api/client.js';
import { RatioChart, type RatioPoint } from '../charts/RatioChart.js';
import { Loader } from '../components/Status.js';
import { useT } from '../i18n.js';

interface RatioHistoryDoc {
  readonly points: readonly { readonly day: string; readonly stockToSalesRatio: number | string | null }[];
}

export function RatioHistory({ sku, marketplace }: { sku: string; marketplace: string }) {
  const t = useT();
  const path = `/excess/${encodeURIComponent(sku)}/history${marketplace ? `?marketplace=${marketplace}` : ''}`;
  const history = useApi<RatioHistoryDoc>(path);
  return (
    <Loader loaded={history} what={t('ratioTitle')} path="/excess/:sku/history">
      {(doc) => {
        const points: RatioPoint[] = doc.points.map((p) => ({
          day: p.day,
          ratio:
            typeof p.stockToSalesRatio === 'string'
              ? /inf|∞/i.test(p.stockToSalesRatio)
                ? Infinity
                : Number(p.stockToSalesRatio)
              : p.stockToSalesRatio,
        }));
        return <RatioChart points={points} marketplace={marketplace} />;
      }}
    </Loader>
  );
}
