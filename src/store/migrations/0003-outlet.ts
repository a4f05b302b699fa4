// Migration 0003: the Outlet deal history (OUT-7) — one table of deal events (fact-tables.ts
// `outlet_events`), keyed by the event's deterministic id so that a transition is recorded once.
import type { Migration } from 'kysely';
import type { Dialect } from '../fact-rows.js';
import { createFactTables } from './0001-initial.js';

export function outletMigration(dialect: Dialect): Migration {
  return {
    async up(db) {
      await createFactTables(db, dialect, ['outlet_events']);
    },
  };
}
