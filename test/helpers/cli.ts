// Running the built CLI from end-to-end tests (`npm test` builds dist/ first): one process per call,
// the database named with --db, never the caller's CLEARWAY_DB.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'clearway');

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `clearway --db DB ARGS…` run in `cwd` (60 s at most). */
export function runClearway(cwd: string, db: string, args: readonly string[]): Run {
  const env = { ...process.env };
  delete env.CLEARWAY_DB;
  const r = spawnSync(process.execPath, [BIN, '--db', db, ...args], { encoding: 'utf8', env, cwd, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `clearway --db DB --json ARGS…`: expects exit `code` and returns the parsed document. */
export function clearwayJson<T>(cwd: string, db: string, code: number, args: readonly string[]): T {
  const r = runClearway(cwd, db, ['--json', ...args]);
  expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(code);
  return JSON.parse(r.stdout) as T;
}

/**
 * Compiles dist/ for a test file run on its own (`npx vitest run FILE`). Under `npm test`, which has
 * just built, it only checks: compiling again cost each of the three files calling it ~31 s (44 s of CPU, quiet 2-core machine).
 * tsc emits even while another area has type errors; the test then checks that `expected` (a path
 * under dist/) was built.
 */
export function buildDist(expected: string): void {
  if (process.env.npm_lifecycle_event !== 'test')
    spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
      cwd: ROOT,
    });
  expect(existsSync(join(ROOT, 'dist', expected))).toBe(true);
}
