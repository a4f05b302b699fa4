// PRE-1: what a pre-sale campaign must state — SKU, start, end, pre-sale price, units offered (the cap),
// payment mode (a deposit with its amount, or full payment), expected release (ship) day and a return
// policy — and the shape checks of a new campaign (bad input, before any review): the end after the
// start, the release not before the end (pre-orders ship once the campaign is over), at least one unit,
// a positive price, a deposit strictly between 0 and the price in deposit mode and none in full mode.
// The return policy may be missing here: the PRE-2 review rejects it then, with its reason.
import type { Minor, PaymentMode, PresaleCampaignFact } from '../catalog/facts.js';

export interface CampaignFieldIssue {
  /** The field as named in the campaign file (snake_case). */
  readonly field: string;
  readonly code:
    'PRESALE_FIELD_NOT_AFTER' | 'PRESALE_FIELD_BEFORE' | 'PRESALE_FIELD_NOT_POSITIVE' | 'PRESALE_FIELD_DEPOSIT';
  readonly values: Readonly<Record<string, unknown>>;
}

/** PRE-1 shape checks of a campaign; empty when it may be created. */
export function campaignShapeIssues(c: PresaleCampaignFact): CampaignFieldIssue[] {
  const issues: CampaignFieldIssue[] = [];
  if (c.end <= c.start) issues.push({ field: 'end', code: 'PRESALE_FIELD_NOT_AFTER', values: { other: 'start' } });
  if (c.releaseAt < c.end) issues.push({ field: 'release', code: 'PRESALE_FIELD_BEFORE', values: { other: 'end' } });
  if (!(c.unitsOffered >= 1)) issues.push({ field: 'units_offered', code: 'PRESALE_FIELD_NOT_POSITIVE', values: {} });
  if (!(c.price > 0)) issues.push({ field: 'price', code: 'PRESALE_FIELD_NOT_POSITIVE', values: {} });
  if (!depositFits(c.paymentMode, c.deposit, c.price)) {
    issues.push({ field: 'deposit', code: 'PRESALE_FIELD_DEPOSIT', values: { paymentMode: c.paymentMode } });
  }
  return issues;
}

function depositFits(mode: PaymentMode, deposit: Minor | null, price: Minor): boolean {
  if (mode === 'full') return deposit === null;
  return deposit !== null && deposit > 0 && deposit < price;
}

/** PRE-3: what a buyer pays when pre-ordering `units`: the deposit or the full price, per unit. */
export function amountDue(c: Pick<PresaleCampaignFact, 'paymentMode' | 'deposit' | 'price'>, units: number): Minor {
  return (c.paymentMode === 'deposit' ? (c.deposit ?? c.price) : c.price) * units;
}
