// `clearway ishs enroll|opt-out|status|reconcile`: In-Stock Head Start enrolment (ISHS-1), opt-out with
// the 72-hour rule (ISHS-4), the status of inbound shipments (ISHS-1..ISHS-4) and the reconciliation of
// ISHS-5 beside Amazon's MYI future-supply columns.
import type { Command } from 'commander';
import { enrollIshs, ishsStatus, optOutIshs } from '../../app/ishs/enrollment.js';
import { reconcileIshs } from '../../app/ishs/reconcile.js';
import { t } from '../../core/messages/messages.js';
import type { GlobalOptions } from '../context.js';
import { printOutcome } from '../ishs-cli.js';
import { ISHS_CLI } from '../ishs-messages.js';
import { renderIshsStatus, renderReconcile } from '../ishs-render.js';
import { asOfInput, printDoc, withAppErrors } from '../pricing-cli.js';
import { withStore } from '../store.js';

export function register(program: Command, globals: () => GlobalOptions): void {
  const ishs = program.command('ishs').description(t(ISHS_CLI.CLI_ISHS_DESCRIPTION));
  ishs
    .command('enroll')
    .description(t(ISHS_CLI.CLI_ISHS_ENROLL_DESCRIPTION))
    .action(async (_options: unknown, command: Command) => {
      const g = globals();
      const q = { marketplace: g.marketplace, at: asOfInput(command, g) };
      const r = await withStore(g, (store) => withAppErrors(g.lang, () => enrollIshs(store, g.account, q)));
      printOutcome(g, r.document, r.refused, renderIshsStatus);
    });
  ishs
    .command('opt-out')
    .description(t(ISHS_CLI.CLI_ISHS_OPT_OUT_DESCRIPTION))
    .option('--confirmed-at <when>', 'when Amazon confirmed the opt-out (default: --at)')
    .action(async (options: { confirmedAt?: string }, command: Command) => {
      const g = globals();
      const q = { marketplace: g.marketplace, at: asOfInput(command, g), confirmedAt: options.confirmedAt ?? null };
      const r = await withStore(g, (store) => withAppErrors(g.lang, () => optOutIshs(store, g.account, q)));
      printOutcome(g, r.document, r.refused, renderIshsStatus);
    });
  ishs
    .command('status')
    .description(t(ISHS_CLI.CLI_ISHS_STATUS_DESCRIPTION))
    .action(async (_options: unknown, command: Command) => {
      const g = globals();
      const q = { marketplace: g.marketplace, at: asOfInput(command, g) };
      const doc = await withStore(g, (store) => withAppErrors(g.lang, () => ishsStatus(store, g.account, q)));
      printDoc(g, doc, renderIshsStatus);
    });
  ishs
    .command('reconcile')
    .description(t(ISHS_CLI.CLI_ISHS_RECONCILE_DESCRIPTION))
    .action(async (_options: unknown, command: Command) => {
      const g = globals();
      const q = { marketplace: g.marketplace, at: asOfInput(command, g) };
      const doc = await withStore(g, (store) => withAppErrors(g.lang, () => reconcileIshs(store, g.account, q)));
      printDoc(g, doc, renderReconcile);
    });
}
