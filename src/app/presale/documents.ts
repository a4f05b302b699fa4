// The JSON documents of `clearway presale …` and /api/v1/presales (zod schemas, CLI --json = API body).
import { z } from 'zod';
import { PAYMENT_MODES } from '../../core/catalog/facts.js';
import { MARKETPLACES } from '../../core/catalog/marketplace.js';
import { CURRENCIES } from '../../core/money/money.js';
import { PRESALE_STATUSES } from '../../core/presale/index.js';
import { AllocationDoc, CancellationDoc } from '../ishs/documents.js';
import { IsoInstant, IssueDoc, Money } from '../pricing-documents.js';

export const CampaignDoc = z
  .object({
    id: z.string(),
    sku: z.string(),
    asin: z.string(),
    marketplace: z.enum(MARKETPLACES),
    currency: z.enum(CURRENCIES),
    status: z.enum(PRESALE_STATUSES).describe('PRE-2 status at the instant asked about'),
    createdAt: IsoInstant,
    start: IsoInstant,
    end: IsoInstant,
    price: Money,
    unitsOffered: z.number().int(),
    paymentMode: z.enum(PAYMENT_MODES),
    deposit: Money.nullable(),
    release: IsoInstant,
    releaseDay: z.string(),
    returnPolicy: z.string().nullable(),
    submittedAt: IsoInstant.nullable(),
    reviewedAt: IsoInstant.nullable(),
    releasedAt: IsoInstant.nullable(),
    reasons: z.array(z.string()).describe('Reasons of a rejection'),
    preordered: z.number().int().describe('Units of open pre-orders'),
    cover: z.number().int().nullable().describe('PRE-2 units covered now (open campaigns)'),
  })
  .describe('A pre-sale campaign (PRE-1) and its status (PRE-2)');
export type CampaignDoc = z.infer<typeof CampaignDoc>;

export const CriterionDoc = z.object({
  code: z.string(),
  rule: z.string(),
  ok: z.boolean(),
  message: z.string(),
  messageZh: z.string(),
  values: z.record(z.string(), z.unknown()),
});
export type CriterionDoc = z.infer<typeof CriterionDoc>;

export const PresaleActionDoc = z
  .object({
    ok: z.boolean(),
    action: z.enum(['create', 'submit', 'review', 'release']),
    decision: z.enum(['created', 'submitted', 'approved', 'rejected', 'released', 'refused']),
    campaign: CampaignDoc,
    criteria: z.array(CriterionDoc).describe('PRE-2 review checks (review; a preview on submit)'),
    errors: z.array(IssueDoc),
    fulfilled: z.array(AllocationDoc).describe('PRE-3 release: pre-orders served, first come first served'),
    cancelled: z
      .array(CancellationDoc)
      .describe('PRE-3 release: the refund list — every cancelled pre-order of the campaign'),
    refundTotal: Money.nullable(),
  })
  .describe('A pre-sale campaign created, submitted, reviewed or released');
export type PresaleActionDoc = z.infer<typeof PresaleActionDoc>;

export const PresaleListDoc = z
  .object({ at: IsoInstant, campaigns: z.array(CampaignDoc) })
  .describe('Pre-sale campaigns');
export type PresaleListDoc = z.infer<typeof PresaleListDoc>;
