import { describe, expect, test } from 'vitest';
import { FACT_KINDS, type FactKind } from '../core/catalog/facts.js';
import { escapeHtml, renderDashboard } from './dashboard.js';

function counts(values: Partial<Record<FactKind, number>>): Record<FactKind, number> {
  return Object.fromEntries(FACT_KINDS.map((k) => [k, values[k] ?? 0])) as Record<FactKind, number>;
}

describe('placeholder dashboard', () => {
  test('escapeHtml escapes the five HTML metacharacters', () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;',
    );
  });

  test('shows every kind with its count, the total, both languages and the docs link', () => {
    const html = renderDashboard({
      keysRequired: false,
      facts: { account: 'shop', counts: counts({ products: 3, orders: 12 }) },
    });
    for (const kind of FACT_KINDS) expect(html).toContain(`data-kind="${kind}"`);
    expect(html).toMatch(/data-kind="products">.*<td class="n">3<\/td>/);
    expect(html).toMatch(/data-kind="orders">.*<td class="n">12<\/td>/);
    expect(html).toMatch(/<tfoot>.*<td class="n">15<\/td>/);
    expect(html).toContain('Account');
    expect(html).toContain('账户');
    expect(html).toContain('href="/api/docs/"');
    expect(html).not.toContain('id="key-form"');
  });

  test('an account name is escaped, never markup', () => {
    const html = renderDashboard({
      keysRequired: false,
      facts: { account: '<script>alert(1)</script>&', counts: counts({}) },
    });
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&amp;');
    expect(html).not.toContain('<script>alert(1)');
  });

  test('when keys are required it shows a key form, no counts, and a script that parses', () => {
    const html = renderDashboard({ keysRequired: true });
    expect(html).toContain('id="key-form"');
    expect(html).toContain('sessionStorage');
    expect(html).not.toContain('data-kind=');
    const labels = /<script type="application\/json" id="labels">([^<]*)<\/script>/.exec(html);
    expect(labels).not.toBeNull();
    const parsed = JSON.parse(labels![1]!) as { kinds: { kind: string }[] };
    expect(parsed.kinds.map((k) => k.kind)).toEqual([...FACT_KINDS]);
    const script = /<script>([\s\S]*?)<\/script>/.exec(html);
    expect(script).not.toBeNull();
    expect(() => new Function(script![1]!)).not.toThrow();
  });
});
