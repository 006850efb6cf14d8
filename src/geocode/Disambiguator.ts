/**
 * Which of a name's candidates the text means: the article's countries first, then closeness to
 * places already resolved, then what the name says (a province, a town), population last.
 */
import { readFileSync } from 'node:fs';
import type { Gazetteer } from './Gazetteer.js';
import type { GeoContext, Place, ToponymMention } from './Geocoder.js';
import { objectList } from './lists.js';

export function distanceKm(a: Place, b: Place): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b.latitude - a.latitude) * r) / 2) ** 2
    + Math.cos(a.latitude * r) * Math.cos(b.latitude * r) * Math.sin(((b.longitude - a.longitude) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

/** The weight of a place's alternate names (log10 of their count) for a name without any context. */
const NOTABILITY = 0.5;

/** What a folded-only match loses when another candidate is written exactly as the text writes it. */
const SPELT_OTHERWISE = 2;
/** Less again for a name that another candidate has as its own, the place being known by it only as one of its other names. */
const ANOTHERS_NAME = 3;

export interface Scored { place: Place; score: number; why: string }

const priors = JSON.parse(readFileSync(new URL('../../data/gazetteer/priors.json', import.meta.url), 'utf8')) as { subregion: Record<string, number> };

export class Disambiguator {
  private readonly fuzzy = new WeakSet<Place>();
  private readonly ownWeight = new WeakMap<Place, number>();

  constructor(private readonly gazetteer: Gazetteer) {}

  resolve(mention: ToponymMention, context: GeoContext): Place | null {
    const best = this.best(mention, context);
    const found = best ? this.plausible(best, context, mention.candidates) : null;
    if (found || !mention.candidates.length || !context.countries.length) return found;
    // "Salouq" near Benghazi is not the Suluk in Syria: try the spellings close to it in the article's countries.
    const near = this.best(mention, context, []);
    return near ? this.plausible(near, context, []) : null;
  }

  /** rank()'s first place without ranking the rest: the first of the highest score, as the stable sort leaves it. */
  private best(mention: ToponymMention, context: GeoContext, own = mention.candidates): Place | null {
    // A single candidate is the first of the highest score whatever it scores (every score is finite).
    if (own.length === 1) return own[0]!;
    const { candidates, near, exact } = this.prepare(mention, context, own);
    let top: Place | null = null;
    let topScore = -Infinity;
    for (const place of candidates) {
      const { score } = this.score(place, mention, context, near, false, exact);
      if (score > topScore) { top = place; topScore = score; }
    }
    return top;
  }

  /** The best candidate, unless nothing in the article supports it and it is too small to be meant by itself. */
  private plausible(p: Place, context: GeoContext, candidates: Place[]): Place | null {
    const info = this.gazetteer.infoOf(p);
    const supported = p.kind === 'country' || context.countries.includes(p.country) || info?.supplement || nearAny(p, context.near, 300);
    // A city everyone knows by several names ("Kharkov") stands without support; a small one does not, nor a
    // city by a name that is other towns' own ("Fairview" is one of Vancouver's names, and many small towns' own).
    const big = info?.primary ? p.population >= 100_000 : p.population >= 500_000 && !namedSo(candidates, this.gazetteer);
    // A small place abroad, in an article about other countries, is more likely a misread word than the event's place.
    if (!supported && !big && context.countries.length) return null;
    // The same where conflict news seldom happens (a "Turley, Oklahoma" for "Turalei"), even with no country said.
    if (!supported && !big && (priors.subregion[this.gazetteer.subregionOf(p)] ?? 0) < 0) return null;
    // A small place in a minor country of the article, far from every other place it names.
    const others = context.near.filter((n) => n.kind !== 'country' && n !== p);
    if (context.countries.length > 0 && context.countries[0] && p.country !== context.countries[0] && p.kind === 'populated place' && p.population < 50_000
      && !info?.supplement && others.length && !nearAny(p, others, 500)) return null;
    return p;
  }

  /** Candidates best first; with `explain`, each carries the reasons for its score. */
  rank(mention: ToponymMention, context: GeoContext, explain = false): Scored[] {
    const { candidates, near, exact } = this.prepare(mention, context);
    const scored = objectList<Scored>();
    for (const place of candidates) scored.push(this.score(place, mention, context, near, explain, exact));
    return scored.sort((a, b) => b.score - a.score);
  }

  /** `known`: the name's candidates; none, to look for places spelt nearly alike. */
  private prepare(mention: ToponymMention, context: GeoContext, known = mention.candidates):
    { candidates: Place[]; near: Place[]; exact: Set<Place> | null } {
    // Neighbours are the article's other places: never this name's own candidates (no self-support).
    const own = known.length > 8 ? new Set(known) : null;
    const near = context.near.filter((n) => n.kind !== 'country' && !(own ? own.has(n) : known.includes(n)));
    const candidates = this.candidatesOf(mention, known, context);
    // "El Hamma" is spelt as the Tunisian town writes itself, not as Syria's Hamah: when some candidate
    // has the text's own spelling, the ones reached only through folding count less.
    const spelt = candidates.length > 1 ? candidates.filter((c) => this.gazetteer.spelledAs(mention.text, c)) : [];
    return { candidates, near, exact: spelt.length ? new Set(spelt) : null };
  }

  /** The mention's candidates; for a name the gazetteer lacks, places spelt nearly alike in the article's countries. */
  private candidatesOf(mention: ToponymMention, known: Place[], context: GeoContext): Place[] {
    if (known.length) return known;
    // With no country to look in, only a town of some size, spelt at most one letter apart, where conflict news happens.
    const near = context.countries.length
      ? this.gazetteer.lookupNear(mention.text, context.countries.slice(0, 3))
      : this.gazetteer.lookupNear(mention.text, [], 1).filter((p) => p.population >= 10_000 && (priors.subregion[this.gazetteer.subregionOf(p)] ?? 0) >= 0);
    for (const p of near) this.fuzzy.add(p);
    return near;
  }

  // Called for every candidate of every name of every article: no closures or arrays unless explaining.
  private score(place: Place, mention: ToponymMention, context: GeoContext, neighbours: Place[], explain: boolean,
    exact: Set<Place> | null): Scored {
    const why: string[] | null = explain ? [] : null;
    let score = 0;
    const rank = context.countries.indexOf(place.country);
    if (rank >= 0) score = add(score, Math.max(2, 5 - rank), 'article country', why);
    // The nearest neighbour of another name, and whether one shares the place's admin1.
    let d = Infinity;
    let anyNear = false;
    let sameAdmin1 = false;
    for (const n of neighbours) {
      if (n.name === place.name) continue;
      anyNear = true;
      // Only the band counts (under 30, 100, 300 km): a neighbour that cannot lower it needs no trigonometry.
      if (d >= 30 && !surelyFarther(n, place, 300)) d = Math.min(d, distanceKm(n, place));
      if (!sameAdmin1 && n.country === place.country && n.admin1 !== null && n.admin1 === place.admin1) sameAdmin1 = true;
    }
    if (anyNear) {
      score = add(score, d < 30 ? 3 : d < 100 ? 2 : d < 300 ? 1 : 0, 'near resolved places', why);
      if (sameAdmin1) score = add(score, 1, 'same admin1', why);
    }
    if (place.kind === 'country') score = add(score, 3, 'country name', why);
    else if (place.kind === 'admin1') score = add(score, mention.region ? 6 : -1, 'admin1', why);
    else if (place.kind === 'admin2') score = add(score, 4, 'district named as such', why);
    else if (mention.region) score = add(score, -2, 'town named as region', why);
    // A lone name in an article that says nothing else of where it is: the namesake known in many
    // languages ("Tripoli", "Kano") before the village, beyond what population alone says.
    if (!anyNear && !context.countries.length) score = add(score, NOTABILITY * Math.log10(1 + (this.gazetteer.infoOf(place)?.alternates ?? 0)), 'known by many names', why);
    if (this.fuzzy.has(place)) score = add(score, -1, 'spelt differently', why);
    if (exact && !exact.has(place) && place.kind !== 'country') score = add(score, -SPELT_OTHERWISE, 'spelt otherwise', why);
    // "Mangu" is a Nigerian town's own name and Bangkok's in Chinese: the name's owner before the city known so abroad.
    if (exact && !exact.has(place) && place.kind === 'populated place' && !this.gazetteer.infoOf(place)?.primary
      && this.ownedByAnother(place, mention)) score = add(score, -ANOTHERS_NAME, 'another town\'s own name', why);
    if (why) return { place, score: this.priorOf(place, why, score), why: why.join(', ') };
    // What the place is, apart from the text: computed once a place, as every name is ranked several times.
    let prior = this.ownWeight.get(place);
    if (prior === undefined) this.ownWeight.set(place, prior = this.priorOf(place, null));
    return { place, score: score + prior, why: '' };
  }

  /** Whether another candidate of the name has it as its own (primary) name. */
  private ownedByAnother(place: Place, mention: ToponymMention): boolean {
    for (const c of mention.candidates) if (c !== place && this.gazetteer.infoOf(c)?.primary) return true;
    return false;
  }

  /** The place's own weight: population, region, conflict supplement, name and feature kind. */
  private priorOf(place: Place, why: string[] | null, score = 0): number {
    const info = this.gazetteer.infoOf(place);
    // A unit's population is the sum of its towns': as a prior it counts like a small town, so that a
    // bare "Kaduna" is the city and "Kaduna State" the state.
    const pop = place.kind === 'admin1' || place.kind === 'admin2' ? Math.min(place.population, 10_000) : place.population;
    score = add(score, Math.log10(Math.max(pop, 1) + 1) * 0.6, 'population', why);
    score = add(score, priors.subregion[this.gazetteer.subregionOf(place)] ?? 0, 'regional prior', why);
    if (info?.supplement) score = add(score, 2.5, 'conflict supplement', why);
    if (info?.primary) score = add(score, 0.5, 'primary name', why);
    const code = info?.featureCode ?? '';
    if (code === 'PPLC') score = add(score, 1.5, 'capital', why);
    else if (code === 'PPLA') score = add(score, 0.8, 'admin1 seat', why);
    else if (code === 'PPLA2') score = add(score, 0.3, 'admin2 seat', why);
    else if (code === 'PPLX') score = add(score, -1, 'section of a place', why);
    return score;
  }
}

/** score + points, the reason noted when explaining. */
function add(score: number, points: number, reason: string, why: string[] | null): number {
  if (why && points) why.push(`${reason} ${points.toFixed(1)}`);
  return score + points;
}

/** Whether some candidate has the name looked up as its own (primary) name. */
function namedSo(candidates: Place[], gazetteer: Gazetteer): boolean {
  for (const c of candidates) if (gazetteer.infoOf(c)?.primary) return true;
  return false;
}

function nearAny(p: Place, near: Place[], km: number): boolean {
  for (const n of near) if (n.kind !== 'country' && !surelyFarther(n, p, km) && distanceKm(n, p) < km) return true;
  return false;
}

/** Whether the latitudes alone put two places at least `km` apart (a degree of latitude is 111.2 km), with a margin. */
function surelyFarther(a: Place, b: Place, km: number): boolean {
  return Math.abs(a.latitude - b.latitude) * 111 > km + 5;
}
