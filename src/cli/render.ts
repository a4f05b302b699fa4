// Plain-text tables for human output: columns padded to their widest cell, numbers right-aligned.
// Chinese characters take two terminal columns, so widths count them twice.

export type Cell = string | number | null;

// East Asian wide and fullwidth ranges (CJK, Hangul, fullwidth forms).
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g;

/** Terminal columns a string takes. */
export function displayWidth(text: string): number {
  return text.length + (text.match(WIDE)?.length ?? 0);
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/** A table with a header line and a rule under it; null cells show as '-'. No trailing spaces. */
export function renderTable(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const texts = rows.map((row) =>
    headers.map((_, i) => (row[i] === null || row[i] === undefined ? '-' : String(row[i]))),
  );
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((row) => typeof row[i] === 'number'));
  const widths = headers.map((h, i) =>
    Math.max(displayWidth(h), ...texts.map((cells) => displayWidth(cells[i] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => pad(cell, widths[i] ?? 0, numeric[i] ?? false))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...texts.map(line)].join('\n') + '\n';
}
