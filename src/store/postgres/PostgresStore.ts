// The server-database driver: the same Store as SQLite (and the same contract suite), in PostgreSQL,
// for a team sharing one database. Open it with a postgres:// or postgresql:// URL.
import pg from 'pg';
import type { ArticleInput, ArticleStatus, IngestFailure } from '../../model/article.js';
import type { ConflictEvent } from '../../model/event.js';
import { UserError } from '../../errors.js';
import { articleId, contentHash, failureId } from '../contentHash.js';
import { type ArticleRow, type FeedRow, SUMMARY_COLUMNS, articleCounts, rowToArticle, rowToFeedState, rowToSummary } from '../rows.js';
import type { ArticleCounts, ArticleQuery, EventQuery, FeedState, SaveResult, Store } from '../Store.js';
import { migrate } from './migrate.js';
import { PgEvents } from './PgEvents.js';
import { PgSession } from './session.js';

const ARTICLE_COLUMNS = 'id, origin, url, source, title, byline, published, fetched_at, language, text, content_hash, status, error';

/** The URL without its password, for messages. */
export function displayUrl(url: string): string {
  return url.replace(/^(\w+:\/\/[^:@/]*):[^@/]*@/, '$1:***@');
}

/** Opens (creating the tables, or migrating them, when needed) the database a postgres:// URL names. */
export async function openPostgresStore(url: string, options: { maxConnections?: number } = {}): Promise<PostgresStore> {
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 4 });
  // An idle client losing its server must not crash the process; the next query reports the error.
  pool.on('error', () => {});
  try {
    await migrate(pool);
  } catch (err) {
    await pool.end().catch(() => {});
    const e = err as Error & { code?: string };
    throw new UserError(`cannot open database ${displayUrl(url)}: ${e.message || e.code || String(err)}`);
  }
  return new PostgresStore(new PgSession(pool));
}

/** Quoted phrases must close; websearch syntax is otherwise forgiving (OR, -word, "a phrase"). */
function checkSearch(search: string): void {
  if ((search.match(/"/g)?.length ?? 0) % 2 === 1) {
    throw new UserError(`search "${search}" is not a valid full-text query: unbalanced quote`);
  }
}

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  private readonly events: PgEvents;

  constructor(readonly db: PgSession) {
    this.events = new PgEvents(db);
  }

  async saveArticle(article: ArticleInput): Promise<SaveResult> {
    const hash = contentHash(article.text);
    const id = articleId(hash);
    const inserted = await this.db.query(`INSERT INTO articles
      (id, origin, url, source, title, byline, published, fetched_at, language, text, content_hash, status)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'new') ON CONFLICT DO NOTHING RETURNING id`,
    [id, article.origin, article.url, article.source, article.title, article.byline, article.published,
      new Date().toISOString(), article.language, article.text, hash]);
    if (inserted.length === 1) return { id, outcome: 'inserted' };
    const existing = await this.db.query<{ id: string }>(
      `SELECT id FROM articles WHERE content_hash = $1 OR (url = $2 AND status <> 'failed') LIMIT 1`, [hash, article.url]);
    return { id: existing[0]?.id ?? id, outcome: 'duplicate' };
  }

  async saveFailure(failure: IngestFailure): Promise<string> {
    const p = failure.partial ?? {};
    const id = failureId(failure.origin);
    await this.db.query(`INSERT INTO articles
      (id, origin, url, source, title, byline, published, fetched_at, language, text, content_hash, status, error)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, NULL, 'failed', $11)
      ON CONFLICT (id) DO UPDATE SET error = excluded.error, fetched_at = excluded.fetched_at`,
    [id, failure.origin, failure.url ?? p.url ?? null, p.source ?? null, p.title ?? null, p.byline ?? null,
      p.published ?? null, new Date().toISOString(), p.language ?? null, p.text ?? '', failure.error]);
    return id;
  }

  async clearFailure(origin: string): Promise<void> {
    await this.db.query(`DELETE FROM articles WHERE origin = $1 AND status = 'failed'`, [origin]);
  }

  async getArticle(id: string) {
    const rows = await this.db.query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = $1`, [id]);
    return rows[0] ? rowToArticle(rows[0]) : null;
  }

  async listArticles(query: ArticleQuery = {}) {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.status) where.push(`status = $${params.push(query.status)}`);
    if (query.search) {
      checkSearch(query.search);
      where.push(`search @@ websearch_to_tsquery('simple', $${params.push(query.search)})`);
    }
    const sql = `SELECT ${SUMMARY_COLUMNS} FROM articles ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY published DESC NULLS LAST, seq DESC LIMIT $${params.push(query.limit ?? 50)} OFFSET $${params.push(query.offset ?? 0)}`;
    return (await this.db.query<ArticleRow>(sql, params)).map(rowToSummary);
  }

  async countArticles(): Promise<ArticleCounts> {
    return articleCounts(await this.db.query<{ status: ArticleStatus; n: number }>(
      'SELECT status, count(*)::int AS n FROM articles GROUP BY status'));
  }

  replaceEvents(articleId: string, events: ConflictEvent[]) {
    return this.events.replace(articleId, events);
  }

  eventHistory(id: string) {
    return this.events.history(id);
  }

  async getFeedState(feed: string) {
    const rows = await this.db.query<FeedRow>('SELECT * FROM feeds WHERE feed = $1', [feed]);
    return rows[0] ? rowToFeedState(rows[0]) : null;
  }

  async saveFeedState(s: FeedState): Promise<void> {
    await this.db.query(`INSERT INTO feeds (feed, last_fetch, failures, last_error, next_attempt) VALUES ($1, $2, $3, $4, $5)
      ON CONFLICT (feed) DO UPDATE SET last_fetch = excluded.last_fetch, failures = excluded.failures,
        last_error = excluded.last_error, next_attempt = excluded.next_attempt`,
    [s.feed, s.lastFetch, s.failures, s.lastError, s.nextAttempt]);
  }

  async hasFeedEntry(feed: string, key: string) {
    return (await this.db.query('SELECT 1 FROM feed_entries WHERE feed = $1 AND entry_key = $2', [feed, key])).length > 0;
  }

  async markFeedEntry(feed: string, key: string): Promise<void> {
    await this.db.query(`INSERT INTO feed_entries (feed, entry_key, seen_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [feed, key, new Date().toISOString()]);
  }

  getEvent(id: string) {
    return this.events.get(id);
  }

  listEvents(query?: EventQuery) {
    return this.events.list(query);
  }

  listEventsJson(query?: EventQuery) {
    return this.events.listJson(query);
  }

  countEvents(query?: EventQuery) {
    return this.events.count(query);
  }

  eventStats(query?: EventQuery) {
    return this.events.stats(query);
  }

  /** One transaction on a client checked out of the pool; the store's calls awaited inside use it. */
  batch<T>(work: () => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
