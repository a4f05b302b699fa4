// GET /api/v1/health: public liveness check, with the version and the store's dialect.
import { z } from 'zod';
import type { ApiRoutes } from '../context.js';

export const HealthBody = z.object({
  status: z.literal('ok'),
  version: z.string().describe('clearway version'),
  db: z.enum(['sqlite', 'postgres']).describe('Store dialect'),
});

export const healthRoutes: ApiRoutes = async (api, { store, version }) => {
  api.get(
    '/health',
    {
      config: { public: true },
      schema: {
        summary: 'Health check (no API key needed)',
        tags: ['server'],
        security: [],
        response: { 200: HealthBody },
      },
    },
    async () => ({ status: 'ok' as const, version, db: store.dialect }),
  );
};
