import { describe, expect, it } from 'vitest';
import { projectHoldingCost } from './holding-cost.js';
import { excessRow, excessRows, holdingCostFor, type ExcessOptions } from './excess.js';
import { groupBySku, type AccountInventoryFacts } from './sku-facts.js';
import {
  day,
  daysBefore,
  inventorySnapshot,
  LA,
  lot,
  order,
  planningRow,
  price,
  product,
  rulesAt,
  shipment,
} from './test-support.js';

const AS_OF = daysBefore('2026-03-01', 0); // 2026-03-01 12:00 LA
const SNAP = day('2026-02-20');
const OLD = day('2025-10-01');
const MID = day('2026-01-15');
const options: ExcessOptions = { ruleSetAt: rulesAt };

/** 280 FBA units over the past 28 days (10 a day), plus an FBM and a cancelled line that do not count. */
function sales() {
  const lines = Array.from({ length: 28 }, (_, i) => order({ at: daysBefore('2026-03-01', i + 1), units: 10 }));
  return [
    ...lines,
    order({ at: daysBefore('2026-03-01', 3), units: 50, channel: 'fbm' }),
    order({ at: daysBefore('2026-03-01', 4), units: 70, cancelled: true }),
    order({ at: daysBefore('2026-03-01', 31), units: 99 }), // outside the 30-day window
  ];
}

function heavy(over: Partial<AccountInventoryFacts> = {}): AccountInventoryFacts {
  return {
    products: [product({ unitCubicFeet: 0.5, referralPct: 15, fulfilmentFee: 500 })],
    orders: sales(),
    shipments: [
      shipment({ created: day('2026-02-01'), shipped: day('2026-02-05'), eta: day('2026-03-10'), units: 100 }),
      shipment({ created: day('2026-02-10'), shipped: day('2026-02-12'), received: day('2026-02-25'), units: 30 }),
    ],
    lots: [lot(SNAP, OLD, 1000), lot(SNAP, MID, 2000), lot(day('2026-01-01'), OLD, 5000)],
    prices: [price(day('2026-01-01'), 2500)],
    inventorySnapshots: [],
    planningRows: [],
    restockRows: [],
    ...over,
  };
}

const rowOf = (facts: AccountInventoryFacts, opts: Partial<ExcessOptions> = {}) => {
  const [g] = groupBySku(facts, AS_OF);
  if (!g) throw new Error('no SKU');
  return excessRow(g, AS_OF, { ...options, ...opts }, null);
};

