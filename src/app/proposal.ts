// A proposed promotion as a user writes it (`clearway promo check|add FILE.json`, POST /promotions…):
// one JSON object with the fields of the promotions CSV (CONTRACT.md) — id (optional: generated from
// the content), sku, kind, start, end, discount_pct, discount_amount, price, stackable, code,
// code_type, audience, min_qty, budget. Money is a decimal string ("23.09"; a JSON number is read
// as its decimal text), percentages are numbers (30 = 30%), start/end a day (local midnight of the
// marketplace, DEC-3) or an ISO-8601 instant with offset.
//
// Two steps: `parseProposal` checks the shape with zod, naming every wrong field (PricingInputError,
// exit 2); `proposalFact` turns it into a PromotionFact once the SKU's marketplace is known (zone of
// its days, currency of its money).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { AUDIENCES, CODE_TYPES, PROMOTION_KINDS, type PromotionFact } from '../core/catalog/facts.js';
import { CalendarError, parseDayOrInstant, timeZoneOf } from '../core/calendar/calendar.js';
import { marketplaceInfo, type Marketplace } from '../core/catalog/marketplace.js';
import { minorDigits, parseMoney } from '../core/money/money.js';
import { PricingInputError, type FieldIssue } from './pricing-errors.js';
import { PRICING } from './pricing-messages.js';

const DECIMAL = /^\d+(?:\.\d+)?$/;
const PERCENT = /^\d+(?:\.\d{1,2}0*)?$/;

function isDateText(s: string): boolean {
  try {
    parseDayOrInstant(s, 'UTC');
    return true;
  } catch (error) {
    if (error instanceof CalendarError) return false;
    throw error;
  }
}

function decimalText(v: string | number): string {
  return typeof v === 'number' ? String(v) : v.trim();
}

const DateText = z.string().refine(isDateText).describe('YYYY-MM-DD (local midnight) or ISO-8601 with offset');
const MoneyInput = z
  .union([z.string(), z.number()])
  .refine((v) => DECIMAL.test(decimalText(v)))
  .describe('Decimal amount in the marketplace currency, e.g. "23.09"');
const PercentInput = z
  .union([z.number(), z.string()])
  .refine((v) => {
    const text = decimalText(v);
    return PERCENT.test(text) && Number(text) <= 100;
  })
  .describe('Percent: 30 = 30%');
const Text = z.string().refine((s) => s.trim() !== '');

/** The shape of a proposal (also the request body schema of the API, for its OpenAPI document). */
export const ProposalInput = z
  .strictObject({
    id: Text.nullable().optional().describe('Promotion id; generated from the content when absent'),
    sku: Text.describe('Seller SKU'),
    kind: z.enum(PROMOTION_KINDS),
    start: DateText,
    end: DateText,
    discount_pct: PercentInput.nullable().optional(),
    discount_amount: MoneyInput.nullable().optional(),
    price: MoneyInput.nullable().optional().describe('Deal price (direct-price kinds)'),
    stackable: z.boolean().optional().describe('Default false'),
    code: z.string().nullable().optional(),
    code_type: z.enum(CODE_TYPES).nullable().optional(),
    audience: z.enum(AUDIENCES).optional().describe('Default all'),
    min_qty: z.number().int().min(1).nullable().optional(),
    budget: MoneyInput.nullable().optional(),
  })
  .describe('One proposed promotion: the fields of the promotions CSV');
export type ProposalInput = z.infer<typeof ProposalInput>;

const FIELDS = Object.keys(ProposalInput.shape);
const REQUIRED = new Set(['sku', 'kind', 'start', 'end']);
const MONEY_FIELDS = new Set(['discount_amount', 'price', 'budget']);
const ENUMS: Record<string, readonly string[]> = {
  kind: PROMOTION_KINDS,
  code_type: CODE_TYPES,
  audience: AUDIENCES,
};

