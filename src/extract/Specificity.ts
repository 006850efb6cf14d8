// Does a cue that survived the modality check name one incident, or a kind of deed? Coders skip
// "the group is hunting down and killing members", "guilty of torturing and executing", "the fight
// against the Islamic State", "months after the town was liberated": the grammar speaks of a habit,
// a charge, a war or a time reference. Each reading applies only when the sentence gives neither a
// date nor a count, which would tie it to one incident again; a habit or a perfect ("have attacked a
// base near Gao") also needs no named place.
import type { TriggerFamily } from './EventTrigger.js';
import type { TextSpan } from './types.js';

export type Unspecific = 'ongoing' | 'perfect' | 'habit' | 'charge' | 'war' | 'purpose' | 'time reference';

const FILLER = '(?:[\\w-]+ly|indeed|also|still|now|since|not|all|been|being|down|up|out|and|or|,)';
// "to carry out hit-and-run [attacks]", "help in [retaking]": a purpose.
const PURPOSE = /\bto\s+(?:carry\s+out|launch|conduct|stage|mount|commit|wage|step\s+up)\s+(?:[\w-]+\s+){0,3}$|\b(?:assistance|help|support|role|participation|cooperation)\s+in\s+$/i;
const BEFORE: [Unspecific, RegExp][] = [
  // "is hunting down and [killing]", "victory is [killing] leaders": the present progressive.
  ['ongoing', new RegExp(`\\b(?:is|are|am)\\s+(?:(?:[\\w-]+ing|${FILLER})\\s+){0,5}$`, 'i')],
  // "say they have indeed been [attacked]": the present perfect, with no time.
  // "suspected to have [raped]" is an allegation about one deed, not a perfect.
  // "who have been imprisoned or [killed]": a participle joined before the cue keeps the perfect.
  ['perfect', new RegExp(`(?<!\\bto\\s+)\\b(?:has|have)\\s+(?:(?:${FILLER}|[a-z-]+(?:ed|en)\\s+(?:or|and))\\s+){0,4}$`, 'i')],
  // "guilty of [torturing]": a gerund after a preposition names a kind of deed ("accused of attacking
  // its positions in Boaw" names a place, and so one deed).
  ['charge', /\b(?:of|in|for|about|from|with)\s+(?:[\w-]+ly\s+)?$/i],
  // "months after Hammam al-Alil was [liberated]": a time reference to an earlier event.
  ['time reference', /\b(?:days|weeks|months|years|decades)\s+(?:after|before|since)\s+(?:[\w'’-]+\s+){0,6}$/i],
];
// "have planted bombs on the roads several times this year", "[attacks] have continued": a habit, which
// a date of a whole year or month does not tie to one incident; only a day does, or a count.
const HABIT_WORDS = /\b(?:(?:several|many|multiple|numerous|countless|dozens\s+of)\s+times|repeatedly|on\s+(?:several|many|multiple|numerous)\s+occasions|(?:time|again)\s+and\s+again|routinely|regularly|frequently|often)\b/i;
const GOES_ON = /^[^,;.]{0,40}?\b(?:have|has)\s+(?:also\s+)?(?:continued|persisted|increased|intensified|escalated|become\s+(?:more\s+)?(?:common|frequent|routine))\b/i;
// "an account of [attacking] a fighter", "footage of [beheading]": a telling of one deed, not a charge.
const TOLD_OF = /\b(?:account|story|report|description|video|footage|images?|photos?|pictures?|clip)\s+of\s+$/i;
// "the [fight] against", "[Fighting] alongside the army": the war or a side taken, not a clash.
const WAR_AFTER = /^\s*(?:against|alongside)\b/i;
const WAR_WORD = /^(?:fight|fighting|war|struggle|battle|campaign)$/i;

/**
 * Why the cue at `trigger` (article offsets) names no single incident, or null when it may.
 * `sentence` starts at article offset `offset`; `anchors`: the sentence gives a date (`dayDated`: one
 * to the day), a count, a place below the country.
 */
export function unspecificReading(sentence: string, offset: number, trigger: TextSpan & { text: string; family: TriggerFamily },
  anchors: { dated: boolean; counted: boolean; placed: boolean; dayDated?: boolean }): Unspecific | null {
  const before = sentence.slice(0, trigger.start - offset);
  // A purpose is no deed, whatever date or count stands near it; nor is a finding of guilt.
  if (PURPOSE.test(before)) return 'purpose';
  if (/\bguilty\s+of\s+(?:[\w-]+ly\s+)?$/i.test(before)) return 'charge';
  if (!anchors.counted && !anchors.dayDated && HABIT_WORDS.test(sentence)) return 'habit';
  if (anchors.dated || anchors.counted) return null;
  if (!anchors.placed && GOES_ON.test(sentence.slice(trigger.end - offset))) return 'habit';
  const gerund = /^[a-z-]+ing\b/i.test(trigger.text);
  for (const [why, re] of BEFORE) {
    if ((why === 'ongoing' || why === 'perfect' || why === 'charge') && anchors.placed) continue;
    // Protests are reported as they go on: "hundreds are marching in the capital".
    if (why === 'ongoing' && (!gerund || trigger.family === 'protest' || trigger.family === 'riot')) continue;
    if (why === 'charge' && (!gerund || WAR_WORD.test(trigger.text) || TOLD_OF.test(before))) continue;
    if (re.test(before)) return why;
  }
  if (WAR_WORD.test(trigger.text) && WAR_AFTER.test(sentence.slice(trigger.end - offset))) return 'war';
  return null;
}
