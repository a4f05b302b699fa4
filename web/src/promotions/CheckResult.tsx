// The answer of POST /promotions/check shown beside the form: every error and warning with its rule
// ID, code and message (in the UI language, from the API), the fee, the reference prices it was
// checked against, and the price chain (PM-10): the 30-day lowest net price it leaves behind, with
// the buyers who could pay it, and the planned promotions it would make fail.
import type { CheckDoc, Issue } from '../api/types.js';
import { codeLabel, KindLabel } from '../components/Labels.js';
import { formatInstant, formatMoney, formatPercent } from '../format.js';
import { pickMessage, useLang, useT, type Translate } from '../i18n.js';

export function IssueList({ issues, kind }: { issues: readonly Issue[]; kind: 'error' | 'warning' }) {
  const lang = useLang();
  return (
    <ul className={`issues-list ${kind}s`}>
      {issues.map((issue, i) => (
        <li key={`${issue.code}-${i}`} className={kind} data-rule={issue.rule} data-code={issue.code}>
          <span className="rule">{issue.rule}</span> <code className="code">{issue.code}</code>{' '}
          <span className="msg">{pickMessage(lang, issue)}</span>
        </li>
      ))}
    </ul>
  );
}

/** "Prime members", "first-time buyers"… for a PR-6 cause context. */
export function contextLabel(t: Translate, context: string): string {
  const parts = context.split('+').map((c) => codeLabel(t, 'status', `ctx_${c}`));
  return parts.join(' + ');
}

export function CheckResult({ doc }: { doc: CheckDoc }) {
  const t = useT();
  const lang = useLang();
  const mp = doc.marketplace;
  const money = (v: string | null | undefined) => formatMoney(v, doc.currency, mp);
  const refs = doc.references;
  const after = doc.lowest30DayNetPriceAfter;
  return (
    <div className={`check-result ${doc.ok ? 'ok' : 'fails'}`} id="check-result" data-ok={doc.ok}>
      <p className="verdict">
        {doc.ok ? (
          <span className="good">{t('checkOk')}</span>
        ) : (
          <span className="bad">{t('checkFails', { count: doc.errors.length })}</span>
        )}{' '}
        <span className="muted">
          {doc.sku} · {doc.asin} · {mp} · {t('checkedAsOf', { at: formatInstant(doc.checkedAsOf, mp) })}
        </span>
      </p>
      {doc.errors.length > 0 && (
        <>
          <h4>{t('errors')}</h4>
          <IssueList issues={doc.errors} kind="error" />
        </>
      )}
      {doc.warnings.length > 0 && (
        <>
          <h4>{t('warnings')}</h4>
          <IssueList issues={doc.warnings} kind="warning" />
        </>
      )}
      <div className="grid2">
        <div>
          <h4>{t('referencesAtStart')}</h4>
          <dl className="kv">
            <dt>{t('currentPrice')}</dt>
            <dd>{money(refs.currentPrice)}</dd>
            <dt>{t('listPrice')}</dt>
            <dd>
              {money(refs.listPrice.value)}{' '}
              {refs.listPrice.value !== null && (
                <small className={refs.listPrice.validated ? 'good' : 'muted'}>
                  {refs.listPrice.validated ? t('validated') : t('notValidated')}
                </small>
              )}
            </dd>
            <dt>{t('wasPrice')}</dt>
            <dd>
              {money(refs.wasPrice.value)} {refs.wasPrice.frozen && <small>{t('frozen')}</small>}
            </dd>
            <dt>{t('lowestRecent')}</dt>
            <dd>{money(refs.lowestRecentPrice)}</dd>
            <dt>{t('lowest30Net')}</dt>
            <dd>{money(refs.lowest30DayNetPrice.value)}</dd>
            <dt>{t('reference')}</dt>
            <dd>
              {money(refs.reference.value)}{' '}
              {refs.reference.kind && <small>({codeLabel(t, 'status', `ref_${refs.reference.kind}`)})</small>}
            </dd>
          </dl>
        </div>
        <div>
          <h4>{t('fee')}</h4>
          <dl className="kv">
            <dt>{t('feeEstimated')}</dt>
            <dd>{doc.fee.estimated === null ? t('noFeeData') : money(doc.fee.estimated)}</dd>
            {doc.fee.fixed !== null && (
              <>
                <dt>{t('feeFixed')}</dt>
                <dd>{money(doc.fee.fixed)}</dd>
              </>
            )}
            {doc.fee.variableRate !== null && (
              <>
                <dt>{t('feeVariable')}</dt>
                <dd>{formatPercent(doc.fee.variableRate, mp)}</dd>
              </>
            )}
          </dl>
          <p className="hint">{lang === 'zh-CN' ? doc.fee.basisZh : doc.fee.basis}</p>
        </div>
      </div>
      <h4>{t('priceChain')}</h4>
      <div className="chain" id="price-chain">
        <div className="chain-step">
          <span className="muted">{t('chainLeaves')}</span>
          <strong>{money(after.value)}</strong>
          {after.cause && (
            <small>
              {t('chainPaidBy', { who: contextLabel(t, after.cause.context) })} ·{' '}
              {after.cause.kinds.map((k) => codeLabel(t, 'kind', k)).join(' + ')}
            </small>
          )}
          {after.until && <small>{t('chainUntil', { at: formatInstant(after.until, mp) })}</small>}
        </div>
        <div className="chain-step">
          <span className="muted">{t('chainBlocks')}</span>
          {doc.blocks.length === 0 ? (
            <strong className="good">{t('chainBlocksNone')}</strong>
          ) : (
            <ul className="blocks">
              {doc.blocks.map((b) => (
                <li key={b.id} data-blocked={b.id}>
                  <strong>{b.id}</strong> <KindLabel kind={b.kind} /> {formatInstant(b.start, mp)}
                  <IssueList issues={b.errors} kind="error" />
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
