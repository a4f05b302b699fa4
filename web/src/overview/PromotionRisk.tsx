// Money at risk from promotions (issue 8 §1): one call, GET /promotions/at-risk — the server runs the
// loss guard (PQ-4) over every ASIN with a live or planned promotion in the range and checks every
// such promotion again (PM-1..PM-10). Shown: the worst-case amount per currency (each SKU's lowest
// net price under its floor × the units its promotions are expected to sell), the per-unit shortfall,
// and per ASIN the failing rule IDs and the lowest net price against the floor. Amounts are the API's
// exact decimal strings, formatted in the marketplace's locale.
import { useApi } from '../api/client.js';
import type { AtRiskDoc, AtRiskItem } from '../api/types.js';
import { KindLabel } from '../components/Labels.js';
import { Loader } from '../components/Status.js';
import { formatDay, formatMoney, formatNumber } from '../format.js';
import { useT } from '../i18n.js';
import { Link } from '../router.js';
import { skuHref } from '../excess/ExcessTable.js';

/** ASINs listed on the overview; the rest are counted. */
const SHOWN = 8;
const BREACH = { zero: 'breach_zero', cost_floor: 'breach_cost_floor', min_price: 'breach_min_price' } as const;

export function atRiskPath(from: string, to: string): string {
  return `/promotions/at-risk?from=${from}&to=${to}`;
}

function RiskItem({ item }: { item: AtRiskItem }) {
  const t = useT();
  const mp = item.marketplace;
  const money = (v: string | null) => formatMoney(v, item.currency, mp);
  return (
    <li data-asin={item.asin} data-marketplace={mp}>
      <strong>{item.asin}</strong> ({mp})
      {item.skus.map((s) => (
        <div key={s.sku} className="risk-sku" data-sku={s.sku}>
          <Link to={skuHref(s.sku, mp)}>{s.sku}</Link>:{' '}
          {t('worstNetVsFloor', {
            net: money(s.worstNetUnitPrice),
            floor: money(s.breaches.includes('cost_floor') || s.minPrice === null ? s.costFloor : s.minPrice),
          })}{' '}
          {s.breaches.map((b) => (
            <span key={b} className="badge bad" data-breach={b}>
              {t(BREACH[b])}
            </span>
          ))}{' '}
          <span className="muted">
            {t('worstLoss', { amount: money(s.shortfallPerUnit) })}{' '}
            {t('riskExpected', { units: formatNumber(s.expectedUnits, mp), amount: money(s.atRisk) })}
          </span>
        </div>
      ))}
      {item.promotions.length > 0 && (
        <ul className="plain risk-promotions">
          {item.promotions.map((p) => (
            <li key={p.id} data-promotion={p.id} data-ok={p.ok}>
              <code>{p.id}</code> <KindLabel kind={p.kind} /> {p.sku}{' '}
              {p.rules.map((r) => (
                <span key={r} className="rule" data-rule={r}>
                  {r}
                </span>
              ))}
              {p.inLossStack && <span className="muted"> · {t('riskInStack')}</span>}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function PromotionRisk({ from, to, ready = true }: { from: string; to: string; ready?: boolean }) {
  const t = useT();
  const path = atRiskPath(from, to);
  // `ready`: the page asks once its quicker answers are in (the server computes one at a time).
  const risk = useApi<AtRiskDoc>(ready ? path : null);
  return (
    <div id="promotion-risk" data-done={risk.data !== null || risk.error !== null} data-source="at-risk">
      <Loader loaded={risk} what={t('riskTitle')} path={path}>
        {(doc) => {
          const where = doc.totals[0]?.marketplaces[0] ?? 'US';
          return (
            <>
              <p className="big" id="risk-total" data-currencies={doc.totals.length}>
                {doc.totals.length > 0
                  ? doc.totals.map((x) => formatMoney(x.atRisk, x.currency, x.marketplaces[0] ?? 'US')).join(' · ')
                  : t('riskNone')}
              </p>
              {doc.totals.length > 0 && (
                <ul className="plain" id="risk-totals">
                  {doc.totals.map((x) => (
                    <li key={x.currency} data-currency={x.currency}>
                      <strong>{x.currency}</strong>:{' '}
                      {t('riskPerUnit', {
                        amount: formatMoney(x.shortfallPerUnit, x.currency, x.marketplaces[0] ?? 'US'),
                      })}{' '}
                      · {t('riskAsins', { count: x.asins })} · {t('riskFailing', { count: x.failingPromotions })}
                    </li>
                  ))}
                </ul>
              )}
              <p className="hint">
                {t('riskLead', {
                  from: formatDay(from, where),
                  to: formatDay(to, where),
                  asins: doc.asinsChecked,
                  checks: doc.promotionsChecked,
                })}{' '}
                {t('riskAmountHint')}
              </p>
              {doc.items.length > 0 && (
                <ul className="plain risk-items" id="risk-items">
                  {doc.items.slice(0, SHOWN).map((item) => (
                    <RiskItem key={`${item.marketplace}|${item.asin}`} item={item} />
                  ))}
                </ul>
              )}
              {doc.items.length > SHOWN && (
                <p className="muted">{t('riskMore', { count: doc.items.length - SHOWN })}</p>
              )}
              <p>
                <Link to="/promotions">{t('seeCalendar')}</Link>
              </p>
            </>
          );
        }}
      </Loader>
    </div>
  );
}
