// `clearway tick`: applies every Outlet transition due at --at over the account (OUT-6..OUT-10):
// automatic reviews, starts and ends with their automatic price changes, removals, pricing-rule blocks.
// Each is dated when it became due and recorded once: running it twice changes nothing the second time.
import type { Command } from 'commander';
import { tick } from '../../app/outlet/deals.js';
import { t } from '../../core/messages/messages.js';
import type { GlobalOptions } from '../context.js';
import { OUTLET_CLI } from '../outlet-messages.js';
import { renderTick } from '../outlet-render.js';
import { asOfInput, printDoc, withAppErrors } from '../pricing-cli.js';
import { withStore } from '../store.js';

export function register(program: Command, globals: () => GlobalOptions): void {
  program
    .command('tick')
    .description(t(OUTLET_CLI.CLI_TICK_DESCRIPTION))
    .action(async (_options: unknown, command: Command) => {
      const g = globals();
      const q = { marketplace: g.marketplace, at: asOfInput(command, g) };
      const doc = await withStore(g, (store) => withAppErrors(g.lang, () => tick(store, g.account, q)));
      printDoc(g, doc, renderTick);
    });
}
