// HTTP answers of app/ errors on the pricing routes: an unknown ASIN, SKU or id → 404 with its code
// (UNKNOWN_ASIN, UNKNOWN_SKU, ASIN_NOT_ON_MARKETPLACE, …), never 403; a marketplace that must be named
// → 400 MARKETPLACE_NEEDED; a malformed proposal or query → 400 naming every wrong field; an ASIN
// with nothing to quote at the instant → 422 NO_PRICE. The body is the API's one error shape, with
// `issues` added for input errors.
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { MarketplaceNeededError, UnknownItemError } from '../app/asin-facts.js';
import { PricingInputError, reasonOf } from '../app/pricing-errors.js';
import { MARKETPLACES } from '../core/catalog/marketplace.js';
import { tBoth } from '../core/messages/messages.js';
import { ErrorBody } from './errors.js';

export const PricingErrorBody = z
  .object({
    error: ErrorBody.shape.error.extend({
      issues: z
        .array(
          z.object({
            field: z.string().nullable().describe('The wrong field of the proposal, or null'),
            message: z.string(),
            messageZh: z.string(),
          }),
        )
        .optional()
        .describe('Every wrong field (input errors)'),
    }),
  })
  .describe('An error');
export type PricingErrorBody = z.infer<typeof PricingErrorBody>;

function send(reply: FastifyReply, status: number, body: PricingErrorBody): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

/** Answers a known app error (true), or returns false for anything else (the caller rethrows it). */
export function sendAppError(reply: FastifyReply, error: unknown): boolean {
  if (error instanceof UnknownItemError || error instanceof MarketplaceNeededError) {
    const { en, zh } = tBoth(error.code, error.values);
    const status = error instanceof UnknownItemError ? 404 : 400;
    void send(reply, status, { error: { code: error.code, message: en, messageZh: zh } });
    return true;
  }
  if (error instanceof PricingInputError) {
    const issues = error.issues.map((i) => ({
      field: i.field,
      message: i.field === null ? reasonOf(i, 'en') : `${i.field}: ${reasonOf(i, 'en')}`,
      messageZh: i.field === null ? reasonOf(i, 'zh-CN') : `${i.field}：${reasonOf(i, 'zh-CN')}`,
    }));
    const status = error.code === 'NO_PRICE' ? 422 : 400;
    void send(reply, status, {
      error: {
        code: error.code,
        message: issues.map((i) => i.message).join('; '),
        messageZh: issues.map((i) => i.messageZh).join('；'),
        issues,
      },
    });
    return true;
  }
  return false;
}

/** Runs app work for a route; known app errors become their HTTP answer. */
export async function answer<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T | FastifyReply> {
  try {
    return await work();
  } catch (error) {
    if (sendAppError(reply, error)) return reply;
    throw error;
  }
}

/** Query schemas shared by the pricing routes. */
export const MarketplaceQuery = z
  .enum(MARKETPLACES)
  .optional()
  .describe('Needed only when the account sells the item on several marketplaces (DEC-2)');
export const WhenQuery = z
  .string()
  .optional()
  .describe('ISO-8601 instant with offset, or YYYY-MM-DD (local midnight of the marketplace); default now');
