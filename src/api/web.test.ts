// The built dashboard at `/` (web.ts): index.html for every page path (SPA fallback, never cached),
// hashed assets with a long cache, JSON 404s kept for the API and missing files, nothing outside the
// dashboard folder, and the placeholder page when no built dashboard is given.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freshSqliteStore, type TestStore } from '../store/testing/stores.js';
import { buildServer } from './server.js';

let dir: string;
let db: TestStore;
let app: FastifyInstance;
let placeholder: FastifyInstance;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clearway-web-root-'));
  await mkdir(join(dir, 'dist', 'assets'), { recursive: true });
  await writeFile(join(dir, 'dist', 'index.html'), '<!doctype html><div id="root"></div>');
  await writeFile(join(dir, 'dist', 'assets', 'index-abc123.js'), 'console.log(1)');
  await writeFile(join(dir, 'secret.txt'), 'not for the web');
  db = await freshSqliteStore();
  app = await buildServer({ store: db.store, defaultAccount: 'alpha', webRoot: join(dir, 'dist') });
  placeholder = await buildServer({ store: db.store, defaultAccount: 'alpha' });
});

afterAll(async () => {
  await app.close();
  await placeholder.close();
  await db.dispose();
  await rm(dir, { recursive: true, force: true });
});

describe('the web dashboard at /', () => {
  test('/ and every page path answer index.html, never cached', async () => {
    for (const url of ['/', '/inventory', '/inventory/SKU-1?mp=US', '/promotions']) {
      const res = await app.inject(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body).toContain('<div id="root">');
    }
  });

  test('hashed assets are served with a long cache; a missing file is a 404', async () => {
    const js = await app.inject('/assets/index-abc123.js');
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect(js.headers['cache-control']).toContain('immutable');
    expect((await app.inject('/assets/nope.js')).statusCode).toBe(404);
    const malformed = (await app.inject('/bad%E0%A4%A')).statusCode; // a client error, never a 500
    expect(malformed >= 400 && malformed < 500).toBe(true);
  });

  test('the API keeps its JSON answers and 404s', async () => {
    expect((await app.inject('/api/v1/health')).json()).toMatchObject({ status: 'ok' });
    const missing = await app.inject('/api/v1/no-such-route');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');
  });

  test('nothing outside the dashboard folder is served', async () => {
    for (const url of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const res = await app.inject(url);
      expect(res.body, url).not.toContain('not for the web');
    }
  });

  test('without a built dashboard the placeholder page stays', async () => {
    const res = await placeholder.inject('/');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<strong id="account">alpha</strong>');
  });
});
