import { countryForms } from './countries.js';

// Country names and demonyms, longest first so "Democratic Republic of Congo" wins over "Congo".
const forms = countryForms().sort((a, b) => b[0].length - a[0].length);
const byForm = new Map(forms.map(([form, c]) => [form.toLowerCase(), c.name]));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ANY = new RegExp(`(?<![\\p{L}])(?:${forms.map(([f]) => escape(f)).join('|')})(?![\\p{L}])`, 'giu');

/** The countries an article talks about, most mentioned first: the default for "the army", "gunmen". */
export function articleCountries(text: string): string[] {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(ANY)) {
    // Demonyms and names are capitalised in news text; "chad" or "niger" in lower case is not a country.
    if (!/^\p{Lu}/u.test(m[0])) continue;
    const name = byForm.get(m[0].toLowerCase());
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}
