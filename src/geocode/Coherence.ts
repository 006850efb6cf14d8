/**
 * Country coherence: the places one article names lie mostly in one country. Each distinct name
 * votes for every country where it has a candidate, weighted by how unambiguous it is (a name found in
 * one country only, or a province named as such, counts most); the country that explains the most
 * names wins. "Beni and Lubero", "Bama, Gwoza and Konduga" point to one country even when the text
 * never names it.
 */
import type { Gazetteer } from './Gazetteer.js';
import type { ToponymMention } from './Geocoder.js';

export interface CountrySupport {
  country: string;
  /** Sum of the names' weights. */
  support: number;
  /** How many distinct names have a candidate in the country. */
  names: number;
}

/** Countries ranked by the names they explain; only those explaining two names or more. */
export function coherentCountries(mentions: ToponymMention[], gazetteer: Gazetteer): CountrySupport[] {
  const byName = new Map<string, ToponymMention>();
  for (const m of mentions) {
    if (!m.candidates.length || m.candidates.some((c) => c.kind === 'country')) continue;
    // Case alone, not the full fold: a spelling variant counting twice matters less than the fold's cost here.
    const key = m.text.toLowerCase();
    if (!byName.has(key)) byName.set(key, m);
  }
  const tally = new Map<string, CountrySupport>();
  for (const m of byName.values()) {
    const countries = new Set(m.candidates.map((c) => c.country));
    const units = new Set(m.candidates.filter((c) => c.kind === 'admin1').map((c) => c.country));
    const base = 1 / Math.sqrt(countries.size);
    for (const country of countries) {
      // "Borno State", "Ouham-Pende": a province named as one is strong evidence of its country.
      const weight = units.has(country) && (m.region || units.size === countries.size) ? 2 * base + 1 : base;
      const t = tally.get(country) ?? { country, support: 0, names: 0 };
      t.support += weight;
      t.names += 1;
      tally.set(country, t);
    }
  }
  return [...tally.values()].filter((t) => t.names >= 2).sort((a, b) => b.support - a.support || b.names - a.names);
}
