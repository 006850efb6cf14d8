// Shared shapes of the ingest layer. Kept apart from index.ts so that readers can import them
// without importing each other through the barrel (no import cycles).
import type { ArticleInput, IngestFailure } from '../model/article.js';

/** One result of reading: an article ready for the store, or a failure that keeps what was read. */
export type IngestItem =
  | { kind: 'article'; article: ArticleInput; warnings: string[] }
  | { kind: 'failure'; failure: IngestFailure };

export interface ReadOptions {
  /** ISO date from --published: used only where an article has none. */
  published?: string;
  /** Default 5 MiB per file/page (per line for JSONL). */
  maxBytes?: number;
  /** Default 15000. */
  timeoutMs?: number;
  /** Default 2, exponential backoff. */
  retries?: number;
  /** Default 'sitrep/0.1 (+conflict event extraction)'. */
  userAgent?: string;
  signal?: AbortSignal;
}

/** ReadOptions with every default filled in, resolved once per source rather than per article. */
export interface Resolved {
  published: string | undefined;
  maxBytes: number;
  timeoutMs: number;
  retries: number;
  userAgent: string;
  signal: AbortSignal | undefined;
}

export const MIB = 1024 * 1024;

export function resolveOptions(o: ReadOptions = {}): Resolved {
  return {
    published: o.published,
    maxBytes: o.maxBytes ?? 5 * MIB,
    timeoutMs: o.timeoutMs ?? 15_000,
    retries: o.retries ?? 2,
    userAgent: o.userAgent ?? 'sitrep/0.1 (+conflict event extraction)',
    signal: o.signal,
  };
}

/** "5 MB", "7.2 MB": one decimal, binary megabytes, as used in every size message (KB below 0.1 MB). */
export function megabytes(bytes: number): string {
  if (bytes < MIB / 10) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${Number((bytes / MIB).toFixed(1))} MB`;
}

/** An error as a one-line reason (parser and system messages can run to several lines). */
export function oneLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
}

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory', EACCES: 'permission denied', EISDIR: 'is a directory', ENOTDIR: 'not a directory',
};

/** A file-system error as a one-line reason. */
export function fsReason(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return (typeof code === 'string' && FS_REASONS[code]) || `cannot read: ${oneLine(e)}`;
}

export function failure(origin: string, url: string | null, error: string, partial?: Partial<ArticleInput>): IngestItem {
  return { kind: 'failure', failure: partial ? { origin, url, error, partial } : { origin, url, error } };
}

/** What a reader hands to `finish`: an article before dates are normalised and checks are run. */
export type Draft = Omit<ArticleInput, 'language'>;
