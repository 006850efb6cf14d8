/**
 * Place names in a sentence: capitalised runs of words (1-4 name words, with al-/el- and
 * hyphens) matched against the gazetteer, longest first, with the checks that keep people and
 * groups out ("President Ali", "Islamic State", "Mosul Battalions", "Hope", "Sunday").
 */
import { countryByDemonym } from '../extract/countries.js';
import type { Gazetteer } from './Gazetteer.js';
import type { Place, ToponymMention } from './Geocoder.js';
import { markQualifiers } from './AdminHierarchy.js';
import { objectList } from './lists.js';
import { type Cue, readCue } from './LocativeCue.js';
import { plain, WORDS } from './ToponymWords.js';
import { ARTICLE_CAP, blanksOnly, isSpaceCode, runs, type Token, tokenize } from './ToponymTokens.js';

const MAX_WORDS = 4;
/** "Somalia-based", "Saudi-led": an adjective, not where anything happened. */
const HYPHEN_ADJECTIVE = /-(?:based|led|backed|controlled|held|born|bound|owned|run|linked|allied|aligned|affiliated|funded|supported|registered|operated|made|style|wide|era|inspired|sponsored)$/i;

export class ToponymFinder {
  constructor(private readonly gazetteer: Gazetteer) {}

  /** Forgets the sentences read so far: the cache serves one article (its context, then each event's
   * sentence), so a stream or a benchmark that repeats articles gains nothing from it. */
  startArticle(): void {
    this.recent.clear();
  }

  /**
   * The place names of a sentence. The mentions are shared with later calls for the same sentence
   * at the same offset (the pipeline reads a sentence for the article's context, then again for its
   * event): read them, do not change them.
   */
  find(sentence: string, offset = 0): ToponymMention[] {
    const known = this.recent.get(sentence);
    if (known?.offset === offset) return known.found.slice();
    let found = known?.found;
    const delta = offset - (known?.offset ?? 0);
    if (!found) {
      const tokens = tokenize(sentence);
      found = objectList<ToponymMention>();
      for (const run of runs(sentence, tokens)) this.scanRun(sentence, offset, tokens, run, found);
      markQualifiers(sentence, offset, found, this.gazetteer);
      if (this.recent.size >= 4000) this.recent.clear(); // an article far longer than any news story
      this.recent.set(sentence, { offset, found });
      return found.slice();
    }
    // The same sentence at another offset: the spans move, the candidate lists are shared.
    const out = objectList<ToponymMention>();
    for (let k = 0; k < found.length; k++) {
      const m = found[k]!;
      out.push(toponym(m.text, { start: m.span.start + delta, end: m.span.end + delta }, m.candidates, m.cue, m.cuePrecision, m.region, m.qualifier));
    }
    return out;
  }

  private readonly recent = new Map<string, { offset: number; found: ToponymMention[] }>();

  /**
   * The locative cue before the name starting at `start`, read only when a check needs it (most
   * capitalised words are settled without it) and then once: the last answer is kept.
   */
  private cueAt(sentence: string, start: number): Cue | null {
    if (this.cueSentence !== sentence || this.cueStart !== start) {
      this.cueSentence = sentence;
      this.cueStart = start;
      this.cue = start === 0 ? null : readCue(sentence.slice(Math.max(0, start - 120), start));
    }
    return this.cue;
  }

  private cueSentence: string | null = null;
  private cueStart = -1;
  private cue: Cue | null = null;

  private strongCue(sentence: string, start: number): boolean {
    return this.cueAt(sentence, start)?.strong ?? false;
  }

  /** A name the text places by its words alone (a district, a name the gazetteer lacks), with the cue before it. */
  private cued(sentence: string, text: string, span: ToponymMention['span'], candidates: Place[], start: number): ToponymMention {
    const cue = this.cueAt(sentence, start);
    return toponym(text, span, candidates, cue?.text ?? null, cue?.precision ?? null, false);
  }

