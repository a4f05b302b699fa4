// Migration 0002: the tables of the fact kinds read from Amazon's own reports (store/report-tables.ts):
// inventory_snapshots, planning_rows, restock_rows.
import type { Migration } from 'kysely';
import type { Dialect } from '../fact-rows.js';
import { createFactTables } from './0001-initial.js';

export function amazonReportsMigration(dialect: Dialect): Migration {
  return {
    async up(db) {
      await createFactTables(db, dialect, ['inventory_snapshots', 'planning_rows', 'restock_rows']);
    },
  };
}
