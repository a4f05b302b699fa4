// In-Stock Head Start, inbound shipments and buyer orders over HTTP — the same documents as
// `clearway ishs|shipment|order … --json`:
// - GET /api/v1/ishs/status, POST /api/v1/ishs/enroll, POST /api/v1/ishs/opt-out (422: refused, ISHS-4);
// - GET /api/v1/ishs/reconcile: ISHS-5 per SKU with the MYI future-supply columns;
// - POST /api/v1/shipments/:id/eta, POST /api/v1/shipments/:id/receive (ISHS-2);
// - POST /api/v1/orders: a buyer order accepted (200) or refused by a rule (422, the reasons listed).
// Unknown ASIN, SKU or shipment → 404; malformed input → 400 naming the field.
import { z } from 'zod';
import {
  EtaUpdateDoc,
  IshsEnrollmentDoc,
  IshsStatusDoc,
  OrderDoc,
  ReceiveDoc,
  ReconcileDoc,
} from '../../app/ishs/documents.js';
import { enrollIshs, ishsStatus, optOutIshs } from '../../app/ishs/enrollment.js';
import { placeOrder } from '../../app/ishs/orders.js';
import { reconcileIshs } from '../../app/ishs/reconcile.js';
import { receiveShipment, updateEta } from '../../app/ishs/shipments.js';
import { KEY_SECURITY, type ApiRoutes } from '../context.js';
import { answer, MarketplaceQuery, PricingErrorBody, sendAppError, WhenQuery } from '../pricing-errors.js';

const Query = z.object({ marketplace: MarketplaceQuery, at: WhenQuery });
const Errors = { 400: PricingErrorBody, 401: PricingErrorBody, 404: PricingErrorBody };
const ShipmentParams = z.object({ id: z.string().min(1).describe('The shipment id') });
const EtaBody = z.object({
  eta: z.string().min(1).describe('The new carrier ETA: ISO-8601 instant or YYYY-MM-DD'),
  at: WhenQuery,
  marketplace: MarketplaceQuery,
});
const ReceiveBody = z.object({
  units: z.number().int().nonnegative().optional().describe('Units received (a short receipt); default all'),
  sku: z.string().min(1).optional().describe('The SKU line `units` applies to'),
  at: WhenQuery,
  marketplace: MarketplaceQuery,
});
const EnrollBody = z.object({ at: WhenQuery, marketplace: MarketplaceQuery });
const OptOutBody = EnrollBody.extend({
  confirmedAt: WhenQuery.describe('When Amazon confirmed the opt-out; default `at`'),
});
const OrderBody = z.object({
  asin: z.string().min(1),
  qty: z.number().int().positive().default(1),
  prime: z.boolean().default(false),
  codes: z.array(z.string()).default([]),
  sku: z.string().min(1).optional(),
  at: WhenQuery,
  marketplace: MarketplaceQuery,
});

export const ishsRoutes: ApiRoutes = async (api, { store }) => {
  const tags = ['ishs'];
  api.get(
    '/ishs/status',
    {
      schema: {
        summary: 'In-Stock Head Start enrolment and inbound shipments (ISHS-1..ISHS-4)',
        tags,
        security: KEY_SECURITY,
        querystring: Query,
        response: { 200: IshsStatusDoc, ...Errors },
      },
    },
    async (request, reply) =>
      answer(reply, () =>
        ishsStatus(store, request.account, { marketplace: request.query.marketplace ?? null, at: request.query.at }),
      ),
  );

  api.post(
    '/ishs/enroll',
    {
      schema: {
        summary: 'Enrol the account (ISHS-1)',
        tags,
        security: KEY_SECURITY,
        body: EnrollBody,
        response: { 200: IshsEnrollmentDoc, ...Errors },
      },
    },
    async (request, reply) =>
      answer(
        reply,
        async () =>
          (
            await enrollIshs(store, request.account, {
              marketplace: request.body.marketplace ?? null,
              at: request.body.at,
            })
          ).document,
      ),
  );

  api.post(
    '/ishs/opt-out',
    {
      schema: {
        summary: 'Opt out; shipments created more than 72 h after the confirmation no longer qualify (ISHS-4)',
        tags,
        security: KEY_SECURITY,
        body: OptOutBody,
        response: { 200: IshsEnrollmentDoc, 422: IshsEnrollmentDoc.describe('Refused: not enrolled'), ...Errors },
      },
    },
    async (request, reply) => {
      const b = request.body;
      try {
        const r = await optOutIshs(store, request.account, {
          marketplace: b.marketplace ?? null,
          at: b.at,
          confirmedAt: b.confirmedAt ?? null,
        });
        return reply.code(r.refused ? 422 : 200).send(r.document);
      } catch (error) {
        if (sendAppError(reply, error)) return reply;
        throw error;
      }
    },
  );

  api.get(
    '/ishs/reconcile',
    {
      schema: {
        summary: 'Per SKU: on hand, inbound, units promised, true available, MYI future supply (ISHS-5)',
        tags,
        security: KEY_SECURITY,
        querystring: Query,
        response: { 200: ReconcileDoc, ...Errors },
      },
    },
    async (request, reply) =>
      answer(reply, () =>
        reconcileIshs(store, request.account, { marketplace: request.query.marketplace ?? null, at: request.query.at }),
      ),
  );

  api.post(
    '/shipments/:id/eta',
    {
      schema: {
        summary: 'Record a new carrier ETA; lists every order whose promise moved (ISHS-2)',
        tags: ['shipments'],
        security: KEY_SECURITY,
        params: ShipmentParams,
        body: EtaBody,
        response: { 200: EtaUpdateDoc, ...Errors },
      },
    },
    async (request, reply) => {
      const b = request.body;
      return answer(reply, () =>
        updateEta(store, request.account, request.params.id, {
          marketplace: b.marketplace ?? null,
          at: b.at,
          eta: b.eta,
        }),
      );
    },
  );

  api.post(
    '/shipments/:id/receive',
    {
      schema: {
        summary: 'Receive a shipment; units go to the orders promised against it first (ISHS-2)',
        tags: ['shipments'],
        security: KEY_SECURITY,
        params: ShipmentParams,
        body: ReceiveBody,
        response: { 200: ReceiveDoc, ...Errors },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const q = { marketplace: b.marketplace ?? null, at: b.at, units: b.units ?? null, sku: b.sku ?? null };
      return answer(reply, () => receiveShipment(store, request.account, request.params.id, q));
    },
  );

  api.post(
    '/orders',
    {
      schema: {
        summary: 'Place a buyer order: from stock on hand, In-Stock Head Start or a live pre-sale, or refused',
        tags: ['orders'],
        security: KEY_SECURITY,
        body: OrderBody,
        response: { 200: OrderDoc, 422: OrderDoc.describe('Refused by a rule: nothing recorded'), ...Errors },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const query = {
        marketplace: b.marketplace ?? null,
        at: b.at,
        sku: b.sku ?? null,
        units: b.qty,
        prime: b.prime,
        codes: b.codes,
      };
      try {
        const r = await placeOrder(store, request.account, b.asin, query);
        return reply.code(r.refused ? 422 : 200).send(r.document);
      } catch (error) {
        if (sendAppError(reply, error)) return reply;
        throw error;
      }
    },
  );
};
