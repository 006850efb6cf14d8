import Database from 'better-sqlite3';
import type { ArticleInput, ArticleStatus, IngestFailure } from '../../model/article.js';
import { UserError } from '../../errors.js';
import { articleId, contentHash, failureId } from '../contentHash.js';
import type { ConflictEvent } from '../../model/event.js';
import type { ArticleCounts, ArticleQuery, EventQuery, SaveResult, Store, FeedState } from '../Store.js';
import { SqliteEvents } from './SqliteEvents.js';
import { SqliteFeeds } from './SqliteFeeds.js';
import { migrate } from './migrate.js';
import { type ArticleRow, SUMMARY_COLUMNS, articleCounts, rowToArticle, rowToSummary } from '../rows.js';

/** Opens (creating and migrating when needed) a SQLite store in WAL mode. */
export function openSqliteStore(path: string): SqliteStore {
  let db: Database.Database;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
  } catch (err) {
    throw new UserError(`cannot open database ${path}: ${(err as Error).message}`);
  }
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return new SqliteStore(db);
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private readonly insertArticle;
  private readonly findDuplicate;
  private readonly upsertFailure;
  private readonly deleteFailure;
  private readonly events: SqliteEvents;
  private readonly feeds: SqliteFeeds;

  constructor(readonly db: Database.Database) {
    this.insertArticle = db.prepare(`INSERT INTO articles
      (id, origin, url, source, title, byline, published, fetched_at, language, text, content_hash, status, error)
      VALUES (@id, @origin, @url, @source, @title, @byline, @published, @fetchedAt, @language, @text, @contentHash, 'new', NULL)
      ON CONFLICT DO NOTHING`);
    this.findDuplicate = db.prepare(
      `SELECT id FROM articles WHERE content_hash = ? OR (url = ? AND status <> 'failed') LIMIT 1`);
    this.upsertFailure = db.prepare(`INSERT INTO articles
      (id, origin, url, source, title, byline, published, fetched_at, language, text, content_hash, status, error)
      VALUES (@id, @origin, @url, @source, @title, @byline, @published, @fetchedAt, @language, @text, NULL, 'failed', @error)
      ON CONFLICT (id) DO UPDATE SET error = excluded.error, fetched_at = excluded.fetched_at`);
    this.deleteFailure = db.prepare(`DELETE FROM articles WHERE origin = ? AND status = 'failed'`);
    this.events = new SqliteEvents(db);
    this.feeds = new SqliteFeeds(db);
  }

  async replaceEvents(articleId: string, events: ConflictEvent[]) {
    return this.events.replace(articleId, events);
  }

  async eventHistory(id: string) {
    return this.events.history(id);
  }

  async getFeedState(feed: string) {
    return this.feeds.get(feed);
  }

  async saveFeedState(state: FeedState) {
    this.feeds.save(state);
  }

  async hasFeedEntry(feed: string, key: string) {
    return this.feeds.has(feed, key);
  }

  async markFeedEntry(feed: string, key: string) {
    this.feeds.mark(feed, key);
  }

  async getEvent(id: string) {
    return this.events.get(id);
  }

  async listEvents(query?: EventQuery) {
    return this.events.list(query);
  }

  async listEventsJson(query?: EventQuery) {
    return this.events.listJson(query);
  }

  async countEvents(query?: EventQuery) {
    return this.events.count(query);
  }

  async eventStats(query?: EventQuery) {
    return this.events.stats(query);
  }

  async saveArticle(article: ArticleInput): Promise<SaveResult> {
    const hash = contentHash(article.text);
    const row = { ...article, id: articleId(hash), contentHash: hash, fetchedAt: new Date().toISOString() };
    if (this.insertArticle.run(row).changes === 1) return { id: row.id, outcome: 'inserted' };
    const existing = this.findDuplicate.get(hash, article.url) as { id: string } | undefined;
    return { id: existing?.id ?? row.id, outcome: 'duplicate' };
  }

  async saveFailure(failure: IngestFailure): Promise<string> {
    const p = failure.partial ?? {};
    const id = failureId(failure.origin);
    this.upsertFailure.run({
      id, origin: failure.origin, url: failure.url ?? p.url ?? null, source: p.source ?? null,
      title: p.title ?? null, byline: p.byline ?? null, published: p.published ?? null,
      fetchedAt: new Date().toISOString(), language: p.language ?? null, text: p.text ?? '', error: failure.error,
    });
    return id;
  }

  async clearFailure(origin: string): Promise<void> {
    this.deleteFailure.run(origin);
  }

  async getArticle(id: string) {
    const row = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
    return row ? rowToArticle(row) : null;
  }

  async listArticles(query: ArticleQuery = {}) {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.status) { where.push('status = ?'); params.push(query.status); }
    if (query.search) {
      where.push('rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)');
      params.push(query.search);
    }
    const sql = `SELECT ${SUMMARY_COLUMNS} FROM articles
      ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY published IS NULL, published DESC, rowid DESC LIMIT ? OFFSET ?`;
    params.push(query.limit ?? 50, query.offset ?? 0);
    try {
      return (this.db.prepare(sql).all(...params) as ArticleRow[]).map(rowToSummary);
    } catch (err) {
      if (query.search && err instanceof Database.SqliteError) {
        throw new UserError(`search "${query.search}" is not a valid full-text query: ${(err as Error).message}`);
      }
      throw err;
    }
  }

  async countArticles(): Promise<ArticleCounts> {
    const rows = this.db.prepare('SELECT status, count(*) AS n FROM articles GROUP BY status').all() as
      { status: ArticleStatus; n: number }[];
    return articleCounts(rows);
  }

  async batch<T>(work: () => Promise<T>): Promise<T> {
    // better-sqlite3's transaction() takes only synchronous functions; this driver's methods never
    // wait on I/O, so an explicit BEGIN/COMMIT around the awaited work is just as atomic.
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = await work();
      this.db.exec('COMMIT');
      return result;
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw err;
    }
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
