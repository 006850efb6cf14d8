import { readFileSync } from 'node:fs';
import type { SubEventType } from '../model/event.js';
import type { TextSpan } from './types.js';
import { matchStarts, mayStartAt } from './regexStarts.js';

/** What kind of happening a cue points to; the classifier turns families + actors into ACLED types. */
export type TriggerFamily =
  | 'remote' | 'sexual' | 'abduction' | 'protest' | 'riot' | 'arrest' | 'gain' | 'takeover'
  | 'battle' | 'violence' | 'looting' | 'agreement' | 'base';

export interface TriggerHit {
  family: TriggerFamily;
  /** Set where the cue alone decides ACLED's sub-event type ("roadside bomb" → IED). */
  subEventType: SubEventType | null;
  /** Among remote-violence cues, lower is more specific (suicide bomb before IED before shelling). */
  rank: number;
  span: TextSpan;
  text: string;
}

interface Group { family: TriggerFamily; sub_event_type?: SubEventType; rank?: number; patterns: string[] }
interface CompiledGroup { family: TriggerFamily; subEventType: SubEventType | null; rank: number }

const lexicon = JSON.parse(readFileSync(new URL('../../data/lexicon/triggers.json', import.meta.url), 'utf8')) as { groups: Group[] };

const GROUPS: CompiledGroup[] = lexicon.groups.map((g) => ({
  family: g.family,
  subEventType: g.sub_event_type ?? null,
  rank: g.rank ?? 99,
}));

// One alternation with a named group per lexicon group: a sentence is scanned once, not once per
// group. At one position the earlier group wins, so the lexicon lists specific cues first.
// The word-boundary look-behind stands once in front, so a position inside a word fails at once.
const ALL = new RegExp(`(?<![\\w-])(?:${lexicon.groups.map((g, i) => `(?<g${i}>(?:${g.patterns.join('|')})(?![\\w]))`).join('|')})`, 'gi');
const NAMES = GROUPS.map((_, i) => `g${i}`);

// Trying the alternation at every word of every sentence is the costliest step of trigger finding,
// and almost no word starts a cue: it runs only where the lexicon says a cue may start.
const STARTS = matchStarts(lexicon.groups.flatMap((g) => g.patterns));
const STICKY = new RegExp(ALL.source, 'iy');

// A cue starts after a character that is not a word character or hyphen (ALL's look-behind).
const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;

/** Every trigger cue in a sentence, in text order. `prefilter: false` scans every position (for tests). */
export function findTriggers(sentence: string, offset = 0, prefilter = true): TriggerHit[] {
  const hits: TriggerHit[] = [];
  const add = (m: RegExpExecArray): void => {
    const groups = m.groups ?? {};
    const g = GROUPS[NAMES.findIndex((name) => groups[name] !== undefined)];
    if (!g) return;
    const start = offset + m.index;
    hits.push({ family: g.family, subEventType: g.subEventType, rank: g.rank, span: { start, end: start + m[0].length }, text: m[0] });
  };
  if (!STARTS || !prefilter) {
    for (const m of sentence.matchAll(ALL)) add(m);
    return hits;
  }
  // The same matches as matchAll(ALL): leftmost first, the next search from the end of the last.
  for (let p = 0, n = sentence.length; p < n; ) {
    if ((p > 0 && isWordChar(sentence.charCodeAt(p - 1))) || !mayStartAt(STARTS, sentence, p)) { p++; continue; }
    STICKY.lastIndex = p;
    const m = STICKY.exec(sentence);
    if (!m) { p++; continue; }
    add(m);
    p = m.index + Math.max(1, m[0].length);
  }
  return hits;
}
