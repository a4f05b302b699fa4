// What the ISHS, order and pre-sale commands share: whole-number options (exit 2 naming the value), and
// printing a document that may be a refusal (CONTRACT.md: exit 4 with the JSON still on stdout).
import { ISHS_APP } from '../app/ishs/messages.js';
import { t, type Lang } from '../core/messages/messages.js';
import { CliExit, EXIT, type GlobalOptions } from './context.js';
import { printDoc } from './pricing-cli.js';

/** `--qty N`: a whole number ≥ 1. */
export function quantityOption(text: string | undefined, lang: Lang, fallback = 1): number {
  if (text === undefined) return fallback;
  const n = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new CliExit(EXIT.badInput, `--qty: ${t(ISHS_APP.ISHS_BAD_QUANTITY, { value: text }, lang)}`);
  }
  return n;
}

/** `--units N`: a whole number ≥ 0. */
export function countOption(text: string | undefined, lang: Lang): number | null {
  if (text === undefined) return null;
  const n = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n)) {
    throw new CliExit(EXIT.badInput, `--units: ${t(ISHS_APP.ISHS_BAD_COUNT, { value: text }, lang)}`);
  }
  return n;
}

/** Prints the document; a refusal then ends with exit 4 (its reasons are in the document). */
export function printOutcome<T>(
  g: GlobalOptions,
  doc: T,
  refused: boolean,
  human: (doc: T, lang: Lang) => string,
): void {
  printDoc(g, doc, human);
  if (refused) throw new CliExit(EXIT.refused, '');
}
