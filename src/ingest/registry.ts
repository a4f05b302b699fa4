// Every file kind `clearway import` recognises, and how a header picks its reader: clearway's own CSV
// fact files and Amazon's reports (All Orders, Manage Inventory, FBA Inventory planning, Restock).
import { AMAZON_READERS } from './amazon/readers.js';
import { CLEARWAY_READERS } from './csv-facts.js';
import type { HeaderFit, Reader } from './reader.js';

export const READERS: readonly Reader[] = [...CLEARWAY_READERS, ...AMAZON_READERS];

export type Detection =
  | { readonly reader: Reader; readonly fit: HeaderFit }
  /** No reader has all its required columns; `closest` shares the most columns with the header. */
  | { readonly reader: null; readonly closest: { readonly reader: Reader; readonly fit: HeaderFit } | null };

/**
 * The reader of a header: among readers whose required columns are all present, the one that reads the
 * most header columns (lots `sku,at,received,units` beats prices `sku,at,price` on a lots header).
 */
export function detectReader(header: readonly string[], readers: readonly Reader[] = READERS): Detection {
  const fits = readers.map((reader) => ({ reader, fit: reader.fit(header) }));
  const better = (a: (typeof fits)[number], b: (typeof fits)[number]) =>
    a.fit.known > b.fit.known || (a.fit.known === b.fit.known && a.fit.missing.length < b.fit.missing.length);
  let match: (typeof fits)[number] | null = null;
  let closest: (typeof fits)[number] | null = null;
  for (const candidate of fits) {
    if (candidate.fit.missing.length === 0) {
      if (!match || better(candidate, match)) match = candidate;
    } else if (candidate.fit.known > 0 && (!closest || better(candidate, closest))) {
      closest = candidate;
    }
  }
  return match ?? { reader: null, closest };
}
