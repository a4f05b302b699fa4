// `clearway quote ASIN [--prime] [--business] [--first-time] [--qty N] [--code C]… [--sku S]`: what one
// buyer pays for one unit at --at (PQ-1..PQ-3), with the stack. The SKU is the one that sets the
// current price (DEC-2) unless --sku names one. `--json` → CONTRACT.md `{ asin, at, currency,
// basePrice, direct, addOns, netUnitPrice, totalDiscount, notApplied, warnings, … }`.
import type { Command } from 'commander';
import { PRICING } from '../../app/pricing-messages.js';
import { quoteAsin } from '../../app/quote.js';
import { t } from '../../core/messages/messages.js';
import { CliExit, EXIT, type GlobalOptions } from '../context.js';
import { asOfInput, printDoc, withAppErrors } from '../pricing-cli.js';
import { PRICING_CLI } from '../pricing-messages.js';
import { renderQuote } from '../pricing-render.js';
import { withStore } from '../store.js';

interface QuoteOptions {
  readonly prime?: boolean;
  readonly business?: boolean;
  readonly firstTime?: boolean;
  readonly qty?: string;
  readonly code: string[];
  readonly sku?: string;
}

function quantity(text: string | undefined, g: GlobalOptions): number {
  if (text === undefined) return 1;
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new CliExit(EXIT.badInput, t(PRICING.PRICING_BAD_QUANTITY, { value: text }, g.lang));
  }
  return n;
}

export function register(program: Command, globals: () => GlobalOptions): void {
  program
    .command('quote')
    .description(t(PRICING_CLI.CLI_QUOTE_DESCRIPTION))
    .argument('<asin>', 'the ASIN')
    .option('--prime', 'the buyer is a Prime member')
    .option('--business', 'the buyer is a business buyer')
    .option('--first-time', 'the buyer buys for the first time')
    .option('--qty <n>', 'units on the order line (default 1)')
    .option(
      '--code <code>',
      'a promotion code the buyer enters (repeatable)',
      (c: string, all: string[]) => [...all, c],
      [],
    )
    .option('--sku <sku>', 'quote this SKU of the ASIN')
    .action(async (asin: string, options: QuoteOptions, command: Command) => {
      const g = globals();
      const query = {
        marketplace: g.marketplace,
        at: asOfInput(command, g),
        sku: options.sku ?? null,
        buyer: {
          prime: options.prime === true,
          business: options.business === true,
          firstTime: options.firstTime === true,
          quantity: quantity(options.qty, g),
          codes: options.code.map((c) => c.trim()),
        },
      };
      const doc = await withStore(g, (store) => withAppErrors(g.lang, () => quoteAsin(store, g.account, asin, query)));
      printDoc(g, doc, renderQuote);
    });
}
