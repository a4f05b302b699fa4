// The store suite, part 4: accounts and API keys, on SQLite and PostgreSQL.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KyselyFactStore } from './kysely-store.js';
import { storeTargets, type TestStore } from './testing/stores.js';
import type { FactStore } from './types.js';

for (const target of await storeTargets()) {
  describe.skipIf(target.skip !== null)(
    `store accounts and API keys on ${target.dialect}${target.skip ? ` — ${target.skip}` : ''}`,
    () => {
      let t: TestStore;
      let store: FactStore;
      beforeAll(async () => {
        t = await target.create();
        store = t.store;
      });
      afterAll(() => t?.dispose());

      it('ensureAccount creates once; findAccount and listAccounts see it', async () => {
        expect(await store.findAccount('alpha')).toBeNull();
        const a = await store.ensureAccount('alpha');
        expect(a.name).toBe('alpha');
        expect(await store.ensureAccount('alpha')).toEqual(a);
        const b = await store.ensureAccount('beta');
        expect(b.id).not.toBe(a.id);
        expect(await store.findAccount('beta')).toEqual(b);
        expect((await store.listAccounts()).filter((x) => ['alpha', 'beta'].includes(x.name))).toEqual([a, b]);
      });

      it('API keys: no key at first; a key maps to its account; a wrong key to null', async () => {
        expect(await store.hasApiKeys()).toBe(false);
        const key = await store.createApiKey('keys-a', 'laptop', Date.UTC(2025, 0, 1));
        expect(key).toMatch(/^cw_[A-Za-z0-9_-]{43}$/);
        expect(await store.hasApiKeys()).toBe(true);
        const other = await store.createApiKey('keys-b');
        expect(other).not.toBe(key);
        expect((await store.accountForApiKey(key))?.name).toBe('keys-a');
        expect((await store.accountForApiKey(other))?.name).toBe('keys-b');
        expect(await store.accountForApiKey(key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A'))).toBeNull();
        expect(await store.accountForApiKey('')).toBeNull();
        expect(await store.accountForApiKey(key.slice(3))).toBeNull();
      });

      it('API keys: only the sha-256 hash is stored, never the key', async () => {
        const key = await store.createApiKey('keys-c');
        const rows = await (store as KyselyFactStore).db.selectFrom('api_keys').selectAll().execute();
        const hash = createHash('sha256').update(key).digest('hex');
        expect(rows.filter((r) => r.key_hash === hash)).toHaveLength(1);
        expect(JSON.stringify(rows)).not.toContain(key.slice(3));
      });

      it('listApiKeys: labels and creation instants, oldest first, per account', async () => {
        await store.createApiKey('keys-d', 'ci', Date.UTC(2025, 2, 1));
        await store.createApiKey('keys-d', undefined, Date.UTC(2025, 1, 1));
        expect(await store.listApiKeys('keys-d')).toEqual([
          { label: null, created: Date.UTC(2025, 1, 1) },
          { label: 'ci', created: Date.UTC(2025, 2, 1) },
        ]);
        expect(await store.listApiKeys('nobody')).toEqual([]);
      });
    },
  );
}
