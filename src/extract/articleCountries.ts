import { countryForms } from './countries.js';

// Names and demonyms as written, keyed by lower case; the longest has this many words.
const byForm = new Map(countryForms().map(([form, c]) => [form.toLowerCase(), c.name]));
const MAX_WORDS = Math.max(...[...byForm.keys()].map((f) => f.split(' ').length));
// The most words a name starting with a word has ("democratic" 6): most capitalised words start none
// of more than one word, and joining the next words to look them up cost more than the rest.
const WORDS_FROM = new Map<string, number>();
for (const f of byForm.keys()) {
  const words = f.split(' ');
  WORDS_FROM.set(words[0]!, Math.max(WORDS_FROM.get(words[0]!) ?? 1, words.length));
}
// Runs of capitalised words (with "of", "the", "and" inside: "Democratic Republic of the Congo").
export const RUN_Y = /\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:of|the|and|de|du|da)\s+)*\p{Lu}[\p{L}.'’-]*)*/uy;
const UPPER_Y = /\p{Lu}/uy;

// "Iraq's" and "Mali," are looked up as "Iraq" and "Mali"; the regex only where the last letter calls for it.
const TRIM = /['’]s$|[.,]$/u;
function trimEnd(phrase: string): string {
  const c = phrase.charCodeAt(phrase.length - 1);
  return c === 115 || c === 46 || c === 44 ? phrase.replace(TRIM, '') : phrase;
}

// Any ASCII capital or non-ASCII character: a plain class the regex engine finds quicker than \p{Lu}.
const CAPITAL_G = /[A-Z\u0080-\uffff]/g;
/**
 * The runs of capitalised words a global RUN_Y finds, in order. A run starts at the first capital
 * after the last run and the pattern always matches there, so the capital is found first.
 */
export function capitalisedRuns(text: string): string[] {
  const out: string[] = [];
  eachRun(text, (run) => out.push(run));
  return out;
}

/** Each run of capitalised words with where it starts. */
function eachRun(text: string, visit: (run: string, at: number) => void): void {
  CAPITAL_G.lastIndex = 0;
  for (let m = CAPITAL_G.exec(text); m; m = CAPITAL_G.exec(text)) {
    const p = m.index;
    if (text.charCodeAt(p) >= 128) {
      UPPER_Y.lastIndex = p;
      if (!UPPER_Y.test(text)) continue;
    }
    RUN_Y.lastIndex = p;
    const run = RUN_Y.exec(text)![0];
    CAPITAL_G.lastIndex = RUN_Y.lastIndex;
    visit(run, p);
  }
}

/** "the border with Rwanda", "neighbouring Chad": a country beside the story's, not the story's own. */
export const BESIDE = /(?:(?:border|frontier)s?\s+(?:with|of)\s+(?:the\s+)?|neighbou?ring\s+)$/i;

/**
 * Adds the countries named in a run of capitalised words to `counts`, longest name first; the name
 * right after "the border with" is a country beside the story's and counts for nothing.
 */
function countRun(run: string, counts: Map<string, number>, text: string, at: number): void {
  const words = run.split(/\s+/);
  for (let i = 0; i < words.length; ) {
    const word = words[i]!;
    const lower = word.toLowerCase();
    // Lower case is per letter except a final sigma, whose form depends on what follows it.
    const longest = word.includes('Σ') ? MAX_WORDS : WORDS_FROM.get(lower) ?? 1;
    let matched = 0;
    for (let n = Math.min(MAX_WORDS, words.length - i, longest); n > 0 && !matched; n--) {
      const phrase = n > 1 ? trimEnd(words.slice(i, i + n).join(' ')).toLowerCase()
        : trimEnd(word) === word ? lower : trimEnd(word).toLowerCase();
      const name = byForm.get(phrase);
      if (name) {
        if (i > 0 || !BESIDE.test(text.slice(Math.max(0, at - 30), at))) counts.set(name, (counts.get(name) ?? 0) + 1);
        matched = n;
      }
    }
    i += matched || 1;
  }
}

/**
 * The countries an article talks about, most mentioned first: the default for "the army", "gunmen".
 * Only capitalised words are looked up ("chad" or "niger" in lower case is not a country), each run of
 * them once, longest match first: a map look-up per word instead of one vast alternation.
 */
export function articleCountries(text: string): string[] {
  const counts = new Map<string, number>();
  eachRun(text, (run, at) => countRun(run, counts, text, at));
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}
