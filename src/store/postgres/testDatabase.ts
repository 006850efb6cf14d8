// For the tests: a fresh database on the throwaway cluster `npm test` starts (scripts/pg-test-cluster.mjs),
// so that test files running side by side never see each other's rows.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Set by scripts/test.mjs; unset only when a test file is run by hand. */
export const TEST_PG_URL = process.env.SITREP_TEST_PG_URL;

export const NO_SERVER = 'SITREP_TEST_PG_URL is unset: run `npm test` (it starts a throwaway PostgreSQL), '
  + 'or `node scripts/pg-test-cluster.mjs` and set the variable to the URL it prints';

async function onServer(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

export interface TestDatabase { url: string; drop(): Promise<void> }

export async function freshDatabase(): Promise<TestDatabase> {
  if (!TEST_PG_URL) throw new Error(NO_SERVER);
  const name = `sitrep_t_${randomBytes(6).toString('hex')}`;
  await onServer(`CREATE DATABASE ${name}`);
  const url = new URL(TEST_PG_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
