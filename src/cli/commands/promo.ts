// `clearway promo check|add|list|guard`:
// - `check FILE.json`: a proposed promotion checked as of its start (DEC-3); exit 0 even when it fails
//   (CONTRACT.md: a check that finds problems exits 0); `--json` → `{ ok, kind, errors, warnings, fee,
//   lowest30DayNetPriceAfter, blocks, … }`.
// - `add FILE.json [--force]`: the same check, then the promotion is recorded as a (planned) fact;
//   with errors it is refused — exit 4, the check still printed, nothing stored — unless --force.
// - `list [--sku S] [--asin A] [--from D] [--to D]`: promotions with their status at --at.
// - `guard ASIN [--from D] [--to D]`: PQ-4 loss guard (default: 30 days from --at).
// A malformed proposal → exit 2 naming the file and field; an unknown SKU or ASIN → exit 3.
import type { Command } from 'commander';
import { guardAsin } from '../../app/loss-guard.js';
import { addProposal, checkProposal, listPromotions } from '../../app/promotions.js';
import { readProposalFile } from '../../app/proposal.js';
import { t } from '../../core/messages/messages.js';
import { CliExit, EXIT, type GlobalOptions } from '../context.js';
import { asOfInput, printDoc, withAppErrors } from '../pricing-cli.js';
import { PRICING_CLI } from '../pricing-messages.js';
import { addOutcomeLine, renderCheck, renderGuard, renderList } from '../pricing-render.js';
import { withStore } from '../store.js';

interface RangeOptions {
  readonly from?: string;
  readonly to?: string;
}

function registerCheck(promo: Command, globals: () => GlobalOptions): void {
  promo
    .command('check')
    .description(t(PRICING_CLI.CLI_PROMO_CHECK_DESCRIPTION))
    .argument('<file>', 'JSON file holding one proposed promotion')
    .action(async (file: string) => {
      const g = globals();
      const doc = await withStore(g, (store) =>
        withAppErrors(g.lang, async () => {
          const data = await readProposalFile(file);
          return (await checkProposal(store, g.account, data, { marketplace: g.marketplace, source: file })).document;
        }),
      );
      printDoc(g, doc, renderCheck);
    });
}

function registerAdd(promo: Command, globals: () => GlobalOptions): void {
  promo
    .command('add')
    .description(t(PRICING_CLI.CLI_PROMO_ADD_DESCRIPTION))
    .argument('<file>', 'JSON file holding one promotion')
    .option('--force', 'record it even when the check finds errors')
    .action(async (file: string, options: { force?: boolean }) => {
      const g = globals();
      const result = await withStore(g, (store) =>
        withAppErrors(g.lang, async () => {
          const data = await readProposalFile(file);
          const force = options.force === true;
          return addProposal(store, g.account, data, { marketplace: g.marketplace, source: file, force, at: g.at });
        }),
      );
      const d = result.document;
      printDoc(g, d, renderCheck);
      const line = addOutcomeLine(d.id, d.outcome, d.errors.length, d.forced, g.lang);
      if (result.refused) throw new CliExit(EXIT.refused, line);
      if (!g.json) process.stdout.write(`${line}\n`);
    });
}

function registerList(promo: Command, globals: () => GlobalOptions): void {
  promo
    .command('list')
    .description(t(PRICING_CLI.CLI_PROMO_LIST_DESCRIPTION))
    .option('--sku <sku>', 'only this SKU')
    .option('--asin <asin>', 'only the SKUs of this ASIN')
    .option('--from <when>', 'only promotions ending at or after this day or instant')
    .option('--to <when>', 'only promotions starting at or before this day or instant')
    .action(async (options: RangeOptions & { sku?: string; asin?: string }, command: Command) => {
      const g = globals();
      const query = {
        marketplace: g.marketplace,
        sku: options.sku ?? null,
        asin: options.asin ?? null,
        from: options.from ?? null,
        to: options.to ?? null,
        at: asOfInput(command, g),
      };
      const doc = await withStore(g, (store) => withAppErrors(g.lang, () => listPromotions(store, g.account, query)));
      printDoc(g, doc, renderList);
    });
}

function registerGuard(promo: Command, globals: () => GlobalOptions): void {
  promo
    .command('guard')
    .description(t(PRICING_CLI.CLI_PROMO_GUARD_DESCRIPTION))
    .argument('<asin>', 'the ASIN')
    .option('--from <when>', 'start of the range (default --at)')
    .option('--to <when>', 'end of the range (default 30 days after --from)')
    .action(async (asin: string, options: RangeOptions, command: Command) => {
      const g = globals();
      const query = {
        marketplace: g.marketplace,
        from: options.from ?? null,
        to: options.to ?? null,
        at: asOfInput(command, g),
      };
      const doc = await withStore(g, (store) => withAppErrors(g.lang, () => guardAsin(store, g.account, asin, query)));
      printDoc(g, doc, renderGuard);
    });
}

export function register(program: Command, globals: () => GlobalOptions): void {
  const promo = program.command('promo').description(t(PRICING_CLI.CLI_PROMO_DESCRIPTION));
  registerCheck(promo, globals);
  registerAdd(promo, globals);
  registerList(promo, globals);
  registerGuard(promo, globals);
}
