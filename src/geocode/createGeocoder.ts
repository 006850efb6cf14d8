/**
 * sitrep's geocoder: one gazetteer index opened once per process (a module-level singleton),
 * the toponym finder, the disambiguator and the event locator over it.
 */
import { readFileSync } from 'node:fs';
import { type ActorMention, type ActorRegistry, loadActorRegistry } from '../extract/ActorRegistry.js';
import { articleCountries } from '../extract/articleCountries.js';
import type { TextSpan } from '../extract/types.js';
import { coherentCountries } from './Coherence.js';
import { Disambiguator } from './Disambiguator.js';
import { EventLocator, variantOf } from './EventLocator.js';
import { Gazetteer } from './Gazetteer.js';
import { type ArticlePublisher, type ArticleSentence, type EventLocation, type GeoContext, type Geocoder, LEAD_SENTENCES, type Place, type ToponymMention } from './Geocoder.js';
import { PublisherCountries } from './Publisher.js';
import { ToponymFinder } from './Toponyms.js';
import { isPlain } from './ToponymTokens.js';
import { WORDS } from './ToponymWords.js';
import { objectList } from './lists.js';

export class GazetteerGeocoder implements Geocoder {
  readonly gazetteer: Gazetteer;
  private readonly finder: ToponymFinder;
  private readonly disambiguator: Disambiguator;
  private readonly locator: EventLocator;
  private readonly publishers: PublisherCountries;

  constructor(gazetteer: Gazetteer) {
    this.gazetteer = gazetteer;
    this.finder = new ToponymFinder(gazetteer);
    this.disambiguator = new Disambiguator(gazetteer);
    this.locator = new EventLocator(this.finder, this.disambiguator, gazetteer);
    this.publishers = new PublisherCountries(gazetteer);
  }

  /** Milliseconds it took to open the index (not counting a build on a fresh clone: see buildTimeMs). */
  get loadTimeMs(): number {
    return this.gazetteer.loadTimeMs;
  }

  /** Milliseconds spent building a missing or stale index before opening it; 0 normally. */
  get buildTimeMs(): number {
    return this.gazetteer.buildTimeMs;
  }

  findToponyms(sentence: string, offset = 0): ToponymMention[] {
    return this.finder.find(sentence, offset);
  }

  resolve(mention: ToponymMention, context: GeoContext): Place | null {
    return this.disambiguator.resolve(mention, context);
  }

  locateEvent(sentence: string, offset: number, trigger: TextSpan, context: GeoContext): EventLocation {
    return this.locator.locate(sentence, offset, trigger, context);
  }

  /** Why a mention resolved as it did: each candidate with its score and reasons, best first. */
  explain(mention: ToponymMention, context: GeoContext): string[] {
    return this.disambiguator.rank(mention, context, true)
      .map((s) => `${s.score.toFixed(1)} ${s.place.name}, ${s.place.admin1 ?? '-'}, ${s.place.country} (${s.place.kind}): ${s.why}`);
  }

