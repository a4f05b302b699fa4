// Encodings of Amazon reports: Shift_JIS / Windows-31J (Amazon.co.jp downloads), Windows-1252 (older
// European files), UTF-8 with or without BOM, and `--encoding`.
import { describe, expect, it } from 'vitest';
import { detectEncoding } from '../encoding.js';
import { ALL_ORDERS_32, MYI_18, ORDER_ROWS, context, factsOf, read, rowOf, tsv, writeReport } from './test-support.js';

/** The first sample order line, moved to Amazon.co.jp with a Japanese SKU and product name. */
function japaneseOrder(): string {
  const cells = (ORDER_ROWS[0] as string).split('\t');
  const base = Object.fromEntries(ALL_ORDERS_32.map((n, i) => [n, cells[i] ?? '']));
  return rowOf(ALL_ORDERS_32, {
    ...base,
    'sales-channel': 'Amazon.co.jp',
    'product-name': '低反発まくら　ホワイト（５０×３０）',
    sku: '枕-JP-01',
    currency: 'JPY',
    'item-price': '3980',
    'purchase-date': '2026-04-01T10:00:00+09:00',
  });
}

describe('detectEncoding', () => {
  it('a BOM decides; valid UTF-8 is UTF-8; else Windows-31J for Japan, Windows-1252 otherwise', () => {
    expect(detectEncoding(Buffer.from('\uFEFFsku', 'utf8'), { marketplace: null })).toEqual({
      encoding: 'utf8',
      bom: 3,
    });
    expect(detectEncoding(Buffer.from([0xff, 0xfe, 0x73, 0x00]), { marketplace: null })).toEqual({
      encoding: 'utf16le',
      bom: 2,
    });
    expect(detectEncoding(Buffer.from('sku\tcafé', 'utf8'), { marketplace: null })).toEqual({
      encoding: 'utf8',
      bom: 0,
    });
    const latin = Buffer.from('sku\tcaf\xe9', 'latin1');
    expect(detectEncoding(latin, { marketplace: null }).encoding).toBe('utf8'); // maybe a cut character…
    expect(detectEncoding(latin, { marketplace: null, whole: true }).encoding).toBe('windows-1252'); // …not at the end
    expect(detectEncoding(Buffer.from('sku\tcaf\xe9\tx', 'latin1'), { marketplace: null }).encoding).toBe(
      'windows-1252',
    );
    expect(detectEncoding(latin, { marketplace: 'JP', whole: true }).encoding).toBe('windows-31j');
    const sjis = Buffer.concat([Buffer.from('Amazon.co.jp\t'), Buffer.from([0x96, 0x8d])]);
    expect(detectEncoding(sjis, { marketplace: null }).encoding).toBe('windows-31j');
    expect(detectEncoding(latin, { marketplace: null, given: 'UTF-8' })).toEqual({ encoding: 'utf8', bom: 0 });
  });
});

describe('reading encoded reports', () => {
  it('a Shift_JIS All Orders file from Amazon.co.jp: detected from its sales channel and decoded', async () => {
    const path = writeReport(tsv(ALL_ORDERS_32, [japaneseOrder()]), { encoding: 'windows-31j', crlf: true });
    const result = await read(path);
    const [order] = factsOf(result, 'orders');
    expect(order).toMatchObject({ sku: '枕-JP-01', marketplace: 'JP', currency: 'JPY', unitPrice: 3980 });
    expect(order?.at).toBe(Date.UTC(2026, 3, 1, 1));
    expect(factsOf(result, 'products')[0]).toMatchObject({ sku: '枕-JP-01', marketplace: 'JP' });
  });

  it('a Windows-1252 Manage Inventory file (no Japan hint) decodes accented SKUs and names', async () => {
    const row = rowOf(MYI_18, {
      sku: 'COUSSIN-É',
      asin: 'B0000000FR',
      'product-name': 'Coussin décoratif – blanc',
      'afn-fulfillable-quantity': '3',
    });
    const path = writeReport(tsv(MYI_18, [row]), { encoding: 'windows-1252' });
    const result = await read(path, context({ marketplace: 'FR' }));
    expect(factsOf(result, 'inventory_snapshots')[0]).toMatchObject({ sku: 'COUSSIN-É', fulfillable: 3 });
  });

  it('--encoding overrides the detection (a JP file read for another marketplace)', async () => {
    const row = rowOf(MYI_18, { sku: 'まくら-1', asin: 'B0000000JP', 'afn-fulfillable-quantity': '2' });
    const path = writeReport(tsv(MYI_18, [row]), { encoding: 'windows-31j' });
    const detected = await read(path, context({ marketplace: 'UK' }));
    expect(factsOf(detected, 'inventory_snapshots')[0]?.sku).not.toBe('まくら-1');
    const given = await read(path, context({ marketplace: 'UK' }), { encoding: 'shift_jis' });
    expect(factsOf(given, 'inventory_snapshots')[0]?.sku).toBe('まくら-1');
  });
});
