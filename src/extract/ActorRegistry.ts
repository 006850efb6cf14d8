/**
 * Finds conflict actors in a sentence and names them the way ACLED does. Named groups come from
 * data/actors.json; generic actors ("Iraqi troops", "gunmen", "villagers") are templates filled
 * with a country from a demonym in the phrase or from the article.
 *
 * Matching works on word tokens, so "al-Shabaab", "al Shabaab" and "Al-Shabaab" are one alias;
 * every alias is compiled once into token tries and a sentence is scanned left to right taking
 * the longest match at each token, so matches never overlap.
 */
import { readFileSync } from 'node:fs';
import type { InterCode } from '../model/event.js';
import type { TextSpan } from './types.js';
import { countryByName, countryForms } from './countries.js';

export interface ActorMention {
  /** Canonical name; for a generic mention, filled with `country` when the phrase named one. */
  name: string;
  inter: InterCode;
  span: TextSpan;
  /** The text matched, as written. */
  alias: string;
  /** True when the name depends on a country ("Military Forces of {country}"). */
  generic: boolean;
  /** Generic: the country a demonym in the phrase gave ("Somali police"), else null.
   * Named state forces: their home country, so they can be coded 8 when fighting abroad. */
  country: string | null;
  /** Generic: the name pattern with "{country}"; null for named actors. */
  template: string | null;
}

export interface ActorInfo {
  name: string;
  inter: InterCode;
}

interface ActorRecord {
  name: string;
  inter: InterCode;
  country?: string;
  /** Where a group operates, main country first: a geocoding prior, not part of the name. */
  countries?: string[];
  /** The movement a regional branch belongs to ("Islamic State (ISIS)" for ISWAP). */
  branchOf?: string;
  aliases: string[];
}

interface Actor {
  name: string;
  inter: InterCode;
  country: string | null;
  template: string | null;
  /** Generic phrases such as "forces" or "drones" say whose only with a demonym or "government". */
  needsQualifier: boolean;
}

const C = '{country}';

/** Generic actors ACLED builds per country; phrases marked "+" need a demonym or a filler word before them. */
const GENERIC: Array<{ template: string; inter: InterCode; phrases: string }> = [
  { template: `Military Forces of ${C}`, inter: 1, phrases: 'army|armies|troops|soldiers|soldier|military|militaries|armed forces|security forces|security force|government forces|government troops|government soldiers|regime forces|special forces|army troops|army soldiers|army officers|military personnel|security personnel|servicemen|serviceman|service members|service member|servicemembers|servicemember|paratroopers|marines|commandos|air force|navy|defence forces|defense forces|national army|+forces|+warplanes|+jets|+fighter jets|+aircraft|+drones|+artillery|+helicopters|+gunboats|+missiles|+missile|+rockets|+shells|+shelling|+airstrikes|+air strikes|+strikes|+planes|+bombers|+tanks|+navy ships|+warships' },
  // Gendarmes are police in most of the countries ACLED covers.
  { template: `Police Forces of ${C}`, inter: 1, phrases: 'police|policemen|policeman|police officers|police officer|police forces|police force|riot police|anti-riot police|police personnel|police agents|gendarmes|gendarme|gendarmerie|policewomen' },
  // ACLED codes attackers nobody named as an unidentified armed group (inter 3), bandits included.
  { template: `Unidentified Armed Group (${C})`, inter: 3, phrases: 'gunmen|gunman|armed men|armed man|militants|militant|militant group|assailants|assailant|attackers|attacker|armed group|armed groups|insurgents|insurgent|rebels|rebel|rebel group|jihadists|jihadist|jihadist group|terrorists|terrorist|fighters|bandits|kidnappers|abductors|militiamen|militia|militias|suicide bomber|suicide bombers' },
  { template: `Unidentified Communal Militia (${C})`, inter: 4, phrases: 'communal militia|communal militias|ethnic militia|ethnic militias|ethnic militiamen|village militia|local militia|self-defence group|self-defense group|vigilantes|vigilante group' },
  // Aid workers, journalists and the displaced are civilians to ACLED (7).
  { template: `Civilians (${C})`, inter: 7, phrases: 'civilians|civilian|residents|resident|villagers|villager|worshippers|worshipers|churchgoers|farmers|farmer|students|student|schoolchildren|pupils|women|woman|children|child|aid workers|aid worker|humanitarian workers|humanitarian worker|health workers|teachers|teacher|journalists|journalist|traders|merchants|passengers|travellers|travelers|motorists|herders|herder|fishermen|miners|pilgrims|mourners|displaced people|displaced persons|IDPs|refugees|refugee|family members|shoppers|wedding guests' },
  { template: `Protesters (${C})`, inter: 6, phrases: 'protesters|protester|protestors|protestor|demonstrators|demonstrator|student protesters|marchers' },
  { template: `Rioters (${C})`, inter: 5, phrases: 'rioters|rioter|mob|mobs|looters' },
];

