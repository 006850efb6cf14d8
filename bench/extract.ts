// Extraction speed: the full pipeline against bare wink-nlp tokenisation of the same articles, one core.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
// The code users run: the build (tsc) in dist/, not the sources as tsx serves them (tsx wraps every
// named closure in a naming call, a few percent of the hot loop). `npm run bench` builds first.
import { extract } from '../dist/pipeline/extract.js';
import { defaultGeocoder } from '../dist/geocode/index.js';
import { generateArticles } from '../test/generateArticles.js';

const ROUNDS = 3;

function demoTexts(): string[] {
  const dir = new URL('../examples/articles/', import.meta.url).pathname;
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
}

function rate(label: string, texts: string[], work: (text: string, i: number) => void, rounds = ROUNDS, quiet = false): number {
  let best = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    texts.forEach(work);
    best = Math.max(best, texts.length / ((performance.now() - t0) / 1000));
  }
  if (!quiet) console.log(`${label.padEnd(34)} ${Math.round(best)} articles/s`);
  return best;
}

export function benchExtract(): void {
  const texts = [...Array.from({ length: 50 }, demoTexts).flat(), ...generateArticles(1000, 5).map((a) => a.text)];
  const chars = texts.reduce((n, t) => n + t.length, 0);
  console.log(`extraction: ${texts.length} articles, ${Math.round(chars / texts.length)} characters on average, best of ${ROUNDS}`);
  const nlp = winkNLP(model);
  const bare = rate('bare wink-nlp tokenisation', texts, (t) => { nlp.readDoc(t).tokens().out(); });
  const t0 = performance.now();
  const geocoder = defaultGeocoder();
  console.log(`${'gazetteer load'.padEnd(34)} ${Math.round(performance.now() - t0)} ms`);
  // The geocoder's cost: the pipeline with it and without it (countries from names and demonyms
  // only), rounds interleaved so that a busy machine slows both alike.
  const run = (g: typeof geocoder | null) => (text: string, i: number) => {
    extract({ id: String(i), text, published: '2024-03-06', source: null, url: null }, { geocoder: g });
  };
  let full = 0;
  let bareGeo = 0;
  for (let r = 0; r < ROUNDS; r++) {
    full = Math.max(full, rate('', texts, run(geocoder), 1, true));
    bareGeo = Math.max(bareGeo, rate('', texts, run(null), 1, true));
  }
  console.log(`${'full extraction pipeline'.padEnd(34)} ${Math.round(full)} articles/s`);
  console.log(`${'pipeline without the geocoder'.padEnd(34)} ${Math.round(bareGeo)} articles/s`);
  console.log(`${'pipeline / tokenisation'.padEnd(34)} ${(full / bare).toFixed(2)} (the floor is 0.50)`);
  console.log(`${'geocoder share of pipeline time'.padEnd(34)} ${(100 * (1 - full / bareGeo)).toFixed(1)}% (budget 10%)`);
}
