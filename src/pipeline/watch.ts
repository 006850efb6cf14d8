// `sitrep watch`: reads feeds on an interval, takes in entries it has not seen, extracts and merges
// their events. Everything it must remember (entries taken in, each feed's failures and next try)
// is in the store and written in the same transaction as the article, so a kill loses nothing and
// duplicates nothing.
import { readFile } from 'node:fs/promises';
import type { FeedState, Store } from '../store/Store.js';
import { readNewEntries } from '../ingest/feed.js';
import { fetchBytes } from '../ingest/fetch.js';
import { type ReadOptions, resolveOptions } from '../ingest/types.js';
import { type Extractor, storeItem } from './ingestArticles.js';

export interface WatchOptions {
  feeds: string[];
  intervalMs: number;
  extract?: Extractor;
  read?: ReadOptions;
  /** One line a cycle, and one a feed that starts failing. */
  log: (line: string) => void;
  /** Aborting stops the watch after the article being stored. */
  signal?: AbortSignal;
  once?: boolean;
  /** A failing feed waits interval × 2^(failures-1), at most this long. Default 1 hour. */
  maxBackoffMs?: number;
}

interface CycleCounts { articles: number; events: number; merged: number; failing: string[] }

/** "4m", "1h 30m", "45s", "300ms": how long until a retry, in the log. */
export function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.round(s / 60);
  return m < 60 ? `${m}m` : `${Math.floor(m / 60)}h${m % 60 ? ` ${m % 60}m` : ''}`;
}

async function readFeedXml(feed: string, read: ReadOptions): Promise<{ xml: string; base: string | null }> {
  if (!/^https?:\/\//i.test(feed)) {
    try {
      return { xml: await readFile(feed, 'utf8'), base: null };
    } catch (err) {
      throw new Error((err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message);
    }
  }
  // The watch backs off by itself: no quick retries of the feed inside one cycle.
  const got = await fetchBytes(feed, resolveOptions({ ...read, retries: 0, signal: undefined }));
  if (!got.ok) throw new Error(got.error);
  return { xml: Buffer.from(got.bytes).toString('utf8'), base: got.url };
}

/** Takes in one feed's new entries, one transaction each: the article, its events and the entry's key. */
async function readOnce(store: Store, feed: string, opts: WatchOptions, counts: CycleCounts): Promise<void> {
  const { xml, base } = await readFeedXml(feed, opts.read ?? {});
  const read = resolveOptions({ ...opts.read, signal: undefined });
  const isNew = async (key: string) => !(await store.hasFeedEntry(feed, key));
  for await (const { key, item } of readNewEntries(xml, feed, base, read, isNew, () => !!opts.signal?.aborted)) {
    await store.batch(async () => {
      const outcome = await storeItem(store, item);
      if (outcome.outcome === 'inserted' && item.kind === 'article') {
        counts.articles++;
        if (opts.extract) {
          const merge = await store.replaceEvents(outcome.id, opts.extract({ ...item.article, id: outcome.id }));
          counts.events += merge.events;
          counts.merged += merge.merged;
        }
      }
      await store.markFeedEntry(feed, key);
    });
    if (opts.signal?.aborted) return;
  }
}

async function cycleFeed(store: Store, feed: string, opts: WatchOptions, counts: CycleCounts): Promise<void> {
  const now = Date.now();
  const state: FeedState = (await store.getFeedState(feed)) ?? { feed, lastFetch: null, failures: 0, lastError: null, nextAttempt: null };
  if (state.nextAttempt && Date.parse(state.nextAttempt) > now) {
    counts.failing.push(`${feed}: ${state.lastError}, retry in ${duration(Date.parse(state.nextAttempt) - now)}`);
    return;
  }
  try {
    await readOnce(store, feed, opts, counts);
    await store.saveFeedState({ feed, lastFetch: new Date().toISOString(), failures: 0, lastError: null, nextAttempt: null });
  } catch (err) {
    const failures = state.failures + 1;
    const wait = Math.min(opts.intervalMs * 2 ** (failures - 1), opts.maxBackoffMs ?? 3_600_000);
    const reason = (err as Error).message.split('\n')[0]!;
    await store.saveFeedState({ ...state, failures, lastError: reason, nextAttempt: new Date(Date.now() + wait).toISOString() });
    counts.failing.push(`${feed}: ${reason}, retry in ${duration(wait)}`);
  }
}

function cycleLine(n: number, feeds: number, c: CycleCounts): string {
  const failing = c.failing.length ? `, ${c.failing.length} feed${c.failing.length > 1 ? 's' : ''} failing (${c.failing.join('; ')})` : '';
  return `${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} cycle ${n}: ${feeds} feed${feeds === 1 ? '' : 's'}, `
    + `${c.articles} new article${c.articles === 1 ? '' : 's'}, ${c.events} event${c.events === 1 ? '' : 's'} (${c.merged} merged)${failing}`;
}

const sleep = (ms: number, signal?: AbortSignal) => new Promise<void>((resolve) => {
  const timer = setTimeout(resolve, ms);
  signal?.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
});

/** Cycles until aborted (or once): every feed in turn, then one log line, then a wait of `intervalMs`. */
export async function watchFeeds(store: Store, opts: WatchOptions): Promise<number> {
  let n = 0;
  while (!opts.signal?.aborted) {
    n++;
    const counts: CycleCounts = { articles: 0, events: 0, merged: 0, failing: [] };
    for (const feed of opts.feeds) {
      if (opts.signal?.aborted) break;
      await cycleFeed(store, feed, opts, counts);
    }
    opts.log(cycleLine(n, opts.feeds.length, counts));
    if (opts.once) break;
    await sleep(opts.intervalMs, opts.signal);
  }
  return n;
}
