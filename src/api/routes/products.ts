// GET /api/v1/products/:sku: every version of the account's product with this SKU (DEC-6), on each
// marketplace it is sold on (or one, with ?marketplace=). A SKU the account does not hold is a 404
// UNKNOWN_SKU, also when another account holds it (never 403: that would reveal it exists).
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { CONDITIONS, type Instant, type ProductFact } from '../../core/catalog/facts.js';
import { MARKETPLACES, marketplaceInfo, type Marketplace } from '../../core/catalog/marketplace.js';
import { CURRENCIES, formatMoney, type Currency } from '../../core/money/money.js';
import { KEY_SECURITY, type ApiRoutes } from '../context.js';
import { ErrorBody, sendError } from '../errors.js';
import { API_MESSAGES } from '../messages.js';

const money = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .describe('Decimal amount in major units, e.g. "23.09"');
const instant = z.string().describe('ISO-8601 instant with the marketplace offset');

export const ProductVersionBody = z.object({
  sku: z.string(),
  asin: z.string(),
  marketplace: z.enum(MARKETPLACES),
  currency: z.enum(CURRENCIES).describe('Marketplace currency: listPrice, minPrice, fulfilmentFee'),
  condition: z.enum(CONDITIONS),
  created: instant.nullable(),
  seasonal: z.boolean(),
  rating: z.number().nullable(),
  ratingsCount: z.number().int(),
  subscribeAndSave: z.boolean(),
  imagesOk: z.boolean(),
  parentAsin: z.string().nullable(),
  category: z.string().nullable(),
  listPrice: money.nullable(),
  listPriceEvidenceUrl: z.string().nullable(),
  minPrice: money.nullable(),
  costCurrency: z.enum(CURRENCIES).nullable().describe('Currency of unitCost and freightPerUnit'),
  unitCost: money.nullable(),
  freightPerUnit: money.nullable(),
  fxRate: z.string().nullable().describe('Marketplace currency per 1 unit of cost currency'),
  referralPct: z.number().nullable(),
  fulfilmentFee: money.nullable(),
  unitCubicFeet: z.number().nullable(),
  leadTimeDays: z.number().nullable(),
  casePack: z.number().nullable(),
  minOrderQty: z.number().nullable(),
  validFrom: instant,
});
export type ProductVersionBody = z.infer<typeof ProductVersionBody>;

export const ProductBody = z.object({
  account: z.string(),
  sku: z.string(),
  versions: z.array(ProductVersionBody).describe('Oldest first'),
});

const Params = z.object({ sku: z.string().min(1).describe('The seller SKU') });
const Query = z.object({ marketplace: z.enum(MARKETPLACES).optional() });

function isoInstant(at: Instant, marketplace: Marketplace): string {
  return Temporal.Instant.fromEpochMilliseconds(at)
    .toZonedDateTimeISO(marketplaceInfo(marketplace).timeZone)
    .toString({ timeZoneName: 'never' });
}

function moneyOrNull(amount: number | null, currency: Currency): string | null {
  return amount === null ? null : formatMoney(amount, currency);
}

/** The JSON of one product version: money as decimal strings, instants in the marketplace zone. */
export function productVersionJson(p: ProductFact): ProductVersionBody {
  const currency = marketplaceInfo(p.marketplace).currency;
  // Costs without a stated currency are in the marketplace currency.
  const costCurrency = p.costCurrency ?? currency;
  return {
    sku: p.sku,
    asin: p.asin,
    marketplace: p.marketplace,
    currency,
    condition: p.condition,
    created: p.created === null ? null : isoInstant(p.created, p.marketplace),
    seasonal: p.seasonal,
    rating: p.rating,
    ratingsCount: p.ratingsCount,
    subscribeAndSave: p.subscribeAndSave,
    imagesOk: p.imagesOk,
    parentAsin: p.parentAsin,
    category: p.category,
    listPrice: moneyOrNull(p.listPrice, currency),
    listPriceEvidenceUrl: p.listPriceEvidenceUrl,
    minPrice: moneyOrNull(p.minPrice, currency),
    costCurrency: p.costCurrency,
    unitCost: moneyOrNull(p.unitCost, costCurrency),
    freightPerUnit: moneyOrNull(p.freightPerUnit, costCurrency),
    fxRate: p.fxRate,
    referralPct: p.referralPct,
    fulfilmentFee: moneyOrNull(p.fulfilmentFee, currency),
    unitCubicFeet: p.unitCubicFeet,
    leadTimeDays: p.leadTimeDays,
    casePack: p.casePack,
    minOrderQty: p.minOrderQty,
    validFrom: isoInstant(p.validFrom, p.marketplace),
  };
}

export const productsRoutes: ApiRoutes = async (api, { store }) => {
  api.get(
    '/products/:sku',
    {
      schema: {
        summary: "Every version of one of the account's products, by SKU",
        tags: ['products'],
        security: KEY_SECURITY,
        params: Params,
        querystring: Query,
        response: { 200: ProductBody, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const { sku } = request.params;
      const { marketplace } = request.query;
      const versions = await store.loadFacts(request.account, 'products', marketplace ? { sku, marketplace } : { sku });
      if (versions.length === 0) return sendError(reply, 404, 'UNKNOWN_SKU', API_MESSAGES.API_UNKNOWN_SKU, { sku });
      return { account: request.account, sku, versions: versions.map(productVersionJson) };
    },
  );
};