  /**
   * What a whole article says about where it is: its countries (names and demonyms, then the
   * countries of the places it names), most mentioned first, and its places, most named first.
   */
  articleContext(text: string, segmented?: readonly ArticleSentence[], publisher?: ArticlePublisher): GeoContext {
    this.finder.startArticle();
    const counts = new Map<string, number>();
    const vote = (country: string, weight: number) => counts.set(country, (counts.get(country) ?? 0) + weight);
    // "Lake Chad", "Gulf of Guinea": a body of water named after a country is not that country.
    // Copied into a list of one kind (see objectList), by a call that takes any list as it comes.
    const named = objectList<string>();
    Array.prototype.push.apply(named, articleCountries(namesWater(text) ? text.replace(WATER, (w) => ' '.repeat(w.length)) : text));
    for (let i = 0; i < named.length; i++) vote(named[i]!, 3 + (named.length - i));
    // "Kokosa woreda", "Logo LGA": a unit only one country has says whose the article is.
    for (const country of unitCountries(text)) vote(country, 1.5);
    // A national outlet's country: below any country the text gives, above none.
    if (publisher) for (const country of this.publishers.of(publisher.source, publisher.url)) vote(country, PUBLISHER_VOTE);
    actors ??= loadActorRegistry();
    const groups = new Set<string>();
    // The pipeline's own sentences when it has them (the lead and the deeds): the finder then meets
    // the same sentences again when it places each event, and answers from its cache.
    const sentences = segmented ?? [...text.matchAll(/[^.!?\n]+[.!?]*/g)].map((m) => ({ text: m[0], start: m.index }));
    // The groups the headline and the lead name: who the story is about. (A group named further down
    // changed no event's place on any corpus here, and scanning for them cost more than the vote.)
    for (const a of this.namedActors(sentences.slice(0, LEAD_SENTENCES))) {
      // State forces named by their own name ("FARDC", "Tatmadaw") say whose country it is.
      if (a.country) { vote(a.country, 2); continue; }
      // A group says where it operates ("Boko Haram": Nigeria first, then its neighbours): a prior
      // below a country the text names, and the country of last resort when no place resolves.
      if (groups.has(a.name)) continue;
      groups.add(a.name);
      actors.homeCountries(a).forEach((c, i) => vote(c, 1.5 / (i + 1)));
    }
    const mentions: ToponymMention[] = [];
    for (const s of sentences) for (const m of this.finder.find(s.text, s.start)) mentions.push(m);
    // The country that explains most of the article's names, when one clearly does.
    const [top, second] = coherentCountries(mentions, this.gazetteer);
    if (top && (!second || top.support >= 1.5 * second.support)) vote(top.country, 1 + top.support);
    // Each name once: a wire story repeats its places, and the tally below counts the repeats.
    // By the text, then the variant (no key string built per mention); `distinct` keeps the first-seen order.
    const byName = new Map<string, Distinct[]>();
    const distinct = objectList<Distinct>();
    for (const m of mentions) {
      const variant = variantOf(m);
      let same = byName.get(m.text);
      if (!same) byName.set(m.text, same = objectList());
      const seen = same.find((d) => d.variant === variant);
      if (seen) { seen.n++; continue; }
      const d = { mention: m, n: 1, variant };
      same.push(d);
      distinct.push(d);
    }
    const first = { countries: [...counts.keys()], near: objectList<Place>() };
    for (const { mention: m, n } of distinct) this.placeVote(m, first, (c, w) => vote(c, w * n));
    const countries = mostFirst(counts);
    // The same order as the place votes were read in: the names they resolved stand.
    const same = countries.length === first.countries.length && countries.every((c, i) => c === first.countries[i]);
    const names = objectList<ToponymMention>();
    for (const d of distinct) names.push(d.mention);
    const resolved = this.locator.resolveAll(names, same ? first : { countries, near: objectList<Place>() });
    const tally = new Map<Place, number>();
    for (let k = 0; k < distinct.length; k++) {
      const p = resolved[k];
      const n = distinct[k]!.n;
      if (p && p.kind !== 'country') tally.set(p, (tally.get(p) ?? 0) + n);
    }
    const near = mostFirst(tally);
    return { countries, near };
  }

  /** Whether the resolved place leads every candidate of another country by a clear margin. */
  private outranksAbroad(m: ToponymMention, context: GeoContext, p: Place): boolean {
    const ranked = this.disambiguator.rank(m, context);
    const lead = ranked.find((s) => s.place === p)?.score ?? -Infinity;
    const abroad = ranked.find((s) => s.place.country !== p.country);
    return !abroad || lead - abroad.score >= 2;
  }

  /** Named groups and forces, looked for only in sentences with a capitalised word that begins one of their names. */
  private namedActors(sentences: readonly ArticleSentence[]): ActorMention[] {
    leads ??= nameLeads();
    const out: ActorMention[] = [];
    for (const s of sentences) if (namesALead(s.text, leads)) out.push(...actors!.findNamed(s.text));
    return out;
  }

  /** A name only one country has, or a province, is evidence of the article's country; a guess among many is not. */
  private placeVote(m: ToponymMention, context: GeoContext, vote: (country: string, weight: number) => void): void {
    const c0 = m.candidates[0];
    if (!c0 || c0.kind === 'country') return;
    const single = m.candidates.every((c) => c.country === c0.country);
    const big = m.candidates.some((c) => c.population >= BIG_CITY);
    // Only a region, a qualifier, a province or a city needs resolving to know whether it counts.
    if (!single && !big && !m.region && !m.qualifier && !m.candidates.some((c) => c.kind === 'admin1')) return;
    const p = this.locator.resolveOne(m, context);
    if (!p || p.kind === 'country') return;
    // "Semari village near Qena": a city that clearly outranks its namesakes abroad says the country.
    const clearCity = p.population >= BIG_CITY && this.outranksAbroad(m, context, p);
    if (!(single || clearCity || p.kind === 'admin1' || m.region || m.qualifier)) return;
    const notable = p.kind !== 'populated place' || p.population >= 10_000 || this.gazetteer.infoOf(p)?.supplement;
    vote(p.country, notable ? 1.5 : 0.5);
  }
}