/** Words that may stand between a demonym and the phrase ("Somali federal police", "suspected militants"). */
const FILLERS = new Set('government federal national regular special elite junta regime suspected unknown unidentified armed heavily masked local angry marine naval airborne infantry mechanised mechanized'.split(' '));
/** A filler word, or a part of a model name ("Iraqi F-16 jets", "Russian Su-25 aircraft"). */
function isFiller(t: Tokens, p: number): boolean {
  const key = t.key[p]!;
  return FILLERS.has(key) || allDigits(key) || (key.length <= 3 && t.soft[p] === true && allDigits(t.key[p + 1] ?? ''));
}
/** /^\d+$/ without a regex call: it ran at nearly every word a mention may start at ("the", "people"). */
function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
/** Words after a group's name that still mean the group ("Al Shabaab militants", "an ISIS commander"). */
const DESCRIPTOR_MODIFIERS = new Set('armed jihadist islamist'.split(' '));
const DESCRIPTORS = new Set('militants militant fighters fighter insurgents insurgent rebels rebel members member jihadists jihadist gunmen gunman forces troops soldiers militia militias militiamen group movement mercenaries operatives combatants elements terrorists loyalists faction factions commanders commander cell cells men wing'.split(' '));

// ---- tokens ------------------------------------------------------------------------------------

// "U.S." and "U.N." are one token; otherwise letters and digits. Offsets are kept for spans.
// Tokens are what /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+/gu matches (tokenSpans below).

interface Tokens {
  start: number[];
  end: number[];
  /** As written, dots of "U.S." removed: case rules compare against this. */
  surface: string[];
  /** Lower case without accents: trie keys. */
  key: string[];
  /** soft[i]: token i and i+1 may belong to one name (only spaces, hyphens, apostrophes or "/" between). */
  soft: boolean[];
}

function keyOf(surface: string): string {
  const lower = surface.toLowerCase();
  for (let i = 0; i < lower.length; i++)
    if (lower.charCodeAt(i) > 0x7f) return lower.normalize('NFD').replace(/\p{M}/gu, '');
  return lower;
}

// The token regex's classes for one code point; ASCII is decided without a regex.
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const UPPER = /^\p{Lu}$/u;
function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(c));
}
function isUpperCode(c: number): boolean {
  if (c < 0x80) return c >= 65 && c <= 90;
  return UPPER.test(String.fromCodePoint(c));
}
const width = (c: number): number => (c > 0xffff ? 2 : 1);
/** text.codePointAt(i) for i inside the text; charCodeAt, which compiles to a plain load, except at a
 * lead surrogate. */
function codeAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? text.codePointAt(i)! : c;
}

/** The token regex's matches, in order: a hand-written scanner, as the regex took a third of findMentions. */
// `lower`: the token is ASCII without capitals, so it is its own key (most words of a text are).
function tokenSpans(text: string, visit: (start: number, end: number, acronym: boolean, lower: boolean) => void): void {
  const n = text.length;
  for (let p = 0; p < n;) {
    const c = codeAt(text, p);
    if (!isWordCode(c)) { p += width(c); continue; }
    // (?:\p{Lu}\.){2,}, tried first at a position.
    let q = p, pairs = 0;
    for (;;) {
      if (q >= n) break;
      const u = codeAt(text, q);
      if (!isUpperCode(u) || text.charCodeAt(q + width(u)) !== 46) break;
      q += width(u) + 1;
      pairs++;
    }
    if (pairs >= 2) { visit(p, q, true, false); p = q; continue; }
    // [\p{L}\p{N}]+
    q = p + width(c);
    let lower = c < 0x80 && !(c >= 65 && c <= 90);
    while (q < n) {
      const u = codeAt(text, q);
      if (!isWordCode(u)) break;
      if (u >= 0x80 || (u >= 65 && u <= 90)) lower = false;
      q += width(u);
    }
    visit(p, q, false, lower);
    p = q;
  }
}

