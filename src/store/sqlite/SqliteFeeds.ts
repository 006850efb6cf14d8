// `sitrep watch`'s memory in SQLite: each feed's state, and which of its entries were taken in.
import type Database from 'better-sqlite3';
import type { FeedState } from '../Store.js';
import { type FeedRow, rowToFeedState } from '../rows.js';

export class SqliteFeeds {
  private readonly s;

  constructor(db: Database.Database) {
    this.s = {
      get: db.prepare('SELECT * FROM feeds WHERE feed = ?'),
      save: db.prepare(`INSERT INTO feeds (feed, last_fetch, failures, last_error, next_attempt)
        VALUES (@feed, @lastFetch, @failures, @lastError, @nextAttempt)
        ON CONFLICT (feed) DO UPDATE SET last_fetch = excluded.last_fetch, failures = excluded.failures,
          last_error = excluded.last_error, next_attempt = excluded.next_attempt`),
      has: db.prepare('SELECT 1 FROM feed_entries WHERE feed = ? AND entry_key = ?'),
      mark: db.prepare('INSERT OR IGNORE INTO feed_entries (feed, entry_key, seen_at) VALUES (?, ?, ?)'),
    };
  }

  get(feed: string): FeedState | null {
    const r = this.s.get.get(feed) as FeedRow | undefined;
    return r ? rowToFeedState(r) : null;
  }

  save(state: FeedState): void {
    this.s.save.run(state);
  }

  has(feed: string, key: string): boolean {
    return this.s.has.get(feed, key) !== undefined;
  }

  mark(feed: string, key: string): void {
    this.s.mark.run(feed, key, new Date().toISOString());
  }
}
