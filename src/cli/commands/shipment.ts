// `clearway shipment update ID --eta D` (ISHS-2: the in-stock day and the promises of open orders move;
// each affected order listed with its old and new promise) and `clearway shipment receive ID [--units N]
// [--sku S]` (the units go to the orders promised against the shipment first). Unknown id → exit 3.
import type { Command } from 'commander';
import { receiveShipment, updateEta } from '../../app/ishs/shipments.js';
import { t } from '../../core/messages/messages.js';
import type { GlobalOptions } from '../context.js';
import { countOption } from '../ishs-cli.js';
import { ISHS_CLI } from '../ishs-messages.js';
import { renderEtaUpdate, renderReceive } from '../ishs-render.js';
import { asOfInput, printDoc, withAppErrors } from '../pricing-cli.js';
import { withStore } from '../store.js';

export function register(program: Command, globals: () => GlobalOptions): void {
  const shipment = program.command('shipment').description(t(ISHS_CLI.CLI_SHIPMENT_DESCRIPTION));
  shipment
    .command('update')
    .description(t(ISHS_CLI.CLI_SHIPMENT_UPDATE_DESCRIPTION))
    .argument('<id>', 'the shipment id')
    .requiredOption('--eta <when>', 'the new carrier ETA: ISO-8601 instant or YYYY-MM-DD (local midnight)')
    .action(async (id: string, options: { eta: string }, command: Command) => {
      const g = globals();
      const q = { marketplace: g.marketplace, at: asOfInput(command, g), eta: options.eta };
      const doc = await withStore(g, (store) => withAppErrors(g.lang, () => updateEta(store, g.account, id, q)));
      printDoc(g, doc, renderEtaUpdate);
    });
  shipment
    .command('receive')
    .description(t(ISHS_CLI.CLI_SHIPMENT_RECEIVE_DESCRIPTION))
    .argument('<id>', 'the shipment id')
    .option('--units <n>', 'units received (a short receipt); default every unit expected')
    .option('--sku <sku>', 'the SKU line --units applies to (when the shipment holds several)')
    .action(async (id: string, options: { units?: string; sku?: string }, command: Command) => {
      const g = globals();
      const q = {
        marketplace: g.marketplace,
        at: asOfInput(command, g),
        units: countOption(options.units, g.lang),
        sku: options.sku ?? null,
      };
      const doc = await withStore(g, (store) => withAppErrors(g.lang, () => receiveShipment(store, g.account, id, q)));
      printDoc(g, doc, renderReceive);
    });
}
