/** What a reader hands to the store: one article as read from a file, a page, a feed item or a JSONL line. */
export interface ArticleInput {
  /** Where it was read from: a file path, `path#line`, or a URL. Used in messages and for `--retry`. */
  origin: string;
  url: string | null;
  source: string | null;
  title: string | null;
  byline: string | null;
  /** ISO 8601 date or date-time; null when unknown (never silently "today"). */
  published: string | null;
  /** ISO 639-3 code as detected ("eng"), or null when too short to tell. */
  language: string | null;
  text: string;
}

export type ArticleStatus = 'new' | 'extracted' | 'failed';

/** An article as stored. Failed articles keep their origin and error, with whatever text was read. */
export interface Article extends ArticleInput {
  id: string;
  fetchedAt: string;
  contentHash: string | null;
  status: ArticleStatus;
  error: string | null;
}

/** An input that could not become an article: kept so that it can be listed and re-run. */
export interface IngestFailure {
  origin: string;
  url: string | null;
  error: string;
  /** Whatever was read before it failed (title, text), so nothing is thrown away. */
  partial?: Partial<ArticleInput>;
}
