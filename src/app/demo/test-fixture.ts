// The demo accounts the demo tests look at (generated once per test file): the default seed on a
// spring anchor, and another seed on a December anchor (Black Friday just behind it).
import { generateDemo, DEFAULT_DEMO_SEED, type DemoData } from './generate.js';

export const FIXTURES = [
  { name: 'default seed, 2026-05-14', seed: DEFAULT_DEMO_SEED, anchor: Date.UTC(2026, 4, 14) },
  { name: 'seed 7, 2025-12-03', seed: 7, anchor: Date.UTC(2025, 11, 3) },
] as const;

const cache = new Map<string, DemoData>();

export function demoFixture(index: 0 | 1 = 0): DemoData {
  const f = FIXTURES[index];
  let data = cache.get(f.name);
  if (!data) {
    data = generateDemo({ seed: f.seed, anchor: f.anchor, account: 'default' });
    cache.set(f.name, data);
  }
  return data;
}
