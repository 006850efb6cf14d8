import { openSqliteStore } from './sqlite/SqliteStore.js';
import type { Store } from './Store.js';

export const DEFAULT_DB = './sitrep.db';

/**
 * Opens the store named by `location`, `SITREP_DB`, or ./sitrep.db: a postgres:// or postgresql://
 * URL opens the server database, anything else is a SQLite file path.
 */
export async function openStore(location = process.env.SITREP_DB || DEFAULT_DB): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    // Loaded only when asked for, so that SQLite users never load the pg client.
    const { openPostgresStore } = await import('./postgres/PostgresStore.js');
    return openPostgresStore(location);
  }
  return openSqliteStore(location);
}
