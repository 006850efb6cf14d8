import { oneArea, readInSentence } from '../geocode/Geocoder.js';
import type { EventMention } from './EventMention.js';
import type { FatalityFigure } from './FatalityCount.js';

/** How far apart (in sentences) two mentions of one incident may stand. */
const MAX_GAP = 2;

function rangesOverlap(a: EventMention, b: EventMention): boolean {
  const ra = a.date.date_range;
  const rb = b.date.date_range;
  return !ra || !rb || (ra[0] <= rb[1] && rb[0] <= ra[1]);
}

// A place guessed from the article (no place in the sentence) says nothing of where it happened.
const told = (m: EventMention) => (readInSentence(m.location) ? m.location.place : null);

function samePlace(a: EventMention, b: EventMention): boolean {
  const pa = told(a);
  const pb = told(b);
  return !pa || !pb || oneArea(pa, pb);
}

function sameActors(a: EventMention, b: EventMention): boolean {
  const named = (x: EventMention) => (x.actor1 && x.actor1.inter !== 7 ? x.actor1.name : null);
  return !named(a) || !named(b) || named(a) === named(b);
}

/** A time, a place and a cast that one incident could have: nothing the two tell contradicts the other. */
const compatible = (a: EventMention, b: EventMention): boolean => rangesOverlap(a, b) && samePlace(a, b) && sameActors(a, b);

// "another rocket attack", "a second blast", "in a separate incident": the text itself says it is new.
const ANOTHER_WORDS = 'another|second|third|new|separate|separately';
const ANOTHER = new RegExp(`\\b(?:${ANOTHER_WORDS})\\b[^.;]{0,40}$`, 'i');
// "also", "later", "earlier" mostly tell of a deed of its own too.
const NEW_INCIDENT = new RegExp(`\\b(?:${ANOTHER_WORDS}|also|later|earlier)\\b[^.;]{0,40}$`, 'i');

const SUBSET = /\b(?:of|among)\s+(?:the|those)\s+(?:dead|killed|victims|casualties|wounded)\b/i;
const isSubset = (m: EventMention, text: string) => SUBSET.test(text.slice(m.sentenceSpan.start, m.sentenceSpan.end));

/** A protest and the riot it turned into are one gathering. */
const isCrowd = (m: EventMention) => m.event_type === 'Protests' || m.event_type === 'Riots';

/** "Part of the city hall was also set alight": damage by nobody named, undated, during a crowd's event is the crowd's. */
const crowdDamage = (a: EventMention, b: EventMention) => isCrowd(a) && b.trigger.family === 'looting' && !b.actor1 && !b.date.span;

/** A bare "killed"/"attack" sentence with no date of its own tells more of its neighbour. */
const isFollowUp = (m: EventMention) => m.trigger.family === 'violence' && !m.date.span;

// "Five people were killed" tells more of the clash before it; "then massacred them" is a deed of its own.
const ONE_SIDED_KILLING = /^(?:massacr\w*|execut\w*|slaughter\w*|behead\w*|lynch\w*)$/i;
const massacreAfterBattle = (a: EventMention, b: EventMention): boolean =>
  a.event_type === 'Battles' && b.event_type === 'Violence against civilians' && ONE_SIDED_KILLING.test(b.trigger.text);

/** A follow-up sentence ("Three of the dead were children") adds to an incident instead of starting one. */
function sameIncident(a: EventMention, b: EventMention, text: string): boolean {
  // Two parts of one sentence were cut apart as two incidents (clauseIncidents.ts).
  if (b.sentence - a.lastSentence > MAX_GAP || b.sentence === a.lastSentence) return false;
  const lead = text.slice(b.sentenceSpan.start, b.trigger.span.start);
  // ("was also set alight" during a riot is more of the riot; "another building was set alight" is not.)
  if ((crowdDamage(a, b) ? ANOTHER : NEW_INCIDENT).test(lead)) return false;
  // Two full casualty counts in two sentences are usually two incidents, unless the second is a part
  // of the first ("Three of the dead were children").
  if (a.casualties.fatalities && b.casualties.fatalities && !isSubset(b, text)) return false;
  const sameType = (a.event_type === b.event_type && a.sub_event_type === b.sub_event_type) || isCrowd(a) && isCrowd(b);
  // (A beheading or a massacre told first is a deed of its own too: the battle after it is another.)
  const compatibleType = sameType || crowdDamage(a, b) || (isFollowUp(b) && !massacreAfterBattle(a, b))
    || (isFollowUp(a) && !a.casualties.fatalities && !massacreAfterBattle(b, a));
  return compatibleType && compatible(a, b);
}

/** "claimed the ambush", "the attack killed": the definite article points back to an incident already told. */
const ANAPHOR = /\b(?:the|that|this|its|their|same)\s+(?:[\w-]+\s+)?$/i;

