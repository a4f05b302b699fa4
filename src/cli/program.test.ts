import { describe, expect, it } from 'vitest';
import { CliExit } from './context.js';
import { resolveGlobals } from './program.js';

const NOW = Date.UTC(2026, 3, 1, 12);

function exitOf(work: () => unknown): [number, string] | null {
  try {
    work();
    return null;
  } catch (error) {
    if (error instanceof CliExit) return [error.code, error.message];
    throw error;
  }
}

describe('resolveGlobals', () => {
  it('defaults: $CLEARWAY_DB else ./clearway.db, account default, now, en', () => {
    expect(resolveGlobals({}, {}, NOW)).toEqual({
      db: './clearway.db',
      account: 'default',
      marketplace: null,
      at: NOW,
      json: false,
      lang: 'en',
    });
    expect(resolveGlobals({}, { CLEARWAY_DB: '/data/x.db' }, NOW).db).toBe('/data/x.db');
    expect(resolveGlobals({ db: 'y.db' }, { CLEARWAY_DB: '/data/x.db' }, NOW).db).toBe('y.db');
  });

  it('--at and --as-of are one option: an instant with offset, or a day at local midnight of --marketplace', () => {
    expect(resolveGlobals({ at: '2026-03-01T10:00:00+01:00' }, {}, NOW).at).toBe(Date.UTC(2026, 2, 1, 9));
    expect(resolveGlobals({ asOf: '2026-03-01' }, {}, NOW).at).toBe(Date.UTC(2026, 2, 1));
    expect(resolveGlobals({ asOf: '2026-03-01', marketplace: 'us' }, {}, NOW)).toMatchObject({
      at: Date.UTC(2026, 2, 1, 8),
      marketplace: 'US',
    });
    expect(exitOf(() => resolveGlobals({ at: '2026-03-01', asOf: '2026-03-02' }, {}, NOW))?.[0]).toBe(2);
    expect(exitOf(() => resolveGlobals({ at: 'yesterday' }, {}, NOW))).toEqual([
      2,
      '--at: "yesterday" is not an instant (ISO-8601 with offset, or YYYY-MM-DD)',
    ]);
  });

  it('exit 2 for an unknown marketplace or language, in the language asked for', () => {
    expect(exitOf(() => resolveGlobals({ marketplace: 'XX', lang: 'zh-CN' }, {}, NOW))).toEqual([
      2,
      '--marketplace 必须是 US, CA, MX, UK, DE, FR, IT, ES, JP 之一，而不是 "XX"',
    ]);
    expect(exitOf(() => resolveGlobals({ lang: 'fr' }, {}, NOW))?.[0]).toBe(2);
    expect(resolveGlobals({ lang: 'zh-CN', json: true }, {}, NOW)).toMatchObject({ lang: 'zh-CN', json: true });
  });
});
