// PRE-2 lifecycle: DRAFT → SUBMITTED → APPROVED | REJECTED; APPROVED → LIVE (from the campaign's start,
// or from the approval when it comes later) → ENDED (at its end); ENDED → RELEASED (pre-orders allocated,
// clearway's last step of PRE-3). A campaign's status at an instant is a pure fold of its recorded
// events up to then and the clock: LIVE and ENDED follow from start and end, they are not recorded.
// An event the lifecycle does not allow from the status it finds is ignored by the fold.
import type { Instant, PresaleCampaignFact, PresaleEventFact, PresaleEventType } from '../catalog/facts.js';
import { ruleIssue, type RuleIssue } from '../messages/messages.js';
import { PRESALE_MESSAGES as M } from './messages.js';

export const PRESALE_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'LIVE', 'ENDED', 'RELEASED'] as const;
export type PresaleStatus = (typeof PRESALE_STATUSES)[number];

/** The recorded step each status allows (LIVE and ENDED are reached by the clock). */
const ALLOWED: Readonly<Record<PresaleStatus, readonly PresaleEventType[]>> = {
  DRAFT: ['submitted'],
  SUBMITTED: ['approved', 'rejected'],
  APPROVED: [],
  REJECTED: [],
  LIVE: [],
  ENDED: ['released'],
  RELEASED: [],
};

export interface CampaignState {
  readonly status: PresaleStatus;
  readonly submittedAt: Instant | null;
  readonly reviewedAt: Instant | null;
  readonly releasedAt: Instant | null;
  /** Reasons of a rejection. */
  readonly reasons: readonly string[];
  /** When pre-orders open: max(start, approval); null unless approved. */
  readonly liveFrom: Instant | null;
}

function clockStatus(c: PresaleCampaignFact, approvedAt: Instant, at: Instant): PresaleStatus {
  if (at >= c.end) return 'ENDED';
  return at >= Math.max(c.start, approvedAt) ? 'LIVE' : 'APPROVED';
}

/** PRE-2: the campaign's status at `at` (events after `at` are ignored; null before it was created). */
export function campaignAt(
  c: PresaleCampaignFact,
  events: readonly PresaleEventFact[],
  at: Instant,
): CampaignState | null {
  if (c.at > at) return null;
  let state: CampaignState = {
    status: 'DRAFT',
    submittedAt: null,
    reviewedAt: null,
    releasedAt: null,
    reasons: [],
    liveFrom: null,
  };
  let approvedAt: Instant | null = null;
  const own = events.filter((e) => e.campaignId === c.id && e.at <= at).sort((a, b) => a.at - b.at);
  for (const e of own) {
    const status = approvedAt === null ? state.status : clockStatus(c, approvedAt, e.at);
    if (!ALLOWED[status].includes(e.type)) continue;
    if (e.type === 'submitted') state = { ...state, status: 'SUBMITTED', submittedAt: e.at };
    else if (e.type === 'rejected') state = { ...state, status: 'REJECTED', reviewedAt: e.at, reasons: e.reasons };
    else if (e.type === 'approved') {
      approvedAt = e.at;
      state = { ...state, status: 'APPROVED', reviewedAt: e.at, liveFrom: Math.max(c.start, e.at) };
    } else state = { ...state, status: 'RELEASED', releasedAt: e.at };
  }
  if (approvedAt !== null && state.status !== 'RELEASED') state = { ...state, status: clockStatus(c, approvedAt, at) };
  return state;
}

/** Statuses whose campaign holds (or may yet hold) pre-orders: one per SKU at a time (PRE-2 review). */
export function isOpen(status: PresaleStatus): boolean {
  return status === 'SUBMITTED' || status === 'APPROVED' || status === 'LIVE' || status === 'ENDED';
}

/** PRE-2: may this step be taken now? Null when it may, else the refusal. */
export function transitionRefusal(id: string, status: PresaleStatus, step: PresaleEventType): RuleIssue | null {
  if (ALLOWED[status].includes(step)) return null;
  return ruleIssue(M.PRESALE_BAD_TRANSITION, 'PRE-2', { id, status, action: step });
}
