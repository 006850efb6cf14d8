// npm run bench:ingest (and npm run bench) — ingests 10,000 generated articles into a fresh SQLite file and prints articles/s,
// once from one JSONL dump and once from a folder of text files.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestArticles } from '../src/pipeline/ingestArticles.js';
import { openSqliteStore } from '../src/store/sqlite/SqliteStore.js';
import { generateArticles } from '../test/generateArticles.js';

const COUNT = 10_000;

async function time(label: string, dbPath: string, inputs: string[]): Promise<void> {
  const store = openSqliteStore(dbPath);
  const t0 = performance.now();
  const summary = await ingestArticles(store, inputs);
  const seconds = (performance.now() - t0) / 1000;
  await store.close();
  if (summary.inserted !== COUNT) throw new Error(`${label}: expected ${COUNT} new articles, got ${JSON.stringify(summary)}`);
  console.log(`${label.padEnd(28)} ${COUNT} articles in ${seconds.toFixed(2)} s = ${Math.round(COUNT / seconds)} articles/s`);
}

export async function benchIngest(): Promise<void> {
const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
try {
  const articles = generateArticles(COUNT, 42);
  const jsonl = join(dir, 'dump.jsonl');
  writeFileSync(jsonl, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
  const folder = join(dir, 'texts');
  mkdirSync(folder);
  articles.forEach((a, i) => writeFileSync(join(folder, `${String(i).padStart(5, '0')}.txt`), `${a.title}\n\n${a.published}\n\n${a.text}\n`));
  await time('ingest JSONL dump', join(dir, 'jsonl.db'), [jsonl]);
  await time('ingest folder of text files', join(dir, 'texts.db'), [folder]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
}

if (import.meta.url === `file://${process.argv[1]}`) await benchIngest();
