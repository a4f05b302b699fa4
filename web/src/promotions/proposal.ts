// The proposal form's state and its JSON body for POST /api/v1/promotions/check (the fields of the
// promotions CSV, CONTRACT.md). Days without a time are sent as YYYY-MM-DD (local midnight of the
// marketplace, DEC-3); a day with a time as ISO-8601 with the marketplace zone's offset at that time.
import { zoneOf } from '../format.js';

export const PROMOTION_KINDS = [
  'coupon',
  'price_discount',
  'ped',
  'lightning_deal',
  'best_deal',
  'promo_code',
  'business_price',
  'outlet_deal',
  'outlet_sale',
] as const;

export const CODE_TYPES = ['unrestricted', 'priority', 'social'] as const;
export const AUDIENCES = ['all', 'prime', 'new_buyer', 'business'] as const;

export interface ProposalForm {
  readonly id: string;
  readonly marketplace: string;
  readonly sku: string;
  readonly kind: (typeof PROMOTION_KINDS)[number];
  readonly startDay: string;
  readonly startTime: string;
  readonly endDay: string;
  readonly endTime: string;
  readonly price: string;
  readonly discountPct: string;
  readonly discountAmount: string;
  readonly stackable: boolean;
  readonly code: string;
  readonly codeType: string;
  readonly audience: (typeof AUDIENCES)[number];
  readonly minQty: string;
  readonly budget: string;
}

export function emptyProposal(today: string): ProposalForm {
  return {
    id: '',
    marketplace: '',
    sku: '',
    kind: 'lightning_deal',
    // A Lightning Deal of 12 hours (PM-3: at most 12 h) on the day given.
    startDay: today,
    startTime: '08:00',
    endDay: today,
    endTime: '20:00',
    price: '',
    discountPct: '',
    discountAmount: '',
    stackable: false,
    code: '',
    codeType: '',
    audience: 'all',
    minQty: '',
    budget: '',
  };
}

/** "+09:00" / "-07:00": the offset of `zone` at the wall time day + time there. */
export function zoneOffset(zone: string, day: string, time: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y!, m! - 1, d!, hh ?? 0, mm ?? 0);
  const offsetAt = (ms: number): number => {
    const name =
      new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
        .formatToParts(ms)
        .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
    if (!match) return 0;
    const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
    return match[1] === '-' ? -minutes : minutes;
  };
  // The offset at the instant the wall time names (one refinement settles DST edges).
  let offset = offsetAt(wall);
  offset = offsetAt(wall - offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function when(day: string, time: string, marketplace: string): string {
  if (!time) return day;
  return `${day}T${time}:00${zoneOffset(zoneOf(marketplace), day, time)}`;
}

const blank = (s: string) => s.trim() === '';

/** The request body; `marketplace` is the SKU's (for the time offset), else the form's. */
export function proposalBody(form: ProposalForm, marketplace: string): Record<string, unknown> {
  const body: Record<string, unknown> = {
    sku: form.sku.trim(),
    kind: form.kind,
    start: when(form.startDay, form.startTime, marketplace),
    end: when(form.endDay, form.endTime, marketplace),
    stackable: form.stackable,
    audience: form.audience,
  };
  if (!blank(form.id)) body.id = form.id.trim();
  if (!blank(form.price)) body.price = form.price.trim();
  if (!blank(form.discountPct)) body.discount_pct = form.discountPct.trim();
  if (!blank(form.discountAmount)) body.discount_amount = form.discountAmount.trim();
  if (form.kind === 'promo_code') {
    if (!blank(form.code)) body.code = form.code.trim();
    if (form.codeType) body.code_type = form.codeType;
  }
  if (!blank(form.minQty)) body.min_qty = /^\d+$/.test(form.minQty.trim()) ? Number(form.minQty) : form.minQty;
  if (!blank(form.budget)) body.budget = form.budget.trim();
  return body;
}

/** Enough filled in to be worth checking. */
export function isCheckable(form: ProposalForm): boolean {
  return !blank(form.sku) && /^\d{4}-\d{2}-\d{2}$/.test(form.startDay) && /^\d{4}-\d{2}-\d{2}$/.test(form.endDay);
}
