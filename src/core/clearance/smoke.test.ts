import { it } from 'vitest';
import { planSku } from './plan.js';
import { planInput } from './test-support.js';
it('smoke', () => {
  const t0 = performance.now();
  const p = planSku(planInput());
  const t1 = performance.now();
  console.log('ms', t1 - t0);
  const show = (o: any) => ({ label: o.label, netCash: o.netCash, units: o.unitsSold, holding: o.holdingCost, left: o.unitsLeft, actions: o.actions.map((a: any) => `${a.action} ${new Date(a.start).toISOString().slice(0,10)} p=${a.price} u=${a.expectedUnits} net=${a.netCash} fees=${a.fees.total}`) });
  console.log(JSON.stringify({ best: show(p.best), alts: p.alternatives.map(show), nothing: show(p.doNothing), thumb: p.ruleOfThumb && show(p.ruleOfThumb), searched: p.searched, rejected: p.rejected.length, noFee: p.noFeeData }, null, 1));
  console.log(p.explanation.map((e) => e.message).join('\n'));
  console.log(p.demand.map((e) => e.message).join('\n'));
  const r = new Map<string, number>();
  for (const x of p.rejected) for (const i of x.issues) r.set(`${x.action}:${i.code}`, (r.get(`${x.action}:${i.code}`) ?? 0) + 1);
  console.log([...r]);
  const t2 = performance.now();
  for (let i = 0; i < 5; i++) planSku(planInput());
  console.log('ms per', (performance.now() - t2) / 5);
});
