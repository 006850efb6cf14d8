// One person killed, said without a number: "a candidate ... was killed by gunmen", "police beat the
// suspect to death", "shot him dead". ACLED codes these as 1. Read only when the sentence gives no
// count of its own, so a figure anywhere in it always wins.
import { lexicon as L } from './numbers.js';
import type { TextSpan } from './types.js';

// Not "executed": a plan or an order is executed too.
const DEATH_PARTICIPLE = 'killed|shot dead|shot and killed|murdered|assassinated|beheaded|lynched|slain|gunned down'
  + '|(?:shot|stabbed|hacked|beaten|burned|burnt|stoned|clubbed|tortured|lynched) to death';
const DEATH_VERB = 'killed|killing|kills|murdered|executed|beheaded|assassinated|shot|stabbed|lynched|strangled';
const TO_DEATH_VERB = 'beat|beats|beating|beaten|tortured|stoned|stabbed|hacked|burned|burnt|clubbed|lynched|shot|hanged';
const ADVERB = '(?:\\w+ly\\s+)?';
const SINGULAR_PEOPLE = L.people.filter((w) => !/(?:s|men|police|staff|personnel|people|children|families|wives)$/.test(w));
const PERSON = `(?:${SINGULAR_PEOPLE.join('|')})`;
const ONE_PERSON = `(?:the|a|an|one)\\s+(?:[\\w-]+\\s+){0,2}?${PERSON}\\b(?!\\s*(?:and|,))`;

// "A soldier from the army was killed": a singular auxiliary before a death participle, and nobody
// ("no one", "anyone") as the subject.
const PASSIVE = new RegExp(`\\b(?:was|is|has been|had been)\\s+${ADVERB}(?:${DEATH_PARTICIPLE})\\b`, 'i');
const NOBODY = /\b(?:no\s*-?\s*one|nobody|none|anyone|anybody|whether|if|it|this|that|what)\s+(?:\w+\s+){0,2}$/i;
// Each with words its every match has, a quick test that skips it in most sentences.
const TO_DEATH = /\bto\s+death\b/i;
const HIM_HER = /\b(?:him|her)\b/i;
export const ACTIVE: [needs: RegExp, pattern: RegExp][] = [
  // "beat the suspect to death", "tortured to death a man"
  [TO_DEATH, new RegExp(`\\b(?:${TO_DEATH_VERB})\\s+${ONE_PERSON}\\s+to\\s+death\\b`, 'i')],
  [TO_DEATH, new RegExp(`\\b(?:${TO_DEATH_VERB})\\s+to\\s+death\\s+${ONE_PERSON}`, 'i')],
  // "shot him dead", "killed her", "showing him dead"
  [HIM_HER, new RegExp(`\\b(?:(?:${DEATH_VERB})\\s+(?:him|her)\\b|(?:him|her)\\s+dead\\b)`, 'i')],
];

// "her husband and son were killed", "killed the chief, his wife and daughter": a list of single
// people, each one, as the victims of a death verb.
const DET = '(?:(?:his|her|their|the|a|an)\\s+)?(?:[\\w-]+\\s+)?';
const ITEM = `${DET}${PERSON}`;
const LIST = `${ITEM}(?:\\s*,\\s*${ITEM})*\\s*,?\\s+and\\s+${ITEM}\\b`;
const LIST_PASSIVE = new RegExp(`\\b(${LIST})\\s+(?:were|have\\s+been|had\\s+been)\\s+${ADVERB}(?:${DEATH_PARTICIPLE})\\b`, 'i');
const LIST_OBJECT = new RegExp(`\\b(?:${DEATH_VERB})\\s+(${LIST})`, 'i');
const JOINED = /\sand\s/i;
const PASSIVE_AUX = /were|been/i;
const DEATH_VERB_WORD = new RegExp(DEATH_VERB, 'i');
const ITEM_G = new RegExp(`\\b${PERSON}\\b`, 'gi');

/** The words that list single people killed, and how many, or null. */
export function listedVictims(sentence: string, offset = 0): { count: number; span: TextSpan } | null {
  // Every list has " and " before its last item, a passive list "were" or "been", an object list its
  // verb: the list patterns, tried at every word, run only where these words are.
  if (!JOINED.test(sentence)) return null;
  const m = (PASSIVE_AUX.test(sentence) ? LIST_PASSIVE.exec(sentence) : null)
    ?? (DEATH_VERB_WORD.test(sentence) ? LIST_OBJECT.exec(sentence) : null);
  if (!m) return null;
  const count = m[1]!.match(ITEM_G)?.length ?? 0;
  return count >= 2 ? { count, span: { start: m.index + offset, end: m.index + m[0].length + offset } } : null;
}

/** The words that say one person died, or null. `sentence` offsets; spans in article offsets. */
export function singleVictim(sentence: string, offset = 0): TextSpan | null {
  const p = PASSIVE.exec(sentence);
  if (p && !NOBODY.test(sentence.slice(Math.max(0, p.index - 40), p.index))) {
    return { start: p.index + offset, end: p.index + p[0].length + offset };
  }
  // (Patterns that share their quick test take its answer: it is run once.)
  let lastNeeds: RegExp | undefined;
  let met = false;
  for (const [needs, re] of ACTIVE) {
    if (needs !== lastNeeds) {
      lastNeeds = needs;
      met = needs.test(sentence);
    }
    const m = met ? re.exec(sentence) : null;
    if (m) return { start: m.index + offset, end: m.index + m[0].length + offset };
  }
  return null;
}
