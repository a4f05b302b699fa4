// The campaign file of `clearway presale create FILE.json` (and the body of POST /api/v1/presales): one
// JSON object with the PRE-1 fields, snake_case like clearway's CSV files —
//   { "id"?, "sku", "start", "end", "price", "units_offered", "payment_mode": "deposit"|"full",
//     "deposit"?, "release", "return_policy"? }
// Money as a decimal string (a number is taken too) in the marketplace currency; instants ISO-8601 with
// offset, or a day (local midnight of the SKU's marketplace). Every wrong field is reported at once
// (exit 2, naming the file and field); an unknown SKU is exit 3.
import { readFile } from 'node:fs/promises';
import { PAYMENT_MODES, type PaymentMode, type PresaleCampaignFact } from '../../core/catalog/facts.js';
import { marketplaceInfo, type Marketplace } from '../../core/catalog/marketplace.js';
import { CalendarError, parseDayOrInstant, timeZoneOf } from '../../core/calendar/calendar.js';
import { MoneyError, parseMoney } from '../../core/money/money.js';
import { campaignShapeIssues } from '../../core/presale/index.js';
import type { FactStore } from '../../store/types.js';
import { marketplaceOfSku } from '../asin-facts.js';
import { ISHS_APP } from '../ishs/messages.js';
import { PricingInputError, type FieldIssue } from '../pricing-errors.js';

/** A campaign as given, before its id and creation instant. */
export type CampaignInput = Omit<PresaleCampaignFact, 'id' | 'at'> & { readonly id: string | null };

export async function readCampaignFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PricingInputError(
      'BAD_FILE',
      [{ field: null, code: ISHS_APP.PRESALE_FILE_UNREADABLE, values: { reason } }],
      path,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PricingInputError(
      'BAD_FILE',
      [{ field: null, code: ISHS_APP.PRESALE_FILE_UNREADABLE, values: { reason } }],
      path,
    );
  }
}

class Fields {
  readonly issues: FieldIssue[] = [];
  constructor(private readonly data: Record<string, unknown>) {}

  private raw(field: string, optional: boolean): string | null {
    const v = this.data[field];
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
      if (!optional) this.issues.push({ field, code: ISHS_APP.PRESALE_FIELD_MISSING, values: {} });
      return null;
    }
    return typeof v === 'string' ? v.trim() : String(v);
  }

  private bad(field: string, value: string, expected: string): null {
    this.issues.push({ field, code: ISHS_APP.PRESALE_FIELD_BAD, values: { value, expected } });
    return null;
  }

  text(field: string, optional = false): string | null {
    return this.raw(field, optional);
  }

  instant(field: string, timeZone: string): number | null {
    const v = this.raw(field, false);
    if (v === null) return null;
    try {
      return parseDayOrInstant(v, timeZone);
    } catch (error) {
      if (!(error instanceof CalendarError)) throw error;
      return this.bad(field, v, 'an ISO-8601 instant or a YYYY-MM-DD day');
    }
  }

  money(field: string, marketplace: Marketplace, optional = false): number | null {
    const v = this.raw(field, optional);
    if (v === null) return null;
    try {
      return parseMoney(v, marketplaceInfo(marketplace).currency);
    } catch (error) {
      if (!(error instanceof MoneyError)) throw error;
      return this.bad(field, v, `an amount in ${marketplaceInfo(marketplace).currency}`);
    }
  }

  count(field: string): number | null {
    const v = this.raw(field, false);
    if (v === null) return null;
    return /^\d+$/.test(v) && Number.isSafeInteger(Number(v)) ? Number(v) : this.bad(field, v, 'a whole number');
  }

  mode(field: string): PaymentMode | null {
    const v = this.raw(field, false);
    if (v === null) return null;
    return (PAYMENT_MODES as readonly string[]).includes(v)
      ? (v as PaymentMode)
      : this.bad(field, v, PAYMENT_MODES.join(' or '));
  }
}

/** The campaign of a parsed file: its SKU's marketplace (DEC-2), every field checked (PRE-1). */
export async function campaignFromData(
  store: FactStore,
  account: string,
  data: unknown,
  wanted: Marketplace | null,
  source: string,
): Promise<CampaignInput> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new PricingInputError(
      'BAD_FILE',
      [{ field: null, code: ISHS_APP.PRESALE_FILE_NOT_OBJECT, values: {} }],
      source,
    );
  }
  const f = new Fields(data as Record<string, unknown>);
  const sku = f.text('sku');
  if (sku === null) throw new PricingInputError('BAD_CAMPAIGN', f.issues, source);
  const fromFile = f.text('marketplace', true);
  const marketplace = await marketplaceOfSku(
    store,
    account,
    sku,
    (fromFile?.toUpperCase() as Marketplace | undefined) ?? wanted,
  );
  const tz = timeZoneOf(marketplace);
  const values = {
    id: f.text('id', true),
    sku,
    marketplace,
    start: f.instant('start', tz),
    end: f.instant('end', tz),
    price: f.money('price', marketplace),
    unitsOffered: f.count('units_offered'),
    paymentMode: f.mode('payment_mode'),
    deposit: f.money('deposit', marketplace, true),
    releaseAt: f.instant('release', tz),
    returnPolicy: f.text('return_policy', true),
  };
  if (f.issues.length > 0) throw new PricingInputError('BAD_CAMPAIGN', f.issues, source);
  const input = values as CampaignInput;
  const shape = campaignShapeIssues({ ...input, id: input.id ?? '', at: 0 });
  if (shape.length > 0) {
    throw new PricingInputError(
      'BAD_CAMPAIGN',
      shape.map((i) => ({ field: i.field, code: i.code, values: i.values })),
      source,
    );
  }
  return input;
}
