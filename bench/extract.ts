// Extraction speed: the full pipeline against bare wink-nlp tokenisation of the same articles, one core.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
// The code users run: the build (tsc) in dist/, not the sources as tsx serves them (tsx wraps every
// named closure in a naming call, a few percent of the hot loop). `npm run bench` builds first.
import { extract } from '../dist/pipeline/extract.js';
import { defaultGeocoder } from '../dist/geocode/index.js';
import { generateArticles } from '../test/generateArticles.js';

const ROUNDS = 5;

function demoTexts(): string[] {
  const dir = new URL('../examples/articles/', import.meta.url).pathname;
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** Articles a second in one pass over the texts. */
function rate(texts: string[], work: (text: string, i: number) => void): number {
  const t0 = performance.now();
  texts.forEach(work);
  return texts.length / ((performance.now() - t0) / 1000);
}

export async function benchExtract(): Promise<void> {
  const texts = [...Array.from({ length: 50 }, demoTexts).flat(), ...generateArticles(1000, 5).map((a) => a.text)];
  const chars = texts.reduce((n, t) => n + t.length, 0);
  console.log(`extraction: ${texts.length} articles, ${Math.round(chars / texts.length)} characters on average, best of ${ROUNDS}`);
  const tokeniser = new Worker(new URL('./tokeniseWorker.mjs', import.meta.url), { workerData: { texts } });
  const tokenise = async (): Promise<number> => {
    tokeniser.postMessage('round');
    return (await once(tokeniser, 'message'))[0] as number;
  };
  const t0 = performance.now();
  const geocoder = defaultGeocoder();
  const loadMs = performance.now() - t0;
  // The pipeline with the geocoder, without it (countries from names and demonyms only), and bare
  // tokenisation (in a worker: its own clean heap, as in a process that only tokenises), their rounds
  // interleaved: this machine's speed drifts over seconds, and a slow spell then slows all three
  // alike instead of skewing their ratios.
  const run = (g: typeof geocoder | null) => (text: string, i: number) => {
    extract({ id: String(i), text, published: '2024-03-06', source: null, url: null }, { geocoder: g });
  };
  let bare = 0;
  let full = 0;
  let bareGeo = 0;
  for (let r = 0; r < ROUNDS; r++) {
    bare = Math.max(bare, await tokenise());
    full = Math.max(full, rate(texts, run(geocoder)));
    bareGeo = Math.max(bareGeo, rate(texts, run(null)));
  }
  await tokeniser.terminate();
  console.log(`${'bare wink-nlp tokenisation'.padEnd(34)} ${Math.round(bare)} articles/s`);
  console.log(`${'gazetteer load'.padEnd(34)} ${Math.round(loadMs)} ms`);
  console.log(`${'full extraction pipeline'.padEnd(34)} ${Math.round(full)} articles/s`);
  console.log(`${'pipeline without the geocoder'.padEnd(34)} ${Math.round(bareGeo)} articles/s`);
  console.log(`${'pipeline / tokenisation'.padEnd(34)} ${(full / bare).toFixed(2)} (the floor is 0.50)`);
  // Issue 4's budget: what the geocoder adds to the time of the pipeline without it.
  console.log(`${'time the geocoder adds'.padEnd(34)} ${(100 * (bareGeo / full - 1)).toFixed(1)}% (budget 10%; ${(100 * (1 - full / bareGeo)).toFixed(1)}% of the full pipeline's time)`);
}
