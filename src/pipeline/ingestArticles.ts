import type { Article, ArticleInput } from '../model/article.js';
import type { ConflictEvent } from '../model/event.js';
import { type IngestItem, type ReadOptions, planInputs, readOrigin, readSource } from '../ingest/index.js';
import type { Store } from '../store/Store.js';

/** What happened to one input: stored, already there, or failed with a reason. */
export type ItemOutcome =
  | { origin: string; outcome: 'inserted' | 'duplicate'; id: string; warnings: string[] }
  | { origin: string; outcome: 'failed'; id: string; error: string };

export interface IngestSummary {
  inserted: number;
  /** Events extracted from the new articles. */
  events: number;
  duplicate: number;
  failed: number;
  warnings: number;
}

/** Extraction run on each newly stored article (the pipeline's `extract`, with its geocoder bound). */
export type Extractor = (article: ArticleInput & { id: string }) => ConflictEvent[];

/** How to read the inputs, and what to run on each new article (nothing when `extract` is absent). */
export type IngestOptions = ReadOptions & { extract?: Extractor };

export interface IngestProgress {
  /** Called once the inputs are planned, with how many sources will be read (a feed or JSONL counts once). */
  onPlan?(sources: number): void;
  onSourceDone?(source: string): void;
  onItem?(item: ItemOutcome): void;
}

/** Stores one read item: an article (and forgets any earlier failure of its origin) or a failure. */
export async function storeItem(store: Store, item: IngestItem): Promise<ItemOutcome> {
  if (item.kind === 'failure') {
    const id = await store.saveFailure(item.failure);
    return { origin: item.failure.origin, outcome: 'failed', id, error: item.failure.error };
  }
  const saved = await store.saveArticle(item.article);
  await store.clearFailure(item.article.origin);
  return { origin: item.article.origin, outcome: saved.outcome, id: saved.id, warnings: item.warnings };
}

// Articles are committed in small batches: one transaction per article would halve the rate. A timer
// flushes a batch that waits on a slow feed or URL, so nothing read sits uncommitted for long.
const BATCH_ITEMS = 200;
const BATCH_MS = 250;

/** Buffers read items and stores them a batch per transaction, keeping the summary and progress. */
class BatchWriter {
  readonly summary: IngestSummary = { inserted: 0, events: 0, duplicate: 0, failed: 0, warnings: 0 };
  private items: IngestItem[] = [];
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();
  private broken: unknown = null;

  constructor(private readonly store: Store, private readonly progress: IngestProgress,
    private readonly extract?: Extractor) {}

  async add(item: IngestItem): Promise<void> {
    if (this.broken) throw this.broken;
    this.items.push(item);
    if (this.items.length >= BATCH_ITEMS) await this.flush();
    else this.timer ??= setTimeout(() => this.flush().catch((err) => { this.broken = err; }), BATCH_MS);
  }

  async finish(): Promise<IngestSummary> {
    await this.flush();
    return this.summary;
  }

  /** Writes what is buffered; batches are chained so they never overlap. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const items = this.items;
    this.items = [];
    if (items.length) this.writing = this.writing.then(() => this.write(items));
    return this.writing;
  }

  /** A bug in a stage must not sink the batch: the article stays stored, 'new', with a warning. */
  private async extractInto(outcome: ItemOutcome & { warnings: string[] }, article: ArticleInput & { id: string }): Promise<void> {
    try {
      const events = this.extract!(article);
      await this.store.replaceEvents(article.id, events);
      this.summary.events += events.length;
    } catch (err) {
      outcome.warnings.push(`extraction failed: ${(err as Error).message}`);
    }
  }

  private async write(items: IngestItem[]): Promise<void> {
    const outcomes = await this.store.batch(async () => {
      const done: ItemOutcome[] = [];
      for (const item of items) {
        const outcome = await storeItem(this.store, item);
        if (this.extract && item.kind === 'article' && outcome.outcome === 'inserted') {
          await this.extractInto(outcome, { ...item.article, id: outcome.id });
        }
        done.push(outcome);
      }
      return done;
    });
    for (const outcome of outcomes) {
      this.summary[outcome.outcome] += 1;
      if (outcome.outcome !== 'failed') this.summary.warnings += outcome.warnings.length;
      this.progress.onItem?.(outcome);
    }
  }
}

/** Reads every input (files, folders, feeds, URLs, `-`) and stores what it reads, one article at a time. */
export async function ingestArticles(store: Store, inputs: string[], options: IngestOptions = {},
  progress: IngestProgress = {}): Promise<IngestSummary> {
  const writer = new BatchWriter(store, progress, options.extract);
  const plan = await planInputs(inputs);
  progress.onPlan?.(plan.sources.length);
  for (const failure of plan.failures) await writer.add({ kind: 'failure', failure });
  for (const source of plan.sources) {
    for await (const item of readSource(source, options)) await writer.add(item);
    progress.onSourceDone?.(source);
  }
  return writer.finish();
}

/** Re-reads every stored failure from its origin, keeping what the first read found as defaults. */
export async function retryFailed(store: Store, options: IngestOptions = {},
  progress: IngestProgress = {}): Promise<IngestSummary> {
  const writer = new BatchWriter(store, progress, options.extract);
  const failed: Article[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await store.listArticles({ status: 'failed', limit: 500, offset });
    for (const a of page) failed.push((await store.getArticle(a.id))!);
    if (page.length < 500) break;
  }
  progress.onPlan?.(failed.length);
  for (const before of failed) {
    const { id: _id, fetchedAt: _f, contentHash: _h, status: _s, error: _e, ...partial } = before;
    await writer.add(await readOrigin(before.origin, options, partial));
    progress.onSourceDone?.(before.origin);
  }
  return writer.finish();
}
