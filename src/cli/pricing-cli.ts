// What the pricing commands share: the exit codes of app/ errors (CONTRACT.md: an unknown ASIN, SKU or
// id → 3; a marketplace that must be named, a malformed proposal or option → 2, stderr naming the
// file and field), the as-of instant as typed (a day is local midnight of the ASIN's marketplace,
// DEC-3, so app/ parses it once the marketplace is known), and printing a document.
import type { Command } from 'commander';
import { MarketplaceNeededError, UnknownItemError } from '../app/asin-facts.js';
import { PricingInputError } from '../app/pricing-errors.js';
import type { WhenInput } from '../app/pricing-scope.js';
import type { Lang } from '../core/messages/messages.js';
import { CliExit, EXIT, type GlobalOptions } from './context.js';

/** Runs app work, turning its known errors into CliExit with the contract's exit code. */
export async function withAppErrors<T>(lang: Lang, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UnknownItemError) throw new CliExit(EXIT.unknown, error.messageIn(lang));
    if (error instanceof MarketplaceNeededError) throw new CliExit(EXIT.badInput, error.messageIn(lang));
    if (error instanceof PricingInputError) throw new CliExit(EXIT.badInput, error.messageIn(lang));
    throw error;
  }
}

/** `--at`/`--as-of` as typed (validated by the global options already), else the resolved instant (now). */
export function asOfInput(command: Command, g: GlobalOptions): WhenInput {
  const raw = command.optsWithGlobals<{ at?: string; asOf?: string }>();
  return raw.at ?? raw.asOf ?? g.at;
}

/** Prints the JSON document (--json) or its human rendering. */
export function printDoc<T>(g: GlobalOptions, doc: T, human: (doc: T, lang: Lang) => string): void {
  process.stdout.write(g.json ? `${JSON.stringify(doc)}\n` : human(doc, g.lang));
}
