// `clearway demo` use case: generate the demo account, write it as clearway fact files and as Amazon
// reports, and import both into a store through the ordinary importer (app/import.ts), one marketplace
// at a time (its files name SKUs and ASINs but no marketplace): first the fact files, then the Amazon
// reports of that marketplace (All Orders, Manage Inventory, FBA Inventory planning, Restock), the way
// a seller would load their downloads. The reports agree with the facts: their order lines are the
// lines already imported (matched by order and SKU, so nothing is counted twice), and their age buckets
// do not replace the exact lots snapshot of the same instant; what only the reports say (inventory
// snapshots, planning and restock rows, Amazon's recommendations, the lowest new offer) is added.
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { FactKind, Instant } from '../../core/catalog/facts.js';
import type { FactStore } from '../../store/types.js';
import { importFiles, type ImportFileSummary } from '../import.js';
import { DEMO_MARKETPLACES } from './catalog.js';
import { generateDemo, type DemoData } from './generate.js';
import { writeFactFiles, type WrittenFile } from './write-facts.js';
import { writeReportFiles, type WrittenReport } from './write-reports.js';

export interface DemoFilesOptions {
  /** The demo folder: facts in `<dir>/facts/<MP>/`, reports in `<dir>/reports/<MP>/`. */
  readonly dir: string;
  readonly seed: number;
  readonly anchor: Instant;
  readonly account: string;
  readonly onProgress?: (step: DemoStep) => void;
}

export type DemoStep =
  | { readonly step: 'generated'; readonly ms: number; readonly orderLines: number; readonly skus: number }
  | { readonly step: 'facts-written'; readonly ms: number; readonly files: number; readonly dir: string }
  | { readonly step: 'reports-written'; readonly ms: number; readonly files: number; readonly dir: string }
  | { readonly step: 'imported'; readonly ms: number; readonly file: string; readonly rows: number }
  | { readonly step: 'import-progress'; readonly file: string; readonly rows: number };

export interface DemoFiles {
  readonly data: DemoData;
  readonly factsDir: string;
  readonly reportsDir: string;
  readonly facts: readonly WrittenFile[];
  readonly reports: readonly WrittenReport[];
}

/** Generates the demo and writes its files (the facts and reports folders are replaced). */
export async function writeDemoFiles(options: DemoFilesOptions): Promise<DemoFiles> {
  let start = performance.now();
  const data = generateDemo({ seed: options.seed, anchor: options.anchor, account: options.account });
  const lap = (): number => {
    const ms = Math.round(performance.now() - start);
    start = performance.now();
    return ms;
  };
  options.onProgress?.({
    step: 'generated',
    ms: lap(),
    orderLines: data.facts.orders.length,
    skus: data.listings.length,
  });
  const factsDir = join(options.dir, 'facts');
  const reportsDir = join(options.dir, 'reports');
  await rm(factsDir, { recursive: true, force: true });
  await rm(reportsDir, { recursive: true, force: true });
  const facts = await writeFactFiles(data, factsDir);
  options.onProgress?.({ step: 'facts-written', ms: lap(), files: facts.length, dir: factsDir });
  const reports = await writeReportFiles(data, reportsDir);
  options.onProgress?.({ step: 'reports-written', ms: lap(), files: reports.length, dir: reportsDir });
  return { data, factsDir, reportsDir, facts, reports };
}

export interface DemoImport {
  readonly files: readonly ImportFileSummary[];
  /** Files with a rejected row (nothing of them stored). */
  readonly rejected: readonly ImportFileSummary[];
  readonly counts: Record<FactKind, number>;
}

/** The report files of a folder (Amazon downloads are .txt), by name; none when the folder is missing. */
async function reportFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Imports the demo's fact files into `account`, marketplace by marketplace, then (when `reportsDir` is
 * given) each marketplace's Amazon reports through the same importer.
 */
export async function importDemoFacts(
  store: FactStore,
  account: string,
  factsDir: string,
  at: Instant,
  onProgress?: (step: DemoStep) => void,
  reportsDir?: string,
): Promise<DemoImport> {
  const files: ImportFileSummary[] = [];
  const load = async (paths: readonly string[], mp: (typeof DEMO_MARKETPLACES)[number], shown: string) => {
    const start = performance.now();
    const summary = await importFiles(store, account, paths, {
      marketplace: mp,
      at,
      onProgress: (file, rows) => onProgress?.({ step: 'import-progress', file, rows }),
    });
    files.push(...summary.files);
    const rows = summary.files.reduce((s, f) => s + f.rows, 0);
    onProgress?.({ step: 'imported', ms: Math.round(performance.now() - start), file: shown, rows });
  };
  for (const mp of DEMO_MARKETPLACES) {
    await load([join(factsDir, mp)], mp, join(factsDir, mp));
    if (reportsDir !== undefined) await load(await reportFiles(join(reportsDir, mp)), mp, join(reportsDir, mp));
  }
  const rejected = files.filter((f) => f.rejected.length > 0 || f.rejectedMore > 0);
  return { files, rejected, counts: await store.countFacts(account) };
}
