import { describe, expect, it } from 'vitest';
import { CLEARWAY_COLUMNS, CSV_FACT_KINDS } from './csv-facts.js';
import { detectReader } from './registry.js';

describe('detectReader', () => {
  it.each(CSV_FACT_KINDS)('recognises the %s header of CONTRACT.md, with and without its optional columns', (kind) => {
    const { required, optional } = CLEARWAY_COLUMNS[kind];
    expect(detectReader(required).reader?.kind).toBe(kind);
    expect(detectReader([...optional, ...[...required].reverse()]).reader?.kind).toBe(kind);
  });

  it('prefers the kind that reads the most columns (lots over prices on a lots header with a price column)', () => {
    expect(detectReader(['sku', 'at', 'price']).reader?.kind).toBe('prices');
    const detection = detectReader(['sku', 'at', 'received', 'units', 'price']);
    expect(detection.reader?.kind).toBe('lots');
    expect(detection.reader && detection.fit.ignored).toEqual(['price']);
  });

  it('names the missing required columns of the closest kind when none matches', () => {
    const detection = detectReader(CLEARWAY_COLUMNS.orders.required.filter((c) => c !== 'channel' && c !== 'b2b'));
    expect(detection.reader).toBeNull();
    if (detection.reader === null) {
      expect(detection.closest?.reader.kind).toBe('orders');
      expect(detection.closest?.fit.missing).toEqual(['b2b', 'channel']);
    }
    const none = detectReader(['foo', 'bar']);
    expect(none.reader === null && none.closest).toBeNull();
  });

  it('the header names are exact: upper-case names are another header', () => {
    expect(detectReader(['SKU', 'AT', 'PRICE']).reader).toBeNull();
  });
});
