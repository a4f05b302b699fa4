// The demo seller's listings: designs (designs.ts) turned into SKUs on US, DE and JP with ASINs,
// variation parents, unit economics (CNY cost, FX, freight, referral and fulfilment fees, cubic feet,
// lead time, case pack, minimum order), a demand profile (best seller … dead stock) and a start price.
import type { Condition, Instant, Minor } from '../../core/catalog/facts.js';
import { marketplaceInfo, type Marketplace } from '../../core/catalog/marketplace.js';
import { convert, type Currency } from '../../core/money/money.js';
import { BRAND, DESIGNS, type Design, type Season, type Variant } from './designs.js';
import type { Rng } from './rng.js';
import { DAY_MS } from './time.js';

export const DEMO_MARKETPLACES = ['US', 'DE', 'JP'] as const satisfies readonly Marketplace[];
export type DemoMarketplace = (typeof DEMO_MARKETPLACES)[number];

/** How a listing's demand and replenishment behave over the year. */
export type Profile = 'regular' | 'sloppy' | 'overstock' | 'dead' | 'fresh' | 'used';

/** Which kind of List Price the listing gets once its price history is known. */
export type ListPriceKind = 'validated' | 'evidence' | 'unvalidated' | null;

export interface Listing {
  readonly marketplace: DemoMarketplace;
  readonly currency: Currency;
  readonly sku: string;
  readonly asin: string;
  readonly parentAsin: string | null;
  readonly fnsku: string;
  readonly name: string;
  readonly design: Design;
  readonly variant: Variant | null;
  readonly condition: Condition;
  /** When the ASIN was created. */
  readonly created: Instant;
  readonly season: Season;
  readonly rating: number | null;
  readonly ratingsCount: number;
  readonly subscribeAndSave: boolean;
  readonly imagesOk: boolean;
  readonly listPriceKind: ListPriceKind;
  readonly minPriceShare: number | null;
  /** CNY minor units. */
  readonly unitCost: Minor;
  readonly freightPerUnit: Minor;
  readonly fxRate: string;
  readonly referralPct: number;
  readonly fulfilmentFee: Minor;
  readonly cubicFeet: number;
  readonly leadTimeDays: number;
  readonly casePack: number;
  readonly minOrderQty: number;
  readonly supplier: string;
  /** The price the listing started the year with (marketplace currency). */
  readonly startPrice: Minor;
  readonly profile: Profile;
  /** Mean units per day at the start price in an average week of an average month. */
  readonly baseRate: number;
  /** Dead stock: day offset from which nobody buys it any more. */
  readonly deadFrom: number | null;
  /** Fresh ASINs: day offset of creation. */
  readonly freshDay: number | null;
  /** Also ships some orders itself (FBM). */
  readonly fbm: boolean;
  /** Rank by base rate within the marketplace (1 = best seller). */
  rank: number;
}

const TARGET: Record<DemoMarketplace, number> = { US: 160, DE: 92, JP: 62 };
const MAX_VARIANTS: Record<DemoMarketplace, number> = { US: 6, DE: 4, JP: 3 };
/** Units per day of the best seller; the others follow a long tail (rank^-0.75). */
const TOP_RATE: Record<DemoMarketplace, number> = { US: 26, DE: 13, JP: 11 };
/** Marketplace currency per 1 CNY (products' fx_rate). */
export const FX_PER_CNY: Record<DemoMarketplace, string> = { US: '0.1389', DE: '0.1282', JP: '20.85' };
/** First-leg freight in CNY per cubic foot. */
const FREIGHT_PER_CUFT: Record<DemoMarketplace, number> = { US: 55, DE: 60, JP: 35 };
/** FBA fulfilment fee tiers by unit volume (cubic feet ceilings), minor units. */
const FEE_TIERS: Record<DemoMarketplace, readonly (readonly [number, number])[]> = {
  US: [
    [0.05, 322],
    [0.1, 377],
    [0.2, 445],
    [0.4, 542],
    [0.8, 685],
    [Infinity, 890],
  ],
  DE: [
    [0.05, 270],
    [0.1, 310],
    [0.2, 370],
    [0.4, 440],
    [0.8, 560],
    [Infinity, 730],
  ],
  JP: [
    [0.05, 288],
    [0.1, 318],
    [0.2, 385],
    [0.4, 434],
    [0.8, 514],
    [Infinity, 603],
  ],
};
const SUPPLIERS = [
  'Ningbo Jiahe Homeware Co.', 'Yiwu Lanting Trading Co.', 'Shenzhen Kaixin Electronics Ltd.',
  'Dongguan Meiyu Silicone Products', 'Guangzhou Baicao Textile Co.', 'Hangzhou Qingmu Bamboo Crafts',
]; // prettier-ignore

