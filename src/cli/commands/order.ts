// `clearway order place ASIN --qty N [--prime] [--code C]… [--sku S]`: a buyer order at --at, accepted
// from stock on hand, In-Stock Head Start or a live pre-sale at the quoted price, and recorded — or
// refused (exit 4, the JSON with each reason and rule still printed). Unknown ASIN/SKU → exit 3.
import type { Command } from 'commander';
import { placeOrder } from '../../app/ishs/orders.js';
import { t } from '../../core/messages/messages.js';
import type { GlobalOptions } from '../context.js';
import { printOutcome, quantityOption } from '../ishs-cli.js';
import { ISHS_CLI } from '../ishs-messages.js';
import { renderOrder } from '../ishs-render.js';
import { asOfInput, withAppErrors } from '../pricing-cli.js';
import { withStore } from '../store.js';

interface PlaceOptions {
  readonly qty?: string;
  readonly prime?: boolean;
  readonly code: string[];
  readonly sku?: string;
}

export function register(program: Command, globals: () => GlobalOptions): void {
  const order = program.command('order').description(t(ISHS_CLI.CLI_ORDER_DESCRIPTION));
  order
    .command('place')
    .description(t(ISHS_CLI.CLI_ORDER_PLACE_DESCRIPTION))
    .argument('<asin>', 'the ASIN')
    .option('--qty <n>', 'units ordered (default 1)')
    .option('--prime', 'the buyer is a Prime member (delivery days)')
    .option(
      '--code <code>',
      'a promotion code the buyer enters (repeatable)',
      (c: string, all: string[]) => [...all, c],
      [],
    )
    .option('--sku <sku>', 'order this SKU of the ASIN')
    .action(async (asin: string, options: PlaceOptions, command: Command) => {
      const g = globals();
      const query = {
        marketplace: g.marketplace,
        at: asOfInput(command, g),
        sku: options.sku ?? null,
        units: quantityOption(options.qty, g.lang),
        prime: options.prime === true,
        codes: options.code.map((c) => c.trim()),
      };
      const r = await withStore(g, (store) => withAppErrors(g.lang, () => placeOrder(store, g.account, asin, query)));
      printOutcome(g, r.document, r.refused, renderOrder);
    });
}
