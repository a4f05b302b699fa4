// Writes the demo as Amazon-format reports (AMAZON-REPORTS.md), one set per marketplace under
// `<dir>/<MP>/`: All Orders, FBA Manage Inventory, FBA Inventory planning and Restock Inventory.
// Tab-delimited with the real header names; the Japanese files are Shift_JIS like Amazon.co.jp's
// downloads (their product names are Japanese); the German planning file starts with a UTF-8 BOM
// (the EU fixture's quirk). Cells never hold a tab or a line break.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { ALL_ORDERS_HEADER, MANAGE_INVENTORY_HEADER, PLANNING_HEADER, RESTOCK_HEADER } from './amazon-headers.js';
import { DEMO_MARKETPLACES, type DemoMarketplace, type Listing } from './catalog.js';
import type { DemoData } from './generate.js';
import { inventoryView } from './inventory-view.js';
import { planningRows } from './report-planning.js';
import { allOrdersRows, manageInventoryRows, restockRows, type ReportRow } from './report-rows.js';

export type ReportKind = 'all_orders' | 'manage_inventory' | 'inventory_planning' | 'restock';

export const REPORT_FILES: Record<ReportKind, { readonly file: string; readonly header: readonly string[] }> = {
  all_orders: { file: 'all-orders.txt', header: ALL_ORDERS_HEADER },
  manage_inventory: { file: 'fba-manage-inventory.txt', header: MANAGE_INVENTORY_HEADER },
  inventory_planning: { file: 'fba-inventory-planning.txt', header: PLANNING_HEADER },
  restock: { file: 'restock-inventory.txt', header: RESTOCK_HEADER },
};

/** The file encoding of a marketplace's reports. */
export function reportEncoding(mp: DemoMarketplace): 'Shift_JIS' | 'utf8' {
  return mp === 'JP' ? 'Shift_JIS' : 'utf8';
}

/** One TSV text: the header, then each row's cells in header order (a key outside the header is a bug). */
export function reportText(header: readonly string[], rows: readonly ReportRow[]): string {
  const known = new Set(header);
  const lines = [header.join('\t')];
  for (const row of rows) {
    for (const key of Object.keys(row))
      if (!known.has(key)) throw new Error(`report column "${key}" is not in the header`);
    const cells = header.map((h) => row[h] ?? '');
    for (const cell of cells)
      if (/[\t\r\n]/.test(cell)) throw new Error(`report cell holds a tab or line break: ${cell}`);
    lines.push(cells.join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

export interface WrittenReport {
  readonly path: string;
  readonly marketplace: DemoMarketplace;
  readonly kind: ReportKind;
  readonly rows: number;
}

/** The rows of every report of every marketplace. */
export function buildReports(data: DemoData): Map<DemoMarketplace, Record<ReportKind, ReportRow[]>> {
  const view = inventoryView(data);
  const bySku = new Map<string, Listing>(data.listings.map((l) => [l.sku, l]));
  const out = new Map<DemoMarketplace, Record<ReportKind, ReportRow[]>>();
  for (const mp of DEMO_MARKETPLACES) {
    const clock = data.clocks[mp];
    const views = view.skus.filter((v) => v.listing.marketplace === mp);
    const orders = data.facts.orders.filter((o) => o.marketplace === mp);
    out.set(mp, {
      all_orders: allOrdersRows(orders, bySku, clock, data.seed),
      manage_inventory: manageInventoryRows(views),
      inventory_planning: planningRows(views, clock),
      restock: restockRows(views, clock),
    });
  }
  return out;
}

/** Writes `<dir>/<MP>/<report>.txt` for every marketplace. */
export async function writeReportFiles(data: DemoData, dir: string): Promise<WrittenReport[]> {
  const written: WrittenReport[] = [];
  for (const [mp, reports] of buildReports(data)) {
    const folder = join(dir, mp);
    await mkdir(folder, { recursive: true });
    for (const kind of Object.keys(REPORT_FILES) as ReportKind[]) {
      const { file, header } = REPORT_FILES[kind];
      const rows = reports[kind];
      let text = reportText(header, rows);
      if (mp === 'DE' && kind === 'inventory_planning') text = `\uFEFF${text}`;
      const path = join(folder, file);
      await writeFile(path, reportEncoding(mp) === 'Shift_JIS' ? iconv.encode(text, 'Shift_JIS') : text);
      written.push({ path, marketplace: mp, kind, rows: rows.length });
    }
  }
  return written;
}
