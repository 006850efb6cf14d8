import type { ActorMention } from './ActorRegistry.js';
import type { TextSpan } from './types.js';

export interface Roles {
  actor1: ActorMention | null;
  actor2: ActorMention | null;
  /** Other actors on each side ("Iraqi troops, backed by Peshmerga fighters"). */
  assoc1: ActorMention[];
  assoc2: ActorMention[];
}

// "were killed by", "was hit by", "was attacked by": the one after "by" acted.
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|got)\s+(?:\w+\s+){0,4}$/i;
// "residents said", "police told reporters": the source of a report is no side of the event.
const REPORTER_AFTER = /^\s*(?:\w+\s+)?(?:said|says|told|reported|added)\b/i;
// "two soldiers died in a rocket attack", "a policeman was killed in an ambush": those named before
// the cue are its victims, not its doers.
const SUFFERED = /\b(?:died|perished|lost\s+(?:their|his|her)\s+lives?|(?:were|was|been|being|are|is)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt|shot\s+dead))\b/i;
const BY_AGENT = /^[^.;]{0,40}?\bby\s+(?:\w+\s+){0,3}$/i;
// "bodies found in the town by soldiers": who finds the dead is no side of their killing.
const FINDER_BEFORE = /\b(?:found|discovered|uncovered|recovered|exhumed)\s+(?:[\w,-]+\s+){0,6}by\s+(?:\w+\s+){0,3}$/i;
const FOUGHT_FOR = /^(?:[\w-]+\s+)?(?:while\s+)?(?:fighting|fought)\s+(?:for|alongside|on\s+behalf\s+of)\s+(?:the\s+)?$/i;
const TARGET_PREP = /\b(?:for|against|on|upon|toward|towards)\s+(?:the\s+|its\s+|their\s+)?$/i;
const BETWEEN = /^\s*(?:\w+\s+){0,2}between\s+(?:the\s+)?$/i;
const CLAUSE_BREAK = /[;:]|,\s*(?:while|but|whereas|and then)\b|\b(?:after|before|when|as)\s/i;

