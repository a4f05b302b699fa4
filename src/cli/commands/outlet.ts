// `clearway outlet recommendations|check SKU|submit SKU --price P|update ID --price P|cancel ID|review ID
// --approve|--reject REASON|report` (CONTRACT.md, RULEBOOK OUT-1..OUT-13). `--json` prints the same
// documents as /api/v1/outlet. A refused action prints its document (errors included) and exits 4; an
// unknown SKU or deal id exits 3; a malformed price or a missing option exits 2.
import type { Command } from 'commander';
import {
  cancelOutletDeal,
  checkSku,
  recommendations,
  report,
  reviewOutletDeal,
  submitSku,
  updateDeal,
  type OutletQuery,
} from '../../app/outlet/deals.js';
import type { DealActionDoc } from '../../app/outlet/documents.js';
import { t } from '../../core/messages/messages.js';
import { CliExit, EXIT, type GlobalOptions } from '../context.js';
import { OUTLET_CLI } from '../outlet-messages.js';
import { renderAction, renderCheck, renderRecommendations, renderReport } from '../outlet-render.js';
import { asOfInput, printDoc, withAppErrors } from '../pricing-cli.js';
import { withStore } from '../store.js';

function query(command: Command, g: GlobalOptions): OutletQuery {
  return { marketplace: g.marketplace, at: asOfInput(command, g) };
}

/** Prints an action's document; a refused action ends with exit 4 (the document is on stdout already). */
function printAction(g: GlobalOptions, doc: DealActionDoc): void {
  printDoc(g, doc, renderAction);
  if (!doc.ok) throw new CliExit(EXIT.refused, '');
}

export function register(program: Command, globals: () => GlobalOptions): void {
  const outlet = program.command('outlet').description(t(OUTLET_CLI.CLI_OUTLET_DESCRIPTION));

  outlet
    .command('recommendations')
    .description(t(OUTLET_CLI.CLI_OUTLET_RECOMMENDATIONS_DESCRIPTION))
    .action(async (_options: unknown, command: Command) => {
      const g = globals();
      const doc = await withStore(g, (store) =>
        withAppErrors(g.lang, () => recommendations(store, g.account, query(command, g))),
      );
      printDoc(g, doc, renderRecommendations);
    });

  outlet
    .command('check')
    .description(t(OUTLET_CLI.CLI_OUTLET_CHECK_DESCRIPTION))
    .argument('<sku>', 'the seller SKU')
    .action(async (sku: string, _options: unknown, command: Command) => {
      const g = globals();
      const doc = await withStore(g, (store) =>
        withAppErrors(g.lang, () => checkSku(store, g.account, sku, query(command, g))),
      );
      printDoc(g, doc, renderCheck);
    });

  outlet
    .command('submit')
    .description(t(OUTLET_CLI.CLI_OUTLET_SUBMIT_DESCRIPTION))
    .argument('<sku>', 'the seller SKU')
    .requiredOption('--price <price>', 'the Outlet deal price, e.g. 27.00')
    .action(async (sku: string, options: { price: string }, command: Command) => {
      const g = globals();
      const doc = await withStore(g, (store) =>
        withAppErrors(g.lang, () => submitSku(store, g.account, sku, options.price, query(command, g))),
      );
      printAction(g, doc);
    });

  outlet
    .command('update')
    .description(t(OUTLET_CLI.CLI_OUTLET_UPDATE_DESCRIPTION))
    .argument('<id>', 'the deal id')
    .requiredOption('--price <price>', 'the new deal price')
    .action(async (id: string, options: { price: string }, command: Command) => {
      const g = globals();
      const doc = await withStore(g, (store) =>
        withAppErrors(g.lang, () => updateDeal(store, g.account, id, options.price, query(command, g))),
      );
      printAction(g, doc);
    });

  outlet
    .command('cancel')
    .description(t(OUTLET_CLI.CLI_OUTLET_CANCEL_DESCRIPTION))
    .argument('<id>', 'the deal id')
    .option('--operator', 'cancel as Selling Partner Support (any deal that is not final)')
    .action(async (id: string, options: { operator?: boolean }, command: Command) => {
      const g = globals();
      const actor = options.operator === true ? 'operator' : 'seller';
      const doc = await withStore(g, (store) =>
        withAppErrors(g.lang, () => cancelOutletDeal(store, g.account, id, actor, query(command, g))),
      );
      printAction(g, doc);
    });

  outlet
    .command('review')
    .description(t(OUTLET_CLI.CLI_OUTLET_REVIEW_DESCRIPTION))
    .argument('<id>', 'the deal id')
    .option('--approve', 'approve the submission')
    .option('--reject <reason>', 'reject the submission, with the reason')
    .action(async (id: string, options: { approve?: boolean; reject?: string }, command: Command) => {
      const g = globals();
      const approve = options.approve === true;
      const reject = options.reject?.trim();
      if (approve === (reject !== undefined) || reject === '') {
        throw new CliExit(EXIT.badInput, t(OUTLET_CLI.CLI_OUTLET_REVIEW_NEEDS_DECISION, {}, g.lang));
      }
      const decision = approve ? ({ approve: true } as const) : ({ approve: false, reason: reject as string } as const);
      const doc = await withStore(g, (store) =>
        withAppErrors(g.lang, () => reviewOutletDeal(store, g.account, id, decision, query(command, g))),
      );
      printAction(g, doc);
    });

  outlet
    .command('report')
    .description(t(OUTLET_CLI.CLI_OUTLET_REPORT_DESCRIPTION))
    .action(async (_options: unknown, command: Command) => {
      const g = globals();
      const doc = await withStore(g, (store) =>
        withAppErrors(g.lang, () => report(store, g.account, query(command, g))),
      );
      printDoc(g, doc, renderReport);
    });
}
