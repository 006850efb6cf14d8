import { readFileSync } from 'node:fs';
import type { SubEventType } from '../model/event.js';
import type { TextSpan } from './types.js';

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

/** Every trigger cue in a sentence, in text order. */
export function findTriggers(sentence: string, offset = 0): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (const m of sentence.matchAll(ALL)) {
    const groups = m.groups ?? {};
    const g = GROUPS[NAMES.findIndex((name) => groups[name] !== undefined)];
    if (!g) continue;
    const start = offset + m.index;
    hits.push({ family: g.family, subEventType: g.subEventType, rank: g.rank, span: { start, end: start + m[0].length }, text: m[0] });
  }
  return hits;
}
