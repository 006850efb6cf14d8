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
interface CompiledGroup { family: TriggerFamily; subEventType: SubEventType | null; rank: number; regex: RegExp }

const lexicon = JSON.parse(readFileSync(new URL('../../data/lexicon/triggers.json', import.meta.url), 'utf8')) as { groups: Group[] };

const GROUPS: CompiledGroup[] = lexicon.groups.map((g) => ({
  family: g.family,
  subEventType: g.sub_event_type ?? null,
  rank: g.rank ?? 99,
  regex: new RegExp(`(?<![\\w-])(?:${g.patterns.join('|')})(?![\\w])`, 'gi'),
}));

// One pass over a sentence with every cue tells most sentences (no cue at all) to go away cheaply.
const ANY = new RegExp(`(?<![\\w-])(?:${lexicon.groups.flatMap((g) => g.patterns).join('|')})(?![\\w])`, 'i');

/** Every trigger cue in a sentence, in text order; a cue inside a longer cue of another group is dropped. */
export function findTriggers(sentence: string, offset = 0): TriggerHit[] {
  if (!ANY.test(sentence)) return [];
  const hits: TriggerHit[] = [];
  for (const g of GROUPS) {
    for (const m of sentence.matchAll(g.regex)) {
      const start = offset + m.index;
      hits.push({ family: g.family, subEventType: g.subEventType, rank: g.rank, span: { start, end: start + m[0].length }, text: m[0] });
    }
  }
  return dropContained(hits).sort((a, b) => a.span.start - b.span.start);
}

/** "roadside bomb" holds "bomb"; "air strikes" holds "strikes": keep the longer cue only. */
function dropContained(hits: TriggerHit[]): TriggerHit[] {
  return hits.filter((h) => !hits.some((o) => o !== h
    && o.span.start <= h.span.start && o.span.end >= h.span.end
    && (o.span.end - o.span.start) > (h.span.end - h.span.start)));
}