  private scanRun(sentence: string, offset: number, tokens: Token[], run: Token[], out: ToponymMention[]): void {
    let i = 0;
    let unmatchedBefore = false;
    while (i < run.length) {
      const first = run[i]!;
      if (first.connector && !first.cap) { i++; continue; }
      // A lone stop word ("Sunday", "Police", "The") needs no look-up at all: most runs are one.
      if (run.length - i === 1 && WORDS.stop.has(first.lower)) { i++; continue; }
      // Names of groups and institutions ("Islamic State", "Radio Okapi") are skipped whole.
      const stopLen = this.stopPhraseAt(run, i);
      if (stopLen) { i += stopLen; continue; }
      // "Lake Chad", "Gulf of Guinea": water named after a country or a town is neither.
      if (i === 0 && run.length > 1 && WATER_WORDS.has(first.lower)) break;
      // "Cercle of Niafunké", "Commune of X": the unit word is not part of the name that follows.
      if (run[i + 1]?.lower === 'of' && UNIT_WORDS.has(first.lower)) { i += 2; continue; }
      // "30 km North East of Beletweyne": a compass bearing written with capitals, not a district so named.
      const bearing = this.bearingAt(tokens, run, i);
      if (bearing) { i += bearing; continue; }
      // A token holds no full stop: its lower case is the title list's form.
      const titled = WORDS.titles.has(first.lower) || WORDS.titles.has(prevToken(tokens, first)?.lower ?? '');
      const personal = WORDS.firstNames.has(first.lower);
      // "Logo LGA", "Tullus County", "the Cercle of Niafunké": a district named as such is the unit.
      const unit2 = titled || personal ? null : this.unit2At(sentence, tokens, run, i);
      if (unit2) {
        const end = run[i + unit2.words - 1]!.end;
        out.push(this.cued(sentence, sentence.slice(first.start, end), { start: offset + first.start, end: offset + end },
          unit2.candidates, first.start));
        i += unit2.words + unit2.skip;
        continue;
      }
      let found = this.longestMatch(sentence, tokens, run, i);
      let partial = false;
      if (titled || personal) {
        // "President Joseph Kabila", "Ali Hassan said": a person, unless the text plainly puts a place there
        // ("in the village of Ali", "in Ali al-Gharbi").
        const placeLike = found && this.strongCue(sentence, first.start) && !this.isPartial(run, i, found.words) && (found.words > 1 || !titled);
        if (!placeLike) { i = run.length; continue; }
      }
      if (found && (unmatchedBefore || this.isPartial(run, i, found.words))) {
        // "Bulla Gumar", "Cité Ibn Khaldoun", "Sidi Ali Ben Aoun": the run is one longer name the gazetteer
        // lacks; a piece of it matching some small town elsewhere is noise. Only a notable place survives.
        const least = found.words > 1 ? 50_000 : 500_000;
        // A city's other names count here only as its own: "Sam" of a village "Sam X" is Damascus in Turkish.
        const notable = found.candidates.filter((c) => c.kind !== 'populated place' || this.gazetteer.infoOf(c)?.supplement
          || (c.population >= least && this.gazetteer.infoOf(c)?.primary));
        if (notable.length) found.candidates = notable; else { found = null; partial = true; }
      }
      if (!found) {
        const unknown = this.unknownName(sentence, tokens, run, i);
        // A town the gazetteer lacks may still be known as the district named after it: its seat is the best point.
        const text = unknown && sentence.slice(unknown.start, unknown.end);
        const district = text ? this.gazetteer.lookupUnit2(text) : [];
        if (unknown) out.push(this.cued(sentence, text!, { start: offset + unknown.start, end: offset + unknown.end }, district, first.start));
        if (!unknown && !first.connector && !WORDS.stop.has(first.lower)) unmatchedBefore = true;
        i = partial ? run.length : i + (unknown?.words ?? 1);
        continue;
      }
      const last = run[i + found.words - 1]!;
      const next = nextToken(tokens, last);
      const after = next && blanksOnly(sentence, last.end, next.start) ? next : undefined;
      const regionNoun = after !== undefined && WORDS.regionNouns.has(after.lower);
      // "Mosul Battalions", "Kirkuk Council": a group or an institution, not where the event was.
      if (after && WORDS.groupNouns.has(after.lower) && !regionNoun) { i += found.words + 1; continue; }
      // "along the Niger river": the river, not the country or the town named after it.
      if (after?.lower === 'river') { i += found.words + 1; continue; }
      // "the Santa Maria church", "St George's cathedral": a saint the building is named after, not a town.
      if (after && HOUSE_OF_WORSHIP.has(after.lower) && SAINT.test(first.lower)) { i += found.words + 1; continue; }
      // "Kabila said": a person.
      if (after && WORDS.saying.has(after.lower) && found.words === 1 && !this.strongCue(sentence, first.start)) { i += 1; continue; }
      const before = prevToken(tokens, first);
      const directed = before !== undefined && !before.cap && WORDS.directions.has(before.lower)
        && blanksOnly(sentence, before.end, first.start);
      const start = first.start;
      const end = last.end;
      const cue = this.cueAt(sentence, start);
      // "the province of Kirkuk": the unit, as "Kirkuk province" is.
      const region = regionNoun || directed || found.regionWord
        || afterRural(sentence, first.start) || (cue !== null && REGION_OF.test(cue.text));
      const townNoun = after !== undefined && !regionNoun && (WORDS.townNouns.has(after.lower) || WORDS.nearNouns.has(after.lower));
      const candidates = region ? preferUnits(found.candidates) : townNoun ? preferTowns(found.candidates) : found.candidates;
      const nearNoun = after !== undefined && WORDS.nearNouns.has(after.lower);
      out.push(toponym(sentence.slice(start, end), { start: offset + start, end: offset + end }, candidates,
        cue?.text ?? null, nearNoun ? 2 : cue?.precision ?? null, region));
      i += found.words + (regionNoun && run[i + found.words] === after ? 1 : 0);
    }
  }

