// Builders of facts and check environments for the promotion tests (real rule sets, real reference
// prices; nothing here decides a rule). Money is in cents of the marketplace currency.
import type {
  EventFact,
  Instant,
  OrderLineFact,
  PriceFact,
  ProductFact,
  PromotionFact,
  PromotionKind,
} from '../catalog/facts.js';
import type { Marketplace } from '../catalog/marketplace.js';
import { parseInstant } from '../calendar/calendar.js';
import { ruleIssue, type RuleIssue } from '../messages/messages.js';
import type { AsinFacts } from '../reference-prices/asin-facts.js';
import type { ReferencePrices } from '../reference-prices/reference-prices.js';
import { ruleSetFor } from '../rules/rules.js';
import type { RuleSet } from '../rules/schema.js';
import { buildEnv, type CheckEnv } from './env.js';
import { newFindings, type CheckContext, type Findings } from './types.js';
import './messages.js';

export const ASIN = 'B0TESTASIN';
export const SKU = 'SKU-1';

export const at = (text: string): Instant => parseInstant(text);

export function product(over: Partial<ProductFact> = {}): ProductFact {
  return {
    sku: SKU,
    asin: ASIN,
    marketplace: 'US',
    condition: 'new',
    created: at('2024-01-01T00:00:00-08:00'),
    seasonal: false,
    rating: null,
    ratingsCount: 0,
    subscribeAndSave: false,
    imagesOk: true,
    parentAsin: null,
    category: null,
    listPrice: null,
    listPriceEvidenceUrl: null,
    minPrice: null,
    unitCost: null,
    costCurrency: null,
    freightPerUnit: null,
    fxRate: null,
    referralPct: null,
    fulfilmentFee: null,
    unitCubicFeet: null,
    leadTimeDays: null,
    casePack: null,
    minOrderQty: null,
    validFrom: at('2024-01-01T00:00:00-08:00'),
    ...over,
  };
}

export type PromoInput = Partial<Omit<PromotionFact, 'start' | 'end'>> & {
  readonly id: string;
  readonly kind: PromotionKind;
  readonly start: Instant | string;
  readonly end: Instant | string;
};

export function promo(input: PromoInput): PromotionFact {
  const { start, end, ...rest } = input;
  return {
    sku: SKU,
    marketplace: 'US',
    discountPct: null,
    discountAmount: null,
    price: null,
    stackable: false,
    code: null,
    codeType: null,
    audience: 'all',
    minQty: null,
    budget: null,
    ...rest,
    start: typeof start === 'string' ? at(start) : start,
    end: typeof end === 'string' ? at(end) : end,
  };
}

let orderNo = 0;
export function order(when: string, unitPrice: number, over: Partial<OrderLineFact> = {}): OrderLineFact {
  orderNo++;
  return {
    orderId: `ORD-${orderNo}`,
    line: 1,
    sku: SKU,
    marketplace: 'US',
    at: at(when),
    units: 1,
    unitPrice,
    currency: 'USD',
    promotionIds: [],
    promotionDiscount: 0,
    b2b: false,
    subscribeAndSave: false,
    cancelled: false,
    channel: 'fba',
    ...over,
  };
}

export function price(when: string, amount: number, sku = SKU): PriceFact {
  return { sku, marketplace: 'US', at: at(when), price: amount, dealId: null };
}

export function event(name: string, start: string, end: string, marketplace: Marketplace = 'US'): EventFact {
  return { marketplace, name, start: at(start), end: at(end) };
}

export interface FactsInput {
  readonly products?: readonly ProductFact[];
  readonly orders?: readonly OrderLineFact[];
  readonly prices?: readonly PriceFact[];
  readonly promotions?: readonly PromotionFact[];
  readonly events?: readonly EventFact[];
  readonly marketplace?: Marketplace;
}

/** AsinFacts of the test ASIN (orders and prices sorted by `at` as AsinFacts requires). */
export function asinFacts(input: FactsInput = {}): AsinFacts {
  return {
    asin: ASIN,
    marketplace: input.marketplace ?? 'US',
    products: input.products ?? [product()],
    orders: [...(input.orders ?? [])].sort((a, b) => a.at - b.at),
    prices: [...(input.prices ?? [])].sort((a, b) => a.at - b.at),
    promotions: input.promotions ?? [],
    evidence: [],
    frozenWasPrices: [],
    events: input.events ?? [],
  };
}

/** Three qualifying orders at `unitPrice` (a Was Price of that value, PR-2) in February 2026. */
export function wasPriceOrders(unitPrice: number): OrderLineFact[] {
  return ['2026-02-10T10:00:00-08:00', '2026-02-11T10:00:00-08:00', '2026-02-12T10:00:00-08:00'].map((d) =>
    order(d, unitPrice),
  );
}

export interface RefsInput {
  readonly current?: number | null;
  readonly was?: number | null;
  readonly list?: number | null;
  readonly low?: number | null;
}

/** A literal ReferencePrices (validators are pure functions of it). */
export function refs(input: RefsInput, when: Instant = at('2026-04-01T00:00:00-07:00')): ReferencePrices {
  const was = input.was ?? null;
  const list = input.list ?? null;
  const reference =
    list !== null
      ? { value: list, kind: 'list_price' as const }
      : was !== null
        ? { value: was, kind: 'was_price' as const }
        : { value: null, kind: null };
  const reason: RuleIssue = ruleIssue('TEST_REFERENCE', 'PR-1', {});
  return {
    asin: ASIN,
    marketplace: 'US',
    at: when,
    currency: 'USD',
    currentPrice: input.current === undefined ? 2000 : input.current,
    listPrice: { value: list, validated: list !== null, basis: list !== null ? 'evidence' : null, reason },
    wasPrice: {
      value: was,
      qualifyingOrders: was === null ? 0 : 3,
      frozen: false,
      computed: was,
      frozenPrice: null,
      reason: null,
    },
    lowestRecentPrice: null,
    lowestRecentPriceDrivesDealDisplay: false,
    lowest30DayNetPrice: { value: input.low ?? null, at: null, until: null, cause: null },
    reference,
  };
}

export interface EnvInput {
  readonly refs?: RefsInput;
  readonly product?: ProductFact;
  readonly facts?: AsinFacts;
  readonly ruleSet?: RuleSet;
  readonly expectedDailyUnits?: number;
  readonly offers?: CheckContext['offers'];
}

export function envFor(p: PromotionFact, input: EnvInput = {}): CheckEnv {
  const ruleSet = input.ruleSet ?? ruleSetFor(p.marketplace, p.start);
  const facts = input.facts ?? asinFacts({ orders: wasPriceOrders(2000) });
  const ctx: CheckContext = {
    facts,
    ruleSet,
    product: input.product ?? product({ marketplace: p.marketplace }),
    ...(input.expectedDailyUnits !== undefined ? { expectedDailyUnits: input.expectedDailyUnits } : {}),
    ...(input.offers !== undefined ? { offers: input.offers } : {}),
  };
  return buildEnv(p, ctx, refs(input.refs ?? {}, p.start));
}

export function run(validator: (env: CheckEnv, out: Findings) => void, env: CheckEnv): Findings {
  const out = newFindings();
  validator(env, out);
  return out;
}

export function codes(issues: readonly RuleIssue[]): string[] {
  return issues.map((i) => i.code);
}

export function issue(issues: readonly RuleIssue[], code: string): RuleIssue {
  const found = issues.find((i) => i.code === code);
  if (found === undefined) throw new Error(`no ${code} in ${codes(issues).join(', ') || 'nothing'}`);
  return found;
}
