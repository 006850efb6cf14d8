/**
 * The event's own location: of the places a sentence names, the one tied to the event's clause,
 * with ACLED's precision ("in Mosul" 1; "near Baghdad", "20 miles from Mosul" 2; "southern
 * Kirkuk", a country 3). A name that cannot be resolved is kept as text and does not blank the rest.
 */
import { BESIDE } from '../extract/articleCountries.js';
import type { TextSpan } from '../extract/types.js';
import type { Disambiguator } from './Disambiguator.js';
import type { Gazetteer } from './Gazetteer.js';
import type { EventLocation, GeoContext, Place, ToponymMention } from './Geocoder.js';
import { objectList } from './lists.js';
import type { ToponymFinder } from './Toponyms.js';

/** Where one clause ends and another begins: ";", ":", a dash, ", while", ", after", "... and then". */
const CLAUSE_BREAK = /[;:]|\s[-–—]\s|,\s*(?:and|but|while|whereas|after|before|when|as|since|although|though|which|who|where|whom|prompting|leaving|forcing|following)\b|\b(?:after|before|while|following|since)\b|\s(?:and|but)\s+(?:a|an|the|two|three|four|five|six|\d+|another|several|many|some|more|his|her|their)\b/gi;

interface Option { mention: ToponymMention; place: Place | null; score: number; sameClause: boolean }

interface Resolution { variant: number; place: Place | null }

interface ContextMemo {
  countries: string[];
  /** The pipeline's list of the article's places, and how much of it has been read. */
  source: Place[];
  length: number;
  near: Place[];
  seen: Set<Place>;
  /** Names resolved, by their text and then their variant (see variantOf). */
  resolved: Map<string, Resolution[]>;
  /** How often each place was named (by name, country and latitude), and the most named, once asked for:
   * counted only then, up to `tallied` of the source list (most articles never fall back to it). */
  tally: Map<string, { place: Place; n: number }>;
  tallied: number;
  dominant: Place | null | undefined;
}

export class EventLocator {
  private memo: ContextMemo | null = null;

  constructor(private readonly finder: ToponymFinder, private readonly disambiguator: Disambiguator,
    private readonly gazetteer: Gazetteer) {}

  locate(sentence: string, offset: number, trigger: TextSpan, context: GeoContext): EventLocation {
    const mentions = this.finder.find(sentence, offset);
    const resolved = this.resolveAll(mentions, context);
    const options = objectList<Option>();
    let origin: ToponymMention | null = null;
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!;
      if (launchedFrom(sentence, offset, m, origin)) { origin = m; continue; }
      if (besideCountry(sentence, offset, m)) continue;
      if (m.qualifier || describes(sentence, offset, mentions[i - 1], resolved[i - 1] ?? null, m)) continue;
      const sameClause = !crossesClause(sentence, offset, m.span, trigger);
      options.push({ mention: m, place: resolved[i] ?? null, sameClause, score: tie(m, trigger, sameClause) });
    }
    options.sort(byScore);

