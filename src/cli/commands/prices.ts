// `clearway prices ASIN`: the reference prices of an ASIN as of --at (PR-1..PR-6), any instant
// including a planned one. `--json` → CONTRACT.md `{ asin, marketplace, at, currency, currentPrice,
// listPrice, wasPrice, lowestRecentPrice, lowest30DayNetPrice, reference, … }`; else a table and the
// "why" lines. Unknown ASIN → exit 3.
import type { Command } from 'commander';
import { pricesOfAsin } from '../../app/prices.js';
import { t } from '../../core/messages/messages.js';
import type { GlobalOptions } from '../context.js';
import { asOfInput, printDoc, withAppErrors } from '../pricing-cli.js';
import { PRICING_CLI } from '../pricing-messages.js';
import { renderPrices } from '../pricing-render.js';
import { withStore } from '../store.js';

export function register(program: Command, globals: () => GlobalOptions): void {
  program
    .command('prices')
    .description(t(PRICING_CLI.CLI_PRICES_DESCRIPTION))
    .argument('<asin>', 'the ASIN')
    .action(async (asin: string, _options: unknown, command: Command) => {
      const g = globals();
      const query = { marketplace: g.marketplace, at: asOfInput(command, g) };
      const doc = await withStore(g, (store) =>
        withAppErrors(g.lang, () => pricesOfAsin(store, g.account, asin, query)),
      );
      printDoc(g, doc, renderPrices);
    });
}
