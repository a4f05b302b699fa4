// Facts of keyed kinds packed for the trip from the worker thread that reads a big file to the thread
// that stores it (ingest/read-worker.ts): validated there, as flat column values in insert order with
// their key hashes, so the storing thread deserialises an array of strings and numbers instead of an
// object per fact, and binds the values as they come (import-facts.ts, KeyedImporter.addPacked).
// Structured clone of 1,000 order facts, per line (node:v8 serialize / deserialize, load ~10):
// objects 1.3 / 2.4 µs, flat values 0.4 / 0.8 µs; importing 300,000 All Orders lines, the main thread
// took 3.36–3.91 s of CPU packed against 4.00–4.12 s as objects (3 runs each, load ~7). Inserting from
// one JSON text per chunk instead (`insert … select … from json_each(?)`, SQLite parsing the JSON)
// was slower than binding: 100,000 rows into the bare orders table (no key, index or CHECK) took
// 0.75 s of CPU against 0.23 s.
import type { FactKind } from '../core/catalog/facts.js';
import { FACT_KINDS } from '../core/catalog/facts.js';
import { FACT_TABLES, type FactTableSpec } from './fact-tables.js';
import { columnValue, keyHash, validateFact } from './fact-rows.js';
import type { PackedFacts, StreamBatch } from './types.js';

type Fact = Readonly<Record<string, unknown>>;

/** The facts packed, or null when one of them is not valid (the storing thread then reports it). */
export function packFacts(spec: FactTableSpec, facts: readonly object[]): PackedFacts | null {
  try {
    facts.forEach((f, i) => validateFact(spec, f, i));
  } catch {
    return null;
  }
  const { columns } = spec;
  const values: unknown[] = new Array(facts.length * columns.length);
  const hashes: number[] = new Array(facts.length);
  let i = 0;
  for (const [n, f] of facts.entries()) {
    for (const c of columns) values[i++] = columnValue(c, (f as Fact)[c.field], 'sqlite');
    hashes[n] = keyHash(spec.key, f);
  }
  return { kind: spec.kind, rows: facts.length, values, hashes };
}

/** Rows [from, to) of packed facts as facts again (the fact of a stored row: fromRow's). */
export function unpackFacts(spec: FactTableSpec, packed: PackedFacts, from = 0, to = packed.rows): Fact[] {
  const { columns } = spec;
  const facts: Fact[] = [];
  for (let r = from; r < to; r++) {
    const fact: Record<string, unknown> = {};
    columns.forEach((c, j) => {
      const v = packed.values[r * columns.length + j];
      if (v === null || v === undefined) fact[c.field] = null;
      else if (c.type === 'bool') fact[c.field] = v === 1;
      else if (c.type === 'json') fact[c.field] = JSON.parse(v as string) as unknown;
      else fact[c.field] = v;
    });
    facts.push(fact);
  }
  return facts;
}

/** The batch with the facts of its keyed kinds packed (a kind with an invalid fact stays as it is). */
export function packBatch(batch: StreamBatch): StreamBatch {
  const out: Record<string, unknown> = {};
  const packed: PackedFacts[] = [...(batch.packed ?? [])];
  for (const kind of FACT_KINDS) {
    const facts = batch[kind] as readonly object[] | undefined;
    if (facts === undefined) continue;
    const spec = FACT_TABLES[kind as FactKind];
    const p = spec.identity === null && facts.length > 0 ? packFacts(spec, facts) : null;
    if (p) packed.push(p);
    else out[kind] = facts;
  }
  if (packed.length > 0) out.packed = packed;
  return out as StreamBatch;
}
