// Issue 7 item 4 over a real SQLite store: ISHS orders and pre-orders change the excess and replenishment
// views — units promised are not stock, pre-orders are demand the stock must serve (ISHS-5, ISHS-6, PRE-3).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderLineFact, ShipmentFact } from '../../core/catalog/facts.js';
import { product } from '../../core/reference-prices/test-fixtures.js';
import { openStore } from '../../store/open.js';
import type { FactStore } from '../../store/types.js';
import { excessReport } from '../excess.js';
import { loadInventoryFacts } from '../inventory-facts.js';
import { replenishDocument, replenishReport } from '../replenish.js';
import { createPresale, reviewPresale, submitPresale } from '../presale/campaigns.js';
import { enrollIshs } from './enrollment.js';
import { placeOrder } from './orders.js';
import { preorderPresale } from '../presale/campaigns.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 2, 18); // 2026-03-02T10:00:00-08:00
let dir: string;
let store: FactStore;

function ship(shipmentId: string, sku: string, units: number, eta: number): ShipmentFact {
  return {
    shipmentId,
    sku,
    marketplace: 'US',
    units,
    carrierProgram: 'amazon_freight',
    created: T0 - 5 * DAY,
    shipped: T0 - 4 * DAY,
    eta,
    received: null,
  };
}

function sale(i: number, sku: string, at: number): OrderLineFact {
  return {
    orderId: `H-${sku}-${i}`,
    line: 1,
    sku,
    marketplace: 'US',
    at,
    units: 1,
    unitPrice: 2000,
    currency: 'USD',
    promotionIds: [],
    promotionDiscount: 0,
    b2b: false,
    subscribeAndSave: false,
    cancelled: false,
    channel: 'fba',
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'clearway-ishs-views-'));
  store = await openStore(join(dir, 'v.db'));
  // Two sales a day over the 20 days before the count: enough demand to reorder either way.
  const history = (sku: string) => Array.from({ length: 40 }, (_, i) => sale(i, sku, T0 - 21 * DAY + (i * DAY) / 2));
  await store.importFacts(
    'a',
    {
      products: ['OUT', 'PRE'].map((sku) =>
        product({
          sku,
          asin: `B0${sku}00000`,
          unitCost: 500,
          costCurrency: 'USD',
          leadTimeDays: 30,
          validFrom: T0 - 90 * DAY,
        }),
      ),
      prices: ['OUT', 'PRE'].map((sku) => ({
        sku,
        marketplace: 'US' as const,
        at: T0 - 60 * DAY,
        price: 2000,
        dealId: null,
      })),
      // Stock counted after the sales history: OUT has none left, PRE has 4.
      lots: [
        { sku: 'OUT', marketplace: 'US', at: T0 - DAY, received: T0 - 50 * DAY, units: 0 },
        { sku: 'PRE', marketplace: 'US', at: T0 - DAY, received: T0 - 50 * DAY, units: 4 },
      ],
      orders: [...history('OUT'), ...history('PRE')],
      shipments: [ship('S-OUT', 'OUT', 10, T0 + 5 * DAY), ship('S-PRE', 'PRE', 8, T0 + 6 * DAY)],
    },
    { importedAt: T0 - DAY, source: 'seed' },
  );
  await enrollIshs(store, 'a', { marketplace: 'US', at: T0 - DAY });
  const ishs = await placeOrder(store, 'a', 'B0OUT00000', {
    marketplace: 'US',
    at: T0,
    sku: null,
    units: 3,
    prime: false,
    codes: [],
  });
  expect(ishs.document.order?.source).toBe('ishs');
  const campaign = {
    sku: 'PRE',
    start: '2026-03-03',
    end: '2026-03-10',
    price: '25.00',
    units_offered: 10,
    payment_mode: 'full',
    release: '2026-03-12',
    return_policy: '30 days',
  };
  const created = await createPresale(store, 'a', campaign, { marketplace: 'US', at: T0, source: 'test' });
  const id = created.document.campaign.id;
  await submitPresale(store, 'a', id, { at: T0 + 1 });
  expect((await reviewPresale(store, 'a', id, { at: T0 + 2, decision: 'approve', reason: null })).refused).toBe(false);
  expect((await preorderPresale(store, 'a', id, { at: T0 + 2 * DAY, units: 10, prime: false })).refused).toBe(false);
});

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('issue 7 item 4: ISHS orders and pre-orders in the excess and replenishment views', () => {
  const at = T0 + 3 * DAY;

  it('ISHS-5: units promised against inbound are not inbound stock; PRE-3: pre-orders hold inbound, then stock on hand', async () => {
    const doc = await excessReport(store, 'a', { marketplace: 'US', at });
    const bySku = Object.fromEntries(doc.rows.map((r) => [r.sku, r]));
    expect(bySku.OUT).toMatchObject({ onHand: 0, inbound: 7 });
    // 10 pre-ordered: the 8 inbound (in stock by release), then 2 of the 4 on hand.
    expect(bySku.PRE).toMatchObject({ onHand: 2, inbound: 0 });
  });

  it('ISHS-6: no substitute for replenishment — the reorder quantity grows by the committed units', async () => {
    const adjusted = await replenishReport(store, 'a', { marketplace: 'US', at });
    const raw = replenishDocument(await loadInventoryFacts(store, 'a', 'US', at, 365), at, 'US', null);
    const get = (d: typeof raw, sku: string) => d.rows.find((r) => r.sku === sku)!;
    expect(get(adjusted, 'OUT').inbound.total).toBe(7);
    expect(get(raw, 'OUT').inbound.total).toBe(10);
    expect(get(adjusted, 'OUT').weightedDailySales).toBe(get(raw, 'OUT').weightedDailySales);
    expect(get(adjusted, 'OUT').reorderQtyBeforeRounding - get(raw, 'OUT').reorderQtyBeforeRounding).toBe(3);
    expect(get(adjusted, 'PRE').reorderQtyBeforeRounding - get(raw, 'PRE').reorderQtyBeforeRounding).toBe(10);
  });
});
