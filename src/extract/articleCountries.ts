import { countryForms } from './countries.js';

// Names and demonyms as written, keyed by lower case; the longest has this many words.
const byForm = new Map(countryForms().map(([form, c]) => [form.toLowerCase(), c.name]));
const MAX_WORDS = Math.max(...[...byForm.keys()].map((f) => f.split(' ').length));
// Runs of capitalised words (with "of", "the", "and" inside: "Democratic Republic of the Congo").
const RUN = /\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:of|the|and|de|du|da)\s+)*\p{Lu}[\p{L}.'’-]*)*/gu;

// "Iraq's" and "Mali," are looked up as "Iraq" and "Mali"; the regex only where the last letter calls for it.
const TRIM = /['’]s$|[.,]$/u;
function trimEnd(phrase: string): string {
  const c = phrase.charCodeAt(phrase.length - 1);
  return c === 115 || c === 46 || c === 44 ? phrase.replace(TRIM, '') : phrase;
}

/**
 * The countries an article talks about, most mentioned first: the default for "the army", "gunmen".
 * Only capitalised words are looked up ("chad" or "niger" in lower case is not a country), each run of
 * them once, longest match first: a map look-up per word instead of one vast alternation.
 */
export function articleCountries(text: string): string[] {
  const counts = new Map<string, number>();
  for (const run of text.matchAll(RUN)) {
    const words = run[0].split(/\s+/);
    for (let i = 0; i < words.length; ) {
      let matched = 0;
      for (let n = Math.min(MAX_WORDS, words.length - i); n > 0 && !matched; n--) {
        const phrase = trimEnd(n === 1 ? words[i]! : words.slice(i, i + n).join(' ')).toLowerCase();
        const name = byForm.get(phrase);
        if (name) {
          counts.set(name, (counts.get(name) ?? 0) + 1);
          matched = n;
        }
      }
      i += matched || 1;
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}