function currencyOf(mp: DemoMarketplace): Currency {
  return marketplaceInfo(mp).currency;
}

/** A charm price: x.99 in USD/EUR, …80 yen in JPY (rounded up). */
export function charmPrice(minor: number, currency: Currency): Minor {
  if (currency === 'JPY') return Math.max(180, Math.ceil((minor + 20) / 100) * 100 - 20);
  return Math.max(99, Math.ceil((minor + 1) / 100) * 100 - 1);
}

function referralFor(category: string): number {
  if (category === 'Consumer Electronics') return 8;
  if (category === 'Clothing & Accessories') return 17;
  return 15;
}

function casePackFor(cuft: number, rng: Rng): number {
  if (cuft <= 0.05) return rng.pick([50, 60, 100]);
  if (cuft <= 0.15) return rng.pick([24, 30, 36, 40, 48]);
  if (cuft <= 0.4) return rng.pick([12, 16, 20, 24]);
  return rng.pick([4, 6, 8, 10]);
}

/** Per design, shared by its SKUs on every marketplace. */
interface DesignFacts {
  readonly created: Instant;
  readonly parentAsin: string | null;
  readonly asins: Map<string, string>;
  readonly leadTimeDays: number;
  readonly casePack: number;
  readonly supplier: string;
}

class Ids {
  private readonly used = new Set<string>();
  constructor(private readonly rng: Rng) {}
  next(prefix: string, alphabet: string, length: number): string {
    for (;;) {
      const id = prefix + this.rng.chars(alphabet, length);
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }
}

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function designFacts(design: Design, rng: Rng, ids: Ids, anchor: Instant, freshDays: number): DesignFacts {
  const age = design.fresh ? freshDays : rng.int(700, 1900);
  const created = anchor - age * DAY_MS - rng.int(0, 86_399) * 1000;
  const asins = new Map<string, string>();
  for (const variant of design.variants.length > 0 ? design.variants : [null]) {
    asins.set(variant?.code ?? '', ids.next('B0', ALNUM, 8));
  }
  const cuftPack = casePackFor(design.cuft, rng);
  return {
    created,
    parentAsin: design.variants.length > 0 ? ids.next('B0', ALNUM, 8) : null,
    asins,
    leadTimeDays: design.fresh ? rng.int(30, 34) : rng.int(30, 75),
    casePack: cuftPack,
    supplier: rng.pick(SUPPLIERS),
  };
}

function productName(mp: DemoMarketplace, design: Design, variant: Variant | null): string {
  if (mp === 'JP') return `${BRAND.ja} ${design.ja}${variant ? ` ${variant.ja}` : ''}`;
  if (mp === 'DE') return `${BRAND.en} ${design.de}${variant ? `, ${variant.de}` : ''}`;
  return `${BRAND.en} ${design.en}${variant ? `, ${variant.en}` : ''}`;
}

function startPriceFor(mp: DemoMarketplace, unitCost: Minor, freight: Minor, fee: Minor, referralPct: number): Minor {
  const currency = currencyOf(mp);
  const landed = convert(unitCost + freight, 'CNY', currency, FX_PER_CNY[mp]);
  // Landed cost × 2.3 plus the fulfilment fee, grossed up for the referral fee and ~6% other costs.
  const raw = ((landed * 23) / 10 + fee) / (1 - referralPct / 100 - 0.06);
  return charmPrice(Math.round(raw), currency);
}

function rating(rng: Rng): { rating: number | null; count: number } {
  const r = rng.float();
  const count = Math.round(Math.exp(rng.between(Math.log(6), Math.log(6000))));
  if (r < 0.06) return { rating: rng.int(23, 29) / 10, count };
  if (r < 0.16) return { rating: rng.int(30, 36) / 10, count };
  return { rating: rng.int(37, 48) / 10, count };
}

/** Builds every listing of the demo seller, best sellers first within each marketplace. */
export function buildCatalog(rng: Rng, anchor: Instant): Listing[] {
  const ids = new Ids(rng.fork('ids'));
  const perDesign = new Map<string, DesignFacts>();
  const designRng = rng.fork('designs');
  for (const design of DESIGNS) {
    perDesign.set(design.key, designFacts(design, designRng, ids, anchor, designRng.int(14, 84)));
  }
  const listings: Listing[] = [];
  for (const mp of DEMO_MARKETPLACES) {
    const r = rng.fork(`catalog/${mp}`);
    const fresh = DESIGNS.filter((d) => d.fresh === mp);
    const usedCount = mp === 'US' ? 3 : 1;
    const wanted = TARGET[mp] - fresh.length - usedCount;
    const chosen: { design: Design; variant: Variant | null }[] = [];
    for (const design of r.shuffle(DESIGNS.filter((d) => !d.fresh))) {
      if (chosen.length >= wanted) break;
      const variants = design.variants.length > 0 ? design.variants.slice(0, MAX_VARIANTS[mp]) : [null];
      for (const variant of variants) if (chosen.length < wanted) chosen.push({ design, variant });
    }
    for (const design of fresh) chosen.push({ design, variant: null });
    // Profiles: the long tail decides the rates; a few are dead stock, some overstocked, some sloppy.
    const order = r.shuffle(chosen.map((_, i) => i));
    const rankOf = new Map(order.map((index, position) => [index, position + 1]));
    const own: Listing[] = [];
    chosen.forEach(({ design, variant }, index) => {
      const facts = perDesign.get(design.key) as DesignFacts;
      const lr = r.fork(`${design.key}-${variant?.code ?? ''}`);
      const rank = rankOf.get(index) ?? 1;
      const currency = currencyOf(mp);
      const unitCost = lr.int(design.cost[0] * 100, design.cost[1] * 100);
      const freightPerUnit = Math.round(design.cuft * FREIGHT_PER_CUFT[mp] * 100);
      const referralPct = referralFor(design.category);
      const fee = (FEE_TIERS[mp].find(([max]) => design.cuft <= max) ?? [0, 0])[1];
      let profile: Profile = 'regular';
      let deadFrom: number | null = null;
      const slow = rank > chosen.length * 0.55;
      if (design.fresh) profile = 'fresh';
      else if (slow && lr.chance(0.12)) {
        profile = 'dead';
        deadFrom = -lr.int(45, 250);
      } else if (lr.chance(design.season ? 0.2 : 0.08)) profile = 'overstock';
      else if (lr.chance(0.13)) profile = 'sloppy';
      const rate =
        profile === 'dead' ? lr.between(0.2, 0.8) : TOP_RATE[mp] * Math.pow(rank, -0.75) * lr.between(0.8, 1.2);
      const { rating: stars, count } = design.fresh ? { rating: null, count: 0 } : rating(lr);
      const lp = lr.float();
      const startPrice = startPriceFor(mp, unitCost, freightPerUnit, fee, referralPct);
      own.push({
        marketplace: mp,
        currency,
        sku: `NS-${design.key}${variant ? `-${variant.code}` : ''}-${mp}`,
        asin: facts.asins.get(variant?.code ?? '') as string,
        parentAsin: facts.parentAsin,
        fnsku: ids.next('X00', ALNUM, 7),
        name: productName(mp, design, variant),
        design,
        variant,
        condition: 'new',
        created: facts.created,
        season: design.season,
        rating: stars,
        ratingsCount: count,
        subscribeAndSave: design.sns === true,
        imagesOk: !lr.chance(0.05),
        listPriceKind: lp < 0.4 ? 'validated' : lp < 0.49 ? 'evidence' : lp < 0.56 ? 'unvalidated' : null,
        minPriceShare: lr.chance(0.25) ? lr.between(0.45, 0.6) : null,
        unitCost,
        freightPerUnit,
        fxRate: FX_PER_CNY[mp],
        referralPct,
        fulfilmentFee: fee,
        cubicFeet: design.cuft,
        leadTimeDays: facts.leadTimeDays,
        casePack: facts.casePack,
        // Suppliers ask for a few cases; the seller only stocks products whose minimum is about two months of sales.
        minOrderQty: facts.casePack * Math.max(1, Math.min(lr.int(2, 6), Math.ceil((rate * 60) / facts.casePack))),
        supplier: facts.supplier,
        startPrice,
        profile,
        baseRate: design.fresh ? TOP_RATE[mp] * lr.between(0.1, 0.25) : rate,
        deadFrom,
        freshDay: design.fresh ? -Math.round((anchor - facts.created) / DAY_MS) : null,
        fbm: lr.chance(0.05),
        rank,
      });
    });
    // A few ASINs sold twice on the marketplace: new and used (returns graded by the seller).
    const usedSource = own.filter((l) => l.profile === 'regular' && l.rank > 10).slice(0, usedCount);
    for (const base of usedSource) {
      own.push({
        ...base,
        sku: base.sku.replace(new RegExp(`-${mp}$`), `-USED-${mp}`),
        fnsku: ids.next('X00', ALNUM, 7),
        condition: 'used',
        subscribeAndSave: false,
        listPriceKind: null,
        minPriceShare: null,
        startPrice: charmPrice(Math.round((base.startPrice * 7) / 10), base.currency),
        profile: 'used',
        baseRate: Math.min(0.25, base.baseRate * 0.15),
        fbm: false,
      });
    }
    own.sort((a, b) => a.rank - b.rank || a.sku.localeCompare(b.sku));
    own.forEach((l, i) => (l.rank = i + 1));
    listings.push(...own);
  }
  return listings;
}
