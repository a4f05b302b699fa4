/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { hasMessage, t } from '../messages/messages.js';
import { PROMOTION_MESSAGES } from './messages.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// The source of the validators, read at transform time, to find every code they can emit.
const SOURCES = import.meta.glob<string>(['./*.ts', '!./*.test.ts', '!./test-support.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('GEN-4 promotion messages', () => {
  it('GEN-4: every message has English and Chinese text naming the same values', () => {
    for (const code of Object.keys(PROMOTION_MESSAGES)) {
      const en = t(code, {}, 'en');
      const zh = t(code, {}, 'zh-CN');
      expect(en, code).not.toBe(zh);
      // the buyer context is worded per language
      const zhNames = placeholders(zh).map((n) => (n === 'buyerZh' ? 'buyer' : n));
      expect(zhNames, code).toEqual(placeholders(en));
    }
  });

  it('GEN-4: every code the validators emit is in the catalogue', () => {
    const emitted = new Set<string>();
    for (const text of Object.values(SOURCES)) {
      for (const m of text.matchAll(/(?:fail|warn|require\w+)\(\s*(?:env,\s*)?out,\s*'([A-Z0-9_]+)'/g))
        emitted.add(m[1] as string);
      for (const m of text.matchAll(/fail\(\s*out,\s*[^,]*\?\s*'([A-Z0-9_]+)'\s*:\s*'([A-Z0-9_]+)'/g)) {
        emitted.add(m[1] as string);
        emitted.add(m[2] as string);
      }
      for (const m of text.matchAll(/`\$\{prefix\}(_[A-Z_]+)`/g))
        for (const p of ['PD', 'PED']) emitted.add(`${p}${m[1]}`);
    }
    expect(emitted.size).toBeGreaterThan(30);
    for (const code of emitted) expect(hasMessage(code), code).toBe(true);
  });

  it('GEN-4: values fill the messages in both languages', () => {
    const values = { net: '23.09', ref: '32.99', pct: 95, max: '31.34' };
    expect(t('COUPON_NET_ABOVE_95_PCT_OF_REF', values, 'en')).toBe(
      'Net price after the coupon 23.09 must be at most 95% of the reference price 32.99 (≤ 31.34)',
    );
    expect(t('COUPON_NET_ABOVE_95_PCT_OF_REF', values, 'zh-CN')).toBe(
      '券后净价 23.09 须不高于参考价 32.99 的 95%（≤ 31.34）',
    );
  });
});
