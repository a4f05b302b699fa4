// Opens the store named by `--db` for one command and closes it afterwards, whatever happens.
// A `--db` value the store cannot take is bad input (exit 2).
import { t } from '../core/messages/messages.js';
import { StoreInputError } from '../store/messages.js';
import { openStore } from '../store/open.js';
import type { FactStore } from '../store/types.js';
import { CliExit, EXIT, type GlobalOptions } from './context.js';

export async function withStore<T>(options: GlobalOptions, work: (store: FactStore) => Promise<T>): Promise<T> {
  let store: FactStore;
  try {
    store = await openStore(options.db);
  } catch (error) {
    if (error instanceof StoreInputError) throw new CliExit(EXIT.badInput, t(error.code, error.values, options.lang));
    throw error;
  }
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