function tokenize(text: string): Tokens {
  const t: Tokens = { start: [], end: [], surface: [], key: [], soft: [] };
  tokenSpans(text, (start, end, acronym, lower) => {
    const raw = text.slice(start, end);
    const surface = acronym ? raw.replace(/\./g, '') : raw;
    const n = t.start.length;
    if (n > 0) t.soft[n - 1] = softGap(text, t.end[n - 1]!, start);
    t.start.push(start);
    t.end.push(end);
    t.surface.push(surface);
    t.key.push(lower ? surface : keyOf(surface));
  });
  t.soft.push(false);
  return t;
}

function softGap(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // space, tab, hyphen, apostrophe, slash, non-breaking space, ‐ ‑, ’ ‘
    if (c !== 32 && c !== 9 && c !== 45 && c !== 39 && c !== 47 && c !== 160 &&
        c !== 0x2010 && c !== 0x2011 && c !== 0x2019 && c !== 0x2018) return false;
  }
  return true;
}

/** A 16-bit hash of a key's length and first three characters (a lead's bit in `leadHashes`). */
function startHash(key: string): number {
  const n = key.length;
  const a = key.charCodeAt(0), b = n > 1 ? key.charCodeAt(1) : 0, c = n > 2 ? key.charCodeAt(2) : 0;
  return ((a << 10) ^ (b << 5) ^ c ^ (Math.min(n, 31) << 11)) & 0xffff;
}

// ---- tries ---------------------------------------------------------------------------------------

/** How a token of an alias must be written: any case, exactly (acronyms), or capitalised (demonyms). */
type Rule = 0 | 1 | 2;
const ANY: Rule = 0, EXACT: Rule = 1, CAPITAL: Rule = 2;

interface Entry<T> {
  value: T;
  surface: string[];
  rules: Rule[];
  /** One- or two-letter acronym ("IS"): needs a lower-case neighbour, so "THIS IS" headlines don't match. */
  strict: boolean;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  entries: Entry<T>[];
}

interface Match<T> {
  last: number;
  value: T;
}

/** A token with two capitals (ISIS, FAMa, IDPs) is an acronym and matched case-sensitively. */
function isAcronym(token: string): boolean {
  let caps = 0;
  for (const ch of token) if (ch !== ch.toLowerCase()) caps++;
  return caps >= 2;
}

class Trie<T> {
  private root: Node<T> = { next: new Map(), entries: [] };
  size = 0;

  /** The keys an alias can start with. */
  firstKeys(): Iterable<string> {
    return this.root.next.keys();
  }

  add(alias: string, value: T, capitalised: boolean): void {
    const t = tokenize(alias);
    if (t.key.length === 0) return;
    let node = this.root;
    for (const key of t.key) {
      let next = node.next.get(key);
      if (!next) node.next.set(key, (next = { next: new Map(), entries: [] }));
      node = next;
    }
    const rules = t.surface.map((s, i): Rule => (isAcronym(s) ? EXACT : capitalised && i === 0 ? CAPITAL : ANY));
    const only = t.surface[0]!;
    const strict = t.surface.length === 1 && only.length <= 2 && rules[0] === EXACT;
    node.entries.push({ value, surface: t.surface, rules, strict });
    this.size++;
  }

  /** The longest alias starting at token i that the case rules accept. */
  longest(t: Tokens, i: number, strictOn: boolean): Match<T> | null {
    let node: Node<T> | undefined = this.root;
    let best: Match<T> | null = null;
    for (let j = i; j < t.key.length; j++) {
      node = node.next.get(t.key[j]!);
      if (!node) break;
      for (const e of node.entries) {
        if (accepts(e, t, i, strictOn)) {
          best = { last: j, value: e.value };
          break;
        }
      }
      if (!t.soft[j]) break;
    }
    return best;
  }
}

