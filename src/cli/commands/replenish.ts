// `clearway replenish [--cover-days N]` (with the global --marketplace, --at, --json): reorder advice
// for every SKU as of --at (RPL-1..RPL-4), most urgent first. `--json` → CONTRACT.md rows `{ sku,
// weightedDailySales, daysOfSupply, leadTimeDays, reorderQty, alert, … }`. Bad option → exit 2.
import type { Command } from 'commander';
import { replenishReport } from '../../app/replenish.js';
import { t } from '../../core/messages/messages.js';
import type { GlobalOptions } from '../context.js';
import { INVENTORY_CLI } from '../inventory-messages.js';
import { renderReplenish } from '../inventory-render.js';
import { asOfInput, printDoc, withAppErrors } from '../pricing-cli.js';
import { withStore } from '../store.js';

export function register(program: Command, globals: () => GlobalOptions): void {
  program
    .command('replenish')
    .description(t(INVENTORY_CLI.CLI_INV_REPLENISH_DESCRIPTION))
    .option('--cover-days <n>', 'RPL-2 cover in days, 60–90 (default: the rule set’s reorderCoverDefaultDays, 75)')
    .action(async (options: { coverDays?: string }, command: Command) => {
      const g = globals();
      const query = { marketplace: g.marketplace, at: asOfInput(command, g), coverDays: options.coverDays ?? null };
      const doc = await withStore(g, (store) => withAppErrors(g.lang, () => replenishReport(store, g.account, query)));
      printDoc(g, doc, renderReplenish);
    });
}
