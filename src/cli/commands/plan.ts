// `clearway plan SKU [--horizon 90]` and `clearway plan --all`: the clearance plan of a SKU (EXC-3..
// EXC-9) as of --at — the actions, their figures, the runners-up, doing nothing, the rejected
// candidates and why. `--json` → CONTRACT.md `{ sku, actions: [ … ], alternatives: [ … ],
// holdingCostIfNothing, … }`; `--all --json` → `{ plans: [ … ] }`, with progress on stderr.
// Unknown SKU → exit 3; a bad --horizon, --at or a SKU sold on several marketplaces without
// --marketplace → exit 2.
import type { Command } from 'commander';
import { planAllStreamed, planOfSku } from '../../app/plan.js';
import type { PlanDoc } from '../../app/plan-documents.js';
import { PLAN_APP } from '../../app/plan-messages.js';
import { t, type Lang } from '../../core/messages/messages.js';
import { CliExit, EXIT, type GlobalOptions } from '../context.js';
import { asOfInput, withAppErrors } from '../pricing-cli.js';
import { renderTable } from '../render.js';
import { withStore } from '../store.js';

interface PlanOptions {
  readonly horizon?: string;
  readonly all?: boolean;
}

function message(issue: { message: string; messageZh: string }, lang: Lang): string {
  return lang === 'zh-CN' ? issue.messageZh : issue.message;
}

/** The human rendering of one plan. */
export function renderPlan(doc: PlanDoc, lang: Lang): string {
  const out: string[] = [];
  out.push(
    t(
      PLAN_APP.CLI_PLAN_HEADER,
      {
        sku: doc.sku,
        asin: doc.asin,
        marketplace: doc.marketplace,
        asOf: doc.asOf,
        days: doc.horizonDays,
        netCash: doc.netCash,
        currency: doc.currency,
        nothing: doc.doNothing.netCash,
        holding: doc.holdingCostIfNothing ?? '-',
      },
      lang,
    ),
  );
  const rows = doc.actions.map((a) => [
    a.action,
    a.start.slice(0, 10),
    a.end.slice(0, 10),
    a.price,
    a.discountPct,
    a.expectedUnits,
    a.fees,
    a.netCash,
  ]);
  out.push(
    rows.length === 0
      ? t(PLAN_APP.CLI_PLAN_NO_ACTION, {}, lang)
      : renderTable(['action', 'start', 'end', 'price', '% off', 'units', 'fees', 'net cash'], rows),
  );
  if (doc.alternatives.length > 0) {
    out.push(t(PLAN_APP.CLI_PLAN_ALTERNATIVES, {}, lang));
    out.push(
      renderTable(
        ['plan', 'net cash', 'units', 'holding'],
        doc.alternatives.map((o) => [
          o.actions.map((a) => `${a.action}@${a.start.slice(0, 10)}`).join(' → '),
          o.netCash,
          o.unitsSold,
          o.holdingCost,
        ]),
      ),
    );
  }
  out.push(t(PLAN_APP.CLI_PLAN_WHY, {}, lang));
  for (const e of [...doc.explanation, ...doc.actions.flatMap((a) => a.explanation), ...doc.demand])
    out.push(`  - ${message(e, lang)}`);
  for (const o of doc.alternatives) for (const e of o.explanation.slice(0, 1)) out.push(`  - ${message(e, lang)}`);
  if (doc.rejected.length > 0) {
    out.push(t(PLAN_APP.CLI_PLAN_REJECTED, {}, lang));
    for (const r of doc.rejected) {
      const first = r.issues[0];
      out.push(
        `  - ${r.action} ×${r.count} [${r.rules.join(', ')}] ${first === undefined ? '' : message(first, lang)}`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}

export function register(program: Command, globals: () => GlobalOptions): void {
  program
    .command('plan')
    .description(t(PLAN_APP.CLI_PLAN_DESCRIPTION))
    .argument('[sku]', 'the seller SKU')
    .option('--horizon <days>', 'planning horizon in days', '90')
    .option('--all', 'plan every SKU of the account')
    .action(async (sku: string | undefined, options: PlanOptions, command: Command) => {
      const g = globals();
      const query = { marketplace: g.marketplace, at: asOfInput(command, g), horizon: options.horizon ?? null };
      if (options.all === true) {
        const progress = (done: number, total: number): void => {
          if (done === total || done % 100 === 0)
            process.stderr.write(`${t(PLAN_APP.CLI_PLAN_PROGRESS, { done, total }, g.lang)}\n`);
        };
        // Streamed: `{"asOf":…,"plans":[` then each plan as it is made, then `]}` (the same document).
        let first = true;
        const write = (p: PlanDoc): void => {
          if (g.json)
            process.stdout.write(
              first ? `{"asOf":${JSON.stringify(p.asOf)},"plans":[${JSON.stringify(p)}` : `,${JSON.stringify(p)}`,
            );
          else process.stdout.write(`${first ? '' : '\n'}${renderPlan(p, g.lang)}`);
          first = false;
        };
        await withStore(g, (store) =>
          withAppErrors(g.lang, () => planAllStreamed(store, g.account, query, write, progress)),
        );
        if (g.json) process.stdout.write(first ? '{"asOf":null,"plans":[]}\n' : ']}\n');
        return;
      }
      if (sku === undefined) throw new CliExit(EXIT.badInput, t(PLAN_APP.CLI_PLAN_SKU_OR_ALL, {}, g.lang));
      const doc = await withStore(g, (store) => withAppErrors(g.lang, () => planOfSku(store, g.account, sku, query)));
      process.stdout.write(g.json ? `${JSON.stringify(doc)}\n` : renderPlan(doc, g.lang));
    });
}
