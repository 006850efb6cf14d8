import type { InterCode } from '../model/event.js';
import type { ActorMention, ActorRegistry } from './ActorRegistry.js';
import { assignRoles } from './ActorRoles.js';
import { asDescribedGroup, findArticleActors } from './ArticleActors.js';
import { type ClaimReading, readClaim } from './Claim.js';
import { mediaOwner, shownInMedia } from './MediaOwner.js';
import { classifyEvent, primaryTrigger } from './EventClassifier.js';
import { type DateMention, type EventDateReading, findDateMentions, NO_DATE } from './EventDate.js';
import type { CodedActor, EventMention } from './EventMention.js';
import { findTriggers, type TriggerHit } from './EventTrigger.js';
import { readCasualties } from './FatalityCount.js';
import { readModality } from './Modality.js';
import type { Sentence } from './Segmenter.js';
import { unspecificReading } from './Specificity.js';
import { type EventLocation, type GeoContext, type Geocoder, readInSentence } from '../geocode/Geocoder.js';
import type { TextSpan } from './types.js';

/** What every sentence of one article is read against. */
export interface ArticleContext {
  published: string | null;
  /** The dateline's words: the publication date, never an event's. */
  dateline: TextSpan | null;
  /** The article's countries, most mentioned first: whose army "the army" is. */
  countries: string[];
  registry: ActorRegistry;
  /** Groups this article names that the registry does not know ("the Hammam al-Alil Revolution"). */
  namedGroups: string[];
  /** Words that describe those groups ("vigilante" → the group a vigilante group called itself). */
  groupKinds: Map<string, string>;
  /** The article's sentences, headline included, for reading back to whom "the group" or "their" refers. */
  sentences: Sentence[];
  /** Each of those sentences' cue words, read once (a part of a sentence is read again). */
  triggers: Map<Sentence, TriggerHit[]>;
  geocoder: Geocoder | null;
  geo: GeoContext;
  /** The doer of each sentence's incident so far, by sentence index: whom "they" points back to. */
  doers: Map<number, { name: string; inter: InterCode }>;
  /** The group whose own video, post or page the article last named (see MediaOwner.ts). */
  mediaOwner: ActorMention | null;
  /** Locations read from the sentences so far (not fallbacks), in text order. */
  placed: EventLocation[];
  debug?: (line: () => string) => void;
}