  /** Admin2 units named by the run's words from i, when a unit noun follows or "district of" precedes them. */
  private unit2At(sentence: string, tokens: Token[], run: Token[], i: number): { words: number; skip: number; candidates: Place[] } | null {
    const first = run[i]!;
    const ofUnit = afterOfOrThe(sentence, first.start) && UNIT_OF.test(sentence.slice(Math.max(0, first.start - 40), first.start));
    for (let n = Math.min(run.length - i, MAX_WORDS); n >= 1; n--) {
      const last = run[i + n - 1]!;
      if (last.connector && !last.cap) continue;
      const inRun = run[i + n];
      const next = inRun ?? nextToken(tokens, last);
      const noun = next !== undefined && blanksOnly(sentence, last.end, next.start) && isUnit2Noun(tokens, next);
      if (!noun && !(ofUnit && n === run.length - i)) continue;
      const name = sentence.slice(first.start, last.end);
      // "Kirkuk province", "Borno State": where the noun also names a province, a province of the name wins.
      if (noun && WORDS.regionNouns.has(next.lower) && this.gazetteer.lookup(name).some((c) => c.kind === 'admin1')) return null;
      const units = this.gazetteer.lookupUnit2(name);
      if (units.length) return { words: n, skip: inRun && noun ? 1 : 0, candidates: units };
    }
    return null;
  }

  /** How many of the run's words from i are compass words followed by "of" ("North East of"); 0 if not so. */
  private bearingAt(tokens: Token[], run: Token[], i: number): number {
    let j = i;
    while (j < run.length && j - i < 2 && COMPASS.has(run[j]!.lower)) j++;
    return j > i && nextToken(tokens, run[j - 1]!)?.lower === 'of' ? j - i : 0;
  }

  /** A match covering only part of a run's name words: "Bulla" of "Bulla Gumar", "Rand" of "East Rand". */
  private isPartial(run: Token[], i: number, words: number): boolean {
    const before = run[i - 1];
    if (before && before.cap && WORDS.directions.has(before.lower)) return true;
    let end = run.length;
    // "Kosti Technical School", "Delta State Independent Electoral Commission": English words after a
    // name make an institution's name, not a longer place name.
    while (end > i + words && (isTrailingNoun(run[end - 1]!) || this.gazetteer.isEnglishWord(run[end - 1]!.lower))) end--;
    for (let k = i + words; k < end; k++) if (!run[k]!.connector || run[k]!.cap) return true;
    return false;
  }

  private stopPhraseAt(run: Token[], i: number): number {
    let phrase = '';
    let found = 0;
    for (let n = 1; n <= Math.min(run.length - i, 8); n++) {
      phrase = n === 1 ? run[i]!.lower : `${phrase} ${run[i + n - 1]!.lower}`;
      if (WORDS.stopPhrases.has(phrase)) found = n;
      else if (!STOP_PREFIXES.has(phrase)) break; // no stop phrase goes on from here
    }
    return found;
  }

