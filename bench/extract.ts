// Extraction speed: the full pipeline against bare wink-nlp tokenisation of the same articles, one core.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extract } from '../src/pipeline/extract.js';
import { defaultGeocoder } from '../src/geocode/index.js';
import { generateArticles } from '../test/generateArticles.js';

const ROUNDS = 3;

function demoTexts(): string[] {
  const dir = new URL('../examples/articles/', import.meta.url).pathname;
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
}

function rate(label: string, texts: string[], work: (text: string, i: number) => void): number {
  let best = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    texts.forEach(work);
    best = Math.max(best, texts.length / ((performance.now() - t0) / 1000));
  }
  console.log(`${label.padEnd(34)} ${Math.round(best)} articles/s`);
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
  const full = rate('full extraction pipeline', texts, (text, i) => {
    extract({ id: String(i), text, published: '2024-03-06', source: null, url: null }, { geocoder });
  });
  console.log(`${'pipeline / tokenisation'.padEnd(34)} ${(full / bare).toFixed(2)} (the floor is 0.50)`);
}
