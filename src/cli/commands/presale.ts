// `clearway presale create FILE.json | submit ID | review ID [--approve | --reject REASON] | list |
// release ID | preorder ID --qty N [--prime]` (PRE-1..PRE-3). Refusals (a step the lifecycle does not
// allow, --approve with a failing check, a pre-order beyond the cap or the cover) → exit 4 with the JSON;
// a malformed campaign file → exit 2 naming the field; an unknown id or SKU → exit 3.
import type { Command } from 'commander';
import { readCampaignFile } from '../../app/presale/campaign-file.js';
import {
  createPresale,
  listPresales,
  preorderPresale,
  releasePresale,
  reviewPresale,
  submitPresale,
} from '../../app/presale/campaigns.js';
import { ISHS_APP } from '../../app/ishs/messages.js';
import { t } from '../../core/messages/messages.js';
import { CliExit, EXIT, type GlobalOptions } from '../context.js';
import { printOutcome, quantityOption } from '../ishs-cli.js';
import { ISHS_CLI } from '../ishs-messages.js';
import { renderOrder, renderPresaleAction, renderPresaleList } from '../ishs-render.js';
import { asOfInput, printDoc, withAppErrors } from '../pricing-cli.js';
import { withStore } from '../store.js';

export function register(program: Command, globals: () => GlobalOptions): void {
  const presale = program.command('presale').description(t(ISHS_CLI.CLI_PRESALE_DESCRIPTION));
  presale
    .command('create')
    .description(t(ISHS_CLI.CLI_PRESALE_CREATE_DESCRIPTION))
    .argument('<file>', 'JSON file holding one campaign')
    .action(async (file: string, _options: unknown, command: Command) => {
      const g = globals();
      const r = await withStore(g, (store) =>
        withAppErrors(g.lang, async () => {
          const data = await readCampaignFile(file);
          return createPresale(store, g.account, data, {
            marketplace: g.marketplace,
            at: asOfInput(command, g),
            source: file,
          });
        }),
      );
      printOutcome(g, r.document, r.refused, renderPresaleAction);
    });
  presale
    .command('submit')
    .description(t(ISHS_CLI.CLI_PRESALE_SUBMIT_DESCRIPTION))
    .argument('<id>', 'the campaign id')
    .action(async (id: string, _options: unknown, command: Command) => {
      const g = globals();
      const r = await withStore(g, (store) =>
        withAppErrors(g.lang, () => submitPresale(store, g.account, id, { at: asOfInput(command, g) })),
      );
      printOutcome(g, r.document, r.refused, renderPresaleAction);
    });
  presale
    .command('review')
    .description(t(ISHS_CLI.CLI_PRESALE_REVIEW_DESCRIPTION))
    .argument('<id>', 'the campaign id')
    .option('--approve', 'approve it (refused when a check fails)')
    .option('--reject <reason>', "reject it with the reviewer's reason")
    .action(async (id: string, options: { approve?: boolean; reject?: string }, command: Command) => {
      const g = globals();
      if (options.approve === true && options.reject !== undefined)
        throw new CliExit(EXIT.badInput, t(ISHS_APP.PRESALE_REVIEW_BOTH, {}, g.lang));
      const decision = options.approve === true ? 'approve' : options.reject !== undefined ? 'reject' : 'auto';
      const q = { at: asOfInput(command, g), decision, reason: options.reject ?? null } as const;
      const r = await withStore(g, (store) => withAppErrors(g.lang, () => reviewPresale(store, g.account, id, q)));
      printOutcome(g, r.document, r.refused, renderPresaleAction);
    });
  presale
    .command('list')
    .description(t(ISHS_CLI.CLI_PRESALE_LIST_DESCRIPTION))
    .action(async (_options: unknown, command: Command) => {
      const g = globals();
      const q = { marketplace: g.marketplace, at: asOfInput(command, g) };
      const doc = await withStore(g, (store) => withAppErrors(g.lang, () => listPresales(store, g.account, q)));
      printDoc(g, doc, renderPresaleList);
    });
  presale
    .command('release')
    .description(t(ISHS_CLI.CLI_PRESALE_RELEASE_DESCRIPTION))
    .argument('<id>', 'the campaign id')
    .action(async (id: string, _options: unknown, command: Command) => {
      const g = globals();
      const r = await withStore(g, (store) =>
        withAppErrors(g.lang, () => releasePresale(store, g.account, id, { at: asOfInput(command, g) })),
      );
      printOutcome(g, r.document, r.refused, renderPresaleAction);
    });
  presale
    .command('preorder')
    .description(t(ISHS_CLI.CLI_PRESALE_PREORDER_DESCRIPTION))
    .argument('<id>', 'the campaign id')
    .option('--qty <n>', 'units pre-ordered (default 1)')
    .option('--prime', 'the buyer is a Prime member (delivery days)')
    .action(async (id: string, options: { qty?: string; prime?: boolean }, command: Command) => {
      const g = globals();
      const q = {
        at: asOfInput(command, g),
        units: quantityOption(options.qty, g.lang),
        prime: options.prime === true,
      };
      const r = await withStore(g, (store) => withAppErrors(g.lang, () => preorderPresale(store, g.account, id, q)));
      printOutcome(g, r.document, r.refused, renderOrder);
    });
}