  /** The longest run of name words from i that the gazetteer (or the country list) knows. */
  private longestMatch(sentence: string, tokens: Token[], run: Token[], i: number):
    { words: number; candidates: Place[]; regionWord: boolean } | null {
    const words = run.slice(i);
    let lowerConnectors = 0;
    for (const t of words) if (t.connector && !t.cap) lowerConnectors++;
    const maxLen = Math.min(words.length, MAX_WORDS + lowerConnectors);
    for (let n = maxLen; n >= 1; n--) {
      const last = words[n - 1]!;
      if (last.connector && !last.cap) continue;
      const text = sentence.slice(words[0]!.start, last.end);
      const low = plainName(text);
      if (n === 1) {
        const t = words[0]!;
        if (t.connector || t.text.length < 3) { if (!this.gazetteer.country(t.text)) return null; }
        if (t.text.includes('-') && HYPHEN_ADJECTIVE.test(t.text)) return null;
        const next = nextToken(tokens, t);
        const nounAfter = next !== undefined && (WORDS.regionNouns.has(next.lower) || WORDS.townNouns.has(next.lower));
        // "Iraqi" is no place; "the Somali region" is one.
        if (isDemonym(t.text) && !this.gazetteer.country(t.text) && !(next && WORDS.regionNouns.has(next.lower))) return null;
        if (WORDS.stop.has(low) && !nounAfter && !/(?:town|village|city|locality) of\s+$/i.test(sentence.slice(0, t.start))) return null;
      }
      const country = this.gazetteer.country(text);
      // "US officials", "UK troops": an acronym before a noun says whose, not where.
      if (country && n === 1 && words[0]!.acronym && !this.strongCue(sentence, words[0]!.start)) return null;
      if (country) return { words: n, candidates: [country], regionWord: false };
      if (words[0]!.acronym && n === 1 && !isDateline(sentence, words[0]!)) return null;
      const found = this.gazetteer.lookup(text);
      // "Hope", "Golden", "Date": an English word names a place only where the text says so, or a notable
      // one by its own name ("Part" is one of Perth's names in some language, and no place in English).
      // (The cue last: reading it costs the most, and most names are no English word.)
      if (n === 1 && found.length && this.gazetteer.isEnglishWord(low) && !this.strongCue(sentence, words[0]!.start)
        && !found.some((c) => (c.kind !== 'populated place' || c.population >= 100_000) && this.gazetteer.infoOf(c)?.primary)) return null;
      if (found.length) {
        const regionWord = n > 1 && WORDS.regionNouns.has(last.lower);
        if (!regionWord) return { words: n, candidates: found, regionWord };
        // "Northern Region": Uganda's unit is called so, Ghana's is "Northern"; both are meant.
        const short = this.gazetteer.lookup(sentence.slice(words[0]!.start, words[n - 2]!.end))
          .filter((p) => p.kind === 'admin1' && !found.includes(p));
        return { words: n, candidates: [...found, ...short], regionWord };
      }
      // "Borno State", "Nineveh Governorate": the unit under its short name.
      if (n > 1 && WORDS.regionNouns.has(last.lower)) {
        const unit = this.gazetteer.lookup(sentence.slice(words[0]!.start, words[n - 2]!.end)).filter((p) => p.kind === 'admin1');
        if (unit.length) return { words: n, candidates: unit, regionWord: true };
      }
    }
    // "Gamboru-Ngala": a hyphenated pair of names is the first of them; "the Abuja-Kaduna highway" too.
    const only = words[0]!;
    if (only.text.includes('-') && !ARTICLE_CAP.test(only.text)
      && (ROAD.has(nextToken(tokens, only)?.lower ?? '') || this.strongCue(sentence, only.start))) {
      const head = pairHead(sentence, only);
      if (/^\p{Lu}/u.test(head) && head.length >= 3 && !WORDS.stop.has(plain(head))) {
        const hit = this.gazetteer.lookup(head);
        if (hit.length) return { words: 1, candidates: hit, regionWord: false };
      }
    }
    return null;
  }

