// What every CLI command receives: the global options of CONTRACT.md, resolved.
import type { Instant } from '../core/catalog/facts.js';
import type { Marketplace } from '../core/catalog/marketplace.js';
import type { Lang } from '../core/messages/messages.js';

export type { Lang };

export interface GlobalOptions {
  /** `--db` or $CLEARWAY_DB or ./clearway.db; a postgres:// URL selects PostgreSQL. */
  readonly db: string;
  readonly account: string;
  readonly marketplace: Marketplace | null;
  /** `--at` / `--as-of`, default now (read once, here: the clock lives outside core/). */
  readonly at: Instant;
  readonly json: boolean;
  readonly lang: Lang;
}

/** Exit codes of CONTRACT.md. */
export const EXIT = {
  ok: 0,
  /** Bad input: a malformed argument or a rejected file. */
  badInput: 2,
  /** An ASIN, SKU or id named on the command line is unknown. */
  unknown: 3,
  /** An action refused by a rule (the JSON with its errors is still printed). */
  refused: 4,
} as const;

/** Thrown by commands to end with a contract exit code and a message on stderr. */
export class CliExit extends Error {
  override readonly name = 'CliExit';
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}
