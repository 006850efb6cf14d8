import type { Article, ArticleInput, ArticleStatus, IngestFailure } from '../model/article.js';
import type { ConflictEvent, EventType } from '../model/event.js';

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

/** Filters over stored events; every one is optional and they combine with AND. */
export interface EventQuery {
  /** Inclusive ISO days: events whose date range meets [from, to]. */
  from?: string;
  to?: string;
  eventType?: EventType;
  country?: string;
  /** Matches actor1 or actor2 (case-insensitive substring). */
  actor?: string;
  articleId?: string;
  limit?: number;
  offset?: number;
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
  /** Stores an article's events in place of any it had, and marks the article extracted. */
  replaceEvents(articleId: string, events: ConflictEvent[]): Promise<void>;
  getEvent(id: string): Promise<ConflictEvent | null>;
  listEvents(query?: EventQuery): Promise<ConflictEvent[]>;
  countEvents(): Promise<number>;
  /** Runs `work` in one transaction: all of its writes land, or none. Not re-entrant. */
  batch<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
