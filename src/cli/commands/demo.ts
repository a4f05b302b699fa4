// `clearway demo [--dir DIR] [--port N] [--host H] [--no-serve] [--seed N]` (and `npm run demo`):
// generates the demo account (app/demo/), writes it to DIR (default ./demo-data) as clearway fact files
// and Amazon reports, loads both (the reports through the Amazon report readers of `clearway import`)
// into a FRESH SQLite file (DIR/demo.db, recreated each time, or
// a new `--db` path), prints the fact counts and serves it (`--no-serve` stops after loading). The demo's
// "today" is the UTC day of `--at` (default now): the same seed and day give the same files.
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { FACT_KINDS } from '../../core/catalog/facts.js';
import { defineMessages, t, type Lang } from '../../core/messages/messages.js';
import { DEFAULT_DEMO_SEED } from '../../app/demo/generate.js';
import { importDemoFacts, writeDemoFiles, type DemoStep } from '../../app/demo/load.js';
import { ApiKeyRequiredError, DEFAULT_HOST, DEFAULT_PORT, startServer } from '../../api/server.js';
import { openStore } from '../../store/open.js';
import { CliExit, EXIT, type GlobalOptions } from '../context.js';
import { renderTable } from '../render.js';
import { parsePort } from './serve.js';

const M = defineMessages({
  DEMO_DESCRIPTION: {
    en: 'Generate the demo account (US, DE, JP), load it into a fresh SQLite file and serve it',
    zh: '生成演示账户（US、DE、JP），载入新的 SQLite 文件并启动服务',
  },
  DEMO_BAD_SEED: {
    en: '--seed must be a whole number, not "{seed}".',
    zh: '--seed 必须是整数，而不是 "{seed}"。',
  },
  DEMO_NEEDS_SQLITE: {
    en: 'The demo loads into a fresh SQLite file; "{db}" is not a file path.',
    zh: '演示数据只载入新的 SQLite 文件；"{db}" 不是文件路径。',
  },
  DEMO_DB_EXISTS: {
    en: '{db} already exists and the demo only writes a fresh database: delete it or choose another --db.',
    zh: '{db} 已存在，而演示只写入新的数据库：请删除它或另选 --db。',
  },
  DEMO_GENERATED: {
    en: 'Generated {skus} SKUs and {lines} order lines ({ms} ms)',
    zh: '已生成 {skus} 个 SKU 和 {lines} 条订单行（{ms} 毫秒）',
  },
  DEMO_FACTS_WRITTEN: {
    en: 'Wrote {files} clearway fact files to {dir} ({ms} ms)',
    zh: '已将 {files} 个 clearway 事实文件写入 {dir}（{ms} 毫秒）',
  },
  DEMO_REPORTS_WRITTEN: {
    en: 'Wrote {files} Amazon-format reports to {dir} ({ms} ms)',
    zh: '已将 {files} 份亚马逊格式报告写入 {dir}（{ms} 毫秒）',
  },
  DEMO_IMPORT_PROGRESS: {
    en: '  {file}: {rows} rows read…',
    zh: '  {file}：已读取 {rows} 行…',
  },
  DEMO_IMPORTED: {
    en: 'Imported {rows} rows from {file} ({ms} ms)',
    zh: '已从 {file} 导入 {rows} 行（{ms} 毫秒）',
  },
  DEMO_REJECTED: {
    en: 'The demo files were rejected ({count} files), first: {file}:{line}: {reason}',
    zh: '演示文件被拒绝（{count} 个文件），第一个：{file}:{line}：{reason}',
  },
  DEMO_LOADED: {
    en: 'Demo account "{account}" loaded into {db} in {seconds} s (today = {today} UTC, seed {seed}):',
    zh: '演示账户“{account}”已载入 {db}，用时 {seconds} 秒（今天 = {today} UTC，种子 {seed}）：',
  },
  DEMO_COL_KIND: { en: 'Facts', zh: '事实' },
  DEMO_COL_COUNT: { en: 'Count', zh: '数量' },
  DEMO_SERVING: {
    en: 'clearway demo serving {url} (account {account}); stop with Ctrl+C',
    zh: 'clearway 演示服务已启动 {url}（账户 {account}）；按 Ctrl+C 停止',
  },
  DEMO_LISTEN_FAILED: {
    en: 'Cannot listen on {host}:{port}: {reason}',
    zh: '无法在 {host}:{port} 上监听：{reason}',
  },
});

const DAY_MS = 86_400_000;

interface DemoCliOptions {
  readonly dir: string;
  readonly port: string;
  readonly host: string;
  readonly serve: boolean;
  readonly seed?: string;
}

function parseSeed(text: string | undefined, lang: Lang): number {
  if (text === undefined) return DEFAULT_DEMO_SEED;
  if (!/^-?\d{1,15}$/.test(text.trim())) throw new CliExit(EXIT.badInput, t(M.DEMO_BAD_SEED, { seed: text }, lang));
  return Number(text);
}

