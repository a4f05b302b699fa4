import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
rmSync('/tmp/raw.db', { force: true }); rmSync('/tmp/raw.db-wal', { force: true });
const db = new Database('/tmp/raw.db');
db.pragma('journal_mode = WAL'); db.pragma('synchronous = NORMAL');
const noIdx = process.argv[2] === 'noidx';
db.exec(`create table orders (account_id integer not null, order_id text not null, line integer not null, sku text not null, marketplace text not null check (marketplace in ('US','CA','MX','UK','DE','FR','IT','ES','JP')), at bigint not null, units integer not null, unit_price bigint, currency text not null check (currency in ('USD','EUR','GBP','JPY','CAD','MXN')), promotion_ids text not null, promotion_discount bigint not null, b2b integer not null check (b2b in (0,1)), subscribe_and_save integer not null check (subscribe_and_save in (0,1)), cancelled integer not null check (cancelled in (0,1)), channel text not null check (channel in ('fba','fbm')), constraint orders_pk primary key (account_id, order_id, line))`);
if (!noIdx) { db.exec('create index o1 on orders (account_id, marketplace, sku, at)'); db.exec('create index o2 on orders (account_id, at)'); }
const N = Number(process.env.N ?? 300000), B = 1000;
if (process.env.CACHE) db.pragma('cache_size = -' + process.env.CACHE);
const tuple = '(' + Array(15).fill('?').join(',') + ')';
const stmt = db.prepare('insert into orders values ' + Array(B).fill(tuple).join(','));
const c0 = process.cpuUsage(); const t0 = performance.now();
db.exec('begin');
for (let s = 0; s < N; s += B) {
  const p = [];
  for (let i = s; i < s + B; i++) p.push(1, `11${i%10}-${String(i).padStart(7,'0')}-${String(i%9973).padStart(7,'0')}`, 12345678, `SKU-${i%500}`, 'US', 1735689600000 + i*20000, 1+i%4, 1999, 'USD', '[]', 0, 0, 0, 0, 'fba');
  stmt.run(p);
}
db.exec('commit');
const c = process.cpuUsage(c0);
console.log(noIdx ? 'pk only' : 'pk+2 idx', 'cpu', ((c.user+c.system)/1e6).toFixed(2), 'wall', ((performance.now()-t0)/1000).toFixed(2), Math.round(N/((c.user+c.system)/1e6)), 'rows/cpu-s');
