// Amazon report headers, matched by name: each field a reader takes has its current column name and the
// names it had before (or has on other marketplaces). Names are compared without case and with spaces
// collapsed ("Total Reserved Quantity" = "total reserved quantity"). Columns of Amazon's documented
// headers that clearway does not read are listed as `known`, so that only truly unknown columns are
// reported (once, as a warning).
import type { HeaderFit } from '../reader.js';

/** field → column names, the first being today's name. */
export type ColumnNames<F extends string> = Readonly<Record<F, readonly string[]>>;

export interface ReportColumns<F extends string> {
  readonly fields: ColumnNames<F>;
  /** Fields without which a header is not this report (named by their first column name when missing). */
  readonly required: readonly F[];
  /** Documented columns clearway does not read. */
  readonly known: readonly string[];
}

export function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function fitReport<F extends string>(header: readonly string[], report: ReportColumns<F>): HeaderFit {
  const present = new Set(header.map(normaliseName));
  const all = new Set<string>(report.known.map(normaliseName));
  for (const names of Object.values<readonly string[]>(report.fields)) for (const n of names) all.add(normaliseName(n));
  const has = (field: F) => report.fields[field].some((n) => present.has(normaliseName(n)));
  return {
    missing: report.required.filter((f) => !has(f)).map((f) => report.fields[f][0] as string),
    known: header.filter((c) => all.has(normaliseName(c))).length,
    ignored: header.filter((c) => !all.has(normaliseName(c))),
  };
}

/** Each field's column in this header (the header's own spelling), or null when the header lacks it. */
export function resolveColumns<F extends string>(
  header: readonly string[],
  fields: ColumnNames<F>,
): Readonly<Record<F, string | null>> {
  const byName = new Map<string, string>();
  for (const column of header) if (!byName.has(normaliseName(column))) byName.set(normaliseName(column), column);
  const out = {} as Record<F, string | null>;
  for (const field of Object.keys(fields) as F[]) {
    const names = fields[field];
    out[field] = names.map((n) => byName.get(normaliseName(n))).find((c) => c !== undefined) ?? null;
  }
  return out;
}
