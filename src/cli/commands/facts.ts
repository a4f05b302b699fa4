// `clearway facts`: how many facts of each kind the account holds (product and seller versions count
// each). `--json` → { "account", "counts": { kind: n } }.
import type { Command } from 'commander';
import { FACT_KINDS, type FactKind } from '../../core/catalog/facts.js';
import { t } from '../../core/messages/messages.js';
import type { GlobalOptions } from '../context.js';
import { CLI } from '../messages.js';
import { renderTable } from '../render.js';
import { withStore } from '../store.js';

export function register(program: Command, globals: () => GlobalOptions): void {
  program
    .command('facts')
    .description(t(CLI.CLI_FACTS_DESCRIPTION))
    .action(async () => {
      const g = globals();
      const stored = await withStore(g, async (store) =>
        (await store.findAccount(g.account)) ? store.countFacts(g.account) : null,
      );
      // An account that was never imported into holds no facts (and is not created by asking).
      const counts = Object.fromEntries(FACT_KINDS.map((kind) => [kind, stored?.[kind] ?? 0])) as Record<
        FactKind,
        number
      >;
      if (g.json) {
        process.stdout.write(`${JSON.stringify({ account: g.account, counts })}\n`);
        return;
      }
      const lang = g.lang;
      process.stdout.write(`${t(CLI.CLI_FACTS_TITLE, { account: g.account }, lang)}\n\n`);
      process.stdout.write(
        renderTable(
          [t(CLI.CLI_COL_KIND, {}, lang), t(CLI.CLI_COL_COUNT, {}, lang)],
          FACT_KINDS.map((kind) => [kind, counts[kind]]),
        ),
      );
    });
}
