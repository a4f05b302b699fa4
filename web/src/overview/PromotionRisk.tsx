// Money at risk from promotions (issue 8 §1): every live or upcoming promotion's ASIN is run through
// the loss guard (GET /promotions/guard/:asin, PQ-4) and every planned promotion is checked again
// (POST /promotions/check, as of its start) — a few requests at a time, shown as they arrive. The
// figure per currency is the worst loss per unit the guard found (cost floor − net price), summed
// over ASINs, exactly in minor units.
import { useEffect, useMemo, useState } from 'react';
import { cachedGet, postJson } from '../api/client.js';
import type { CheckDoc, GuardDoc, PromotionDoc } from '../api/types.js';
import { compareMoney, currencyDigits, fromMinor, toMinor } from '../decimal.js';
import { formatMoney } from '../format.js';
import { useT } from '../i18n.js';
import { Link } from '../router.js';
import { IssueList } from '../promotions/CheckResult.js';
import { KindLabel } from '../components/Labels.js';

const PARALLEL = 3;
const MAX_ASINS = 40;
const MAX_CHECKS = 40;

async function inBatches<T, R>(
  items: readonly T[],
  work: (item: T) => Promise<R>,
  each: (r: R) => void,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      try {
        each(await work(item));
      } catch {
        // one ASIN's failure does not stop the others; its row simply does not appear
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}

/** The proposal body of a stored promotion (the promotions CSV fields), to check it again. */
function proposalOf(p: PromotionDoc): Record<string, unknown> {
  const body: Record<string, unknown> = { id: p.id, sku: p.sku, kind: p.kind, start: p.start, end: p.end };
  if (p.price !== null) body.price = p.price;
  if (p.discountPct !== null) body.discount_pct = p.discountPct;
  if (p.discountAmount !== null) body.discount_amount = p.discountAmount;
  body.stackable = p.stackable;
  if (p.code !== null) body.code = p.code;
  if (p.codeType !== null) body.code_type = p.codeType;
  body.audience = p.audience;
  if (p.minQty !== null) body.min_qty = p.minQty;
  if (p.budget !== null) body.budget = p.budget;
  return body;
}

/** Worst per-unit loss of a guard answer (cost floor − net price over findings), or null. */
export function worstLoss(doc: GuardDoc): string | null {
  let worst: string | null = null;
  const digits = currencyDigits(doc.currency);
  for (const f of doc.findings) {
    if (f.costFloor === null) continue;
    const loss = fromMinor(toMinor(f.costFloor, digits) - toMinor(f.netUnitPrice, digits), digits);
    if (worst === null || compareMoney(loss, worst) > 0) worst = loss;
  }
  return worst;
}

export function PromotionRisk({
  promotions,
  from,
  to,
}: {
  promotions: readonly PromotionDoc[];
  from: string;
  to: string;
}) {
  const t = useT();
  const [guards, setGuards] = useState<GuardDoc[]>([]);
  const [failing, setFailing] = useState<{ promotion: PromotionDoc; check: CheckDoc }[]>([]);
  const [done, setDone] = useState(false);
  const asins = useMemo(() => {
    const seen = new Map<string, { asin: string; marketplace: string }>();
    for (const p of promotions)
      if (p.asin) seen.set(`${p.marketplace}|${p.asin}`, { asin: p.asin, marketplace: p.marketplace });
    return [...seen.values()].slice(0, MAX_ASINS);
  }, [promotions]);
  const planned = useMemo(() => promotions.filter((p) => p.status === 'planned').slice(0, MAX_CHECKS), [promotions]);

  useEffect(() => {
    let live = true;
    setGuards([]);
    setFailing([]);
    setDone(false);
    const guard = inBatches(
      asins,
      (a) =>
        cachedGet<GuardDoc>(
          `/promotions/guard/${encodeURIComponent(a.asin)}?marketplace=${a.marketplace}&from=${from}&to=${to}`,
        ),
      (doc) => live && !doc.ok && setGuards((all) => [...all, doc]),
    );
    const checks = inBatches(
      planned,
      async (p) => ({ promotion: p, check: await postJson<CheckDoc>('/promotions/check', proposalOf(p)) }),
      (r) => live && !r.check.ok && setFailing((all) => [...all, r]),
    );
    void Promise.all([guard, checks]).then(() => live && setDone(true));
    return () => {
      live = false;
    };
  }, [asins, planned, from, to]);

  const totals = useMemo(() => {
    const byCurrency = new Map<string, { amount: bigint; digits: number; marketplace: string }>();
    for (const g of guards) {
      const loss = worstLoss(g);
      if (loss === null) continue;
      const digits = currencyDigits(g.currency);
      const entry = byCurrency.get(g.currency) ?? { amount: 0n, digits, marketplace: g.marketplace };
      entry.amount += toMinor(loss, digits);
      byCurrency.set(g.currency, entry);
    }
    return [...byCurrency.entries()].map(([currency, e]) => ({
      currency,
      marketplace: e.marketplace,
      amount: fromMinor(e.amount, e.digits),
    }));
  }, [guards]);

  return (
    <div id="promotion-risk" data-done={done}>
      <p className="big" id="risk-total">
        {totals.length > 0
          ? totals.map((x) => formatMoney(x.amount, x.currency, x.marketplace)).join(' · ')
          : done
            ? t('riskNone')
            : t('loading')}
      </p>
      <p className="hint">{t('riskLead', { asins: asins.length, checks: planned.length })}</p>
      {guards.length > 0 && (
        <ul className="plain">
          {guards.map((g) => (
            <li key={`${g.marketplace}|${g.asin}`}>
              <Link to={`/promotions`}>{g.asin}</Link> ({g.marketplace}):{' '}
              {t('guardFindings', { count: g.findings.length })}
              {worstLoss(g) !== null && (
                <> · {t('worstLoss', { amount: formatMoney(worstLoss(g), g.currency, g.marketplace) })}</>
              )}
            </li>
          ))}
        </ul>
      )}
      {failing.length > 0 && (
        <>
          <h4>{t('failingPlanned', { count: failing.length })}</h4>
          <ul className="plain">
            {failing.map(({ promotion, check }) => (
              <li key={promotion.id}>
                <strong>{promotion.id}</strong> <KindLabel kind={promotion.kind} /> {promotion.sku}
                <IssueList issues={check.errors} kind="error" />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
