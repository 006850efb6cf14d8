import type { Article, ArticleStatus } from '../model/article.js';
import type { ArticleCounts, ArticleSummary, FeedState } from './Store.js';

/** An `articles` row as every driver returns it (the same column names in SQLite and PostgreSQL). */
export interface ArticleRow {
  id: string;
  origin: string;
  url: string | null;
  source: string | null;
  title: string | null;
  byline: string | null;
  published: string | null;
  fetched_at: string;
  language: string | null;
  text?: string;
  length?: number;
  content_hash: string | null;
  status: ArticleStatus;
  error: string | null;
}

export const SUMMARY_COLUMNS =
  'id, origin, url, source, title, byline, published, fetched_at, language, length(text) AS length, content_hash, status, error';

export function rowToSummary(row: ArticleRow): ArticleSummary {
  return {
    id: row.id,
    origin: row.origin,
    url: row.url,
    source: row.source,
    title: row.title,
    byline: row.byline,
    published: row.published,
    fetchedAt: row.fetched_at,
    language: row.language,
    contentHash: row.content_hash,
    status: row.status,
    error: row.error,
    length: row.length ?? row.text?.length ?? 0,
  };
}

export function rowToArticle(row: ArticleRow): Article {
  const { length: _length, ...summary } = rowToSummary(row);
  return { ...summary, text: row.text ?? '' };
}

const STATUSES: ArticleStatus[] = ['new', 'extracted', 'failed'];

/** Totals from one `SELECT status, count(*) AS n ... GROUP BY status`; a status with no rows counts 0. */
export function articleCounts(rows: { status: ArticleStatus; n: number }[]): ArticleCounts {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ArticleStatus, number>;
  for (const r of rows) byStatus[r.status] = r.n;
  return { total: rows.reduce((sum, r) => sum + r.n, 0), byStatus };
}

/** A `feeds` row. */
export interface FeedRow { feed: string; last_fetch: string | null; failures: number; last_error: string | null; next_attempt: string | null }

export function rowToFeedState(r: FeedRow): FeedState {
  return { feed: r.feed, lastFetch: r.last_fetch, failures: r.failures, lastError: r.last_error, nextAttempt: r.next_attempt };
}