function accepts<T>(e: Entry<T>, t: Tokens, i: number, strictOn: boolean): boolean {
  for (let k = 0; k < e.rules.length; k++) {
    const rule = e.rules[k], s = t.surface[i + k]!;
    if (rule === EXACT && s !== e.surface[k]) return false;
    if (rule === CAPITAL && s[0] === s[0]!.toLowerCase()) return false;
  }
  if (!e.strict || !strictOn) return true;
  const hasLower = (s: string | undefined) => s !== undefined && s !== s.toUpperCase();
  return hasLower(t.surface[i - 1]) || hasLower(t.surface[i + 1]);
}

// ---- registry ----------------------------------------------------------------------------------

interface Found {
  first: number;
  last: number;
  actor: Actor;
  country: string | null;
}

export class ActorRegistry {
  private named = new Trie<Actor>();
  private phrases = new Trie<Actor>();
  private qualifiers = new Trie<string>();
  private canonical = new Map<string, Actor>();
  private templates: Actor[] = [];
  /** Every key a mention can start at: a first alias, phrase or qualifier word, or a filler. Most
   * tokens of a sentence are none of these, and `scan` steps over them at the cost of one look-up. */
  private leads = new Set<string>();
  /** A bit per `startHash` of every lead: most tokens are ruled out by one array read, where a look-up
   * in `leads` first hashes the token's new string. */
  private leadHashes = new Uint8Array(1 << 16);
  /** Canonical name or template → the countries the group operates in (state forces: their own). */
  private homes = new Map<string, string[]>();
  /** Movement → its regional branches. */
  private branches = new Map<string, string[]>();
  readonly actorCount: number;

  constructor(records: ActorRecord[]) {
    for (const r of records) {
      if (!Number.isInteger(r.inter) || r.inter < 1 || r.inter > 8) throw new Error(`actors.json: bad inter for ${r.name}`);
      const country = r.country === undefined ? null : countryByName(r.country)?.name;
      if (country === undefined) throw new Error(`actors.json: unknown country ${r.country} for ${r.name}`);
      const actor = this.addActor(r.name, r.inter, country, false);
      const homes = (r.countries ?? []).map((c) => countryByName(c)?.name ?? null);
      if (homes.includes(null)) throw new Error(`actors.json: unknown country in countries of ${r.name}`);
      this.homes.set(r.name, country ? [country] : homes as string[]);
      if (r.branchOf) this.branches.set(r.branchOf, [...this.branches.get(r.branchOf) ?? [], r.name]);
      for (const alias of [r.name, ...r.aliases]) this.named.add(alias, actor, false);
    }
    this.actorCount = records.length;
    for (const g of GENERIC) {
      const plain = this.addActor(g.template, g.inter, null, false);
      const qualified = this.addActor(g.template, g.inter, null, true);
      for (const p of g.phrases.split('|')) this.phrases.add(p.replace(/^\+/, ''), p.startsWith('+') ? qualified : plain, false);
    }
    for (const [form, c] of countryForms()) this.qualifiers.add(form, c.name, true);
    for (const trie of [this.named, this.phrases, this.qualifiers]) for (const k of trie.firstKeys()) this.leads.add(k);
    for (const k of FILLERS) this.leads.add(k);
    for (const k of this.leads) this.leadHashes[startHash(k)] = 1;
  }

  private addActor(name: string, inter: InterCode, country: string | null, needsQualifier: boolean): Actor {
    const template = name.includes(C) ? name : null;
    const actor: Actor = { name, inter, country, template, needsQualifier };
    if (template) {
      if (!needsQualifier) this.templates.push(actor);
    } else if (this.canonical.has(name)) throw new Error(`actors.json: ${name} listed twice`);
    else this.canonical.set(name, actor);
    return actor;
  }

  /** Where a mentioned group operates, main country first; a generic phrase's own demonym ("Malian soldiers"). */
  homeCountries(mention: ActorMention): string[] {
    if (mention.generic && mention.country) return [mention.country];
    return this.homes.get(mention.template ?? mention.name) ?? [];
  }

