import { readFileSync } from 'node:fs';
import type { SubEventType } from '../model/event.js';
import type { TextSpan } from './types.js';
import { lowerCode, matchStarts, mayStartAt, startKeys } from './regexStarts.js';

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

// At a position that may start a cue, only the patterns whose own starts allow it are tried: a
// regex of those, in lexicon order, so the first to match is the one ALL's alternation would take
// (a pattern that cannot match here changes nothing by its absence). Keyed by the 3 characters.
const OWN = lexicon.groups.flatMap((g, group) => g.patterns.map((pattern) => ({ group, pattern, starts: startKeys([pattern]) })));
// Patterns with matches shorter than 3 characters are tried at every candidate position.
const SHORT = OWN.flatMap((p, id) => (p.starts?.short.length ? [id] : []));
const BY_KEY = new Map<number, number[]>();
OWN.forEach((p, id) => { for (const key of p.starts?.prefix ?? []) BY_KEY.set(key, [...BY_KEY.get(key) ?? [], id]); });
const STICKY_BY_KEY = new Map<number, RegExp>();
function stickyFor(key: number): RegExp {
  let re = STICKY_BY_KEY.get(key);
  if (!re) {
    const ids = new Set([...BY_KEY.get(key) ?? [], ...SHORT]);
    const own = OWN.filter((_, id) => ids.has(id));
    // The same group names as ALL's, so `add` reads the family alike; absent groups match nothing.
    const groups = lexicon.groups.map((_, i) => own.filter((p) => p.group === i).map((p) => p.pattern))
      .map((patterns, i) => (patterns.length ? `(?<g${i}>(?:${patterns.join('|')})(?![\\w]))` : ''))
      .filter((g) => g);
    re = groups.length ? new RegExp(`(?<![\\w-])(?:${groups.join('|')})`, 'iy') : /(?!)/y;
    STICKY_BY_KEY.set(key, re);
  }
  return re;
}
// (Only when the reader follows every pattern; else ALL is tried whole, as before.)
const DISPATCH = OWN.every((p) => p.starts !== null);
// The table index of the 3 characters at p (as mayStartAt reads them), -1 if one is not ASCII.
function keyAt(s: string, p: number): number {
  const a = lowerCode(s.charCodeAt(p)), b = lowerCode(s.charCodeAt(p + 1)), c = lowerCode(s.charCodeAt(p + 2));
  return a < 128 && b < 128 && c < 128 ? (a << 14) | (b << 7) | c : -1;
}

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
    const re = DISPATCH && p + 3 <= n ? stickyFor(keyAt(sentence, p)) : STICKY;
    re.lastIndex = p;
    const m = re.exec(sentence);
    if (!m) { p++; continue; }
    add(m);
    p = m.index + Math.max(1, m[0].length);
  }
  return hits;
}