const ASIDE = /,\s*(?:who|which|whose|whom)\b[^,;]*,/gi;
const RESTRICTIVE = /\bwho\s+[^,;:"“”]*$/i;
const COORDINATED = /^\s*(?:,\s*)?(?:and|as well as|along with)\s+(?:[\w-]+\s+){0,3}$/i;
const gapWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

// "Iraqi forces, backed by Peshmerga fighters, began", "troops in coalition with militias attacked":
// an ally named after the main force stands nearer the cue but is its associate.
const ALLY = /^\s*,?\s*(?:(?:who\s+(?:were|are)\s+|were\s+|are\s+)?(?:backed|supported|assisted|joined|accompanied|aided)\s+by|in\s+(?:coalition|cooperation|alliance|concert|partnership)\s+with|together\s+with|along\s+with|alongside|with)\s+(?:[\w-]+\s+){0,3}$/i;

/** Where the doer stands among the actors before the cue: the nearest, or the main force its allies
 * were named with (the allies follow it). */
function mainForce(sentence: string, offset: number, before: ActorMention[]): number {
  let i = before.length - 1;
  while (i > 0 && ALLY.test(sentence.slice(before[i - 1]!.span.end - offset, before[i]!.span.start - offset))) i--;
  return i;
}

/**
 * Who acted (actor1) and who was acted upon (actor2) around the event's trigger: the nearest actor
 * before the trigger is the doer and the first after it the target, unless the clause is passive.
 */
export function assignRoles(sentence: string, offset: number, trigger: TextSpan, mentions: ActorMention[]): Roles {
  const at = (m: ActorMention) => m.span.start - offset;
  mentions = mentions.filter((m) => !REPORTER_AFTER.test(sentence.slice(m.span.end - offset))
    && !FINDER_BEFORE.test(sentence.slice(0, at(m))));
  // "A service member, who worked with Iraqi forces as an adviser, was killed": a relative clause set
  // off by commas is neither a side nor a break between the subject and its verb.
  const plain = sentence.replace(ASIDE, (m) => ' '.repeat(m.length));
  // "Rebels who have fought the army for years [killed]": without commas too, what stands between
  // "who" and the main verb is the relative clause's own.
  // (Only after an actor it can qualify.)
  const who = RESTRICTIVE.exec(sentence.slice(0, trigger.start - offset))?.index ?? -1;
  const relative = who >= 0 && mentions.some((e) => e.span.end - offset <= who) ? who : Infinity;
  const aside = (m: ActorMention) => (plain.charCodeAt(at(m)) === 32 && sentence.charCodeAt(at(m)) !== 32) || at(m) > relative;
  // "Russian [missiles slammed]": a mention that runs into the cue names the weapon's owner, the doer.
  const leading = mentions.filter((m) => m.span.start < trigger.start && (m.span.end <= trigger.start || m.span.end <= trigger.end)
    && !aside(m) && !CLAUSE_BREAK.test(plain.slice(at(m), Math.max(at(m), trigger.start - offset))));
  // "causing disarray for IS members by [carrying out] raids": the object of a preposition is no subject.
  const governed = leading.filter((m) => TARGET_PREP.test(sentence.slice(Math.max(0, at(m) - 24), at(m))));
  const before = leading.filter((m) => !governed.includes(m));
  // A cue may hold its target ("attacked soldiers"): a mention starting inside it comes after it.
  const after = mentions.filter((m) => m.span.start > trigger.start);
  const triggerStart = trigger.start - offset;
  const lastBefore = before[before.length - 1];
  const passive = PASSIVE_BEFORE.test(sentence.slice(0, triggerStart))
    || (!!lastBefore && SUFFERED.test(sentence.slice(lastBefore.span.end - offset, triggerStart)));
  const agent = after.find((m) => BY_AGENT.test(sentence.slice(trigger.end - offset, at(m))))
    // "were killed fighting for the Islamic State": the side the dead fought on acted in the clash.
    ?? after.find((m) => FOUGHT_FOR.test(sentence.slice(trigger.start - offset, at(m))));

  const main = before.length ? mainForce(sentence, offset, before) : -1;
  const allies = main >= 0 ? before.slice(main + 1) : [];
  let doers = main >= 0 ? [before[main]!] : [];
  // "an attack on soldiers [killed] two": with no target after the cue, one governed before it.
  let targets = after.length ? after.slice(0, 2) : governed.filter((m) => main < 0 || m.span.start > before[main]!.span.end).slice(-1);
  if (agent) {
    doers = [agent];
    targets = leading.length ? leading.slice(-2) : after.filter((m) => m !== agent).slice(0, 1);
  } else if (passive) {
    doers = [];
    targets = leading.slice(-2);
  } else if (BETWEEN.test(sentence.slice(trigger.end - offset, after[0] ? at(after[0]) : trigger.end - offset)) && after.length >= 2) {
    // "clashes between herders and police": the first named is coded first, as ACLED does.
    doers = after.slice(0, 1);
    targets = after.slice(1, 2);
  }
  // ACLED codes an attack that hits soldiers and civilians as one on the armed side, but the direct
  // object of the verb ("executed a civilian they called a spy for the army") is its target.
  const [first] = targets;
  const armed = targets.find((m) => m.inter !== 7);
  const direct = first && first.span.start >= trigger.end && gapWords(sentence.slice(trigger.end - offset, at(first))) <= 2;
  const coordinated = first && armed && armed !== first
    && COORDINATED.test(sentence.slice(Math.min(first.span.end, armed.span.end) - offset, Math.max(first.span.start, armed.span.start) - offset));
  targets = [direct && !coordinated ? first : armed ?? first].filter((m): m is ActorMention => m !== undefined);
  // "Soldiers and militiamen clashed": two actors joined before a symmetric verb are both sides.
  if (!agent && !passive && targets.length === 0 && before.length >= 2) {
    const [a, b] = before.slice(-2) as [ActorMention, ActorMention];
    if (/^\s*(?:and|,)\s*$/i.test(sentence.slice(a.span.end - offset, at(b)))) { doers = [a]; targets = [b]; }
  }
  const actor1 = doers[0] ?? null;
  const actor2 = targets[0] && targets[0] !== actor1 ? targets[0] : null;
  const assoc1 = before.filter((m) => m !== actor1 && m !== actor2 && actor1 && m.name !== actor1.name
    && (m.inter === actor1.inter || (actor1 === before[main] && allies.includes(m))));
  return { actor1, actor2, assoc1, assoc2: [] };
}
