import type { Article, ArticleInput, ArticleStatus, IngestFailure } from '../model/article.js';
import type { Claim, ConflictEvent, EventType, SubEventType } from '../model/event.js';

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
  subEventType?: SubEventType;
  /** First-level division, case-insensitive. */
  admin1?: string;
  /** [minLon, minLat, maxLon, maxLat]; minLon > maxLon crosses the antimeridian. */
  bbox?: [number, number, number, number];
  minFatalities?: number;
  maxFatalities?: number;
  claim?: Claim;
  /** Full text over notes, actors and place names; every word must occur (a trailing * matches a prefix). */
  text?: string;
  limit?: number;
  offset?: number;
}

/** Totals for the events a query matches (its limit and offset are ignored). */
export interface EventStats {
  total: number;
  byType: Partial<Record<EventType, number>>;
  /** One row a day and type, oldest first; the day is the last day of the event's date range. */
  byDay: { date: string; event_type: EventType; count: number }[];
}

/** What storing one article's events did. */
export interface MergeSummary {
  /** The article's events (mentions) stored. */
  events: number;
  /** How many of them joined an event another article already reported. */
  merged: number;
}

/** What `sitrep watch` remembers of a feed between cycles and restarts. */
export interface FeedState {
  feed: string;
  /** Last successful read (ISO 8601). */
  lastFetch: string | null;
  /** Failures in a row; 0 once it reads again. */
  failures: number;
  lastError: string | null;
  /** Not before this time (ISO 8601) while backing off; null to read at the next cycle. */
  nextAttempt: string | null;
}

/** A version of an event as it was before a change (a new source merged in, or a re-extraction). */
export interface EventVersion {
  version: number;
  /** When this version was replaced (ISO 8601). */
  replacedAt: string;
  event: ConflictEvent;
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
  /**
   * Stores an article's events in place of any it had, and marks the article extracted. Each one
   * joins a stored event of another article that reports the same incident, or becomes an event of
   * its own (docs/merging.md); an event whose content changes keeps its earlier version.
   */
  replaceEvents(articleId: string, events: ConflictEvent[]): Promise<MergeSummary>;
  /** Earlier versions of an event, newest first (empty when it never changed or is unknown). */
  eventHistory(id: string): Promise<EventVersion[]>;
  getFeedState(feed: string): Promise<FeedState | null>;
  saveFeedState(state: FeedState): Promise<void>;
  /** Whether a feed entry (by its guid or link) was taken in already; `markFeedEntry` records that it was. */
  hasFeedEntry(feed: string, key: string): Promise<boolean>;
  markFeedEntry(feed: string, key: string): Promise<void>;
  getEvent(id: string): Promise<ConflictEvent | null>;
  listEvents(query?: EventQuery): Promise<ConflictEvent[]>;
  /** The same page as listEvents, each event as its stored JSON text (for passing straight on). */
  listEventsJson(query?: EventQuery): Promise<string[]>;
  /** How many events match (all of them without a query); limit and offset are ignored. */
  countEvents(query?: EventQuery): Promise<number>;
  eventStats(query?: EventQuery): Promise<EventStats>;
  /** Runs `work` in one transaction: all of its writes land, or none. Not re-entrant. */
  batch<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
