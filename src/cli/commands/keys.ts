// `clearway keys create [--label L]` and `clearway keys list`: API keys of the `--account` account.
// A new key is printed once (stdout, alone on its line, so `KEY=$(clearway keys create)` works); only
// its hash is stored. The list shows labels and creation instants, never a key.
import type { Command } from 'commander';
import { Temporal } from 'temporal-polyfill';
import { defineMessages, t } from '../../core/messages/messages.js';
import type { GlobalOptions } from '../context.js';
import { withStore } from '../store.js';

const M = defineMessages({
  KEYS_DESCRIPTION: { en: 'Manage API keys of the account', zh: '管理账户的 API 密钥' },
  KEYS_CREATE_DESCRIPTION: { en: 'Create an API key (printed once)', zh: '创建 API 密钥（只显示一次）' },
  KEYS_LIST_DESCRIPTION: {
    en: 'List API keys (labels and dates, never the key)',
    zh: '列出 API 密钥（标签和日期，不显示密钥）',
  },
  KEYS_CREATED: {
    en: 'API key created for account {account}. It is shown only this once: store it now. Send it as "Authorization: Bearer <key>".',
    zh: '已为账户 {account} 创建 API 密钥。它只显示这一次，请立即保存。请以 "Authorization: Bearer <key>" 发送。',
  },
  KEYS_NONE: {
    en: 'Account {account} has no API key. Create one with "clearway keys create".',
    zh: '账户 {account} 没有 API 密钥。请用 "clearway keys create" 创建。',
  },
  KEYS_HEADER_CREATED: { en: 'created', zh: '创建时间' },
  KEYS_HEADER_LABEL: { en: 'label', zh: '标签' },
});

function isoUtc(at: number): string {
  return Temporal.Instant.fromEpochMilliseconds(at).toString();
}

export function register(program: Command, globals: () => GlobalOptions): void {
  const keys = program.command('keys').description(t(M.KEYS_DESCRIPTION));

  keys
    .command('create')
    .description(t(M.KEYS_CREATE_DESCRIPTION))
    .option('--label <label>', 'a name to recognise the key by')
    .action(async (options: { label?: string }) => {
      const g = globals();
      const label = options.label ?? null;
      const key = await withStore(g, (store) => store.createApiKey(g.account, label ?? undefined));
      if (g.json) {
        process.stdout.write(`${JSON.stringify({ account: g.account, label, key })}\n`);
      } else {
        process.stdout.write(`${key}\n`);
        process.stderr.write(`${t(M.KEYS_CREATED, { account: g.account }, g.lang)}\n`);
      }
    });

  keys
    .command('list')
    .description(t(M.KEYS_LIST_DESCRIPTION))
    .action(async () => {
      const g = globals();
      const list = await withStore(g, (store) => store.listApiKeys(g.account));
      const rows = list.map((k) => ({ label: k.label, created: isoUtc(k.created) }));
      if (g.json) {
        process.stdout.write(`${JSON.stringify({ account: g.account, keys: rows })}\n`);
        return;
      }
      if (rows.length === 0) {
        process.stdout.write(`${t(M.KEYS_NONE, { account: g.account }, g.lang)}\n`);
        return;
      }
      const lines = [`${t(M.KEYS_HEADER_CREATED, {}, g.lang).padEnd(24)}  ${t(M.KEYS_HEADER_LABEL, {}, g.lang)}`];
      for (const row of rows) lines.push(`${row.created.padEnd(24)}  ${row.label ?? '-'}`);
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