// "the attack", "the attackers": nouns that name the incident itself, whatever its type.
const INCIDENT_NOUN = /^(?:attack|attackers|assault|raid|ambush|blast|explosion|strike|bombing|shooting|killings?|massacre)$/i;

function refersBack(b: EventMention, text: string): boolean {
  return ANAPHOR.test(text.slice(Math.max(b.sentenceSpan.start, b.trigger.span.start - 40), b.trigger.span.start))
    && (b.trigger.family !== 'violence' || INCIDENT_NOUN.test(b.trigger.text));
}

// "when the attackers opened fire", "the gunmen fled": the doer named with "the" is the one already told of.
const DEFINITE_DOER = /\bthe\s+$/i;

/** A deed of unnamed attackers named with "the", with no date or toll of its own, tells more of their incident. */
function doerRefersBack(m: EventMention, text: string): boolean {
  const doer = m.actor1;
  return m.trigger.family === 'violence' && !m.date.span && !m.casualties.fatalities && !!doer?.span
    && doer.name.startsWith('Unidentified') && DEFINITE_DOER.test(text.slice(Math.max(0, doer.span.start - 6), doer.span.start));
}

/**
 * The earlier event a pointing-back mention joins: the same type, or for "the attack" the latest
 * violent one at its place ("condemned the attack in Kanbalu" after a paragraph on another strike).
 */
function antecedent(out: EventMention[], m: EventMention): number {
  if (m.trigger.family !== 'violence') return out.findLastIndex((o) => o.event_type === m.event_type);
  return out.findLastIndex((o) => o.event_type !== 'Strategic developments' && samePlace(o, m));
}

