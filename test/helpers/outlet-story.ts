// The facts of the Outlet stories (test/cli-outlet.test.ts, test/api-outlet.test.ts) as clearway CSV
// fact files: a Professional US seller rated 4.8; MUG-BLUE at $40.00 (another seller's new offer
// $38.00, so the maximum deal price is $32.00) and LAMP-RED at $60.00 with an automated pricing rule
// whose minimum is $50.00; lots received in autumn 2025 (over 90 days old in March 2026); sales in
// February and, for MUG-BLUE, during its deal run (March 9–23, 2026); a 5% coupon on MUG-BLUE.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ORDERS_HEADER =
  'order_id,line,sku,at,units,unit_price,currency,promotion_ids,promotion_discount,b2b,subscribe_and_save,cancelled,channel';

function orders(): string[] {
  const lines = [ORDERS_HEADER];
  for (const d of [10, 12, 14, 16, 18, 20, 22, 24, 26]) {
    lines.push(`111-00000${d},1,MUG-BLUE,2026-02-${d}T12:00:00-08:00,1,40.00,USD,,0.00,false,false,false,fba`);
    lines.push(`112-00000${d},1,LAMP-RED,2026-02-${d}T13:00:00-08:00,1,60.00,USD,,0.00,false,false,false,fba`);
  }
  // During the deal run: 3 + 2 units at the deal price, one with the coupon.
  lines.push('113-0000001,1,MUG-BLUE,2026-03-10T12:00:00-07:00,3,27.00,USD,,0.00,false,false,false,fba');
  lines.push('113-0000002,1,MUG-BLUE,2026-03-12T12:00:00-07:00,2,27.00,USD,COUPON-5,4.00,false,false,false,fba');
  return lines;
}

export const STORY_FILES: Readonly<Record<string, readonly string[]>> = {
  'seller.csv': [
    'account,marketplace,selling_plan,seller_rating,ishs_enrolled,at',
    'default,US,professional,4.8,false,2025-01-01',
  ],
  'products.csv': [
    'sku,asin,marketplace,condition,created,seasonal,rating,ratings_count,subscribe_and_save,images_ok,parent_asin,category,list_price,list_price_evidence_url,min_price,unit_cost,cost_currency,freight_per_unit,fx_rate,referral_pct,fulfilment_fee,unit_cubic_feet,lead_time_days,at',
    'MUG-BLUE,B0MUG00001,US,new,2024-05-01,false,4.6,312,false,true,,Kitchen,,,,8.00,USD,1.00,,15,4.75,0.08,40,2025-06-01',
    'LAMP-RED,B0LAMP0001,US,new,2024-05-01,false,4.2,80,false,true,,Home,,,,12.00,USD,1.50,,15,6.20,0.35,60,2025-06-01',
  ],
  'prices.csv': ['sku,at,price', 'MUG-BLUE,2026-01-01,40.00', 'LAMP-RED,2026-01-01,60.00'],
  'offers.csv': [
    'asin,at,seller,condition,price,buy_box',
    'B0MUG00001,2026-03-01T00:00:00-08:00,Rival Mugs,new,38.00,false',
    'B0LAMP0001,2026-03-01T00:00:00-08:00,Lamp World,new,62.00,false',
  ],
  'lots.csv': [
    'sku,at,received,units',
    'MUG-BLUE,2026-03-01T00:00:00-08:00,2025-10-01,200',
    'LAMP-RED,2026-03-01T00:00:00-08:00,2025-09-15,120',
  ],
  'orders.csv': orders(),
  'pricing_rules.csv': [
    'rule_id,sku,at,action,min_price,max_price',
    'AUTO-LAMP,LAMP-RED,2026-02-01,create,50.00,70.00',
  ],
  'promotions.csv': [
    'id,kind,sku,start,end,discount_pct,discount_amount,price,stackable,code,code_type,audience,min_qty,budget',
    'COUPON-5,coupon,MUG-BLUE,2026-03-01,2026-04-30,5,,,true,,,all,,',
  ],
};

/** Writes the story's fact files into `dir` (created) and returns it. */
export function writeStoryFacts(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const [name, lines] of Object.entries(STORY_FILES)) writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
  return dir;
}
