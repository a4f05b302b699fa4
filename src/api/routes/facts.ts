// GET /api/v1/facts: how many facts of each kind the account holds (same document as
// `clearway facts --json`).
import { z } from 'zod';
import { FACT_KINDS, type FactKind } from '../../core/catalog/facts.js';
import { factCounts } from '../../app/accounts.js';
import { KEY_SECURITY, type ApiRoutes } from '../context.js';
import { ErrorBody } from '../errors.js';

const countShape = Object.fromEntries(FACT_KINDS.map((kind) => [kind, z.number().int().nonnegative()])) as Record<
  FactKind,
  z.ZodNumber
>;

export const FactCountsBody = z.object({
  account: z.string().describe('Account name'),
  counts: z.object(countShape).describe('Facts per kind (product and seller versions count each)'),
});

export const factsRoutes: ApiRoutes = async (api, { store }) => {
  api.get(
    '/facts',
    {
      schema: {
        summary: "Counts of the account's facts by kind",
        tags: ['facts'],
        security: KEY_SECURITY,
        response: { 200: FactCountsBody, 401: ErrorBody },
      },
    },
    async (request) => factCounts(store, request.account),
  );
};
