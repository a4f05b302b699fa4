// Bad input of the pricing use cases (CONTRACT exit 2, HTTP 400): a malformed proposal field, an
// instant that does not parse, an ASIN with no price to quote. Each names what is wrong; messages in
// English and Chinese from the catalogue. Unknown items are UnknownItemError (asin-facts.ts).
import { t, type Lang } from '../core/messages/messages.js';
import { PRICING } from './pricing-messages.js';

/** One wrong field of a proposal (or one wrong option), with the reason's message code and values. */
export interface FieldIssue {
  /** The field (`start`, `discount_pct`) or option (`--from`); null when the whole input is wrong. */
  readonly field: string | null;
  readonly code: string;
  readonly values: Readonly<Record<string, unknown>>;
}

/** The reason alone, without the field: `"2026-13-01" is not a date (…)`. */
export function reasonOf(issue: FieldIssue, lang: Lang = 'en'): string {
  return t(issue.code, issue.values, lang);
}

/** `field start: "2026-13-01" is not a date (…)` (the reason alone when there is no field). */
export function fieldIssueText(issue: FieldIssue, lang: Lang = 'en'): string {
  const reason = reasonOf(issue, lang);
  return issue.field === null ? reason : t(PRICING.PROPOSAL_FIELD, { field: issue.field, reason }, lang);
}

/** Bad input: every issue found (a proposal reports all its wrong fields at once). */
export class PricingInputError extends Error {
  override readonly name = 'PricingInputError';
  constructor(
    /** Stable machine code: BAD_PROPOSAL, BAD_INSTANT, NO_PRICE, … */
    readonly code: string,
    readonly issues: readonly FieldIssue[],
    /** The file (or other source) the input came from, when there is one. */
    readonly source: string | null = null,
  ) {
    super(issues.map((i) => fieldIssueText(i)).join('; '));
  }

  /** One line per issue: `promotion.json: field start: "2026-13-01" is not a date …`. */
  lines(lang: Lang = 'en'): string[] {
    return this.issues.map((i) => (this.source === null ? '' : `${this.source}: `) + fieldIssueText(i, lang));
  }

  messageIn(lang: Lang): string {
    return this.lines(lang).join('\n');
  }
}
