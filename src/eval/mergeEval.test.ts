import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { UserError } from '../errors.js';
import { defaultGeocoder } from '../geocode/index.js';
import { extract } from '../pipeline/extract.js';
import { mergeReport, readMergeGold, runMergeEval } from './mergeEval.js';

const corpus = fileURLToPath(new URL('../../examples/merge/', import.meta.url));

test('the merge corpus is merged with pairwise precision and recall of at least 0.9', async () => {
  const geocoder = defaultGeocoder();
  const score = await runMergeEval({ gold: join(corpus, 'gold.json'), input: corpus, extract: (a) => extract(a, { geocoder }) });
  assert.ok(score.articles >= 30, 'a corpus of some size');
  assert.ok(score.goldPairs >= 20);
  assert.ok(score.precision >= 0.9, mergeReport(score));
  assert.ok(score.recall >= 0.9, mergeReport(score));
  assert.ok(score.events < score.mentions, 'reports were merged');
  assert.match(mergeReport(score), /pairwise precision \d\.\d{3}[\s\S]*pairwise recall +\d\.\d{3}/);
});

test('a broken gold file is a one-line error naming it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-merge-gold-'));
  try {
    const path = join(dir, 'gold.json');
    writeFileSync(path, '{"incidents": {"a.txt": 3}}');
    assert.throws(() => readMergeGold(path), (e: Error) => e instanceof UserError && e.message.includes(path) && /"a.txt"/.test(e.message));
    writeFileSync(path, '{not json');
    assert.throws(() => readMergeGold(path), /not JSON/);
    assert.throws(() => readMergeGold(join(dir, 'none.json')), /not found/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
