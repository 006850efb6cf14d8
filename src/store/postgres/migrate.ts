import type pg from 'pg';
import { MIGRATIONS } from './migrations/index.js';

/** Any fixed number: the advisory lock that keeps two processes from migrating one database at once. */
const MIGRATION_LOCK = 0x517_2e9;

/**
 * Brings a database up to the newest schema, each step in its own transaction; refuses a database
 * written by a newer sitrep (the message says so; the caller names the database).
 */
export async function migrate(pool: pg.Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations
      (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)`);
    const current = (await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations')).rows[0]?.v ?? 0;
    const newest = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
    if (current > newest) throw new Error(`schema version ${current} is newer than this sitrep understands (${newest})`);
    for (const m of MIGRATIONS.filter((m) => m.version > current)) {
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
          [m.version, m.name, new Date().toISOString()]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
    }
    return newest;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}