/** The demo's database: an explicit `--db` file that does not exist yet, else DIR/demo.db (recreated). */
async function freshDatabase(explicit: string | undefined, dir: string, lang: Lang): Promise<string> {
  if (explicit !== undefined) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(explicit) || explicit === ':memory:') {
      throw new CliExit(EXIT.badInput, t(M.DEMO_NEEDS_SQLITE, { db: explicit }, lang));
    }
    if (existsSync(explicit)) throw new CliExit(EXIT.badInput, t(M.DEMO_DB_EXISTS, { db: explicit }, lang));
    return explicit;
  }
  const path = join(dir, 'demo.db');
  for (const suffix of ['', '-wal', '-shm', '-journal']) await rm(path + suffix, { force: true });
  return path;
}

function progress(lang: Lang): (step: DemoStep) => void {
  return (step) => {
    const line =
      step.step === 'generated' ? t(M.DEMO_GENERATED, { skus: step.skus, lines: step.orderLines, ms: step.ms }, lang)
      : step.step === 'facts-written' ? t(M.DEMO_FACTS_WRITTEN, { files: step.files, dir: step.dir, ms: step.ms }, lang)
      : step.step === 'reports-written' ? t(M.DEMO_REPORTS_WRITTEN, { files: step.files, dir: step.dir, ms: step.ms }, lang)
      : step.step === 'imported' ? t(M.DEMO_IMPORTED, { rows: step.rows, file: step.file, ms: step.ms }, lang)
      : t(M.DEMO_IMPORT_PROGRESS, { file: step.file, rows: step.rows }, lang); // prettier-ignore
    process.stderr.write(`${line}\n`);
  };
}

function waitForStopSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export function register(program: Command, globals: () => GlobalOptions): void {
  program
    .command('demo')
    .description(t(M.DEMO_DESCRIPTION))
    .option('--dir <dir>', 'folder for the demo files and database', './demo-data')
    .option('--port <n>', 'port of the server (0 = any free port)', String(DEFAULT_PORT))
    .option('--host <h>', 'address to listen on', DEFAULT_HOST)
    .option('--no-serve', 'stop after loading (no server)')
    .option('--seed <n>', `random seed (default ${DEFAULT_DEMO_SEED})`)
    .action(async (options: DemoCliOptions) => {
      const g = globals();
      const lang = g.lang;
      const started = performance.now();
      const seed = parseSeed(options.seed, lang);
      const port = options.serve ? parsePort(options.port) : 0;
      await mkdir(options.dir, { recursive: true });
      const db = await freshDatabase(program.opts<{ db?: string }>().db, options.dir, lang);
      const anchor = Math.floor(g.at / DAY_MS) * DAY_MS;
      const report = progress(lang);
      const files = await writeDemoFiles({ dir: options.dir, seed, anchor, account: g.account, onProgress: report });
      const store = await openStore(db);
      try {
        const loaded = await importDemoFacts(store, g.account, files.factsDir, anchor, report, files.reportsDir);
        const bad = loaded.rejected[0];
        if (bad) {
          const issue = bad.rejected[0];
          const values = {
            count: loaded.rejected.length,
            file: bad.file,
            line: issue?.line ?? '',
            reason: issue?.reason ?? '',
          };
          throw new CliExit(EXIT.badInput, t(M.DEMO_REJECTED, values, lang));
        }
        const today = new Date(anchor).toISOString().slice(0, 10);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        if (!g.json) {
          const rows = FACT_KINDS.map((kind) => [kind, loaded.counts[kind]]);
          const head = t(M.DEMO_LOADED, { account: g.account, db, seconds, today, seed }, lang);
          process.stdout.write(
            `${head}\n${renderTable([t(M.DEMO_COL_KIND, {}, lang), t(M.DEMO_COL_COUNT, {}, lang)], rows)}`,
          );
        }
        const doc = {
          dir: options.dir,
          db,
          account: g.account,
          seed,
          today,
          seconds: Number(seconds),
          counts: loaded.counts,
        };
        if (!options.serve) {
          if (g.json) process.stdout.write(`${JSON.stringify(doc)}\n`);
          return;
        }
        let server;
        try {
          server = await startServer({ store, host: options.host, port, defaultAccount: g.account });
        } catch (error) {
          if (error instanceof ApiKeyRequiredError)
            throw new CliExit(EXIT.badInput, t(error.code, { host: error.host }, lang));
          const reason = error instanceof Error ? error.message : String(error);
          throw new CliExit(EXIT.badInput, t(M.DEMO_LISTEN_FAILED, { host: options.host, port, reason }, lang));
        }
        if (g.json) process.stdout.write(`${JSON.stringify({ ...doc, url: server.url })}\n`);
        else process.stdout.write(`${t(M.DEMO_SERVING, { url: server.url, account: g.account }, lang)}\n`);
        await waitForStopSignal();
        await server.close();
      } finally {
        await store.close();
      }
    });
}
