// Every `clearway` command: one module each, registered in this order (help lists them so).
// A new command is one more line here.
import type { Command } from 'commander';
import type { GlobalOptions } from '../context.js';
import * as demo from './demo.js';
import * as facts from './facts.js';
import * as importCommand from './import.js';
import * as keys from './keys.js';
import * as serve from './serve.js';

export interface CommandModule {
  register(program: Command, globals: () => GlobalOptions): void;
}

// One command per line, so that adding one is a one-line change.
// prettier-ignore
export const COMMANDS: readonly CommandModule[] = [
  importCommand,
  facts,
  serve,
  keys,
  demo,
];
