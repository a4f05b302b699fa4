// Small labels shared by pages: the DEC-4 band badge, clearance action names, promotion kinds and
// statuses, each from the catalogue; an unknown code from the API is shown as it is.
import { useT, type UiKey, type Translate } from '../i18n.js';
import type { Band } from '../api/inventory-types.js';

const BAND_LABEL: Record<Band, UiKey> = {
  stockout_risk: 'bandStockoutRisk',
  healthy: 'bandHealthy',
  moderate_excess: 'bandModerate',
  heavy_excess: 'bandHeavy',
};

export function bandLabel(t: Translate, band: string): string {
  const key = BAND_LABEL[band as Band];
  return key ? t(key) : band;
}

export function BandBadge({ band }: { band: string }) {
  const t = useT();
  return (
    <span className={`badge band-${band}`} data-band={band}>
      {bandLabel(t, band)}
    </span>
  );
}

/** `action_<code>` / `kind_<code>` / `status_<code>` entries of the catalogue, else the code itself. */
export function codeLabel(
  t: Translate,
  prefix: 'action' | 'kind' | 'status' | 'breach' | 'alert',
  code: string,
): string {
  const key = `${prefix}_${code}` as UiKey;
  const text = t(key);
  return text === key || text === undefined ? code.replace(/_/g, ' ') : text;
}

export function ActionLabel({ action }: { action: string }) {
  const t = useT();
  return <span className={`action action-${action}`}>{codeLabel(t, 'action', action)}</span>;
}

export function KindLabel({ kind }: { kind: string }) {
  const t = useT();
  return <span className={`kind kind-${kind}`}>{codeLabel(t, 'kind', kind)}</span>;
}

export function StatusBadge({ status }: { status: string }) {
  const t = useT();
  return (
    <span className={`badge status-${status.toLowerCase()}`} data-status={status}>
      {codeLabel(t, 'status', status)}
    </span>
  );
}
