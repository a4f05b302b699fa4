// Propose a promotion (issue 8 §3): the form is checked live against the rules as it is typed
// (POST /api/v1/promotions/check, debounced), the answer shown beside it; "Record" stores it as a
// planned promotion (POST /api/v1/promotions, optionally forced). Malformed fields come back as a 400
// naming each field.
import { useEffect, useState } from 'react';
import { ApiError, invalidate, postJson } from '../api/client.js';
import type { AddDoc, CheckDoc } from '../api/types.js';
import { codeLabel } from '../components/Labels.js';
import { pickMessage, useLang, useT } from '../i18n.js';
import { BuyerPrices, BuyerPricesWith } from './BuyerPrices.js';
import { CheckResult } from './CheckResult.js';
import { AUDIENCES, CODE_TYPES, isCheckable, PROMOTION_KINDS, proposalBody, type ProposalForm } from './proposal.js';

type CheckState =
  | { readonly state: 'idle' }
  | { readonly state: 'checking'; readonly previous: CheckDoc | null }
  | { readonly state: 'checked'; readonly doc: CheckDoc }
  | { readonly state: 'invalid'; readonly error: ApiError };

function InputErrors({ error }: { error: ApiError }) {
  const lang = useLang();
  const issues = (error.body as { error?: { issues?: { field: string | null; message: string; messageZh: string }[] } })
    ?.error?.issues;
  return (
    <div className="notice error" role="alert" id="check-input-error" data-code={error.code}>
      {issues && issues.length > 0 ? (
        <ul>
          {issues.map((i, k) => (
            <li key={k} data-field={i.field ?? ''}>
              {pickMessage(lang, i)}
            </li>
          ))}
        </ul>
      ) : (
        <>
          <code>{error.code}</code> {pickMessage(lang, error)}
        </>
      )}
    </div>
  );
}

