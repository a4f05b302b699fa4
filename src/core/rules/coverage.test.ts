// "Every parameter is read by some rule" (GEN-3), proved statically: each leaf key name of the rule
// set must appear (outside comments) in a non-test TypeScript file under src/core outside src/core/rules.
// The only exemptions are the parameters of rules that an OPEN issue has still to build, listed in
// PENDING with that issue's number; an exemption whose parameters are all read already is stale and
// fails the test, so the list can only shrink.
/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { MARKETPLACES } from '../catalog/marketplace.js';
import { isUnder, leafKey, schemaLeafPaths, valueLeafPaths } from './paths.js';
import { ruleSetVersions } from './rules.js';
import { ruleSetParamsSchema } from './schema.js';

/**
 * Which src/core folder must read each group (fees: each sub-table). The group becomes mandatory as
 * soon as ANY of its folders exists. RPL lives in inventory-health per ARCHITECTURE.md unless a
 * replenishment folder is made.
 */
const READERS: Readonly<Record<string, readonly string[]>> = {
  referencePrices: ['reference-prices'],
  promotions: ['promotions'],
  quote: ['quote'],
  outlet: ['outlet'],
  inventoryHealth: ['inventory-health'],
  clearance: ['clearance'],
  replenishment: ['replenishment', 'inventory-health'],
  ishs: ['ishs'],
  presale: ['presale'],
  'fees.storage': ['inventory-health'],
  'fees.agedInventorySurcharge': ['inventory-health'],
  'fees.lowInventoryLevel': ['inventory-health'],
  'fees.deals': ['promotions'],
  'fees.coupons': ['promotions'],
  'fees.ped': ['promotions'],
  'fees.referral': ['clearance'],
  'fees.liquidation': ['clearance'],
  'fees.removal': ['clearance'],
  'fees.outlet': ['clearance'],
};

/**
 * Parameters (a group, sub-table or single leaf path) whose rules are not built yet, with the open
 * issue that builds them. Remove an entry when its issue lands: the test fails while a stale one stays.
 */
const PENDING: Readonly<Record<string, number>> = {};

interface CoverageInput {
  readonly leaves: readonly string[];
  readonly readers: Readonly<Record<string, readonly string[]>>;
  /** Exempt prefixes (group, sub-table or leaf path) → the open issue that will read them. */
  readonly pending: Readonly<Record<string, number>>;
  /** Texts of the non-test .ts files under src/core outside src/core/rules. */
  readonly sources: readonly string[];
}

interface CoverageReport {
  readonly unread: { path: string; key: string; folders: readonly string[] }[];
  readonly unmapped: string[];
  readonly exempt: string[];
  /** Pending prefixes none of whose parameters is still unread: remove them from PENDING. */
  readonly stale: string[];
}

function readerPrefix(path: string, readers: CoverageInput['readers']): string | undefined {
  return Object.keys(readers)
    .filter((prefix) => isUnder(path, prefix))
    .sort((a, b) => b.length - a.length)[0];
}

/** Drops // and /* *\/ comments so a mention in a comment proves nothing. */
function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

function checkCoverage(input: CoverageInput): CoverageReport {
  const code = input.sources.map(stripComments);
  const report: CoverageReport = { unread: [], unmapped: [], exempt: [], stale: [] };
  const pendingStillUnread = new Set<string>();
  for (const path of input.leaves) {
    const prefix = readerPrefix(path, input.readers);
    if (prefix === undefined) {
      report.unmapped.push(path);
      continue;
    }
    const folders = input.readers[prefix] ?? [];
    const key = leafKey(path);
    const word = new RegExp(`\\b${key}\\b`);
    const read = code.some((text) => word.test(text));
    const pending = Object.keys(input.pending).filter((p) => isUnder(path, p));
    if (pending.length > 0) {
      report.exempt.push(path);
      if (!read) for (const p of pending) pendingStillUnread.add(p);
      continue;
    }
    if (!read) report.unread.push({ path, key, folders });
  }
  for (const p of Object.keys(input.pending)) {
    const covers = input.leaves.some((leaf) => isUnder(leaf, p));
    if (covers && !pendingStillUnread.has(p)) report.stale.push(p);
  }
  return report;
}

/**
 * The non-test .ts sources under src/core outside rules/, keyed by path relative to this file
 * ('../promotions/coupon.ts'). Vite reads them at transform time (core/ tests do no I/O themselves).
 */
const CORE_SOURCES = import.meta.glob<string>(['../**/*.ts', '!../rules/**', '!../**/*.test.ts', '!../**/*.d.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The src/core folders that hold source files, and those files' texts. */
function collectCore(sources: Readonly<Record<string, string>>): { folders: Set<string>; sources: string[] } {
  const folders = new Set(Object.keys(sources).map((path) => path.split('/')[1] ?? ''));
  return { folders, sources: Object.values(sources) };
}

const LEAVES = schemaLeafPaths(ruleSetParamsSchema);

/** Schema-style leaf paths of a value (arrays of objects walked with `[]`). */
function valuePathsThroughArrays(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) {
    const objects = value.filter((v) => typeof v === 'object' && v !== null);
    if (objects.length === 0) return [prefix];
    return [...new Set(objects.flatMap((v) => valuePathsThroughArrays(v, `${prefix}[]`)))];
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => valuePathsThroughArrays(v, prefix === '' ? k : `${prefix}.${k}`));
  }
  return [prefix];
}