  /** A name the gazetteer lacks, kept where the text plainly says it is a place ("in the village of Xyz"). */
  private unknownName(sentence: string, tokens: Token[], run: Token[], i: number): { start: number; end: number; words: number } | null {
    const first = run[i]!;
    if (first.acronym || WORDS.stop.has(first.lower) || WORDS.firstNames.has(first.lower) || isDemonym(first.text)) return null;
    if (!this.strongCue(sentence, first.start)) return null;
    let n = 1;
    while (i + n < run.length && n < MAX_WORDS && !isTrailingNoun(run[i + n]!)) n++;
    while (n > 1 && run[i + n - 1]!.connector && !run[i + n - 1]!.cap) n--;
    const after = run[i + n] ?? tokens[run[i + n - 1]!.at + 1];
    if (after && WORDS.groupNouns.has(after.lower)) return null; // "Hanana Brigade": a group
    const text = sentence.slice(first.start, run[i + n - 1]!.end);
    if (WORDS.stopPhrases.has(plain(text))) return null;
    return { start: first.start, end: run[i + n - 1]!.end, words: n };
  }
}

/**
 * The town a hyphenated pair stands for: the first ("Gamboru-Ngala"), unless the sentence names only
 * the second on its own too ("traders in Kitale ... on the Eldoret-Kitale highway").
 */
function pairHead(sentence: string, t: Token): string {
  const parts = t.text.split('-');
  const [first, last] = [parts[0]!, parts[parts.length - 1]!];
  const elsewhere = (name: string) => {
    for (let i = sentence.indexOf(name); i >= 0; i = sentence.indexOf(name, i + 1)) {
      if (i >= t.start && i < t.end) continue;
      if (!/[\p{L}-]/u.test(sentence[i - 1] ?? ' ') && !/[\p{L}-]/u.test(sentence[i + name.length] ?? ' ')) return true;
    }
    return false;
  };
  return parts.length > 1 && elsewhere(last) && !elsewhere(first) ? last : first;
}

/** What a pair of towns names when it comes before one of these words ("the Mogadishu-Afgoye road"). */
const ROAD = new Set(['road', 'highway', 'axis', 'corridor', 'route']);
/** A cue naming the unit the name is: "province of", "the region of the". */
const REGION_OF = /\b(?:province|governorate|region|state|oblast|wilaya|prefecture)\s+of(?:\s+the)?$/;
const WATER_WORDS = new Set(['lake', 'gulf', 'bay', 'sea']);
const HOUSE_OF_WORSHIP = new Set(['church', 'cathedral', 'chapel', 'basilica', 'monastery', 'convent', 'parish']);
const SAINT = /^(?:saint|st|santa|santo|san|sao|são|mar|notre|sainte|ste)$/;
const UNIT_WORDS = new Set(['cercle', 'commune', 'district', 'county', 'province', 'region', 'state', 'department', 'prefecture',
  'municipality', 'governorate', 'woreda', 'territory']);
/** A compass word: "north", "south-east", "northwest" (sets, not patterns: these are asked of most runs). */
const COMPASS = new Set(['north', 'south', 'east', 'west'].flatMap((a) => ['', 'east', 'west', '-east', '-west'].map((b) => a + b)));

/** Nouns that make the name before them an admin2 unit: "Logo LGA", "Koch county", "Soum Province". */
const UNIT2_NOUNS = new Set(['district', 'lga', 'county', 'cercle', 'woreda', 'prefecture', 'province', 'department', 'commune',
  'municipality', 'territory', 'sub-county', 'subcounty', 'local']);
const UNIT_OF = /\b(?:district|cercle|county|lga|local government area|prefecture|commune|woreda|territory|municipality)\s+of\s+(?:the\s+)?$/i;

/** Whether "of" or "the" and then whitespace come just before `at`: UNIT_OF can match only then. */
function afterOfOrThe(sentence: string, at: number): boolean {
  let end = at;
  while (end > 0 && isSpaceCode(sentence.charCodeAt(end - 1))) end--;
  if (end === at) return false;
  // "the" or "...of" in any case, compared by char code (ASCII letters only: no other character
  // lower-cases to one of these), not by a lower-case copy a run.
  const c1 = sentence.charCodeAt(end - 1) | 32;
  const c2 = sentence.charCodeAt(end - 2) | 32;
  return (c2 === 111 && c1 === 102) || (end >= 3 && (sentence.charCodeAt(end - 3) | 32) === 116 && c2 === 104 && c1 === 101);
}