  /**
   * The regional branch a movement acts through in `country` ("Islamic State" in Nigeria is ISWAP),
   * or the movement itself where it operates there, no branch does, or two branches do alike.
   */
  branchIn(name: string, country: string | null): string {
    const branches = this.branches.get(name);
    if (!branches || !country || this.homes.get(name)?.includes(country)) return name;
    const ranked = branches.map((b) => ({ b, at: this.homes.get(b)!.indexOf(country) })).filter((x) => x.at >= 0)
      .sort((x, y) => x.at - y.at);
    return ranked.length && (ranked.length === 1 || ranked[0]!.at < ranked[1]!.at) ? ranked[0]!.b : name;
  }

  /** Aliases compiled, named and generic phrases together. */
  get aliasCount(): number {
    return this.named.size + this.phrases.size;
  }

  /** Every actor mentioned in a sentence, left to right; spans are shifted by `offset`. */
  findMentions(text: string, offset = 0): ActorMention[] {
    return this.scan(text, tokenize(text), offset, true);
  }

  /** Only the groups and forces named by their own name ("Boko Haram", "FARDC"): a quicker scan of a whole article. */
  findNamed(text: string): ActorMention[] {
    return this.scan(text, tokenize(text), 0, true, false);
  }

  private scan(text: string, t: Tokens, offset: number, strictOn: boolean, generics = true): ActorMention[] {
    const out: ActorMention[] = [];
    for (let i = 0; i < t.key.length;) {
      const key = t.key[i]!;
      if (this.leadHashes[startHash(key)] === 0 || !this.leads.has(key)) {
        i++;
        continue;
      }
      const named = this.named.longest(t, i, strictOn);
      const generic = generics ? this.genericAt(t, i, strictOn) : null;
      let found: Found | null = null;
      if (named && (!generic || named.last >= generic.last)) {
        found = { first: i, last: this.absorbDescriptors(t, named.last), actor: named.value, country: named.value.country };
      } else if (generic) found = generic;
      if (!found) {
        i++;
        continue;
      }
      const start = t.start[found.first]!, end = t.end[found.last]!;
      const { actor, country } = found;
      out.push({
        name: actor.template ? fill(actor.template, country) : actor.name,
        inter: actor.inter,
        span: { start: start + offset, end: end + offset },
        alias: text.slice(start, end),
        generic: actor.template !== null,
        country,
        template: actor.template,
      });
      i = found.last + 1;
    }
    return out;
  }

  /** A generic phrase at token i, optionally led by a demonym or country name ("Mali's army") and fillers. */
  private genericAt(t: Tokens, i: number, strictOn: boolean): Found | null {
    const q = this.qualifiers.longest(t, i, strictOn);
    let best: Found | null = null;
    const starts: Array<[number, string | null]> = [[i, null]];
    if (q && t.soft[q.last]) {
      let p = q.last + 1;
      // Possessive "Mali's army": a lone "s" right after the name, one apostrophe between.
      if (t.key[p] === 's' && t.start[p] === t.end[q.last]! + 1) p++;
      if (t.soft[p - 1]) starts.push([p, q.value]);
    }
    for (const [from, country] of starts) {
      for (let p = from, fillers = 0; p < t.key.length; p++, fillers++) {
        const m = this.phrases.longest(t, p, strictOn);
        if (m && (!m.value.needsQualifier || country !== null || fillers > 0) && (!best || m.last > best.last)) {
          best = { first: i, last: m.last, actor: m.value, country };
        }
        // A qualifier also names the country of a per-country group: "Malian Dozo hunters".
        const n = country !== null ? this.named.longest(t, p, strictOn) : null;
        if (n && n.value.template && (!best || n.last > best.last)) best = { first: i, last: this.absorbDescriptors(t, n.last), actor: n.value, country };
        if (!isFiller(t, p) || !t.soft[p]) break;
      }
    }
    return best;
  }

