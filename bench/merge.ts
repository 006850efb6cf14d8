// npm run bench (or node --import tsx bench/merge.ts): merging new reports into a store of 100,000
// events. Each new mention finds its candidates through the R*Tree of date-and-place windows, so its
// cost should not depend on how many events are stored, and 20,000 mentions should take about twice
// as long as 10,000: the ratio printed.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConflictEvent, EventType } from '../src/model/event.js';
import { EVENT_TYPES } from '../src/model/event.js';
import { openSqliteStore } from '../src/store/sqlite/SqliteStore.js';

const STORED = 100_000;
const BATCH = 5_000;

/** Deterministic pseudo-random numbers (mulberry32), so every run merges the same data. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rnd = random(7);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
// 400 hot spots worldwide; events fall within ~50 km of one, over five years.
const SPOTS = Array.from({ length: 400 }, () => [rnd() * 120 - 50, rnd() * 340 - 170] as const);
const ACTORS = ['Military Forces of A', 'Military Forces of B', 'Rebel Front', 'Islamic State', 'Police Forces of A', 'Civilians (A)', null];
const TYPES = Object.keys(EVENT_TYPES) as EventType[];

function day(offset: number): string {
  return new Date(Date.UTC(2020, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

function generated(articleId: string, n: number): ConflictEvent {
  const [lat, lon] = pick(SPOTS);
  const type = pick(TYPES);
  const date = day(Math.floor(rnd() * 1826));
  const deaths = rnd() < 0.3 ? null : Math.floor(rnd() * 20);
  const e: ConflictEvent = {
    event_id: `ev_${n.toString(16).padStart(16, '0')}`, article_id: articleId, source: 'Bench Wire', url: null,
    event_date: date, date_precision: 'day', time_precision: 1, date_range: [date, date], event_type: type,
    sub_event_type: pick(EVENT_TYPES[type]), actor1: pick(ACTORS), assoc_actor_1: null, inter1: null, actor2: pick(ACTORS),
    assoc_actor_2: null, inter2: null, interaction: null, country: 'A', iso: null, admin1: null, admin2: null,
    location: `Town ${Math.floor(rnd() * 5000)}`, latitude: lat + (rnd() - 0.5) * 0.9, longitude: lon + (rnd() - 0.5) * 0.9,
    geo_precision: pick([1, 1, 2, 3] as const), fatalities: deaths, fatalities_low: deaths, fatalities_high: deaths,
    injuries: null, claim: 'reported', attribution: null, confidence: 0.8, evidence: [], notes: 'Generated.', sources: [],
  };
  return { ...e, sources: [{ article_id: articleId, source: 'Bench Wire', url: null, published: date, fatalities: deaths, evidence: [] }] };
}

/** Stores `count` articles with one event each, in transactions of BATCH; returns the seconds taken and the merges. */
async function ingest(path: string, first: number, count: number, echo?: ConflictEvent[]): Promise<{ seconds: number; merged: number }> {
  const store = openSqliteStore(path);
  let merged = 0;
  const t0 = performance.now();
  for (let done = 0; done < count; done += BATCH) {
    await store.batch(async () => {
      for (let i = first + done; i < first + Math.min(done + BATCH, count); i++) {
        const { id } = await store.saveArticle({ origin: `bench:${i}`, url: null, source: 'Bench Wire', title: null, byline: null,
          published: null, language: 'eng', text: `Generated report number ${i}.` });
        // Half the new reports retell a stored incident (another outlet's words): those should merge.
        const base = echo && i % 2 === 0 ? { ...pick(echo), event_id: `ev_${i.toString(16).padStart(16, '0')}`, article_id: id } : null;
        const e = base ? { ...base, sources: [{ ...base.sources[0]!, article_id: id }] } : generated(id, i);
        merged += (await store.replaceEvents(id, [e])).merged;
      }
    });
  }
  const seconds = (performance.now() - t0) / 1000;
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  await store.close();
  return { seconds, merged };
}

export async function benchMerge(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-merge-'));
  try {
    const base = join(dir, 'base.db');
    const stored = await ingest(base, 0, STORED);
    const check = openSqliteStore(base);
    const events = await check.countEvents();
    const echo = await check.listEvents({ limit: 2000 });
    await check.close();
    console.log(`merge: ${STORED} reports stored as ${events} events in ${stored.seconds.toFixed(1)} s`);
    const perMention: number[] = [];
    for (const n of [10_000, 20_000]) {
      const path = join(dir, `plus${n}.db`);
      copyFileSync(base, path);
      const r = await ingest(path, STORED, n, echo);
      perMention.push((r.seconds * 1e6) / n);
      console.log(`merge: ${n} new mentions into ${events} events: ${r.seconds.toFixed(2)} s = ${Math.round(perMention.at(-1)!)} µs a mention (${r.merged} merged)`);
    }
    const ratio = perMention[1]! / perMention[0]!;
    console.log(`merge: time per mention, 20,000 vs 10,000: ${ratio.toFixed(2)} (1.0 = linear in new mentions)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchMerge();
