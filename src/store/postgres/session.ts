// One PostgreSQL pool, and the transaction a call runs in. batch() and the merge of an article's events
// check a client out of the pool for their duration; calls made inside (awaited from `work`) find it
// through AsyncLocalStorage, so they join that transaction while calls from elsewhere use the pool.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import pg from 'pg';

export class PgSession {
  private readonly current = new AsyncLocalStorage<Transaction>();

  constructor(readonly pool: pg.Pool) {}

  /** Each distinct statement is prepared once per connection (a merge runs the same few thousands of times). */
  async query<R extends object>(text: string, values: unknown[] = []): Promise<R[]> {
    const client = this.current.getStore()?.client ?? this.pool;
    return (await client.query<R>({ name: statementName(text), text, values })).rows;
  }

  /**
   * Runs `work` in one transaction. Inside another one it is a savepoint, so that a failure undoes
   * only its own writes and the outer transaction can go on (as a failed statement does in SQLite).
   */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    const outer = this.current.getStore();
    if (outer) return savepoint(outer, work);
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await this.current.run({ client, locks: new Set() }, work);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch((e: Error) => { broken = e; });
      throw err;
    } finally {
      client.release(broken);
    }
  }

  /** Takes an advisory lock until the transaction ends; once a transaction, however many merges it holds. */
  async lock(key: number): Promise<void> {
    const tx = this.current.getStore();
    if (!tx) throw new Error('an advisory lock needs a transaction');
    if (tx.locks.has(key)) return;
    await this.query('SELECT pg_advisory_xact_lock($1)', [key]);
    tx.locks.add(key);
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

const names = new Map<string, string>();

function statementName(text: string): string {
  let name = names.get(text);
  if (!name) names.set(text, (name = `sitrep_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`));
  return name;
}

interface Transaction {
  client: pg.PoolClient;
  /** Advisory locks taken in it. */
  locks: Set<number>;
}

async function savepoint<T>({ client, locks }: Transaction, work: () => Promise<T>): Promise<T> {
  const held = new Set(locks);
  await client.query('SAVEPOINT sitrep_step');
  try {
    const result = await work();
    await client.query('RELEASE SAVEPOINT sitrep_step');
    return result;
  } catch (err) {
    await client.query('ROLLBACK TO SAVEPOINT sitrep_step');
    // Locks taken after the savepoint went with it.
    for (const key of locks) if (!held.has(key)) locks.delete(key);
    throw err;
  }
}