describe('EXC-1 excess row from facts', () => {
  it('EXC-1 DEC-1: on-hand from the latest lots snapshot, minus FBA sales after it (oldest first), plus receipts', () => {
    const r = rowOf(heavy());
    // 3,000 at the Feb 20 snapshot − 90 sold since (Feb 20–28) + 30 received Feb 25.
    expect(r.onHand).toBe(2_940);
    expect(r.onHandSource).toBe('lots');
    expect(r.inbound).toMatchObject({ working: 0, shipped: 100, receiving: 0, total: 100, source: 'shipments' });
    expect(r.unitsSold30d).toBe(280);
    expect(r.stockToSales).toMatchObject({ stock: 3_040, ratio: 10.86, band: 'heavy_excess' });
  });

  it('EXC-2 DEC-1: age buckets in whole local days (FIFO sales took the oldest lot first)', () => {
    const r = rowOf(heavy());
    expect(r.ageBuckets).toEqual({ '0-90': 2_030, '91-180': 910, '181-270': 0, '271-365': 0, '365+': 0 });
    expect(r.agedUnits).toEqual({ overExcessAge: 910, overAgedStorage: 0 });
  });

  it('EXC-1: excess units above the healthy cover (rule set 90 days, or --cover-days)', () => {
    const r = rowOf(heavy());
    expect(r.healthyCoverUnits).toBe(840); // 280 × 90 ÷ 30
    expect(r.excessUnits).toBe(2_200);
    expect(r.coverDaysSource).toBe('rule_set');
    const longer = rowOf(heavy(), { coverDays: 200 });
    expect(longer.healthyCoverUnits).toBe(1_867); // ⌈280 × 200 ÷ 30⌉
    expect(longer.excessUnits).toBe(3_040 - 1_867);
    expect(longer.coverDaysSource).toBe('option');
  });

  it('EXC-2: holding cost 30/90 days projects the on-hand lots at the 30-day sales rate', () => {
    const r = rowOf(heavy());
    const lots = [
      { received: OLD, units: 910 },
      { received: MID, units: 2_000 },
      { received: day('2026-02-25'), units: 30 },
    ];
    for (const days of [30, 90]) {
      const direct = projectHoldingCost(
        { lots, dailySales: 280 / 30, unitCubicFeet: 0.5, sizeTier: 'standard', category: null },
        AS_OF,
        days,
        (at) => rulesAt('US', at),
        LA,
      );
      expect(holdingCostFor(r, days)).toEqual(direct);
    }
    expect(holdingCostFor(r, 90)?.total).toBeGreaterThan(holdingCostFor(r, 30)?.total ?? Infinity);
  });

  it('EXC-3 baseline: more than 1,000 excess units → WOOT at 30% off the current price', () => {
    const r = rowOf(heavy());
    expect(r.recommendation).toMatchObject({ action: 'woot', price: 1750, expectedUnits: 2_200, source: 'baseline' });
    // 2,200 × (17.50 − 15% referral 2.63 − 5.00 fulfilment) = 2,200 × 9.87
    expect(r.recommendation.netCash).toBe(2_200 * 987);
  });

  it('EXC-3 baseline: moderate excess and Outlet-eligible → Outlet at the maximum deal price', () => {
    // 1,200 in stock, 280 sold: ratio 4.29 (moderate); 360 excess units above 840.
    const facts = heavy({ lots: [lot(SNAP, MID, 1_290)], shipments: [] });
    const [g] = groupBySku(facts, AS_OF);
    const r = excessRow(g!, AS_OF, options, { eligible: true, failed: [], maxDealPrice: 1_999 });
    expect(r.stockToSales.band).toBe('moderate_excess');
    expect(r.excessUnits).toBe(360);
    // 280/30 a day × 35/10 lift × 14 days = 457 > 360 excess
    expect(r.recommendation).toMatchObject({ action: 'outlet', price: 1_999, expectedUnits: 360 });
    const notEligible = excessRow(g!, AS_OF, options, {
      eligible: false,
      failed: ['OUTLET_NOT_AGED'],
      maxDealPrice: null,
    });
    expect(notEligible.recommendation.action).toBe('lightning_deal');
    expect(notEligible.recommendation.price).toBe(2125); // 15% off 25.00
  });

  it('the planner hook replaces the baseline recommendation', () => {
    const r = rowOf(heavy(), {
      recommender: (row) => ({
        action: 'liquidate',
        price: null,
        expectedUnits: row.excessUnits,
        netCash: 1,
        source: 'plan',
        why: [],
      }),
    });
    expect(r.recommendation).toMatchObject({ action: 'liquidate', source: 'plan', expectedUnits: 2_200 });
  });

  it('Amazon-only SKU: on-hand and inbound from the MYI snapshot, ages and recommendation from the planning report', () => {
    const facts = heavy({
      products: [],
      lots: [],
      shipments: [],
      orders: [],
      inventorySnapshots: [
        inventorySnapshot(day('2026-02-28'), {
          fulfillable: 80,
          reserved: 20,
          inboundWorking: 10,
          inboundShipped: 5,
          inboundReceiving: 5,
        }),
      ],
      planningRows: [
        planningRow(day('2026-02-27'), {
          age0To90: 40,
          age91To180: 30,
          age181To270: 30,
          recommendedAction: 'CreateSale',
          recommendedSalesPrice: 1_899,
          estimatedExcessQuantity: 60,
          itemVolume: 0.2,
          volumeUnit: 'cubic feet',
        }),
      ],
    });
    const r = rowOf(facts);
    expect(r.asin).toBe('B000TEST01');
    expect(r.onHand).toBe(100);
    expect(r.onHandSource).toBe('inventory_snapshot');
    expect(r.inbound).toMatchObject({ total: 20, source: 'inventory_snapshot' });
    expect(r.ageSource).toBe('amazon_planning');
    expect(r.ageBuckets).toEqual({ '0-90': 40, '91-180': 30, '181-270': 30, '271-365': 0, '365+': 0 });
    expect(r.amazonRecommendation).toMatchObject({ action: 'CreateSale', salesPrice: 1_899, excessQuantity: 60 });
    expect(r.stockToSales).toMatchObject({ ratio: null, ratioInfinite: true, band: 'heavy_excess' });
    expect(holdingCostFor(r, 30)?.total).not.toBeNull();
  });

  it('GEN-3: a marketplace without fee tables has no holding cost and says so', () => {
    const de = heavy({
      products: [product({ marketplace: 'DE', unitCubicFeet: 0.5 })],
      lots: [lot(SNAP, MID, 100, { marketplace: 'DE' })],
      orders: [],
      shipments: [],
      prices: [],
    });
    const r = rowOf(de);
    expect(holdingCostFor(r, 30)).toMatchObject({ total: null, noFeeData: true });
    expect(r.why.map((w) => w.code)).toContain('EXC_WHY_HOLDING_NO_FEE_DATA');
  });

  it('rows of one band, most urgent first', () => {
    const facts = heavy({
      products: [
        product({ unitCubicFeet: 0.5 }),
        product({ sku: 'SKU-2', unitCubicFeet: 0.5 }),
        product({ sku: 'SKU-3', unitCubicFeet: 0.5 }),
      ],
      lots: [lot(SNAP, MID, 10), lot(SNAP, MID, 5_000, { sku: 'SKU-2' }), lot(SNAP, MID, 900, { sku: 'SKU-3' })],
      orders: [],
      shipments: [],
    });
    const groups = groupBySku(facts, AS_OF);
    expect(excessRows(groups, AS_OF, options).map((r) => r.sku)).toEqual(['SKU-2', 'SKU-3', 'SKU-1']);
    expect(excessRows(groups, AS_OF, { ...options, band: 'healthy' })).toEqual([]);
  });
});
