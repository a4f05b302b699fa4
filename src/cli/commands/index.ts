// Every `clearway` command: one module each, registered in this order (help lists them so).
// A new command is one more line here.
import type { Command } from 'commander';
import type { GlobalOptions } from '../context.js';
import * as demo from './demo.js';
import * as excess from './excess.js';
import * as facts from './facts.js';
import * as importCommand from './import.js';
import * as ishs from './ishs.js';
import * as keys from './keys.js';
import * as order from './order.js';
import * as outlet from './outlet.js';
import * as plan from './plan.js';
import * as prices from './prices.js';
import * as presale from './presale.js';
import * as pricingRule from './pricing-rule.js';
import * as promo from './promo.js';
import * as quote from './quote.js';
import * as replenish from './replenish.js';
import * as serve from './serve.js';
import * as shipment from './shipment.js';
import * as tickCommand from './tick.js';
import * as timelineCommand from './timeline.js';

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
  prices,
  promo,
  quote,
  timelineCommand,
  outlet,
  tickCommand,
  pricingRule,
  excess,
  plan,
  replenish,
  order,
  shipment,
  ishs,
  presale,
];
