/**
 * Where an article's publisher is. A national outlet covers mostly its own country, so when the
 * text says little of where it is, the outlet's country is the best evidence left: "Clashes broke out
 * in Tripoli" from a Lebanese paper is Tripoli in Lebanon, not the larger one in Libya. Read from the
 * article's `source` (an outlet's name as a feed or a page gives it, or ACLED's "Reuters; Radio
 * Okapi") and from its URL's domain. International wires are in no list and say nothing.
 */
import { readFileSync } from 'node:fs';
import { articleCountries } from '../extract/articleCountries.js';
import { countryByCode } from '../extract/countries.js';
import type { Gazetteer } from './Gazetteer.js';

export const OUTLETS_FILE = new URL('../../data/gazetteer/outlets.tsv', import.meta.url);

/** Country-code domains used world-wide for other reasons (.tv, .io, .fm): no country at all. */
const GENERIC_TLDS = new Set(['tv', 'io', 'co', 'me', 'fm', 'am', 'cc', 'ws', 'to', 'ai', 'gg', 'nu', 'tk', 'la', 'ag', 'sh', 'st', 'vc', 'gs', 'tm', 'ms', 'su', 'eu']);

/** A big city named in an outlet's name ("This Day (Lagos)", "Tunis Afrique Press") says its country. */
const CITY_POPULATION = 300_000;

/** An outlet's name as a key: letters and digits only, lower case, no accents ("Le Réveil FM" = "Lereveilfm"). */
export function outletKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

export interface Outlet { name: string; country: string }

/** The outlets file's lines by name, alias and domain. */
export function readOutlets(file: URL | string = OUTLETS_FILE): { byName: Map<string, Outlet>; byDomain: Map<string, Outlet> } {
  const byName = new Map<string, Outlet>();
  const byDomain = new Map<string, Outlet>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [name = '', aliases = '', code = '', domains = ''] = line.split('\t');
    const country = countryByCode(code.trim())?.name;
    if (!country || !name.trim()) continue;
    const outlet = { name: name.trim(), country };
    for (const n of [name, ...aliases.split('|')]) if (outletKey(n)) byName.set(outletKey(n), outlet);
    for (const d of domains.split('|')) if (d.trim()) byDomain.set(d.trim().toLowerCase().replace(/^www\./, ''), outlet);
  }
  return { byName, byDomain };
}

export class PublisherCountries {
  private readonly outlets = readOutlets();
  private readonly cache = new Map<string, string[]>();

  constructor(private readonly gazetteer: Gazetteer) {}

  /** The publisher's countries, from the source's outlets and the URL's domain; [] when nothing says. */
  of(source: string | null | undefined, url: string | null | undefined): string[] {
    const key = `${source ?? ''}\n${url ?? ''}`;
    let hit = this.cache.get(key);
    if (!hit) {
      const found = new Set<string>();
      for (const part of (source ?? '').split(/[;|]/)) for (const c of this.ofName(part.trim())) found.add(c);
      const byUrl = url ? this.ofUrl(url) : null;
      if (byUrl) found.add(byUrl);
      hit = [...found];
      if (this.cache.size >= 10_000) this.cache.clear();
      this.cache.set(key, hit);
    }
    return hit;
  }

  private ofName(name: string): string[] {
    if (!name) return [];
    const outlet = this.outlets.byName.get(outletKey(name)) ?? this.outlets.byName.get(outletKey(name.replace(/\([^)]*\)/g, '')));
    if (outlet) return [outlet.country];
    // "The Sun (Nigeria)", "Daily News (South Africa)": the name says its country.
    const named = articleCountries(name);
    if (named.length) return named;
    // "Premium Times (Abuja)": a big city of one country, by its own name.
    const countries = new Set<string>();
    for (const word of name.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []) {
      for (const p of this.gazetteer.lookup(word)) {
        if (p.kind === 'populated place' && p.population >= CITY_POPULATION && this.gazetteer.infoOf(p)?.primary) countries.add(p.country);
      }
    }
    return countries.size === 1 ? [...countries] : [];
  }

  private ofUrl(url: string): string | null {
    let host: string;
    try { host = new URL(url).hostname.toLowerCase().replace(/^www\./, ''); } catch { return null; }
    for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
      const outlet = this.outlets.byDomain.get(h);
      if (outlet) return outlet.country;
    }
    const tld = host.slice(host.lastIndexOf('.') + 1);
    if (tld.length !== 2 || GENERIC_TLDS.has(tld)) return null;
    return countryByCode(tld === 'uk' ? 'GB' : tld)?.name ?? null;
  }
}