// "risking torture and [death]": the cue reaches the second of two joined nouns.
// "freed twelve hostages": a rescue ends an abduction told elsewhere.
// (One \b before the three alternatives: the same matches, fewer tries.)
const NOT_A_DEED = /\b(?:(?:to|any|future|further|possible|potential|more|fear of|risk of|threat of|risk(?:s|ed|ing)?|fac(?:e|es|ed|ing)|fear(?:s|ed|ing)?)\s+(?:[\w-]+\s+(?:and|or)\s+)?$|(?:freed|freeing|rescued|rescuing|released|releasing|liberated)\s+(?:[\w-]+\s+){0,2}$|punishable\s+by\s+(?:[\w'’-]+\s+){0,8}$)/i;
// "vowed to besiege the capital and attack its roads": a bare verb joined to an infinitive is one too.
const INFINITIVE_PAIR = /\bto\s+(?:[\w'’-]+\s+){1,3}(?:and|or)\s+$/i;
const BARE_VERB = /^(?:attack|kill|storm|raid|seize|capture|bomb|shell|strike|burn|loot|besiege|abduct|kidnap|execute|behead|massacre|destroy|overrun|ambush|target|assassinate|shoot|occupy)$/i;
// "which has fought the state for years": a deed told as lasting years is the conflict, not an incident,
// whatever date the sentence gives for something else ("said in a video last month").
const YEARS_LONG = /^\s+(?:[\w'’-]+\s+){0,4}?for\s+(?:many\s+|several\s+|some\s+)?(?:years|decades|generations|a\s+decade)\b/i;
// "long-range rocket systems", "a drone factory": a weapon named as a kind of thing, not as used.
const WEAPON = /^(?:rockets?|missiles?|drones?|mortars?|artillery|bombs?|grenades?|shells?)$/i;
const WEAPON_THING = /^\s+(?:systems?|defen[cs]es?|programmes?|programs?|factor(?:y|ies)|plants?|technolog(?:y|ies)|stockpiles?|supplies|deliveries|shipments?|sales|components?|parts|production|arsenals?|makers?|manufacturers?|industry)\b/i;
// Every YEARS_LONG match holds one of these words; the quick scan spares its backtracking over the
// words after almost every cue.
const YEARS_WORD = /years|decade|generations/i;
const notADeed = (s: Sentence, h: TriggerHit): boolean => {
  const lead = s.text.slice(0, h.span.start - s.start);
  if (NOT_A_DEED.test(lead) || (BARE_VERB.test(h.text) && INFINITIVE_PAIR.test(lead))) return true;
  const after = s.text.slice(h.span.end - s.start, h.span.end - s.start + 80);
  return (YEARS_WORD.test(after) && YEARS_LONG.test(after)) || (WEAPON.test(h.text) && WEAPON_THING.test(after));
};
const CLAUSE = /[;]|,\s*(?:which|who|where|when|after|before|since)\b|\b(?:after|before|since|which)\b/i;

/**
 * The date of the trigger's own clause: "began an offensive on Monday to retake the city, which fell
 * in 2014" is Monday's. Among the sentence's dates, the nearest one not behind a clause break wins.
 */
function eventDate(text: string, offset: number, trigger: TextSpan, published: string | null): EventDateReading {
  // "clashes broke out with a militia who held the post since 2011": a relative clause's date is its own.
  const ownClause = inRelativeClause(text, trigger.start - offset);
  const mentions = findDateMentions(text, published, offset)
    .filter((d) => ownClause || !inRelativeClause(text, d.span.start - offset));
  if (mentions.length <= 1) return mentions[0] ?? NO_DATE;
  const between = (d: DateMention) => text.slice(Math.min(d.span.end, trigger.end) - offset, Math.max(d.span.start, trigger.start) - offset);
  const distance = (d: DateMention) => (CLAUSE.test(between(d)) ? 1e6 : 0) + Math.abs(d.span.start - trigger.start);
  return mentions.reduce((best, d) => (distance(d) < distance(best) ? d : best));
}

// Plural deeds, and weapons in the plural ("the roadside bombs they used"): a kind of deed unless anchored.
const PLURAL_DEEDS = /^(?:attacks|raids|massacres|killings|beheadings|executions|assassinations|bombings|shootings|abductions|kidnappings|atrocities|airstrikes|air strikes|strikes|shellings|murders|rapes|(?:roadside |car |barrel )?bombs|(?:land ?)?mines|IEDs|explosive devices)$/i;
const DEPICTED = /\b(?:images?|videos?|footage|photos?|photographs?|pictures?|clips?)\s+of\s+(?:[\w-]+\s+){0,3}$/i;
// "torture, massacres, beheadings": deed nouns with no article or number before them, listed.
const LIST_GAP = /^\s*(?:,|and|or|[–—-])\s*(?:and\s+)?$/;
const VERB_FORM = /^[a-z-]+(?:ed|ing)\b/i;
const BARE_BEFORE = /(?:^|[\s,–—:-])$/;
function catalogue(text: string, offset: number, hits: TriggerHit[]): boolean {
  for (let i = 1; i < hits.length; i++) {
    const [a, b] = [hits[i - 1]!, hits[i]!];
    const gap = text.slice(a.span.end - offset, b.span.start - offset);
    const lead = text.slice(Math.max(0, a.span.start - offset - 12), a.span.start - offset);
    // Verbs ("kidnapped and tortured", "burning tyres and throwing stones") tell one deed in steps.
    if (VERB_FORM.test(a.text) || VERB_FORM.test(b.text)) continue;
    if (LIST_GAP.test(gap) && BARE_BEFORE.test(lead) && !/\b(?:a|an|the|\d+)\s*$/i.test(lead)) return true;
  }
  return false;
}
const yearsBetween = ([from, to]: [string, string]) => (Date.parse(to) - Date.parse(from)) / (365.25 * 86_400_000);

const STRIKE = /strike|shelling|bombard|bombing|raid/i;
// "with guns and grenades", "photos of grenades": a weapon held or shown, not used in the deed told.
const INSTRUMENT = /\b(?:using|with|armed with|wielding|(?:photos?|images?|pictures?|footage)\s+of)\s+(?:[\w'’-]+,?\s+){0,6}$/i;
const RELATIVE = /,\s*(?:which|who|whom|whose|where)\b[^,;]*$/i;
const inRelativeClause = (text: string, at: number): boolean => RELATIVE.test(text.slice(0, at));
// "killed two militants who had attacked a checkpoint": a clause on the object of an earlier cue.
const OBJECT_RELATIVE = /\b(?:who|which)\s[^,;:.]*$/i;
/** Whether a cue stands in a relative clause (no comma needed) that follows another cue: background to that deed. */
function onEarlierObject(s: Sentence, h: TriggerHit, found: TriggerHit[]): boolean {
  const earlier = found.find((g) => g.span.end <= h.span.start);
  return !!earlier && OBJECT_RELATIVE.test(s.text.slice(earlier.span.end - s.start, h.span.start - s.start));
}

// "the same base was hit again": the place of the incident told last.
const SAME_PLACE = /\bthe same (?:base|town|city|village|camp|area|district|market|checkpoint|place|site|position|neighbou?rhood|road|bridge|airport|school|hospital|mosque|church)\b/i;

const SITE_NOUN = /(?:base|camp|airport|checkpoint|bridge|school|hospital|mosque|church|site|position)$/i;

/** The location of the latest mention that had one of its own, for a sentence that points back to it:
 * a base, camp or site for "the same base", else the latest place of any kind. */
function sameAsBefore(text: string, ctx: ArticleContext): EventLocation | null {
  const m = SAME_PLACE.exec(text);
  if (!m || !ctx.placed.length) return null;
  const wantSite = SITE_NOUN.test(m[0]);
  const latest = [...ctx.placed].reverse().find((l) => (l.place?.kind === 'site') === wantSite) ?? ctx.placed[ctx.placed.length - 1]!;
  return { ...latest, span: null };
}

/** The registry's actors and the article's own named groups, in text order, the longer winning an overlap. */
function actorMentions(text: string, offset: number, ctx: ArticleContext): ActorMention[] {
  const own = findArticleActors(text, offset, ctx.namedGroups);
  const known = ctx.registry.findMentions(text, offset)
    .filter((m) => !own.some((o) => o.span.start < m.span.end && m.span.start < o.span.end))
    .map((m) => asDescribedGroup(m, text, offset, ctx.groupKinds));
  return [...own, ...known].sort((a, b) => a.span.start - b.span.start);
}

// "the group", "their victims", "the vigilantes": a doer named in an earlier sentence.
const GROUP_ANAPHOR = /\b(?:their|its|they|(?:the|this|that) (?:(?:terror(?:ist)?|militant|jihadist|extremist|armed|rebel|insurgent|secret|shadowy|clandestine|new) )?(?:group|organi[sz]ation|network|outfit|vigilantes|militia|militants|fighters|rebels|insurgents|jihadists|terrorists|extremists))\b/i;
// Where the trigger's clause starts: a quotation's edge, or a ';' or ':'.
const CLAUSE_EDGE = /[“”";:][^“”";:]*$/;

/** The named group an anaphor before the trigger points back to: the subject (the first named) of the
 * latest of the three sentences before that names one ("A group calling itself X is hunting IS
 * members. Eleven of their victims..." are X's). */
function antecedent(s: Sentence, trigger: TextSpan, ctx: ArticleContext): ActorMention | null {
  // "“...they have done nothing,” said a widow whose sons were killed": an anaphor in another clause
  // (here, a quotation) points elsewhere.
  const upTo = s.text.slice(0, trigger.end - s.start);
  const edge = CLAUSE_EDGE.exec(upTo.slice(0, trigger.start - s.start));
  if (!GROUP_ANAPHOR.test(edge ? upTo.slice(edge.index) : upTo)) return null;
  // A part of a sentence that joins two incidents stands for its whole sentence here.
  const at = ctx.sentences.findIndex((x) => x.index === s.index);
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const prev = ctx.sentences[i]!;
    // "Troops killed 20 fighters. They also freed hostages": the doer of the incident just told.
    const doer = ctx.doers.get(prev.index);
    if (doer) return { name: doer.name, inter: doer.inter, span: { start: -1, end: -1 }, alias: doer.name, generic: false, country: null, template: null };
    const named = actorMentions(prev.text, prev.start, ctx).filter((m) => !m.generic && m.inter !== 1);
    if (named.length) return { ...named[0]!, span: { start: -1, end: -1 } };
  }
  return null;
}

const SUBJECT_ANAPHOR = new RegExp(GROUP_ANAPHOR.source.replace('their|its|', ''), 'i');

/** "In Mosul, one of the last IS bastions, this secret network has been [carrying out] raids": a
 * subject pointing back stands nearer the cue than the named actor before it. */
function anaphorNearer(s: Sentence, trigger: TextSpan, doer: ActorMention): boolean {
  const text = s.text.slice(doer.span.end - s.start, trigger.start - s.start);
  return !CLAUSE_EDGE.test(text) && SUBJECT_ANAPHOR.test(text);
}

/** The latest group an article shows media of, updated sentence by sentence ("X released a video"). */
export function noteMediaOwner(s: Sentence, ctx: ArticleContext): void {
  ctx.mediaOwner = mediaOwner(s.text, s.start, () => actorMentions(s.text, s.start, ctx)) ?? ctx.mediaOwner;
}

/** A deed shown in its doer's own media is claimed by the doer, on its own word. */
function ownClaim(read: ClaimReading, owner: ActorMention | null, shown: TextSpan | null): ClaimReading {
  if (!owner || read.claim !== 'reported') return read;
  return { claim: 'claimed', attribution: owner.name, span: shown, attributionSpan: null };
}

/** Blanks the dateline inside a sentence, keeping every offset where it was. */
function maskDateline(text: string, offset: number, dateline: TextSpan | null): string {
  if (!dateline || dateline.end <= offset || dateline.start >= offset + text.length) return text;
  const from = Math.max(0, dateline.start - offset);
  const to = Math.min(text.length, dateline.end - offset);
  return text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
}

function code(m: ActorMention | null, ctx: ArticleContext, country: string | null): CodedActor | null {
  if (!m) return null;
  const named = m.generic ? ctx.registry.resolveGeneric(m, country) : { name: ctx.registry.branchIn(m.name, country), inter: m.inter };
  // A doer read back from an earlier sentence has no words in this one.
  // (Written out: a spread followed by a key it lacks costs V8 a new hidden class each time.)
  return { name: named.name, inter: named.inter, span: m.span.start < 0 ? null : m.span };
}

/**
 * Proposes the event a sentence states, or null: no trigger cue, a cue that is not a real past event
 * (a threat, a denial, a question, a generic statement), or a cue with nothing specific around it.
 */
export function proposeMention(s: Sentence, ctx: ArticleContext): EventMention | null {
  // "to recapture Mosul" states a purpose, not a deed: an infinitive cue names no event.
  // "any attack", "further attacks": a cue about attacks in general names no event either.
  const found = (ctx.triggers.get(s) ?? findTriggers(s.text, s.start)).filter((h) => !notADeed(s, h));
  if (!found.length) return null;
  // "began an offensive on Monday to recapture Mosul, which was overrun in 2014": a relative clause
  // tells background; its cue names the event only when the main clause has none.
  const main = found.filter((h) => !inRelativeClause(s.text, h.span.start - s.start) && !onEarlierObject(s, h, found));
  const told = main.length ? main : found;
  // "attacked positions using car bombs and rockets", "with guns and grenades": a weapon named as the
  // instrument of another cue's deed does not name the event.
  // ("responded with airstrikes": a strike or a shelling is the deed itself.)
  const deeds = told.filter((h) => STRIKE.test(h.text) || !INSTRUMENT.test(s.text.slice(0, h.span.start - s.start)));
  const hits = deeds.length ? deeds : told;
  const casualties = readCasualties(s.text, s.start);
  const trigger = primaryTrigger(hits, casualties.fatalities?.span.start ?? casualties.injuries?.span.start)!;
  const modality = readModality(s.text, s.start, trigger.span);
  if (modality.kind !== 'factual') {
    ctx.debug?.(() => `sentence ${s.index}: "${trigger.text}" dropped as ${modality.kind}`);
    return null;
  }
  const location = sameAsBefore(s.text, ctx) ?? ctx.geocoder?.locateEvent(s.text, s.start, trigger.span, ctx.geo) ?? null;
  // Whose "army" and which "gunmen": the country where it happened, else the article's.
  const country = location?.place?.country ?? ctx.countries[0] ?? null;
  const roles = assignRoles(s.text, s.start, trigger.span, actorMentions(s.text, s.start, ctx));
  // "The video includes the beheading of soldiers": a deed shown in a group's own media is the group's.
  // ("the video shows militants storming a post": the unnamed militants are the group's own, though
  // not the army's: its footage shows its enemies.)
  const unnamed = !roles.actor1 || roles.actor1.template?.startsWith('Unidentified') === true;
  // (A part of a sentence that lists incidents is shown by the media its sentence opens with.)
  const whole = unnamed ? ctx.sentences.find((x) => x.index === s.index) ?? s : s;
  const shown = unnamed ? shownInMedia(whole.text, whole.start, trigger.span) : null;
  const owner = shown && ctx.mediaOwner && (!roles.actor1 || ctx.mediaOwner.inter !== 1) ? ctx.mediaOwner : null;
  const doer = owner ? { ...owner, span: { start: -1, end: -1 } }
    : roles.actor1 && !anaphorNearer(s, trigger.span, roles.actor1) ? roles.actor1
    : antecedent(s, trigger.span, ctx) ?? roles.actor1;
  const actor1 = code(doer, ctx, country);
  const actor2 = code(roles.actor2, ctx, country);
  const { event_type, sub_event_type } = classifyEvent(trigger, hits, actor1?.inter ?? null, actor2?.inter ?? null, s.text);
  const date = eventDate(maskDateline(s.text, s.start, ctx.dateline), s.start, trigger.span, ctx.published);
  // "over the past decade", "since 2014": a span of years is a trend, not an incident.
  if (date.date_range && yearsBetween(date.date_range) > 1) {
    ctx.debug?.(() => `sentence ${s.index}: "${trigger.text}" dropped: spans years (${date.date_range!.join(' to ')})`);
    return null;
  }
  // A place below the country named in the sentence, even one the gazetteer does not know.
  const placed = !!location?.unresolved || (readInSentence(location) && !!location.place && (location.geo_precision ?? 3) < 3);
  // "atrocities: torture, massacres, beheadings", "hit-and-run attacks", "for coalition airstrikes":
  // plural nouns, or a list of bare deed nouns, with no date and no count speak of a kind of deed; a
  // named place may still make a plural one incident ("air strikes on hideouts at Kera"), but not
  // when the plural is what images show ("images of attacks around Kirkuk").
  const plural = PLURAL_DEEDS.test(trigger.text)
    && (!placed || DEPICTED.test(s.text.slice(0, trigger.span.start - s.start)));
  if ((plural || catalogue(s.text, s.start, hits)) && !date.span && !casualties.fatalities) {
    ctx.debug?.(() => `sentence ${s.index}: "${trigger.text}" dropped as generic (a plural with no date or count)`);
    return null;
  }
  const why = unspecificReading(s.text, s.start, { start: trigger.span.start, end: trigger.span.end, text: trigger.text, family: trigger.family },
    { dated: !!date.span, dayDated: !!date.span && date.date_precision === 'day', counted: !!(casualties.fatalities || casualties.injuries), placed });
  if (why) {
    ctx.debug?.(() => `sentence ${s.index}: "${trigger.text}" dropped: ${why}, with no date or count`);
    return null;
  }
  const specific = actor1 || actor2 || casualties.fatalities || casualties.injuries || date.span
    || location?.place || location?.unresolved;
  if (!specific) {
    ctx.debug?.(() => `sentence ${s.index}: "${trigger.text}" dropped: no actor, count, date or place`);
    return null;
  }
  return {
    sentence: s.index, lastSentence: s.index, sentenceSpan: { start: s.start, end: s.end }, trigger,
    event_type, sub_event_type, actor1, actor2, assoc1: roles.assoc1.map((m) => code(m, ctx, country)!),
    casualties, date, claim: ownClaim(readClaim(s.text, s.start, trigger.span), owner && actor1?.name === owner.name ? owner : null, shown), location,
    trace: [`sentence ${s.index}: ${trigger.family} cue "${trigger.text}" → ${sub_event_type}`],
  };
}