    const best = options[0];
    if (!best) return this.fallback(context, null);
    // The name right after the clause's: what qualifies it ("Daqouq, southern Kirkuk"), or what it is measured from.
    const at = mentions.indexOf(best.mention) + 1;
    const after = mentions[at];
    const qualifier = after?.qualifier ? after : undefined;
    const qPlace = qualifier ? resolved[at] ?? null : null;
    // A name read only as a spelling near a place abroad ("the Safa neighbourhood of Rafah, North Sinai"
    // is no Saffa in the West Bank) yields to what qualifies it.
    if (best.place && !(qPlace && qPlace.country !== best.place.country)) return this.located(best, best.sameClause ? 'clause' : 'sentence');
    // The clause's name is unknown: keep it, and place the event by what qualifies it or by the next name.
    const unresolved = { text: best.mention.text, span: best.mention.span };
    if (qualifier && qPlace) {
      return unknownAt(this.located({ mention: qualifier, place: qPlace, sameClause: best.sameClause, score: best.score }, 'sentence', 2), unresolved);
    }
    // "Buufow (c. 13 km north west of Merka)": the town the unknown place is measured from, else
    // another place of the sentence, a country last.
    const measured = after?.cuePrecision === 2 && after.span.start - best.mention.span.end <= 60 ? options.find((o) => o.mention === after && o.place) : undefined;
    const next = measured ?? options.find((o) => o.place && o.place.kind !== 'country') ?? options.find((o) => o.place);
    if (next) return unknownAt(this.located(next, 'sentence', 2), unresolved);
    return this.fallback(context, unresolved);
  }

  /**
   * Each name resolved against the article, then again with the sentence's other names as neighbours:
   * the places in the mentions' order (lists, not a map a call, and one list of neighbours reused).
   */
  resolveAll(mentions: ToponymMention[], context: GeoContext): Array<Place | null> {
    const first = objectList<Place | null>();
    for (let i = 0; i < mentions.length; i++) first.push(this.resolveOne(mentions[i]!, context));
    if (mentions.length < 2) return first;
    const { near, seen } = this.memoFor(context);
    const out = objectList<Place | null>();
    const neighbours = objectList<Place>();
    for (let i = 0; i < mentions.length; i++) {
      neighbours.length = 0;
      for (let k = 0; k < mentions.length; k++) {
        const p = k === i ? null : first[k];
        if (p && p.kind !== 'country' && !seen.has(p)) neighbours.push(p);
      }
      // No neighbour the article had not already given: the first answer stands.
      if (!neighbours.length) { out.push(first[i]!); continue; }
      for (let k = 0; k < near.length; k++) neighbours.push(near[k]!);
      out.push(this.disambiguator.resolve(mentions[i]!, { countries: context.countries, near: neighbours }));
    }
    return out;
  }

  /**
   * A name resolved against the article alone. The pipeline places one event after another in the
   * same context, which only grows: while it has not grown, a name already resolved is not ranked again.
   */
  resolveOne(mention: ToponymMention, context: GeoContext): Place | null {
    const memo = this.memoFor(context);
    const variant = variantOf(mention);
    // By the text, then the variant: a key string built per call cost more than the look-up saved.
    let known = memo.resolved.get(mention.text);
    if (known) {
      for (let i = 0; i < known.length; i++) if (known[i]!.variant === variant) return known[i]!.place;
    } else memo.resolved.set(mention.text, known = objectList());
    const place = this.disambiguator.resolve(mention, { countries: context.countries, near: memo.near });
    known.push({ variant, place });
    return place;
  }

  /**
   * What resolving needs of the article's places, kept while the pipeline adds to them: each place
   * once (the list repeats one an event), countries left out, and a tally for the dominant place.
   * Names resolved stay valid until a place not seen before comes in.
   */
  private memoFor(context: GeoContext): ContextMemo {
    let m = this.memo;
    if (m && m.countries !== context.countries && m.length === 0 && !context.near.length && sameRanking(m.countries, context.countries)) {
      // The article's countries re-sorted by their final votes, in an order that ranks no name differently.
      m.countries = context.countries;
      m.source = context.near;
    }
    if (!m || m.countries !== context.countries || m.source !== context.near || context.near.length < m.length) {
      m = this.memo = { countries: context.countries, source: context.near, length: 0, near: objectList(), seen: new Set(), resolved: new Map(), tally: new Map(), tallied: 0, dominant: undefined };
    }
    if (m.length === context.near.length) return m;
    for (let i = m.length; i < context.near.length; i++) {
      const p = context.near[i]!;
      if (p.kind === 'country' || m.seen.has(p)) continue;
      m.seen.add(p);
      m.near.push(p);
      m.resolved.clear();
    }
    m.length = context.near.length;
    return m;
  }

  /** The article's most named place: the tally brought up to date with the places added since last asked. */
  private dominantOf(m: ContextMemo): Place | null {
    if (m.tallied === m.length && m.dominant !== undefined) return m.dominant;
    for (let i = m.tallied; i < m.length; i++) {
      const p = m.source[i]!;
      if (p.kind === 'country') continue;
      const key = tallyKey(p);
      const c = m.tally.get(key);
      if (c) c.n++; else m.tally.set(key, { place: p, n: 1 });
    }
    m.tallied = m.length;
    return m.dominant = mostFrequent(m.tally);
  }

  private located(o: Option, source: 'clause' | 'sentence', floor: 1 | 2 = 1): EventLocation {
    let place = o.place!;
    let precision: 1 | 2 | 3;
    if (place.kind === 'country' || place.kind === 'admin1') precision = 3;
    else if (place.kind === 'admin2') precision = 2;
    else if (o.mention.region) {
      const unit = this.gazetteer.admin1Of(place);
      if (unit) { place = unit; precision = 3; } else precision = 2;
    } else precision = o.mention.cuePrecision === 2 ? 2 : 1;
    if (source === 'sentence' && precision < 2 && !o.mention.cue) precision = 2;
    return { place, geo_precision: Math.max(precision, floor) as 1 | 2 | 3, span: o.mention.span, unresolved: null, source };
  }

  /** No place in the sentence: the article's dominant place, else its country, each said with precision. */
  private fallback(context: GeoContext, unresolved: EventLocation['unresolved']): EventLocation {
    const dominant = this.dominantOf(this.memoFor(context));
    if (dominant) {
      return { place: dominant, geo_precision: dominant.kind === 'admin1' ? 3 : 2, span: null, unresolved, source: 'article' };
    }
    const country = context.countries[0] ? this.gazetteer.country(context.countries[0]) : null;
    if (country) return { place: country, geo_precision: 3, span: null, unresolved, source: 'country' };
    return { place: null, geo_precision: null, span: null, unresolved, source: 'country' };
  }
}