  /** Extends a group's name over words that still mean the group: "ISIS fighters", "Boko Haram armed group". */
  private absorbDescriptors(t: Tokens, last: number): number {
    let j = last;
    while (t.soft[j] && DESCRIPTOR_MODIFIERS.has(t.key[j + 1]!)) j++;
    if (t.soft[j] && DESCRIPTORS.has(t.key[j + 1]!)) return j + 1;
    return last;
  }

  /**
   * The name and inter code to code a mention with, given the article's country. The phrase's own
   * demonym wins over the article's country; state forces outside their own country are coded 8,
   * as ACLED codes foreign forces ("Russian troops" in a Syrian article).
   */
  resolveGeneric(mention: ActorMention, country: string | null): ActorInfo {
    const here = country === null ? null : countryByName(country)?.name ?? country;
    const abroad = mention.inter === 1 && mention.country !== null && here !== null && mention.country !== here;
    const inter: InterCode = abroad ? 8 : mention.inter;
    if (!mention.template) return { name: mention.name, inter };
    return { name: fill(mention.template, mention.country ?? here), inter };
  }

  /** The canonical actor for a canonical name, an alias or a generic phrase ("ISIS" → "Islamic State (ISIS)"). */
  byName(nameOrAlias: string): ActorInfo | null {
    const s = nameOrAlias.trim().replace(/\s+/g, ' ');
    const exact = this.canonical.get(s);
    if (exact) return { name: exact.name, inter: exact.inter };
    // ACLED dates state forces by regime: "Military Forces of Iraq (2022-)" compares as "Military Forces of Iraq".
    const dated = /^((?:Military|Police) Forces of .+?) \(\d{4}-(?:\d{4})?\)/.exec(s);
    if (dated) return this.byName(dated[1]!);
    for (const a of this.templates) {
      const [before, after] = a.template!.split(C) as [string, string];
      if (s.length > before.length + after.length && s.startsWith(before) && s.endsWith(after)) {
        const c = countryByName(s.slice(before.length, s.length - after.length));
        if (c) return { name: fill(a.template!, c.name), inter: a.inter };
      }
    }
    const t = tokenize(s);
    const [m] = this.scan(s, t, 0, false);
    if (m && m.span.start === t.start[0] && m.span.end === t.end[t.end.length - 1]) {
      return { name: m.name, inter: m.inter };
    }
    for (const a of this.canonical.values()) if (a.name.toLowerCase() === s.toLowerCase()) return { name: a.name, inter: a.inter };
    return null;
  }
}

/** Countries ACLED writes with an article after "of": "Military Forces of the United States". */
const WITH_THE = new Set(['United States', 'United Kingdom', 'United Arab Emirates']);

// Filled names by template and country: a sentence's actors are a handful of templates and countries,
// and filling one builds three strings.
const FILLED = new Map<string, Map<string | null, string>>();

/** "Military Forces of {country}" with a country, or without one: "Military Forces". */
export function fill(template: string, country: string | null): string {
  let byCountry = FILLED.get(template);
  if (!byCountry) FILLED.set(template, (byCountry = new Map()));
  let name = byCountry.get(country);
  if (name === undefined) byCountry.set(country, (name = filled(template, country)));
  return name;
}

function filled(template: string, country: string | null): string {
  if (country) return template.replace(` of ${C}`, ` of ${WITH_THE.has(country) ? 'the ' : ''}${country}`).replace(C, country);
  return template.replace(` of ${C}`, '').replace(` (${C})`, '');
}

/** ACLED's interaction code: both inter codes, smaller first (1 and 7 → 17); alone, inter1 × 10. */
export function interaction(inter1: InterCode | null, inter2: InterCode | null): number | null {
  if (!inter1) return inter2 ? inter2 * 10 : null;
  if (!inter2) return inter1 * 10;
  return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
}

let loaded: ActorRegistry | null = null;

/** The registry built from data/actors.json, once per process. The path is relative to this module
 * so it resolves the same from src/extract (tsx) and dist/extract (built). */
export function loadActorRegistry(): ActorRegistry {
  if (!loaded) {
    const file = new URL('../../data/actors.json', import.meta.url);
    const data = JSON.parse(readFileSync(file, 'utf8')) as { actors: ActorRecord[] };
    loaded = new ActorRegistry(data.actors);
  }
  return loaded;
}
