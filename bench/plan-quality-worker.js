// A worker thread of the planning-quality benchmark (plan-quality.js qualityRows): computes its SKUs'
// rows, posts them, then counts itself done.
import { workerData } from 'node:worker_threads';
import { qualityRow } from './plan-quality.js';

const { indices, truthModel, port, done } = workerData;
const counter = new Int32Array(done);
try {
  port.postMessage({ rows: indices.map((i) => qualityRow(i, truthModel)) });
} catch (e) {
  port.postMessage({ error: String(e?.stack ?? e) });
} finally {
  Atomics.add(counter, 0, 1);
  Atomics.notify(counter, 0);
}
