import type { Article, ArticleStatus } from '../../model/article.js';
import type { ArticleSummary } from '../Store.js';

/** An `articles` row as SQLite returns it. */
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
