// Shared set-up of the browser tests (issue 8): the built dashboard (web/dist, built here when
// missing), a real server (startServer on port 0) over a real SQLite store, the demo account loaded
// through the ordinary importer, and headless Debian Chromium driven by playwright-core.
import { existsSync, mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { DEFAULT_DEMO_SEED, type DemoData } from '../../src/app/demo/generate.js';
import { importDemoFacts, writeDemoFiles } from '../../src/app/demo/load.js';
import { openStore } from '../../src/store/open.js';
import type { FactStore } from '../../src/store/types.js';

export const CHROMIUM = '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const WEB_ROOT = join(ROOT, 'web/dist/');
export const SCREENSHOTS = join(ROOT, 'docs/screenshots');
const DAY_MS = 86_400_000;

/** Builds web/dist with Vite when it has not been built (`npm test` builds it first). */
export async function ensureWebBuilt(): Promise<void> {
  if (existsSync(join(WEB_ROOT, 'index.html'))) return;
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'web/vite.config.ts'), logLevel: 'error' });
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Served {
  readonly url: string;
  readonly store: FactStore;
  readonly server: RunningServer;
  close(): Promise<void>;
}

/** A server over `store` serving the built dashboard on 127.0.0.1 and a free port. */
export async function serve(store: FactStore, dir: string | null, defaultAccount = 'default'): Promise<Served> {
  const server = await startServer({ store, host: '127.0.0.1', port: 0, defaultAccount, webRoot: WEB_ROOT });
  return {
    url: server.url.replace(/\/$/, ''),
    store,
    server,
    close: async () => {
      await server.close();
      await store.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface DemoServer extends Served {
  readonly data: DemoData;
  /** The demo's "today" (UTC midnight of the run). */
  readonly anchor: number;
}

/** Generates the demo account (as `clearway demo` does), loads it into a fresh SQLite file and serves it. */
export async function startDemoServer(): Promise<DemoServer> {
  await ensureWebBuilt();
  const dir = await mkdtemp(join(tmpdir(), 'clearway-web-'));
  const anchor = Math.floor(Date.now() / DAY_MS) * DAY_MS;
  const files = await writeDemoFiles({ dir, seed: DEFAULT_DEMO_SEED, anchor, account: 'default' });
  const store = await openStore(join(dir, 'demo.db'));
  const loaded = await importDemoFacts(store, 'default', files.factsDir, anchor);
  if (loaded.rejected.length > 0) throw new Error(`demo files rejected: ${loaded.rejected[0]?.file}`);
  const served = await serve(store, dir);
  return { ...served, data: files.data, anchor };
}

/** Saves a screenshot of the page to docs/screenshots/NAME.png (linked from the README). */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}

/** Collects uncaught page errors: a test fails when the page throws. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
