// `npm run bench`: runs every bench/*.bench.js (or those named on the command line) against the built
// dist/ and prints their figures. Benchmarks measure; they never fail a build on timing.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.js'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

for (const file of files) {
  const mod = await import(pathToFileURL(join(here, file)).href);
  console.log(`\n## ${file.replace(/\.bench\.js$/, '')}`);
  await mod.default();
}
