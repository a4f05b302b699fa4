// Quote throughput (issue 3, PQ-1..PQ-3): quotes per second in-process for one ASIN with 10 live
// promotions — a Lightning Deal, a Price Discount, a PED, two coupons, four promotion codes of each
// type and a business price — for several buyer contexts, most with a code entered. Median of 5 runs
// of BENCH_QUOTES quotes (default 400,000). Target: ≥ 200,000 quotes/s on this machine.
import { quote } from '../dist/core/quote/quote.js';
import { ruleSetFor } from '../dist/core/rules/rules.js';
import { fmt, median, timeRuns } from './measure.js';

const QUOTES = Number(process.env.BENCH_QUOTES ?? 400_000);
const TARGET = 200_000;
const AT = Date.parse('2026-06-10T12:00:00-07:00');
const DAY = 86_400_000;

function promo(p) {
  return {
    sku: 'SKU-1',
    marketplace: 'US',
    start: AT - DAY,
    end: AT + DAY,
    discountPct: null,
    discountAmount: null,
    price: null,
    stackable: false,
    code: null,
    codeType: null,
    audience: 'all',
    minQty: null,
    budget: null,
    ...p,
  };
}

const PROMOTIONS = [
  promo({ id: 'LD', kind: 'lightning_deal', price: 2099, start: AT - 3_600_000, end: AT + 3_600_000 }),
  promo({ id: 'PD', kind: 'price_discount', price: 2599 }),
  promo({ id: 'PED', kind: 'ped', discountPct: 20 }),
  promo({ id: 'C10', kind: 'coupon', discountPct: 10, stackable: true }),
  promo({ id: 'C2', kind: 'coupon', discountAmount: 200, audience: 'new_buyer' }),
  promo({ id: 'SAVE5', kind: 'promo_code', code: 'SAVE5', codeType: 'unrestricted', discountPct: 5, stackable: true }),
  promo({ id: 'VIP15', kind: 'promo_code', code: 'VIP15', codeType: 'priority', discountPct: 15 }),
  promo({ id: 'VIP10', kind: 'promo_code', code: 'VIP10', codeType: 'priority', discountPct: 10 }),
  promo({ id: 'SOCIAL', kind: 'promo_code', code: 'SOCIAL7', codeType: 'social', discountPct: 7, stackable: true }),
  promo({ id: 'B2B', kind: 'business_price', price: 2400, minQty: 10, audience: 'business' }),
];

const BUYERS = [
  { prime: false, business: false, firstTime: false, quantity: 1, codes: ['SAVE5'] },
  { prime: true, business: false, firstTime: false, quantity: 1, codes: ['SAVE5', 'VIP15'] },
  { prime: true, business: false, firstTime: true, quantity: 1, codes: ['VIP15', 'VIP10', 'SOCIAL7'] },
  { prime: false, business: true, firstTime: false, quantity: 10, codes: ['SOCIAL7'] },
  { prime: false, business: false, firstTime: true, quantity: 2, codes: ['save5'] },
  { prime: false, business: false, firstTime: false, quantity: 1, codes: [] },
];

export default async function run() {
  const ruleSet = ruleSetFor('US', AT);
  const input = { at: AT, currency: 'USD', basePrice: 2999, promotions: PROMOTIONS, buyer: BUYERS[0] };
  let checksum = 0;
  const once = () => {
    for (let i = 0; i < QUOTES; i++) {
      input.buyer = BUYERS[i % BUYERS.length];
      checksum += quote(input, ruleSet).netUnitPrice;
    }
  };
  const sample = BUYERS.map((buyer) => {
    const q = quote({ ...input, buyer }, ruleSet);
    return `${q.netUnitPrice} (${[q.direct?.id, ...q.addOns.map((a) => a.id)].filter(Boolean).join('+')})`;
  });
  const ms = await timeRuns(once, { runs: 5, warmup: 1 });
  const perSecond = QUOTES / (median(ms) / 1000);
  console.log(
    `quote: ${PROMOTIONS.length} live promotions, ${BUYERS.length} buyer contexts; nets ${sample.join(', ')}`,
  );
  console.log(
    `quote: ${fmt(perSecond)} quotes/s (median of 5 runs of ${fmt(QUOTES)}; runs ${ms.map((m) => fmt(m)).join(', ')} ms)` +
      `  target ≥ ${fmt(TARGET)}/s ${perSecond >= TARGET ? 'met' : 'MISSED'}  [checksum ${checksum}]`,
  );
}
