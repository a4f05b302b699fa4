// `clearway excess [--band B] [--cover-days N]` (with the global --marketplace, --at, --json): every
// SKU's excess view as of --at (EXC-1, EXC-2, EXC-3 baseline), most urgent first. `--json` → CONTRACT.md
// `{ asOf, rows: [ { sku, asin, marketplace, onHand, inbound, unitsSold30d, stockToSalesRatio, band,
// ageBuckets, holdingCost30d, holdingCost90d, outlet, recommendation, … } ] }`. Bad option → exit 2.
// `--plan`: each row's recommendation is its clearance plan's first action (same shape, source 'plan').
import type { Command } from 'commander';
import { excessReport } from '../../app/excess.js';
import { t } from '../../core/messages/messages.js';
import type { GlobalOptions } from '../context.js';
import { INVENTORY_CLI } from '../inventory-messages.js';
import { renderExcess } from '../inventory-render.js';
import { asOfInput, printDoc, withAppErrors } from '../pricing-cli.js';
import { withStore } from '../store.js';

interface ExcessOptions {
  readonly band?: string;
  readonly coverDays?: string;
  readonly plan?: boolean;
}

export function register(program: Command, globals: () => GlobalOptions): void {
  program
    .command('excess')
    .description(t(INVENTORY_CLI.CLI_INV_EXCESS_DESCRIPTION))
    .option('--band <band>', 'only this band: stockout_risk, healthy, moderate_excess, heavy_excess')
    .option('--cover-days <n>', 'healthy cover in days (default: the rule set’s excessHealthyCoverDays, 90)')
    .option('--plan', 'recommend each SKU’s clearance plan’s first action (EXC-8) instead of the EXC-3 baseline')
    .action(async (options: ExcessOptions, command: Command) => {
      const g = globals();
      const query = {
        marketplace: g.marketplace,
        at: asOfInput(command, g),
        band: options.band ?? null,
        coverDays: options.coverDays ?? null,
        plan: options.plan === true,
      };
      const doc = await withStore(g, (store) => withAppErrors(g.lang, () => excessReport(store, g.account, query)));
      printDoc(g, doc, renderExcess);
    });
}
