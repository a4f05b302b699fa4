// Migration 0004: the In-Stock Head Start and pre-sale logs (store/ishs-presale-tables.ts) —
// enrolment events, shipment ETA changes, the promise log of buyer orders, pre-sale campaigns and
// their lifecycle events.
import type { Migration } from 'kysely';
import type { Dialect } from '../fact-rows.js';
import { createFactTables } from './0001-initial.js';

export function ishsPresaleMigration(dialect: Dialect): Migration {
  return {
    async up(db) {
      await createFactTables(db, dialect, [
        'ishs_enrollment',
        'shipment_eta_changes',
        'promises',
        'presale_campaigns',
        'presale_events',
      ]);
    },
  };
}
