// Scores merging: articles reporting the same incident (a gold file says which) should end up in one
// stored event, and different incidents in different ones. Pairwise over mentions (one article's
// record of an event): precision = pairs sharing an event that share a gold incident / pairs
// sharing an event; recall = the same pairs / pairs sharing a gold incident.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { UserError } from '../errors.js';
import { type Extractor, ingestArticles } from '../pipeline/ingestArticles.js';
import { openSqliteStore } from '../store/sqlite/SqliteStore.js';

export interface MergeScore {
  articles: number;
  /** Articles the extractor found no event in (they take no part in any pair). */
  silent: string[];
  mentions: number;
  events: number;
  predictedPairs: number;
  goldPairs: number;
  truePairs: number;
  precision: number;
  recall: number;
  /** Pairs joined that should not be, and pairs split that should be one, as "a.txt + b.txt". */
  wronglyJoined: string[];
  wronglySplit: string[];
}

/** `{ "incidents": { "file.txt": "incident id", ... } }`: the incident each article of the folder reports. */
export function readMergeGold(path: string): Map<string, string> {
  if (!existsSync(path)) throw new UserError(`merge gold file not found: ${path}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new UserError(`${path}: not JSON (${(err as Error).message.split('\n')[0]})`);
  }
  const incidents = (parsed as { incidents?: unknown } | null)?.incidents;
  if (!incidents || typeof incidents !== 'object') throw new UserError(`${path}: needs an "incidents" object of file → incident id`);
  const entries = Object.entries(incidents as Record<string, unknown>);
  const bad = entries.find(([, v]) => typeof v !== 'string' || v === '');
  if (bad) throw new UserError(`${path}: incident of "${bad[0]}" is not a non-empty string`);
  return new Map(entries as [string, string][]);
}

interface Mention { file: string; event: string }

function pairs(ms: Mention[], same: (a: Mention, b: Mention) => boolean): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < ms.length; i++) {
    for (let j = i + 1; j < ms.length; j++) if (same(ms[i]!, ms[j]!)) out.add(`${ms[i]!.file} + ${ms[j]!.file}`);
  }
  return out;
}

/** Ingests the gold's articles from `input` into a fresh temporary store, as `sitrep ingest` would, and scores the events. */
export async function runMergeEval(opts: { gold: string; input: string; extract: Extractor }): Promise<MergeScore> {
  const gold = readMergeGold(opts.gold);
  const files = [...gold.keys()].map((f) => join(opts.input, f));
  const missing = files.find((f) => !existsSync(f));
  if (missing) throw new UserError(`${opts.gold}: names ${basename(missing)}, which is not in ${opts.input}`);
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-merge-eval-'));
  const store = openSqliteStore(join(dir, 'merge.db'));
  try {
    await ingestArticles(store, files, { extract: opts.extract });
    const fileOf = new Map<string, string>();
    for (const a of await store.listArticles({ limit: 1_000_000 })) fileOf.set(a.id, basename(a.origin));
    const events = await store.listEvents({ limit: 1_000_000 });
    const mentions: Mention[] = events.flatMap((e) => e.sources.map((s) => ({ file: fileOf.get(s.article_id) ?? s.article_id, event: e.event_id })));
    const incident = (m: Mention) => gold.get(m.file) ?? `unlisted:${m.file}`;
    const predicted = pairs(mentions, (a, b) => a.event === b.event);
    const wanted = pairs(mentions, (a, b) => incident(a) === incident(b));
    const both = [...predicted].filter((p) => wanted.has(p));
    const seen = new Set(mentions.map((m) => m.file));
    return {
      articles: gold.size, silent: [...gold.keys()].filter((f) => !seen.has(f)), mentions: mentions.length, events: events.length,
      predictedPairs: predicted.size, goldPairs: wanted.size, truePairs: both.length,
      precision: predicted.size ? both.length / predicted.size : 1, recall: wanted.size ? both.length / wanted.size : 1,
      wronglyJoined: [...predicted].filter((p) => !wanted.has(p)), wronglySplit: [...wanted].filter((p) => !predicted.has(p)),
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function mergeReport(s: MergeScore): string {
  const f = (x: number) => x.toFixed(3);
  return [
    `Merging ${s.articles} articles: ${s.mentions} mentions became ${s.events} events.`,
    `pairwise precision ${f(s.precision)} (${s.truePairs}/${s.predictedPairs} joined pairs are one incident)`,
    `pairwise recall    ${f(s.recall)} (${s.truePairs}/${s.goldPairs} pairs of one incident were joined)`,
    ...(s.silent.length ? [`no event extracted from: ${s.silent.join(', ')}`] : []),
    ...s.wronglyJoined.map((p) => `wrongly joined: ${p}`),
    ...s.wronglySplit.map((p) => `wrongly split:  ${p}`),
  ].join('\n');
}