export function ProposalPanel({
  form,
  setForm,
  skuMarketplaces,
}: {
  form: ProposalForm;
  setForm: (f: ProposalForm) => void;
  /** Marketplaces each known SKU sells on (for the time offset and the marketplace hint). */
  skuMarketplaces: ReadonlyMap<string, readonly string[]>;
}) {
  const t = useT();
  const lang = useLang();
  const [check, setCheck] = useState<CheckState>({ state: 'idle' });
  const [force, setForce] = useState(false);
  const [recorded, setRecorded] = useState<AddDoc | ApiError | null>(null);
  const known = skuMarketplaces.get(form.sku.trim()) ?? [];
  const marketplace = form.marketplace || (known.length === 1 ? known[0]! : 'US');

  const bodyText = JSON.stringify(proposalBody(form, marketplace));
  const query = form.marketplace ? `?marketplace=${form.marketplace}` : '';
  useEffect(() => {
    if (!isCheckable(form)) {
      setCheck({ state: 'idle' });
      return;
    }
    let live = true;
    setCheck((s) => ({
      state: 'checking',
      previous: s.state === 'checked' ? s.doc : s.state === 'checking' ? s.previous : null,
    }));
    const timer = setTimeout(() => {
      postJson<CheckDoc>(`/promotions/check${query}`, JSON.parse(bodyText)).then(
        (doc) => live && setCheck({ state: 'checked', doc }),
        (error: unknown) =>
          live &&
          setCheck({
            state: 'invalid',
            error: error instanceof ApiError ? error : new ApiError(0, 'ERROR', String(error), String(error)),
          }),
      );
    }, 350);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [bodyText, query]);

  const record = async () => {
    setRecorded(null);
    try {
      const doc = await postJson<AddDoc>(`/promotions${query}${query ? '&' : '?'}force=${force}`, JSON.parse(bodyText));
      setRecorded(doc);
      invalidate();
    } catch (error) {
      setRecorded(error instanceof ApiError ? error : new ApiError(0, 'ERROR', String(error), String(error)));
    }
  };

  const set = <K extends keyof ProposalForm>(key: K, value: ProposalForm[K]) => setForm({ ...form, [key]: value });
  const text = (key: keyof ProposalForm, label: string, props: Record<string, string> = {}) => (
    <label className="field">
      <span>{label}</span>
      <input
        name={key}
        id={`proposal-${key}`}
        value={form[key] as string}
        onChange={(e) => set(key, e.target.value as never)}
        {...props}
      />
    </label>
  );

  return (
    <div className="proposal grid2">
      <form className="proposal-form" onSubmit={(e) => e.preventDefault()} id="proposal-form">
        {text('sku', t('colSku'), { list: 'known-skus', required: 'true', autoComplete: 'off' })}
        <datalist id="known-skus">
          {[...skuMarketplaces.keys()].slice(0, 2000).map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <label className="field">
          <span>{t('marketplace')}</span>
          <select
            id="proposal-marketplace"
            value={form.marketplace}
            onChange={(e) => set('marketplace', e.target.value)}
          >
            <option value="">{known.length > 0 ? known.join(', ') : t('auto')}</option>
            {known.length > 1 &&
              known.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
          </select>
        </label>
        <label className="field">
          <span>{t('kind')}</span>
          <select
            id="proposal-kind"
            value={form.kind}
            onChange={(e) => set('kind', e.target.value as ProposalForm['kind'])}
          >
            {PROMOTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {codeLabel(t, 'kind', k)}
              </option>
            ))}
          </select>
        </label>
        <div className="pair">
          {text('startDay', t('start'), { type: 'date' })}
          {text('startTime', t('time'), { type: 'time' })}
        </div>
        <div className="pair">
          {text('endDay', t('end'), { type: 'date' })}
          {text('endTime', t('time'), { type: 'time' })}
        </div>
        <div className="pair">
          {text('price', t('dealPrice'), { inputMode: 'decimal', placeholder: '19.99' })}
          {text('discountPct', t('discountPct'), { inputMode: 'decimal', placeholder: '20' })}
          {text('discountAmount', t('discountAmount'), { inputMode: 'decimal' })}
        </div>
        <label className="field">
          <span>{t('audience')}</span>
          <select value={form.audience} onChange={(e) => set('audience', e.target.value as ProposalForm['audience'])}>
            {AUDIENCES.map((a) => (
              <option key={a} value={a}>
                {codeLabel(t, 'status', `aud_${a}`)}
              </option>
            ))}
          </select>
        </label>
        {form.kind === 'promo_code' && (
          <div className="pair">
            {text('code', t('code'))}
            <label className="field">
              <span>{t('codeType')}</span>
              <select value={form.codeType} onChange={(e) => set('codeType', e.target.value)}>
                <option value="">—</option>
                {CODE_TYPES.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
          </div>
        )}
        {form.kind === 'business_price' && text('minQty', t('minQty'), { inputMode: 'numeric' })}
        {form.kind === 'coupon' && text('budget', t('budget'), { inputMode: 'decimal' })}
        <label className="check">
          <input type="checkbox" checked={form.stackable} onChange={(e) => set('stackable', e.target.checked)} />{' '}
          {t('stackable')}
        </label>
        {text('id', t('promotionId'), { placeholder: t('generated') })}
        <div className="actions">
          <label className="check">
            <input type="checkbox" checked={force} onChange={(e) => setForce(e.target.checked)} /> {t('forceRecord')}
          </label>
          <button type="button" id="proposal-record" disabled={check.state !== 'checked'} onClick={() => void record()}>
            {t('recordPromotion')}
          </button>
        </div>
        {recorded && (
          <p
            className={`notice ${recorded instanceof ApiError || !recorded.stored ? 'error' : 'ok'}`}
            id="record-result"
          >
            {recorded instanceof ApiError
              ? pickMessage(lang, recorded)
              : recorded.stored
                ? t('recordOutcome', {
                    outcome: codeLabel(t, 'status', `out_${recorded.outcome}`),
                    id: recorded.promotion.id,
                  })
                : t('recordRefused', { count: recorded.errors.length })}
          </p>
        )}
      </form>
      <div className="proposal-answer" aria-live="polite">
        {check.state === 'idle' && <p className="muted">{t('proposalHint')}</p>}
        {check.state === 'checking' && (
          <>
            <p className="loading">{t('checking')}</p>
            {check.previous && (
              <div className="stale">
                <CheckResult doc={check.previous} />
              </div>
            )}
          </>
        )}
        {check.state === 'invalid' && <InputErrors error={check.error} />}
        {check.state === 'checked' && (
          <>
            <CheckResult doc={check.doc} />
            <h4>{t('buyerPrices')}</h4>
            <p className="hint">{t('buyerPricesHint')}</p>
            <h5>{t('buyerPricesWith')}</h5>
            <BuyerPricesWith doc={check.doc} />
            <h5>{t('buyerPricesWithout')}</h5>
            <BuyerPrices
              asin={check.doc.asin}
              sku={check.doc.sku}
              marketplace={check.doc.marketplace}
              at={check.doc.start}
            />
          </>
        )}
      </div>
    </div>
  );
}