/** The publisher's vote: less than a group's home country (1.5) or a named country (3 and more). */
const PUBLISHER_VOTE = 1;

/** A name of the article, counted over its repeats. */
interface Distinct { mention: ToponymMention; n: number; variant: number }

let shared: GazetteerGeocoder | null = null;
let actors: ActorRegistry | null = null;
let leads: Set<string> | null = null;

const WATER = /\b(?:Lake|Gulf of|Bay of|Sea of)\s+\p{Lu}[\p{L}'’-]*/gu;
const HAS_WATER = new RegExp(WATER.source, 'u');
/** Whether the text names a body of water; the words searched for first cost far less than the pattern's scan. */
function namesWater(text: string): boolean {
  return (text.includes('Lake') || text.includes('Gulf of') || text.includes('Bay of') || text.includes('Sea of')) && HAS_WATER.test(text);
}
/** A city this large is known beyond its country: named alone, it is evidence of where the note is. */
const BIG_CITY = 100_000;
const CAPITALISED = /\p{Lu}[\p{L}\p{N}]*/gu;
const CAPITALISED_ASCII = /[A-Z][A-Za-z0-9]*/g;

/**
 * Whether a capitalised word of the sentence begins a group's name. Plain text (ASCII and the quotes
 * and dashes news is full of, none a letter or a digit) is read with the ASCII pattern, which finds the
 * same words: the Unicode classes cost many times as much a character.
 */
function namesALead(text: string, leads: Set<string>): boolean {
  const word = isPlain(text) ? CAPITALISED_ASCII : CAPITALISED;
  word.lastIndex = 0;
  for (let w = word.exec(text); w; w = word.exec(text)) if (leads.has(w[0].toLowerCase())) return true;
  return false;
}

/** The first capitalised word of every name of a group or force with a country ("boko", "shabaab", "fardc"). */
function nameLeads(): Set<string> {
  const file = JSON.parse(readFileSync(new URL('../../data/actors.json', import.meta.url), 'utf8')) as
    { actors: Array<{ name: string; country?: string; countries?: string[]; aliases: string[] }> };
  const out = new Set<string>();
  for (const a of file.actors) {
    if (!a.country && !a.countries?.length) continue;
    for (const alias of [a.name, ...a.aliases]) {
      const lead = alias.match(CAPITALISED)?.[0];
      if (lead) out.add(lead.toLowerCase());
    }
  }
  return out;
}

/** The keys, the highest count first (ties in the order they came in). */
function mostFirst<K>(counts: Map<K, number>): K[] {
  const out = objectList<K>();
  for (const [k] of [...counts.entries()].sort((a, b) => b[1] - a[1])) out.push(k);
  return out;
}

/**
 * The countries whose own kinds of unit the text names ("woreda", "payam", "LGA"), each once, in text
 * order. One scan of the pattern: counted in machine instructions, it costs less than a lower-case copy
 * of the text and a search a unit word (a copy costs about 8 a character, each search 1 or 2).
 */
function unitCountries(text: string): Set<string> {
  UNIT_WORDS ??= new RegExp(`\\b(?:${[...WORDS.unitCountries.keys()].join('|')})\\b`, 'gi');
  const out = new Set<string>();
  // exec, not matchAll: matchAll copies the pattern on every call.
  UNIT_WORDS.lastIndex = 0;
  for (let m = UNIT_WORDS.exec(text); m; m = UNIT_WORDS.exec(text)) out.add(WORDS.unitCountries.get(m[0].toLowerCase().replace(/\s+/g, ' '))!);
  return out;
}
let UNIT_WORDS: RegExp | null = null;

/** The geocoder; the index is opened on the first call and shared after. */
export function createGeocoder(): GazetteerGeocoder {
  shared ??= new GazetteerGeocoder(new Gazetteer());
  return shared;
}
