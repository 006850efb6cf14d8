// How a sentence vouches for an event, and on whose word. claim: 'claimed' when a party tells of its
// own action (a claim of responsibility, its own video or outlet, "the army said it killed 30"),
// 'denied' when it is denied, 'alleged' when the text hedges or accuses ("suspected", "reportedly",
// "blamed"), else 'reported'. attribution: who says so ("police said" → "police"), trimmed of articles
// and clause words. Tables: data/lexicon/claims.json.
import { readFileSync } from 'node:fs';
import type { Claim } from '../model/event.js';
import { alt, clauseAt, clauses, unitAt } from './Modality.js';
import type { TextSpan } from './types.js';

// span: the cue words ("claimed responsibility"), null for a plain report, which has no claim evidence.
// attributionSpan: the attributing phrase ("police said", "according to the UN"), the attribution's evidence.
export interface ClaimReading { claim: Claim; attribution: string | null; span: TextSpan | null; attributionSpan: TextSpan | null }
type Cued = Exclude<Claim, 'reported'>;
type Lists = 'denied' | 'claimed' | 'alleged' | 'outlets' | 'selfClaim' | 'say' | 'actors' | 'acts' | 'verbs' | 'adverbs'
  | 'forward' | 'boundary' | 'endAfter' | 'stop' | 'keep' | 'trim' | 'pronouns' | 'vague' | 'mediaNouns';
const L = JSON.parse(readFileSync(new URL('../../data/lexicon/claims.json', import.meta.url), 'utf8')) as
  Record<Lists, string[]> & { precedence: Record<Claim, number>; negation: string; partisan: string };

// Precedence (data: "precedence"): within one clause denied > claimed > alleged > reported, since a
// denial answers whatever was said and a party's own claim is firmer than a hedge. Across clauses the
// cue nearest the trigger's clause wins whatever its rank, so in "police said suspected militants
// attacked, but the group denied it" the attack stays 'alleged'. Without a trigger every clause ties.
const RANK = L.precedence, KINDS: Cued[] = ['denied', 'claimed', 'alleged'];
const self = L.selfClaim.map((p) => p.replace('SAY', alt(L.say)).replace('ACTORS', alt(L.actors)).replace('ACTS', alt(L.acts)));
const lists: Record<Cued, string[]> = { denied: L.denied, claimed: [...self, ...L.claimed, ...L.outlets], alleged: L.alleged };
// One \b before the alternation, not one per cue: the same matches, and far fewer tries (Modality.ts).
const CUE = new RegExp(`\\b(?:${KINDS.map((k) => `(?<${k}>(?:${alt(lists[k])})\\b)`).join('|')})`, 'gi');
const NEGATED = new RegExp(alt([L.negation]), 'i'); // "no group has [claimed responsibility]"

