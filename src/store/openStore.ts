import { UserError } from '../errors.js';
import { openSqliteStore } from './sqlite/SqliteStore.js';
import type { Store } from './Store.js';

export const DEFAULT_DB = './sitrep.db';

/** Opens the store named by `location` (a SQLite file path), `SITREP_DB`, or ./sitrep.db. */
export async function openStore(location = process.env.SITREP_DB || DEFAULT_DB): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(location)) {
    throw new UserError(`${location.replace(/\/\/[^@/]*@/, '//')}: the PostgreSQL driver is not built yet; use a SQLite file path`);
  }
  return openSqliteStore(location);
}
