import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readJsonl, splitLines } from './jsonl.js';
import { resolveOptions, type IngestItem } from './types.js';

const opts = resolveOptions();
const text = 'Gunmen ambushed a supply convoy near Kidal on Tuesday, killing three drivers, local officials said.';

async function collect(chunks: Iterable<Uint8Array>, o = opts): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of readJsonl(chunks, '/in/a.jsonl', o)) out.push(item);
  return out;
}
// The JSON parser's own wording varies between Node versions: only its first word is compared.
const summary = (items: IngestItem[]) =>
  items.map((i) => (i.kind === 'article' ? `ok ${i.article.origin}` : `fail ${i.failure.origin}: ${i.failure.error.replace(/(invalid JSON on line \d+: \w+).*/, '$1')}`));

test('a JSONL file with a bad line in the middle: the next lines are still read', async () => {
  const bytes = readFileSync(new URL('./fixtures/articles.jsonl', import.meta.url));
  const items = await collect([bytes]);
  assert.deepEqual(summary(items), [
    'ok /in/a.jsonl#L1', // line 2 is blank and skipped
    'fail /in/a.jsonl#L3: invalid JSON on line 3: Unterminated',
    'fail /in/a.jsonl#L4: missing "text" on line 4',
    'ok /in/a.jsonl#L5',
  ]);
  const [first, , missing, last] = items;
  assert.ok(first?.kind === 'article');
  assert.deepEqual({ ...first.article, text: undefined }, {
    origin: '/in/a.jsonl#L1', url: 'https://news.example.org/a1', source: 'Sahel Ledger', title: 'Convoy ambushed near Kidal',
    byline: null, published: '2024-03-05', language: 'eng', text: undefined,
  });
  assert.ok(missing?.kind === 'failure');
  assert.equal(missing.failure.partial?.title, 'No text here');
  assert.ok(last?.kind === 'article');
  assert.equal(last.article.published, null);
  assert.deepEqual(last.warnings, ['date "sometime soon" does not parse; publication date left unknown']);
});

test('JSONL lines: every kind of bad line has its own failure', async () => {
  const lines = [
    JSON.stringify({ id: 1, text }),
    '[1, 2, 3]',
    JSON.stringify({ id: 2, text: '   ' }),
    JSON.stringify({ id: 3, text: 'has a NUL \u0000 inside ' + text }),
    JSON.stringify({ id: 4, text: 42 }),
    JSON.stringify({ id: 5, text, published: '2024-03-05T10:00:00Z' }) + '\r',
  ];
  const bad = Buffer.concat([Buffer.from('{"id": 6, "title": "Caf'), Buffer.from([0xe9]), Buffer.from(`", "text": "${text}"}`)]);
  const bytes = Buffer.concat([Buffer.from(lines.join('\n') + '\n'), bad]);
  assert.deepEqual(summary(await collect([bytes])), [
    'ok /in/a.jsonl#L1',
    'fail /in/a.jsonl#L2: line 2 is not a JSON object',
    'fail /in/a.jsonl#L3: empty',
    'fail /in/a.jsonl#L4: binary content',
    'fail /in/a.jsonl#L5: missing "text" on line 5',
    'ok /in/a.jsonl#L6', // CRLF line endings are fine
    'fail /in/a.jsonl#L7: not valid UTF-8',
  ]);
});

test('a line over maxBytes fails on its own without being held in memory', async () => {
  const big = JSON.stringify({ id: 1, text: 'x '.repeat(3000) });
  const small = JSON.stringify({ id: 2, text });
  const items = await collect([Buffer.from(`${small}\n${big}\n${small}`)], resolveOptions({ maxBytes: 2048 }));
  assert.deepEqual(summary(items), [
    'ok /in/a.jsonl#L1',
    `fail /in/a.jsonl#L2: too large (5.9 KB, limit 2 KB)`,
    'ok /in/a.jsonl#L3',
  ]);
});

test('splitLines: lines split across chunks, multi-byte characters cut in two, no final newline', async () => {
  const whole = Buffer.from('first é line\nsecond\n\nfourth — last');
  for (let cut = 1; cut < whole.length; cut++) {
    const chunks = [whole.subarray(0, cut), whole.subarray(cut)];
    const got: string[] = [];
    for await (const line of splitLines(chunks, 1000)) got.push(`${line.n}:${Buffer.from(line.bytes).toString()}`);
    assert.deepEqual(got, ['1:first é line', '2:second', '3:', '4:fourth — last'], `cut at ${cut}`);
  }
});
