// The readers of Amazon's own reports, in the registry (ingest/registry.ts).
import type { Reader } from '../reader.js';
import { ALL_ORDERS_READER } from './all-orders.js';
import { MYI_READER } from './manage-inventory.js';
import { PLANNING_READER } from './planning.js';
import { RESTOCK_READER } from './restock.js';

export const AMAZON_READERS: readonly Reader[] = [ALL_ORDERS_READER, MYI_READER, PLANNING_READER, RESTOCK_READER];
