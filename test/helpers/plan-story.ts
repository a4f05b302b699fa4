// The facts of the clearance-plan stories (test/cli-plan, test/cli-excess-plan), written as clearway CSV
// files: HEAVY-1 with 2,840 units on hand selling ~10 a day (heavy excess: the planner acts) and
// LIGHT-1 with 300 selling ~8 a day, 120 days of orders before 2026-03-10, as of PLAN_AT.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const PLAN_AT = '2026-03-10T09:00:00-07:00';

function day(offset: number): string {
  return new Date(Date.UTC(2026, 2, 10 + offset)).toISOString().slice(0, 10);
}

/** Writes the story's files into `dir`; returns their paths, in the order to import them. */
export function writePlanStoryFacts(dir: string): string[] {
  const write = (name: string, lines: string[]): string => {
    const path = join(dir, name);
    writeFileSync(path, lines.join('\n') + '\n');
    return path;
  };
  const orders = [
    'order_id,line,sku,at,units,unit_price,currency,promotion_ids,promotion_discount,b2b,subscribe_and_save,cancelled,channel',
  ];
  let n = 0;
  for (let d = -120; d < 0; d++) {
    orders.push(
      `111-${String(++n).padStart(7, '0')},1,HEAVY-1,${day(d)}T12:00:00-08:00,10,29.99,USD,,0.00,false,false,false,fba`,
    );
    orders.push(
      `112-${String(++n).padStart(7, '0')},1,LIGHT-1,${day(d)}T13:00:00-08:00,8,19.99,USD,,0.00,false,false,false,fba`,
    );
  }
  return [
    write('seller.csv', [
      'account,marketplace,selling_plan,seller_rating,ishs_enrolled',
      'default,US,professional,4.8,false',
    ]),
    write('products.csv', [
      'sku,asin,marketplace,condition,created,seasonal,rating,ratings_count,subscribe_and_save,images_ok,parent_asin,category,list_price,list_price_evidence_url,min_price,unit_cost,cost_currency,freight_per_unit,fx_rate,referral_pct,fulfilment_fee,unit_cubic_feet,lead_time_days',
      'HEAVY-1,B0HEAVY001,US,new,2024-01-01,false,4.4,120,false,true,,home,,,,42.67,CNY,18.88,0.1331,15,9.11,0.2,45',
      'LIGHT-1,B0LIGHT001,US,new,2024-01-01,false,4.6,80,false,true,,home,,,,30.00,CNY,10.00,0.1331,15,5.00,0.1,45',
    ]),
    write('orders.csv', orders),
    write('prices.csv', ['sku,at,price', 'HEAVY-1,2025-01-01,29.99', 'LIGHT-1,2025-01-01,19.99']),
    write('lots.csv', [
      'sku,at,received,units',
      'HEAVY-1,2026-03-10T08:00:00-07:00,2025-08-01,2840',
      'LIGHT-1,2026-03-10T08:00:00-07:00,2026-01-20,300',
    ]),
  ];
}
