import type { Article, ArticleInput, ArticleStatus, IngestFailure } from '../model/article.js';

export interface SaveResult {
  id: string;
  /** 'inserted' a new article; 'duplicate' the same content or URL was already stored (a no-op). */
  outcome: 'inserted' | 'duplicate';
}

export interface ArticleQuery {
  status?: ArticleStatus;
  /** Full-text search over title and text (the driver's own syntax for quoted phrases and AND/OR). */
  search?: string;
  limit?: number;
  offset?: number;
}

/** An article without its text, for listings. */
export type ArticleSummary = Omit<Article, 'text'> & { length: number };

export interface ArticleCounts {
  total: number;
  byStatus: Record<ArticleStatus, number>;
}

/**
 * The article store. SQLite (embedded, the default) and PostgreSQL implement it and pass the same
 * contract suite (src/store/contract.ts). Async so that a network driver fits the same shape.
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  saveArticle(article: ArticleInput): Promise<SaveResult>;
  /** Keeps a failed input with its error; one row per origin, updated when it fails again. */
  saveFailure(failure: IngestFailure): Promise<string>;
  /** Removes the failed row for an origin once it has been ingested successfully. */
  clearFailure(origin: string): Promise<void>;
  getArticle(id: string): Promise<Article | null>;
  listArticles(query?: ArticleQuery): Promise<ArticleSummary[]>;
  countArticles(): Promise<ArticleCounts>;
  /** Runs `work` in one transaction: all of its writes land, or none. Not re-entrant. */
  batch<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
