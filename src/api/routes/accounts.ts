// GET /api/v1/accounts/me: the account the caller acts for (its key's account, or the default).
import { z } from 'zod';
import { KEY_SECURITY, type ApiRoutes } from '../context.js';
import { ErrorBody } from '../errors.js';

export const AccountBody = z.object({ account: z.string().describe('Account name') });

export const accountRoutes: ApiRoutes = async (api) => {
  api.get(
    '/accounts/me',
    {
      schema: {
        summary: 'The account this API key belongs to',
        tags: ['accounts'],
        security: KEY_SECURITY,
        response: { 200: AccountBody, 401: ErrorBody },
      },
    },
    async (request) => ({ account: request.account }),
  );
};