/** /\brural\s+$/i of the text before `at` ("in rural Kirkuk"), read back from `at` without a copy or a pattern. */
function afterRural(sentence: string, at: number): boolean {
  let end = at;
  while (end > 0 && isSpaceCode(sentence.charCodeAt(end - 1))) end--;
  if (end === at || end < 5) return false;
  // /i without /u: only an ASCII letter matches a letter in the other case.
  for (let k = 0; k < 5; k++) if ((sentence.charCodeAt(end - 5 + k) | 32) !== RURAL.charCodeAt(k)) return false;
  const before = end === 5 ? 32 : sentence.charCodeAt(end - 6);
  return !((before >= 97 && before <= 122) || (before >= 65 && before <= 90) || (before >= 48 && before <= 57) || before === 95);
}
const RURAL = 'rural';

function isUnit2Noun(tokens: Token[], t: Token): boolean {
  if (!UNIT2_NOUNS.has(t.lower)) return false;
  // "Okpe Local Government Area": "local" only with the words that follow it.
  return t.lower !== 'local' || nextToken(tokens, t)?.lower === 'government';
}

/** Words that may follow a name without being part of it: "Mosul University", "Gao Airport", "Kidal Region". */
function isTrailingNoun(t: Token): boolean {
  return WORDS.stop.has(t.lower) || WORDS.regionNouns.has(t.lower) || WORDS.townNouns.has(t.lower)
    || WORDS.groupNouns.has(t.lower) || WORDS.nearNouns.has(t.lower);
}

/** Every stop phrase's first words ("islamic", "islamic state"): a phrase that is none of them goes no further. */
const STOP_PREFIXES = new Set([...WORDS.stopPhrases].flatMap((p) => {
  const words = p.split(' ');
  return words.map((_, k) => words.slice(0, k + 1).join(' '));
}));

/**
 * "IDLIB, Syria, Oct. 7 —", "GAO (Reuters) -": a wire story's dateline, the town it was filed from, in
 * capitals at the head of the text. A short one reads like an acronym ("UN, aid groups said"): it is
 * a dateline only where a dash follows it, after nothing but names, a date and the agency.
 */
function isDateline(sentence: string, t: Token): boolean {
  if (!/^\s*$/.test(sentence.slice(0, t.start))) return false;
  return DATELINE_TAIL.test(sentence.slice(t.end, t.end + 80));
}
const DATELINE_TAIL = /^(?:\s*,\s*[\p{L}\d.' ]+)*\s*(?:\([^)]{1,30}\))?\s*[-–—]/u;

/** plain() of a name, remembered by the name: names recur. */
function plainName(text: string): string {
  let hit = plained.get(text);
  if (hit === undefined) {
    if (plained.size >= 50_000) plained.clear();
    plained.set(text, hit = plain(text));
  }
  return hit;
}
const plained = new Map<string, string>();

/** Whether a word is a people's adjective ("Iraqi"), remembered by the word: names recur. */
function isDemonym(word: string): boolean {
  let hit = demonyms.get(word);
  if (hit === undefined) {
    if (demonyms.size >= 50_000) demonyms.clear();
    demonyms.set(word, hit = countryByDemonym(word) !== null);
  }
  return hit;
}
const demonyms = new Map<string, boolean>();

/**
 * A mention with every field set, in one order: the geocoder reads mentions in many places, and
 * objects of one shape keep that code fast (fields added later gave it several shapes to handle).
 */
export function toponym(text: string, span: ToponymMention['span'], candidates: Place[], cue: string | null | undefined,
  cuePrecision: 1 | 2 | null | undefined, region: boolean | undefined, qualifier = false): ToponymMention {
  return { text, span, candidates, cue, cuePrecision, region, qualifier };
}

function nextToken(tokens: Token[], t: Token): Token | undefined {
  return tokens[t.at + 1];
}

function prevToken(tokens: Token[], t: Token): Token | undefined {
  return tokens[t.at - 1];
}


/** "Marsabit town", "Kidal airport": the towns only, when there are any. */
function preferTowns(candidates: Place[]): Place[] {
  const towns = candidates.filter((c) => c.kind === 'populated place' || c.kind === 'site');
  return towns.length ? towns : candidates;
}

/** "Kirkuk province": the admin1 unit first, the town after. */
function preferUnits(candidates: Place[]): Place[] {
  const units = candidates.filter((c) => c.kind === 'admin1' || c.kind === 'country');
  return units.length ? [...units, ...candidates.filter((c) => !units.includes(c))] : candidates;
}
