// POST /api/v1/import over a real SQLite store: the raw file body is imported like `clearway import`
// (summary named after the upload), a rejected row stores nothing, bad requests are 400, uploads land
// in the key's account, and the byte limit stops a body that is too large.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { freshSqliteStore, type TestStore } from '../../store/testing/stores.js';
import { buildServer } from '../server.js';
import { byteLimit, safeFilename, TooLarge } from './import.js';

const HEADER =
  'sku,asin,marketplace,condition,created,seasonal,rating,ratings_count,subscribe_and_save,images_ok,parent_asin,category,list_price,list_price_evidence_url,min_price,unit_cost,cost_currency,freight_per_unit,fx_rate,referral_pct,fulfilment_fee,unit_cubic_feet,lead_time_days';
const product = (sku: string) =>
  `${sku},B0${sku.padEnd(8, 'X')},US,new,2025-01-01,false,4.5,20,false,true,,home,29.99,,,42.67,CNY,18.88,0.1331,15,9.11,0.2,45`;

let db: TestStore;
let app: FastifyInstance;

beforeEach(async () => {
  db = await freshSqliteStore();
  app = await buildServer({ store: db.store, defaultAccount: 'alpha' });
});

afterEach(async () => {
  await app.close();
  await db.dispose();
});

function upload(body: string, query: string, headers: Record<string, string> = {}) {
  return app.inject({
    method: 'POST',
    url: `/api/v1/import?${query}`,
    headers: { 'content-type': 'text/csv', ...headers },
    payload: body,
  });
}

describe('POST /api/v1/import', () => {
  test('imports the uploaded file and answers the import summary named after it', async () => {
    const res = await upload(`${HEADER}\n${product('P1')}\n${product('P2')}\n`, 'filename=products.csv');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      ok: true,
      files: [
        {
          file: 'products.csv',
          kind: 'products',
          rows: 2,
          added: 2,
          updated: 0,
          duplicates: 0,
          warnings: [],
          rejected: [],
          rejectedMore: 0,
        },
      ],
    });
    expect((await db.store.countFacts('alpha')).products).toBe(2);
    // the same file again: duplicates, nothing added
    const again = await upload(`${HEADER}\n${product('P1')}\n${product('P2')}\n`, 'filename=products.csv', {
      'content-type': 'application/octet-stream',
    });
    expect(again.json().files[0]).toMatchObject({ added: 0, duplicates: 2 });
  });

  test('a file with a rejected row stores nothing: ok false, the line and reason in the asked language', async () => {
    const body = `${HEADER}\n${product('P1')}\n${product('P2').replace('2025-01-01', 'not-a-day')}\n`;
    const res = await upload(body, 'filename=bad.csv&lang=zh-CN');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.ok).toBe(false);
    expect(doc.files[0].added).toBe(0);
    expect(doc.files[0].rejected[0]).toMatchObject({ line: 3, column: 'created' });
    expect(doc.files[0].rejected[0].reason).toMatch(/[\u4e00-\u9fff]/);
    expect((await db.store.countFacts('alpha')).products).toBe(0);
  });

  test('a JSON content type is still taken as the raw file', async () => {
    const res = await upload(`${HEADER}\n${product('P1')}\n`, 'filename=p.csv', { 'content-type': 'application/json' });
    expect(res.statusCode).toBe(200);
    expect(res.json().files[0].added).toBe(1);
  });

  test('no filename, an empty body or a filename with nothing left are 400', async () => {
    expect((await upload('x', '')).statusCode).toBe(400);
    const empty = await upload('', 'filename=empty.csv');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toContain('empty');
    expect((await upload('x', 'filename=..')).statusCode).toBe(400);
  });

  test('the OpenAPI document describes the upload', async () => {
    const doc = (await app.inject('/api/v1/openapi.json')).json();
    const post = doc.paths['/api/v1/import'].post;
    expect(post.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['filename', 'marketplace', 'lang']),
    );
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(['200', '400', '413']));
  });

  test('an uploaded name is reduced to a base name', () => {
    expect(safeFilename('../../etc/passwd')).toBe('passwd');
    expect(safeFilename('C:\\reports\\All Orders.txt')).toBe('All Orders.txt');
    expect(safeFilename('a<b>.csv')).toBe('a_b_.csv');
    expect(safeFilename('...')).toBeNull();
  });

  test('with API keys the upload lands in the key’s account only', async () => {
    const key = await db.store.createApiKey('beta');
    const anonymous = await upload(`${HEADER}\n${product('P1')}\n`, 'filename=p.csv');
    expect(anonymous.statusCode).toBe(401);
    const res = await upload(`${HEADER}\n${product('P1')}\n`, 'filename=p.csv', { authorization: `Bearer ${key}` });
    expect(res.statusCode).toBe(200);
    expect((await db.store.countFacts('beta')).products).toBe(1);
    expect((await db.store.countFacts('alpha')).products).toBe(0);
  });

  test('the byte limit passes a body up to the limit and fails one byte over it', async () => {
    const sink = () => new Writable({ write: (_c, _e, done) => done() });
    await expect(
      pipeline(Readable.from([Buffer.alloc(6), Buffer.alloc(4)]), byteLimit(10), sink()),
    ).resolves.toBeUndefined();
    await expect(
      pipeline(Readable.from([Buffer.alloc(6), Buffer.alloc(5)]), byteLimit(10), sink()),
    ).rejects.toBeInstanceOf(TooLarge);
  });
});
