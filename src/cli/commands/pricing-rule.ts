// `clearway pricing-rule create RULE_ID --sku SKU [--min P] [--max P] | pause RULE_ID | resume RULE_ID
// [--min P] [--max P] | delete RULE_ID` (OUT-9): automated pricing rules as facts, beside the
// pricing_rules.csv import. A refused action prints its document and exits 4; an unknown rule or SKU
// exits 3.
import type { Command } from 'commander';
import { pricingRuleAction, type PricingRuleRequest } from '../../app/outlet/pricing-rules.js';
import type { PricingRuleAction } from '../../core/catalog/facts.js';
import { t } from '../../core/messages/messages.js';
import { CliExit, EXIT, type GlobalOptions } from '../context.js';
import { OUTLET_CLI } from '../outlet-messages.js';
import { renderPricingRule } from '../outlet-render.js';
import { asOfInput, printDoc, withAppErrors } from '../pricing-cli.js';
import { withStore } from '../store.js';

interface RuleOptions {
  readonly sku?: string;
  readonly min?: string;
  readonly max?: string;
}

function run(action: PricingRuleAction, globals: () => GlobalOptions) {
  return async (ruleId: string, options: RuleOptions, command: Command) => {
    const g = globals();
    const req: PricingRuleRequest = {
      ruleId,
      action,
      sku: options.sku ?? null,
      minPrice: options.min ?? null,
      maxPrice: options.max ?? null,
    };
    const q = { marketplace: g.marketplace, at: asOfInput(command, g) };
    const doc = await withStore(g, (store) => withAppErrors(g.lang, () => pricingRuleAction(store, g.account, req, q)));
    printDoc(g, doc, renderPricingRule);
    if (!doc.ok) throw new CliExit(EXIT.refused, '');
  };
}

export function register(program: Command, globals: () => GlobalOptions): void {
  const rule = program.command('pricing-rule').description(t(OUTLET_CLI.CLI_PRICING_RULE_DESCRIPTION));
  rule
    .command('create')
    .argument('<ruleId>', 'the rule id')
    .requiredOption('--sku <sku>', 'the SKU the rule prices')
    .option('--min <price>', 'the minimum price')
    .option('--max <price>', 'the maximum price')
    .action(run('create', globals));
  rule.command('pause').argument('<ruleId>', 'the rule id').action(run('pause', globals));
  rule
    .command('resume')
    .argument('<ruleId>', 'the rule id')
    .option('--min <price>', 'a new minimum price')
    .option('--max <price>', 'a new maximum price')
    .action(run('resume', globals));
  rule.command('delete').argument('<ruleId>', 'the rule id').action(run('delete', globals));
}