// Sources: "NP said", "according to NP", and quotes inverted after a comma ("..., said a spokesman").
const VERB = new RegExp(`\\b(?:${alt(L.verbs)})\\b`, 'gi');
const ADVERB = new RegExp(`^(?:${alt(L.adverbs)})$`, 'i');
const FORWARD = new RegExp(`\\b(?:${alt(L.forward)})\\s+`, 'gi');
const INVERTED = /(?:^|[,"“”’])\s*(said|says|added|wrote)\s+(?=(?:the|a|an)\s|[A-Z])/g;
const LAST_BREAK = new RegExp(`^[\\s\\S]*(?:[,;:()"“”—]|\\b(?:${alt(L.boundary)})\\b)`, 'i');
// "according to police and residents": 'and' joins sources going forward.
const END_AFTER = new RegExp(`[,;:()"“”—!?]|\\.(?:\\s|$)|\\s(?:${alt([...L.boundary.filter((w) => w !== 'and'), ...L.endAfter])})\\b`, 'i');
// "a statement from [the army]": the source is whoever issued it.
const MEDIA = new RegExp(`^(?:(?:an?|the|its|their)\\s+)?(?:[\\w-]+\\s+)?(?:${alt(L.mediaNouns)})\\s+` +
  '(?:from|by|of|(?:released|issued|published|posted)\\s+by)\\s+', 'i');
const TRIM = new RegExp(`^(?:(?:${alt(L.trim)})\\s+)+`, 'i');
const VAGUE = new RegExp(`^(?:(?:${alt(L.vague)})\\s+)*(?:reports?|accounts?)?$`, 'i');
const PRONOUN = new RegExp(`^(?:${alt(L.pronouns)})$`, 'i');
const PARTISAN = new RegExp(L.partisan, 'i');
const STOP = new Set(L.stop), KEEP = new Set(L.keep);
// A word a source name cannot contain going back from its verb: "were [reported]", "killed 5 [people]".
const stops = (w: string): boolean => STOP.has(w.toLowerCase()) || /^\d/.test(w) || (/^[a-z]+ed$/.test(w) && !KEEP.has(w));
const space = (c: number): boolean => c <= 32 || c === 160;
// partisan: a denier, accuser or claimant speaks only for its own clause, never as the event's reporter.
interface Source { name: string; start: number; end: number; partisan: boolean }

/** The source name in s[a, b) once media words, articles and vague words are gone; null if none is left. */
function named(s: string, a: number, b: number): { name: string; a: number } | null {
  a += MEDIA.exec(s.slice(a, b))?.[0].length ?? 0;
  a += TRIM.exec(s.slice(a, b))?.[0].length ?? 0;
  const name = s.slice(a, b).replace(/\s+/g, ' ').trim();
  if (!name || VAGUE.test(name) || PRONOUN.test(name)) return null;
  return { name: name.replace(/ reports?$/i, ''), a };
}

/** The noun phrase ending just before `end` (a verb): back to punctuation, a clause word or a stop word. */
function before(s: string, end: number): [number, number] | null {
  const from = Math.max(0, end - 100);
  const brk = LAST_BREAK.exec(s.slice(from, end));
  const base = from + (brk ? brk[0].length : 0);
  // An apposition right before the verb names the source: "a spokesman, Col. Ali Musa, said".
  // (trimEnd drops what \s matches: a comma and white space end the break, without a regex trying every position.)
  if (brk && brk[0].trimEnd().endsWith(',') && !s.slice(base, end).trim()) return before(s, from + brk[0].lastIndexOf(','));
  let a = -1, b = -1;
  for (let i = end, n = 0; n < 8; n++) { // word by word, backwards
    while (i > base && space(s.charCodeAt(i - 1))) i--;
    let j = i; while (j > base && !space(s.charCodeAt(j - 1))) j--;
    const w = s.slice(j, i);
    if (j === i || stops(w)) break;
    if (b < 0 && ADVERB.test(w)) { i = j; continue; } // "police [later] said"
    if (b < 0) b = i;
    a = i = j;
  }
  return b < 0 ? null : [a, b];
}
/** The noun phrase starting at `start`, up to punctuation or a clause, time or place word. */
const after = (s: string, start: number): [number, number] =>
  [start, start + (END_AFTER.exec(s.slice(start, start + 100))?.index ?? Math.min(100, s.length - start))];
function add(out: Source[], s: string, np: [number, number] | null, from: number, to: number, partisan: boolean): void {
  const n = np && named(s, np[0], np[1]);
  if (n) out.push({ name: n.name, start: Math.min(from, n.a), end: Math.max(to, np[1]), partisan });
}
// (Plain exec loops: a generator over the matches cost more than the loops' bodies in most sentences.)
function sources(s: string): Source[] {
  const out: Source[] = [];
  VERB.lastIndex = 0;
  for (let m = VERB.exec(s); m; m = VERB.exec(s)) { const np = before(s, m.index); add(out, s, np, np?.[0] ?? 0, m.index + m[0].length, PARTISAN.test(m[0])); }
  FORWARD.lastIndex = 0;
  for (let m = FORWARD.exec(s); m; m = FORWARD.exec(s)) add(out, s, after(s, m.index + m[0].length), m.index, m.index, false);
  INVERTED.lastIndex = 0;
  for (let m = INVERTED.exec(s); m; m = INVERTED.exec(s)) add(out, s, after(s, m.index + m[0].length), m.index + m[0].indexOf(m[1]!), 0, false);
  return out;
}
/** The claim status and source of the event of `trigger` (article offsets) in `sentence`, which starts at `offset`. */
export function readClaim(sentence: string, offset = 0, trigger?: TextSpan): ClaimReading {
  const span = (start: number, end: number): TextSpan => ({ start: start + offset, end: end + offset });
  const t = trigger && trigger.start >= offset && trigger.end <= offset + sentence.length ? trigger.start - offset : -1;
  const cs = clauses(sentence);
  const [lo, hi] = t >= 0 ? unitAt(cs, t) : [0, cs.length - 1];
  const dist = (pos: number): number => { const i = clauseAt(cs, pos); return i < lo ? lo - i : i > hi ? i - hi : 0; };
  let cue: { kind: Cued; start: number; end: number; d: number } | null = null;
  CUE.lastIndex = 0;
  for (let m = CUE.exec(sentence); m; m = CUE.exec(sentence)) {
    if (NEGATED.test(sentence.slice(Math.max(0, m.index - 40), m.index))) continue;
    const kind = KINDS.find((k) => m.groups?.[k] !== undefined)!, d = dist(m.index);
    if (!cue || d < cue.d || (d === cue.d && RANK[kind] > RANK[cue.kind])) cue = { kind, start: m.index, end: m.index + m[0].length, d };
  }
  // Who says so: a source in the cue's clause ("ISIS claimed"), else the one nearest the trigger; a
  // partisan source elsewhere is not the reporter ("Rebels reportedly attacked; the army denied it").
  const home = cue ? clauseAt(cs, cue.start) : -1, ref = cue ? cue.start : Math.max(t, 0);
  let src: Source | null = null, best = Infinity;
  for (const x of sources(sentence)) {
    const mine = clauseAt(cs, x.start) === home, d = dist(x.start);
    const score = (mine ? 0 : 1e6) + d * 1e3 + Math.abs(x.start - ref);
    if ((!x.partisan || mine || d === 0) && score < best) { src = x; best = score; }
  }
  return { claim: cue?.kind ?? 'reported', attribution: src?.name ?? null,
    span: cue ? span(cue.start, cue.end) : null, attributionSpan: src ? span(src.start, src.end) : null };
}
