// One sentence, two incidents: "two marines were killed in a gunfight on Sunday and a soldier died in a
// rocket attack on a base near Baghdad". The sentence is read whole unless a joint ("and" before a new
// subject, ";", ", while", "after they") cuts it into two parts, each with a verb and its own dead or
// its own day, that read as events of different kinds; then each part is its own mention.
import type { EventMention } from './EventMention.js';
import { findTriggers, type TriggerHit } from './EventTrigger.js';
import { oneArea, readInSentence } from '../geocode/Geocoder.js';
import { type Sentence, withTokens } from './Segmenter.js';

const JOINT = /(?:,\s*|\s+)and\s+(?=(?:a|an|the|another|his|her|their|one|two|three|four|five|six|seven|eight|nine|ten|\d+|in)\b|[A-Z])|;\s+|,\s*(?:while|whereas)\s+|,?\s+after\s+(?=(?:they|he|she|it|we|the|a|an)\b|[A-Z])/g;

/** The part of `s` from `from` to `to` (sentence offsets), as a sentence of its own. */
function part(s: Sentence, from: number, to: number): Sentence {
  return withTokens({ ...s, text: s.text.slice(from, to), start: s.start + from, end: s.start + to },
    () => s.tokens.filter((t) => t.start >= s.start + from && t.end <= s.start + to));
}

// "two rebels and four soldiers [killed]": a second part that only counts the dead is the same incident.
const CASUALTY_ONLY = /^(?:killed|killing|died|dead|deaths?|wounded|injured|bodies|shot dead)$/i;
// A finite verb, roughly: a past form, an auxiliary, or a common irregular past of violence.
const VERB = /\b(?:[a-z]{2,}ed|was|were|is|are|has|have|had|died|hit|struck|shot|fought|blew|took|stormed|seized|fled|stole|burnt|set|left|came|went|began|broke)\b/;
const hasVerb = (s: Sentence): boolean => VERB.test(s.text);

/** Two parts are two incidents when each has a verb and its own dead or its own day, and they are of
 * different kinds: "a post office was torched and a woman arrested" is one riot, told in two steps.
 * Deeds of one kind at two places each part names are two too, as ACLED codes a place a row. */
const distinct = (a: EventMention, b: EventMention, partA: Sentence, partB: Sentence): boolean =>
  !CASUALTY_ONLY.test(b.trigger.text) && (a.sub_event_type !== b.sub_event_type
    ? listed(a, partA, partB) || (hasVerb(partA) && hasVerb(partB)
      && ((!!a.casualties.fatalities && !!b.casualties.fatalities) || (!!a.date.span && !!b.date.span && a.date.event_date !== b.date.event_date)))
    : hasVerb(partA) && hasVerb(partB) && twoPlaces(a, b));

/** "In Ankara, 14 people were held, and in Gaziantep police detained 11": each part at a town of its own. */
function twoPlaces(a: EventMention, b: EventMention): boolean {
  const [pa, pb] = [a.location, b.location];
  if (pa?.source !== 'clause' || pb?.source !== 'clause' || !pa.place || !pb.place) return false;
  return pa.place.kind !== 'country' && pb.place.kind !== 'country' && !oneArea(pa.place, pb.place);
}

// "attacks in Kirkuk, including a mortar strike on a football match and the beheading of soldiers":
// deeds of different kinds listed as examples are incidents each.
const EXAMPLES = /\b(?:including|such as|among them|notably)\s+(?:an?|the|\d+)\s+(?:[\w-]+\s+){0,3}$/i;
function listed(a: EventMention, partA: Sentence, partB: Sentence): boolean {
  const lead = partA.text.slice(0, a.trigger.span.start - partA.start);
  return EXAMPLES.test(lead) && /^(?:an?|the)\s/i.test(partB.text);
}

// "180 fighters were killed in air strikes last week after they attacked positions in Mosul": a part
// that names no place of its own happened where its sentence says, not at the article's usual place.
function ownPlace(part: EventMention, whole: EventMention): EventMention {
  if (readInSentence(part.location) || !readInSentence(whole.location)) return part;
  return { ...part, location: { ...whole.location, source: 'sentence' } };
}

/**
 * The mentions a sentence states: one, none, or one per incident when it joins two. `propose` reads a
 * sentence (or part of one) into a mention; it is called again only for sentences with a joint between
 * two cues. `cues`: the sentence's cues when the caller has read them already.
 */
export function sentenceMentions(s: Sentence, propose: (s: Sentence) => EventMention | null, cues?: TriggerHit[]): EventMention[] {
  const whole = propose(s);
  if (!whole) return [];
  // The joints first: they cost one regex, where the cues cost a second scan of the sentence.
  const joints = [...s.text.matchAll(JOINT)];
  if (!joints.length) return [whole];
  const hits = cues ?? findTriggers(s.text, s.start);
  if (hits.length < 2) return [whole];
  for (const m of joints) {
    const cut = m.index + s.start;
    if (!hits.some((h) => h.span.end <= cut) || !hits.some((h) => h.span.start >= cut + m![0].length)) continue;
    const [head, rest] = [part(s, 0, m.index), part(s, m.index + m[0].length, s.text.length)];
    const first = propose(head);
    const second = first && propose(rest);
    // The rest may join a third incident in turn.
    if (first && second && distinct(first, second, head, rest)) return [ownPlace(first, whole), ...sentenceMentions(rest, propose)];
  }
  return [whole];
}
