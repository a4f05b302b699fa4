// `clearway serve [--port N] [--host H]`: the HTTP API, its docs and the dashboard (src/api/).
// Default 127.0.0.1:4400 (loopback: no key needed until one is created); `--port 0` takes any free
// port. A non-loopback host without any API key is refused with exit 2. Stops on SIGINT/SIGTERM.
import type { Command } from 'commander';
import { defineMessages, t } from '../../core/messages/messages.js';
import { ApiKeyRequiredError, DEFAULT_HOST, DEFAULT_PORT, startServer } from '../../api/server.js';
import { CliExit, EXIT, type GlobalOptions } from '../context.js';
import { withStore } from '../store.js';

const M = defineMessages({
  SERVE_DESCRIPTION: {
    en: 'Serve the HTTP API (/api/v1), its docs (/api/docs) and the dashboard (/)',
    zh: '启动 HTTP API（/api/v1）、API 文档（/api/docs）和仪表板（/）',
  },
  SERVE_BAD_PORT: {
    en: '--port must be a whole number from 0 to 65535 (0 = any free port), not "{port}".',
    zh: '--port 必须是 0 到 65535 之间的整数（0 表示任意空闲端口），而不是 "{port}"。',
  },
  SERVE_LISTEN_FAILED: {
    en: 'Cannot listen on {host}:{port}: {reason}',
    zh: '无法在 {host}:{port} 上监听：{reason}',
  },
  SERVE_LISTENING: {
    en: 'clearway serving {url} (account {account})',
    zh: 'clearway 服务已启动 {url}（账户 {account}）',
  },
  SERVE_LISTENING_KEYS: {
    en: 'clearway serving {url} (API key required; each key sees its own account)',
    zh: 'clearway 服务已启动 {url}（需要 API 密钥；每个密钥只能看到自己的账户）',
  },
});

/** Parses `--port`: 0..65535. */
export function parsePort(text: string): number {
  if (!/^\d{1,5}$/.test(text.trim()) || Number(text) > 65535) {
    throw new CliExit(EXIT.badInput, t(M.SERVE_BAD_PORT, { port: text }));
  }
  return Number(text);
}

function waitForStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export function register(program: Command, globals: () => GlobalOptions): void {
  program
    .command('serve')
    .description(t(M.SERVE_DESCRIPTION))
    .option('--port <n>', `port (0 = any free port)`, String(DEFAULT_PORT))
    .option('--host <h>', `address to listen on (non-loopback needs an API key)`, DEFAULT_HOST)
    .action(async (options: { port: string; host: string }) => {
      const g = globals();
      const port = parsePort(options.port);
      const host = options.host;
      await withStore(g, async (store) => {
        let server;
        try {
          server = await startServer({ store, host, port, defaultAccount: g.account });
        } catch (error) {
          if (error instanceof ApiKeyRequiredError) {
            throw new CliExit(EXIT.badInput, t(error.code, { host: error.host }, g.lang));
          }
          const code = (error as { code?: unknown }).code;
          if (code === 'EADDRINUSE' || code === 'EADDRNOTAVAIL' || code === 'EACCES' || code === 'ENOTFOUND') {
            const reason = error instanceof Error ? error.message : String(error);
            throw new CliExit(EXIT.badInput, t(M.SERVE_LISTEN_FAILED, { host, port, reason }, g.lang));
          }
          throw error;
        }
        const stopped = waitForStopSignal();
        if (g.json) {
          const doc = { url: server.url, account: g.account, keysRequired: server.keysRequired };
          process.stdout.write(`${JSON.stringify(doc)}\n`);
        } else {
          const code = server.keysRequired ? M.SERVE_LISTENING_KEYS : M.SERVE_LISTENING;
          process.stdout.write(`${t(code, { url: server.url, account: g.account }, g.lang)}\n`);
        }
        await stopped;
        await server.close();
      });
    });
}