/** A fresh location, with the name the clause gave that could not be resolved (set in place: one shape for every location). */
function unknownAt(location: EventLocation, unresolved: EventLocation['unresolved']): EventLocation {
  location.unresolved = unresolved;
  return location;
}

/** A place's tally key (name, country and latitude): the same place read from another name counts with it.
 * Kept by place, as the pipeline asks for the same places again and again. */
function tallyKey(p: Place): string {
  let key = tallyKeys.get(p);
  if (key === undefined) tallyKeys.set(p, key = `${p.name}|${p.country}|${Math.round(p.latitude * 100)}`);
  return key;
}
const tallyKeys = new WeakMap<Place, string>();

/** What besides its text decides how a name resolves: region, qualifier and how many candidates, as one number. */
export function variantOf(m: ToponymMention): number {
  return m.candidates.length * 4 + (m.region ? 2 : 0) + (m.qualifier ? 1 : 0);
}

const byScore = (a: Option, b: Option) => b.score - a.score;

/** A deed done to the place itself: "attacked X", "seized X", "shelled X". */
const VERB_CUE = /^(?:hit|struck|attacked|stormed|raided|seized|captured|overran|shelled|bombed|targeted|besieged|recaptured|retook|invaded|occupied|surrounded)\b/;

/** How strongly a name is the event's place: near the trigger, in its clause, after a locative word. */
function tie(m: ToponymMention, trigger: TextSpan, sameClause: boolean): number {
  const gap = m.span.start >= trigger.end ? m.span.start - trigger.end : trigger.start >= m.span.end ? trigger.start - m.span.end : 0;
  let score = 100 - Math.min(gap, 150) / 3;
  if (!sameClause) score -= 40;
  if (m.cue) score += m.cuePrecision === 2 || /\b(?:in|at|inside|of)\b/.test(m.cue) || VERB_CUE.test(m.cue) ? 25 : 5;
  if (m.span.start >= trigger.end) score += 3;
  let countries = 0;
  let units = 0;
  for (const c of m.candidates) if (c.kind === 'country') countries++; else if (c.kind === 'admin1') units++;
  const n = m.candidates.length;
  if (n && countries === n) score -= 20;
  else if (n && countries + units === n) score -= 8;
  if (!m.candidates.length) score -= 5;
  return score;
}

/**
 * "Camp Taji, north of Baghdad": a name set off by a comma and a near-cue after a resolved name says
 * where that name lies; the event is at the first one.
 */
function describes(sentence: string, offset: number, prev: ToponymMention | undefined, prevPlace: Place | null,
  m: ToponymMention): boolean {
  if (!prev || m.cuePrecision !== 2 || !prevPlace) return false;
  const between = sentence.slice(prev.span.end - offset, m.span.start - offset);
  return /^\s*,/.test(between) && between.length <= 40;
}

/** "Near the border with Mali": the country across the border is not where the event was. */
function besideCountry(sentence: string, offset: number, m: ToponymMention): boolean {
  if (m.candidates[0]?.kind !== 'country') return false;
  const start = m.span.start - offset;
  return BESIDE.test(sentence.slice(Math.max(0, start - 30), start));
}

/** "Missiles fired at the city from X", "drones launched from X": where a strike came from, not where it hit. */
const LAUNCHED_FROM = /\b(?:fired|launched|lobbed|shot|flown|took off|launching|firing)\b[^.;:]{0,50}?\bfrom\s+(?:the\s+)?$/iu;

/** Whether the name is where a strike was launched from: after "fired ... from", or its place's own name ("Russia's Belgorod region"). */
function launchedFrom(sentence: string, offset: number, m: ToponymMention, origin: ToponymMention | null): boolean {
  if (origin && /^['’]s\s+$/.test(sentence.slice(origin.span.end - offset, m.span.start - offset))) return true;
  if (m.cue !== 'from') return false;
  const start = m.span.start - offset;
  return LAUNCHED_FROM.test(sentence.slice(Math.max(0, start - 90), start));
}

function crossesClause(sentence: string, offset: number, a: TextSpan, b: TextSpan): boolean {
  const from = Math.min(a.end, b.end) - offset;
  const to = Math.max(a.start, b.start) - offset;
  if (to <= from) return false;
  CLAUSE_BREAK.lastIndex = 0;
  return CLAUSE_BREAK.test(sentence.slice(from, to));
}

/**
 * Whether two orders of the same countries resolve every name alike: the disambiguator ranks a
 * place by its country's position among the first three, and the rest only by being there.
 */
function sameRanking(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < Math.min(3, a.length); i++) if (a[i] !== b[i]) return false;
  const rest = new Set(a);
  return b.every((c) => rest.has(c));
}

function mostFrequent(counts: Map<string, { place: Place; n: number }>): Place | null {
  let best: { place: Place; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.place ?? null;
}
