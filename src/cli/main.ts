// Entry point of `bin/clearway` (and `node dist/cli/main.js`): runs the command line once.
import { run } from './program.js';

process.exitCode = await run(process.argv.slice(2));