// "a mortar strike on an amateur football match" ... "a brutal attack on civilians playing football":
// one target described twice, in words that could not describe just any target.
const TARGET_Y = /\s+(?:[\w-]+\s+){0,3}?(?:on|against|targeting|at)\s+((?:[\w'’-]+\s+){0,5}[\w'’-]+)/iy;
const COMMON_TARGET = new Set(('civilian people village town city base checkpoint police soldier troop army position convoy ' +
  'resident market camp area near their them with from that which were this district province region member force ' +
  'fighter security military government home house vehicle road night morning group').split(' '));

function targetWords(m: EventMention, text: string): string[] {
  TARGET_Y.lastIndex = m.trigger.span.end;
  const phrase = TARGET_Y.exec(text)?.[1];
  if (!phrase || phrase.length > m.sentenceSpan.end - m.trigger.span.end) return [];
  return phrase.toLowerCase().split(/\s+/).map((w) => w.replace(/(?:'s|’s|s)$/, ''))
    .filter((w) => w.length >= 4 && !COMMON_TARGET.has(w));
}


/** An earlier incident whose target the mention describes again, in a compatible time, place and cast. */
function sameTargetIndex(out: EventMention[], m: EventMention, text: string): number {
  if (ANOTHER.test(text.slice(m.sentenceSpan.start, m.trigger.span.start))) return -1;
  const words = targetWords(m, text);
  if (!words.length) return -1;
  return out.findLastIndex((o) => o.sentence !== m.sentence && targetWords(o, text).some((w) => words.includes(w))
    && (o.event_type === m.event_type || INCIDENT_NOUN.test(m.trigger.text) || INCIDENT_NOUN.test(o.trigger.text))
    && compatible(o, m));
}

/** A toll this large told twice at one place is one incident told twice; smaller ones recur ("two soldiers"). */
const SAME_TOLL_MIN = 5;

/**
 * An earlier incident with the very toll the mention gives, at a compatible time, place and cast:
 * "a drone attack on a graduation ceremony killed more than 80 people" ... "the army said the attack
 * killed more than 80 people".
 */
function sameTollIndex(out: EventMention[], m: EventMention, text: string): number {
  const f = m.casualties.fatalities;
  if (!f || Math.max(f.low ?? 0, f.best ?? 0) < SAME_TOLL_MIN || NEW_INCIDENT.test(text.slice(m.sentenceSpan.start, m.trigger.span.start))) return -1;
  return out.findLastIndex((o) => {
    const g = o.casualties.fatalities;
    return !!g && g.low === f.low && g.best === f.best && g.high === f.high && compatible(o, m);
  });
}

/** Two reports of one toll ("four soldiers", and the group's own "14") become a range over both. */
function combineFatalities(a: FatalityFigure | null, b: FatalityFigure | null): FatalityFigure | null {
  if (!a || !b) return a ?? b;
  const lows = [a.low ?? a.best, b.low ?? b.best].filter((n): n is number => n !== null);
  const highs = [a.high ?? a.best, b.high ?? b.best].filter((n): n is number => n !== null);
  return { low: lows.length ? Math.min(...lows) : null, best: a.best ?? b.best,
    high: highs.length === 2 ? Math.max(...highs) : null, span: a.span };
}

/** "in Kirkuk province" then "in a village near Daqouq": the second sentence places it more finely. */
const finer = (a: EventMention, b: EventMention): boolean => !!told(a) && !!told(b)
  && (b.location!.geo_precision ?? 3) < (a.location!.geo_precision ?? 3);

/** The more specific type wins: an explosion named in the second sentence beats "attack" in the first. */
function absorb(a: EventMention, b: EventMention, text: string): EventMention {
  // A protest that turns violent in a later sentence is coded as the riot it became, as ACLED does.
  const specific = (a.trigger.family === 'violence' && b.trigger.family !== 'violence')
    || (a.event_type === 'Protests' && b.event_type === 'Riots') ? b : a;
  return {
    ...a,
    lastSentence: b.lastSentence,
    trigger: specific.trigger,
    event_type: specific.event_type,
    sub_event_type: specific.sub_event_type,
    actor1: a.actor1 ?? b.actor1,
    actor2: a.actor2 ?? b.actor2,
    casualties: {
      fatalities: isSubset(b, text) ? a.casualties.fatalities : combineFatalities(a.casualties.fatalities, b.casualties.fatalities),
      injuries: a.casualties.injuries ?? b.casualties.injuries,
    },
    date: a.date.span ? a.date : b.date,
    location: finer(a, b) ? b.location : a.location?.place ? a.location : b.location?.place ? b.location : a.location ?? b.location,
    claim: a.claim.claim !== 'reported' ? a.claim : b.claim,
    trace: [...a.trace, ...b.trace, `sentence ${b.sentence} merged into sentence ${a.sentence}`],
  };
}

/**
 * Refiner: joins mentions of the same incident, in text order: a neighbouring sentence that adds to
 * it, or a later one that points back to it ("the group claimed the ambush").
 */
export function mergeMentions(mentions: EventMention[], text: string): EventMention[] {
  const out: EventMention[] = [];
  for (const m of mentions) {
    const last = out[out.length - 1];
    if (last && sameIncident(last, m, text)) {
      out[out.length - 1] = absorb(last, m, text);
      continue;
    }
    // A claim's own date ("claimed the ambush on Tuesday") is when it was claimed, so dates are not compared.
    const earlier = refersBack(m, text) || doerRefersBack(m, text) ? antecedent(out, m) : -1;
    const targeted = earlier < 0 ? sameTargetIndex(out, m, text) : -1;
    const retold = earlier < 0 && targeted < 0 ? sameTollIndex(out, m, text) : targeted;
    if (earlier >= 0) out[earlier] = absorb(out[earlier]!, { ...m, date: out[earlier]!.date }, text);
    // The incident told again becomes the latest one, for the sentences that go on about it.
    else if (retold >= 0) out.push(absorb(out.splice(retold, 1)[0]!, m, text));
    else out.push(m);
  }
  return foldUndated(out, text);
}

// "The offensive is proceeding slowly", "this week's offensive comes two years after...": a definite
// mention with no date and no toll of its own tells of an incident the article dates elsewhere.
const DEFINITE = /\b(?:the|this|that|its|their|this\s+week['’]s|last\s+week['’]s|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s)\s+(?:[\w-]+\s+){0,2}$/i;

const POSSESSIVE_DATE = /\b(?:(?:this|last)\s+week|(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today)['’]s\s+(?:[\w-]+\s+){0,2}$/i;

/** Joins each undated definite mention to the article's dated mention of the same kind and place. */
function foldUndated(out: EventMention[], text: string): EventMention[] {
  const result = [...out];
  for (let i = 0; i < result.length; i++) {
    const m = result[i]!;
    const lead = text.slice(Math.max(m.sentenceSpan.start, m.trigger.span.start - 40), m.trigger.span.start);
    // "this week's offensive": the date belongs to the determiner, and must meet the other's.
    const dated = m.date.span !== null && !POSSESSIVE_DATE.test(lead);
    if (dated || m.casualties.fatalities || !DEFINITE.test(lead)) continue;
    const j = result.findIndex((o, k) => k !== i && o.date.span !== null && o.event_type === m.event_type
      && o.sub_event_type === m.sub_event_type && samePlace(o, m) && rangesOverlap(o, m));
    if (j < 0) continue;
    const o = result[j]!;
    result[j] = { ...absorb(o, { ...m, date: o.date }, text), lastSentence: Math.max(o.lastSentence, m.lastSentence) };
    result.splice(i, 1);
    i -= 1;
  }
  return result;
}
