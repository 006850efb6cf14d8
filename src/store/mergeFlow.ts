// The write side of merged events, shared by every driver: an article's mentions join the events
// they report (candidates come from the driver's index of date-and-place windows), and each touched
// event is recomputed with `combine`. A driver supplies only the table operations, synchronous or
// not; the decisions are the pure functions of src/merge/ (docs/merging.md).
import type { ConflictEvent } from '../model/event.js';
import { combine, sameIncident, windowOf, type Window } from '../merge/index.js';
import type { EventVersion, MergeSummary } from './Store.js';

/** More candidates than this in one window means a crowded place and day; the nearest in time win. */
export const MAX_CANDIDATES = 200;

type Awaitable<T> = T | Promise<T>;

/** The table operations merging needs; a cluster's `key` never changes even when its event id does. */
export interface MergeTables {
  mentionsOf(articleId: string): Awaitable<{ mention_id: string; cluster: number }[]>;
  dropMentions(articleId: string): Awaitable<unknown>;
  addMention(articleId: string, mentionId: string, key: number, json: string): Awaitable<unknown>;
  clusterMentions(key: number): Awaitable<string[]>;
  anyMention(key: number): Awaitable<boolean>;
  articleIn(key: number, articleId: string): Awaitable<boolean>;
  /** Events whose windows meet `w`, nearest in time first (then the oldest cluster), at most MAX_CANDIDATES. */
  candidates(w: Window): Awaitable<{ key: number; json: string }[]>;
  newCluster(placeholderId: string): Awaitable<number>;
  cluster(key: number): Awaitable<{ event_id: string; version: number }>;
  setCluster(key: number, eventId: string, version: number): Awaitable<unknown>;
  dropCluster(key: number): Awaitable<unknown>;
  clusterOf(eventId: string): Awaitable<number | null>;
  eventJson(eventId: string): Awaitable<string | null>;
  dropEvent(eventId: string): Awaitable<unknown>;
  upsertEvent(event: ConflictEvent, json: string): Awaitable<unknown>;
  setWindow(key: number, w: Window | null): Awaitable<unknown>;
  addHistory(key: number, version: number, eventId: string, json: string, replacedAt: string): Awaitable<unknown>;
  versionsOf(key: number): Awaitable<{ version: number; json: string; replaced_at: string }[]>;
}

/** The filter columns an event row keeps beside its JSON. */
export function eventColumns(event: ConflictEvent) {
  return {
    event_id: event.event_id, article_id: event.article_id, date_from: event.date_range?.[0] ?? event.event_date,
    date_to: event.date_range?.[1] ?? event.event_date, event_type: event.event_type, sub_event_type: event.sub_event_type,
    actor1: event.actor1, actor2: event.actor2, country: event.country, latitude: event.latitude, longitude: event.longitude,
    fatalities: event.fatalities,
  };
}

/**
 * Puts an article's events in place of its earlier ones. Each event is a mention: one that keeps
 * its id (the same trigger, re-extracted) stays with its event; another joins the best-scoring
 * candidate event of a different article, or starts an event of its own. Callers hold the transaction.
 */
export async function replaceMentions(t: MergeTables, articleId: string, mentions: ConflictEvent[]): Promise<MergeSummary> {
  const earlier = new Map((await t.mentionsOf(articleId)).map((r) => [r.mention_id, r.cluster]));
  await t.dropMentions(articleId);
  const touched = new Set(earlier.values());
  let merged = 0;
  for (const m of mentions) {
    const found = earlier.get(m.event_id) ?? (await bestCandidate(t, articleId, m));
    const key = found ?? (await t.newCluster(`pending:${m.article_id}:${m.event_id}`));
    // A cluster just started holds no mention yet: nothing to check (two fewer queries a new event).
    if (found !== null) {
      if (await t.articleIn(key, articleId)) throw new Error(`event ${m.event_id} of article ${articleId} is listed twice`);
      if (await t.anyMention(key)) merged++;
    }
    await t.addMention(articleId, m.event_id, key, JSON.stringify(m));
    touched.add(key);
  }
  for (const key of touched) await recompute(t, key);
  return { events: mentions.length, merged };
}

async function bestCandidate(t: MergeTables, articleId: string, m: ConflictEvent): Promise<number | null> {
  const w = windowOf(m);
  if (!w) return null;
  let best: { key: number; score: number } | null = null;
  for (const c of await t.candidates(w)) {
    // Two events of one article are two incidents: the extractor already joined what it could.
    if (await t.articleIn(c.key, articleId)) continue;
    const verdict = sameIncident(m, JSON.parse(c.json) as ConflictEvent);
    if (verdict.same && (!best || verdict.score > best.score)) best = { key: c.key, score: verdict.score };
  }
  return best?.key ?? null;
}

/** Rebuilds one event from its mentions; keeps the version it replaces; drops an event left with none. */
async function recompute(t: MergeTables, key: number): Promise<void> {
  const cluster = await t.cluster(key);
  const before = await t.eventJson(cluster.event_id);
  const mentions = (await t.clusterMentions(key)).map((json) => JSON.parse(json) as ConflictEvent);
  if (mentions.length === 0) {
    await t.dropEvent(cluster.event_id);
    await t.setWindow(key, null);
    await t.dropCluster(key);
    return;
  }
  const event = combine(mentions);
  const json = JSON.stringify(event);
  if (json === before) return;
  if (before !== null) {
    await t.addHistory(key, cluster.version, cluster.event_id, before, new Date().toISOString());
    if (cluster.event_id !== event.event_id) await t.dropEvent(cluster.event_id);
  }
  await t.setCluster(key, event.event_id, cluster.version + 1);
  await t.upsertEvent(event, json);
  await t.setWindow(key, windowOf(event));
}

/** Earlier versions of an event, newest first; empty for an unknown id or one never changed. */
export async function eventHistory(t: MergeTables, eventId: string): Promise<EventVersion[]> {
  const key = await t.clusterOf(eventId);
  if (key === null) return [];
  return (await t.versionsOf(key))
    .map((r) => ({ version: r.version, replacedAt: r.replaced_at, event: JSON.parse(r.json) as ConflictEvent }));
}
