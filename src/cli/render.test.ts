import { describe, expect, it } from 'vitest';
import { displayWidth, renderTable } from './render.js';

describe('renderTable', () => {
  it('pads columns to the widest cell, right-aligns number columns, shows null as -', () => {
    const text = renderTable(
      ['file', 'kind', 'rows'],
      [
        ['orders.csv', 'orders', 1200],
        ['x.csv', null, 7],
      ],
    );
    expect(text).toBe(
      [
        'file        kind    rows',
        '----------  ------  ----',
        'orders.csv  orders  1200',
        'x.csv       -          7',
        '',
      ].join('\n'),
    );
  });

  it('counts Chinese characters as two columns', () => {
    expect(displayWidth('文件')).toBe(4);
    expect(displayWidth('a文b')).toBe(4);
    const text = renderTable(['文件', 'n'], [['ab', 1]]);
    expect(text.split('\n')).toEqual(['文件  n', '----  -', 'ab    1', '']);
  });
});