function shown(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** The issue of one wrong field, worded by what the field holds. */
function fieldIssue(field: string, value: unknown): FieldIssue {
  const at = (code: string, values: Record<string, unknown> = {}): FieldIssue => ({
    field,
    code,
    values: { value: shown(value), ...values },
  });
  if (value === undefined || (value === null && REQUIRED.has(field))) {
    return { field, code: PRICING.PROPOSAL_REQUIRED, values: {} };
  }
  if (field === 'start' || field === 'end') return at(PRICING.PROPOSAL_NOT_A_DATE);
  if (MONEY_FIELDS.has(field)) return at(PRICING.PROPOSAL_NOT_MONEY);
  if (field === 'discount_pct') return at(PRICING.PROPOSAL_NOT_PERCENT);
  if (field === 'min_qty') return at(PRICING.PROPOSAL_NOT_INTEGER, { min: 1 });
  const allowed = ENUMS[field];
  if (allowed !== undefined) return at(PRICING.PROPOSAL_NOT_ONE_OF, { allowed: allowed.join(', ') });
  if (field === 'stackable') {
    return at(PRICING.PROPOSAL_WRONG_TYPE, { expected: 'true or false', expectedZh: ' true 或 false' });
  }
  if (typeof value === 'string') return { field, code: PRICING.PROPOSAL_BLANK, values: {} };
  return at(PRICING.PROPOSAL_WRONG_TYPE, { expected: 'a string', expectedZh: '字符串' });
}

/**
 * Checks the shape of a proposal (a parsed JSON value). Throws PricingInputError('BAD_PROPOSAL')
 * naming every wrong field, in the order of the CSV columns.
 */
export function parseProposal(data: unknown, source: string | null): ProposalInput {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new PricingInputError(
      'BAD_PROPOSAL',
      [{ field: null, code: PRICING.PROPOSAL_NOT_OBJECT, values: {} }],
      source,
    );
  }
  const parsed = ProposalInput.safeParse(data);
  if (parsed.success) return parsed.data;
  const record = data as Record<string, unknown>;
  const byField = new Map<string, FieldIssue>();
  const unknown: FieldIssue[] = [];
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        unknown.push({ field: key, code: PRICING.PROPOSAL_UNKNOWN_FIELD, values: { allowed: FIELDS.join(', ') } });
      }
      continue;
    }
    const field = String(issue.path[0] ?? '');
    if (field !== '' && !byField.has(field)) byField.set(field, fieldIssue(field, record[field]));
  }
  const ordered = FIELDS.flatMap((f) => {
    const issue = byField.get(f);
    return issue === undefined ? [] : [issue];
  });
  throw new PricingInputError('BAD_PROPOSAL', [...ordered, ...unknown], source);
}

/** The JSON value of a proposal file's text (its shape is checked by parseProposal). */
export function proposalJson(text: string, source: string | null): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new PricingInputError(
      'BAD_PROPOSAL',
      [{ field: null, code: PRICING.PROPOSAL_NOT_JSON, values: { detail } }],
      source,
    );
  }
}

/** Reads a proposal file as JSON (PricingInputError naming the file when it cannot be read or parsed). */
export async function readProposalFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new PricingInputError(
      'BAD_PROPOSAL',
      [{ field: null, code: PRICING.PROPOSAL_UNREADABLE, values: { detail } }],
      path,
    );
  }
  return proposalJson(text, path);
}

/** A stable id from the content (re-adding the same file without an id is then a duplicate). */
function generatedId(fact: Omit<PromotionFact, 'id'>): string {
  const hash = createHash('sha256').update(JSON.stringify(fact)).digest('hex');
  return `P-${hash.slice(0, 12).toUpperCase()}`;
}

/**
 * The PromotionFact of a proposal on `marketplace`: days at local midnight of its zone, money in its
 * currency. Throws PricingInputError naming the fields that do not fit (too many decimals, end not
 * after start).
 */
export function proposalFact(input: ProposalInput, marketplace: Marketplace, source: string | null): PromotionFact {
  const zone = timeZoneOf(marketplace);
  const currency = marketplaceInfo(marketplace).currency;
  const issues: FieldIssue[] = [];
  const amount = (field: string, v: string | number | null | undefined): number | null => {
    if (v === null || v === undefined) return null;
    const text = decimalText(v);
    const digits = minorDigits(currency);
    if (/[1-9]/.test((text.split('.')[1] ?? '').slice(digits))) {
      issues.push({ field, code: PRICING.PROPOSAL_MONEY_DECIMALS, values: { value: shown(v), digits, currency } });
      return null;
    }
    return parseMoney(text, currency);
  };
  const start = parseDayOrInstant(input.start, zone);
  const end = parseDayOrInstant(input.end, zone);
  if (end <= start) {
    issues.push({
      field: 'end',
      code: PRICING.PROPOSAL_NOT_AFTER,
      values: { value: shown(input.end), start: shown(input.start) },
    });
  }
  const content = {
    kind: input.kind,
    sku: input.sku.trim(),
    marketplace,
    start,
    end,
    discountPct:
      input.discount_pct === null || input.discount_pct === undefined ? null : Number(decimalText(input.discount_pct)),
    discountAmount: amount('discount_amount', input.discount_amount),
    price: amount('price', input.price),
    stackable: input.stackable ?? false,
    code: input.code === null || input.code === undefined || input.code.trim() === '' ? null : input.code.trim(),
    codeType: input.code_type ?? null,
    audience: input.audience ?? 'all',
    minQty: input.min_qty ?? null,
    budget: amount('budget', input.budget),
  };
  if (issues.length > 0) throw new PricingInputError('BAD_PROPOSAL', issues, source);
  const id = input.id === null || input.id === undefined ? generatedId(content) : input.id.trim();
  return { id, ...content };
}
