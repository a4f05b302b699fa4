// `clearway serve` and `clearway keys` as a user runs them: the built bin/clearway in a child process
// on a temp SQLite file. serve refuses a non-loopback host without a key (exit 2), prints its URL,
// answers HTTP, and stops cleanly (exit 0) on SIGTERM/SIGINT.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { buildDist } from './helpers/cli.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'clearway');

let dir: string;
let db: string;
const children: ChildProcess[] = [];

beforeAll(() => buildDist('cli/commands/serve.js'), 120_000);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clearway-cli-'));
  db = join(dir, 'clearway.db');
});

afterEach(() => {
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function clearway(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, '--db', db, ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts `clearway serve …` and resolves with the process and its first stdout line. */
function serve(...args: string[]): Promise<{ child: ChildProcess; line: string; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, [BIN, '--db', db, 'serve', ...args], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) => resolve({ child, line, exited }));
    void exited.then((code) => reject(new Error(`serve exited ${code} before printing its URL: ${stderr}`)));
  });
}

function urlIn(line: string): string {
  const match = /(http:\/\/\S+\/)/.exec(line);
  expect(match, line).not.toBeNull();
  return match![1]!;
}

describe('clearway keys', () => {
  test('create prints a new key once; list shows its label and date, never the key', () => {
    const created = clearway('--account', 'alpha', 'keys', 'create', '--label', 'ci');
    expect(created.status).toBe(0);
    const key = created.stdout.trim();
    expect(key).toMatch(/^\S{20,}$/);
    expect(created.stderr).toContain('alpha');

    const listed = clearway('--account', 'alpha', '--json', 'keys', 'list');
    expect(listed.status).toBe(0);
    const doc = JSON.parse(listed.stdout) as { account: string; keys: { label: string; created: string }[] };
    expect(doc.account).toBe('alpha');
    expect(doc.keys).toEqual([{ label: 'ci', created: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/) }]);
    expect(listed.stdout).not.toContain(key);
    expect(clearway('--account', 'alpha', 'keys', 'list').stdout).not.toContain(key);

    const other = clearway('--account', 'beta', '--json', 'keys', 'list');
    expect(JSON.parse(other.stdout)).toEqual({ account: 'beta', keys: [] });
  });
});

describe('clearway serve', () => {
  test('--host 0.0.0.0 without any API key refuses to start: exit 2 and how to create a key', () => {
    const result = clearway('serve', '--host', '0.0.0.0', '--port', '0');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('clearway keys create');
    expect(result.stdout).toBe('');
  });

  test('a malformed --port is bad input (exit 2)', () => {
    expect(clearway('serve', '--port', '70000').status).toBe(2);
    expect(clearway('serve', '--port', 'http').status).toBe(2);
  });

  test('on loopback it prints its URL, serves the default account and stops on SIGTERM with exit 0', async () => {
    const { child, line, exited } = await serve('--account', 'shop', '--port', '0');
    const url = urlIn(line);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(line).toContain('shop');
    const health = await fetch(new URL('api/v1/health', url));
    expect(await health.json()).toMatchObject({ status: 'ok', db: 'sqlite' });
    expect(await (await fetch(new URL('api/v1/accounts/me', url))).json()).toEqual({ account: 'shop' });
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  test('with a key it starts on 0.0.0.0, requires the key, and stops on SIGINT with exit 0', async () => {
    const key = clearway('--account', 'alpha', 'keys', 'create').stdout.trim();
    const { child, line, exited } = await serve('--port', '0', '--host', '0.0.0.0');
    const port = new URL(urlIn(line)).port;
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/api/v1/facts`)).status).toBe(401);
    const own = await fetch(`${base}/api/v1/accounts/me`, { headers: { authorization: `Bearer ${key}` } });
    expect(await own.json()).toEqual({ account: 'alpha' });
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});