describe('GEN-3: every rule-set parameter is read by some rule', () => {
  it('the leaf paths cover every parameter of every resolved version (US and the others)', () => {
    expect(LEAVES.length).toBeGreaterThan(100);
    for (const mp of MARKETPLACES) {
      for (const rs of ruleSetVersions(mp)) {
        const {
          marketplace: _m,
          currency: _c,
          timeZone: _t,
          version: _v,
          effectiveFrom: _e,
          notes: _n,
          assumed: _a,
          clearwayDefaults: _d,
          ...params
        } = rs;
        for (const path of valuePathsThroughArrays(params)) {
          // A null table or list stands for every leaf beneath it.
          expect(
            LEAVES.some((leaf) => isUnder(leaf, path)),
            path,
          ).toBe(true);
        }
        for (const path of valueLeafPaths(params)) expect(LEAVES.some((l) => isUnder(l, path))).toBe(true);
      }
    }
  });

  it('leaf key names are distinctive: a key used at several paths is read by the same folders everywhere', () => {
    const byKey = new Map<string, Set<string>>();
    for (const path of LEAVES) {
      const prefix = readerPrefix(path, READERS);
      expect(prefix, `${path} has no reader folder in READERS`).toBeDefined();
      const folders = (READERS[prefix!] ?? []).join(',');
      byKey.set(leafKey(path), (byKey.get(leafKey(path)) ?? new Set()).add(folders));
      expect(leafKey(path), `${path}: leaf names must be camelCase compounds`).toMatch(/^[a-z]+[A-Z]\w*$/);
    }
    for (const [key, folders] of byKey) expect([...folders], `key ${key}`).toHaveLength(1);
  });

  it('every parameter is read outside src/core/rules, except those of rules an open issue still builds', () => {
    const { sources } = collectCore(CORE_SOURCES);
    const report = checkCoverage({ leaves: LEAVES, readers: READERS, pending: PENDING, sources });
    expect(report.unmapped).toEqual([]);
    expect(report.stale, 'these PENDING entries are read now: remove them').toEqual([]);
    const unread = report.unread.map((u) => `${u.path} (to be read in src/core/${u.folders.join(' or src/core/')})`);
    expect(unread, 'parameters nobody reads: read them in the folder named, or remove them from the rule set').toEqual(
      [],
    );
  });
});

describe('the coverage checker itself', () => {
  const leaves = [
    'promotions.couponMinDiscountPct',
    'promotions.ldMaxHours',
    'fees.deals.lightningDealFee.promoFeeFixedPerDay',
    'ishs.ishsOptOutGraceHours',
    'stray.strayParam',
  ];
  const readers = { promotions: ['promotions'], 'fees.deals': ['promotions'], ishs: ['ishs'] };

  it('exempts only pending parameters, and reports a pending entry that is read already as stale', () => {
    const none = checkCoverage({ leaves, readers, pending: { promotions: 3, 'fees.deals': 3, ishs: 7 }, sources: [] });
    expect(none.unread).toEqual([]);
    expect(none.exempt).toHaveLength(4);
    expect(none.unmapped).toEqual(['stray.strayParam']);
    expect(none.stale).toEqual([]);
    const readAll = checkCoverage({
      leaves,
      readers,
      pending: { ishs: 7 },
      sources: ['rs.ishsOptOutGraceHours; p.couponMinDiscountPct; p.ldMaxHours; f.promoFeeFixedPerDay;'],
    });
    expect(readAll.stale).toEqual(['ishs']);
  });

  it('fails when a parameter outside PENDING is unread; passes when it is read', () => {
    const sources = [
      'export const ok = (p: P) => p.couponMinDiscountPct;',
      '// ldMaxHours is mentioned only in a comment',
      '/* promoFeeFixedPerDay */ const x = 1;',
    ];
    const report = checkCoverage({ leaves, readers, pending: { ishs: 7 }, sources });
    expect(report.unread.map((u) => u.key)).toEqual(['ldMaxHours', 'promoFeeFixedPerDay']);
    expect(report.exempt).toEqual(['ishs.ishsOptOutGraceHours']);
    const fixed = checkCoverage({
      leaves,
      readers,
      pending: { ishs: 7 },
      sources: [...sources, 'const { ldMaxHours } = rs.promotions; fee.promoFeeFixedPerDay * days;'],
    });
    expect(fixed.unread).toEqual([]);
  });

  it('matches whole key names only', () => {
    const report = checkCoverage({
      leaves: ['promotions.ldMaxHours'],
      readers,
      pending: {},
      sources: ['const ldMaxHoursX = 1; const aldMaxHours = 2;'],
    });
    expect(report.unread).toHaveLength(1);
  });

  it('collects the non-test sources of src/core outside rules/ and the folders that hold them', () => {
    const paths = Object.keys(CORE_SOURCES);
    expect(paths).toContain('../money/money.ts');
    expect(paths.some((p) => p.startsWith('../rules/'))).toBe(false);
    expect(paths.some((p) => p.endsWith('.test.ts'))).toBe(false);
    const { folders } = collectCore({ '../promotions/coupon.ts': 'a', '../ishs/nested/deep.ts': 'b' });
    expect([...folders].sort()).toEqual(['ishs', 'promotions']);
  });
});
