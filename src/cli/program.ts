// The `clearway` command line: global options of CONTRACT.md (accepted anywhere on the line), the
// commands of commands/index.ts, and the mapping of errors to exit codes (CliExit → its code and its
// message on stderr; a malformed argument → 2; anything unexpected → 1).
import { Command, CommanderError } from 'commander';
import { CalendarError, parseDayOrInstant } from '../core/calendar/calendar.js';
import { isMarketplace, marketplaceInfo, MARKETPLACES } from '../core/catalog/marketplace.js';
import { t, type Lang } from '../core/messages/messages.js';
import { COMMANDS } from './commands/index.js';
import { CliExit, EXIT, type GlobalOptions } from './context.js';
import { CLI } from './messages.js';

/** The raw global options as commander parses them. */
export interface RawGlobals {
  readonly db?: string;
  readonly account?: string;
  readonly marketplace?: string;
  readonly at?: string;
  readonly asOf?: string;
  readonly json?: boolean;
  readonly lang?: string;
}

function parseLang(value: string | undefined): Lang {
  if (value === undefined || value === 'en') return 'en';
  if (value === 'zh-CN' || value === 'zh') return 'zh-CN';
  throw new CliExit(EXIT.badInput, t(CLI.CLI_BAD_LANG, { value }));
}

/**
 * Resolves the global options: `--db` else $CLEARWAY_DB else ./clearway.db; `--account` default
 * 'default'; `--at`/`--as-of` an ISO-8601 instant or a day (local midnight of `--marketplace`, else
 * UTC), default `now`. Throws CliExit(2) on a malformed value.
 */
export function resolveGlobals(raw: RawGlobals, env: NodeJS.ProcessEnv, now: number): GlobalOptions {
  const lang = parseLang(raw.lang);
  const account = raw.account ?? 'default';
  if (account.trim() === '') throw new CliExit(EXIT.badInput, t(CLI.CLI_BAD_ACCOUNT, {}, lang));
  let marketplace = null;
  if (raw.marketplace !== undefined) {
    const code = raw.marketplace.toUpperCase();
    if (!isMarketplace(code)) {
      const values = { value: raw.marketplace, allowed: MARKETPLACES.join(', ') };
      throw new CliExit(EXIT.badInput, t(CLI.CLI_BAD_MARKETPLACE, values, lang));
    }
    marketplace = code;
  }
  if (raw.at !== undefined && raw.asOf !== undefined && raw.at !== raw.asOf) {
    throw new CliExit(EXIT.badInput, t(CLI.CLI_AT_CONFLICT, {}, lang));
  }
  const atText = raw.at ?? raw.asOf;
  let at = now;
  if (atText !== undefined) {
    try {
      at = parseDayOrInstant(atText, marketplace ? marketplaceInfo(marketplace).timeZone : 'UTC');
    } catch (error) {
      if (!(error instanceof CalendarError)) throw error;
      throw new CliExit(EXIT.badInput, t(CLI.CLI_BAD_AT, { value: atText }, lang));
    }
  }
  const db = raw.db ?? (env.CLEARWAY_DB || undefined) ?? './clearway.db';
  return { db, account, marketplace, at, json: raw.json === true, lang };
}

export function buildProgram(env: NodeJS.ProcessEnv = process.env, clock: () => number = Date.now): Command {
  const program = new Command('clearway')
    .description('Clear excess Amazon inventory and check promotions before they backfire.')
    .option('--db <path>', 'SQLite file or postgres:// URL (default $CLEARWAY_DB, else ./clearway.db)')
    .option('--account <name>', 'seller account (default "default")')
    .option('--marketplace <mp>', `marketplace: ${MARKETPLACES.join(', ')}`)
    .option('--at <instant>', 'as-of instant: ISO-8601 with offset or YYYY-MM-DD (default now)')
    .option('--as-of <instant>', 'same as --at')
    .option('--json', 'print the JSON document of CONTRACT.md')
    .option('--lang <lang>', 'en or zh-CN')
    .exitOverride()
    .showHelpAfterError(false);
  let resolved: GlobalOptions | null = null;
  // Read once per run: the clock is read here, not in app/ or core/.
  const globals = () => (resolved ??= resolveGlobals(program.opts<RawGlobals>(), env, clock()));
  for (const command of COMMANDS) command.register(program, globals);
  return program;
}

function langOf(program: Command): Lang {
  const lang = program.opts<RawGlobals>().lang;
  return lang === 'zh-CN' || lang === 'zh' ? 'zh-CN' : 'en';
}

/** Runs one command line (without `node` and the script); returns the exit code. */
export async function run(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const program = buildProgram(env);
  if (argv.length === 0) {
    process.stdout.write(program.helpInformation());
    return EXIT.ok;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CliExit) {
      if (error.message) process.stderr.write(`${error.message}\n`);
      return error.code;
    }
    if (error instanceof CommanderError) {
      // commander already printed its message; help and version are not errors.
      const done = ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code);
      return done ? EXIT.ok : EXIT.badInput;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${t(CLI.CLI_UNEXPECTED, { message }, langOf(program))}\n`);
    if (env.CLEARWAY_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    return 1;
  }
}
