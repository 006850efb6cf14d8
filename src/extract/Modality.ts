// Does a trigger word state a real, specific, past-or-ongoing event? 'factual', or the reason it does
// not: negated, threat, plan, question, hypothetical, generic, denied. A cue counts only when it
// governs the trigger: before it in the same clause with nothing but bridge words between ("did not
// [fire]", "threatened to launch an [attack]"), so "failed to stop the [attack]" stays factual and a
// threat in an earlier clause says nothing of a later killing. Tables: data/lexicon/modality.json.
import { readFileSync } from 'node:fs';
import type { TextSpan } from './types.js';

export type ModalityKind = 'factual' | 'negated' | 'threat' | 'plan' | 'question' | 'hypothetical' | 'generic' | 'denied';
export interface ModalityReading { kind: ModalityKind; span: TextSpan | null }
type Cued = 'denied' | 'question' | 'hypothetical' | 'nominal' | 'negated' | 'threat' | 'plan' | 'future';
interface Lexicon {
  cues: Record<Cued, string[]>; bridge: string[]; maxBridge: number; aux: string[]; npStop: string[];
  afterComma: string[]; bare: string[]; openers: Record<'hypothetical' | 'question', string[]>; askedIf: string;
  planEvents: string[]; generic: Record<'common' | 'frequency' | 'series' | 'span' | 'date' | 'count' | 'determiners', string[]> & { place: string };
}
const L = JSON.parse(readFileSync(new URL('../../data/lexicon/modality.json', import.meta.url), 'utf8')) as Lexicon;

/** Lexicon entries as one alternation; a space in an entry stands for any run of white space. */
export const alt = (list: readonly string[]): string => list.map((p) => p.replace(/ /g, '\\s+')).join('|');
const words = (list: readonly string[], flags = 'i'): RegExp => new RegExp(`\\b(?:${alt(list)})\\b`, flags);

export interface Clause { start: number; end: number; dependent: boolean }
// Conjunctions are lower case mid-sentence, so no 'i' flag: ", Beijing said" is not a participle.
// "if and when", "before or after": a conjunction joined to another opens one clause, not two.
const SPLIT = new RegExp(`;|,\\s*(?=(?:${alt(L.afterComma)}|[a-z]+ing)\\b)|(?<!\\b(?:if|and|or))\\s+(?=(?:${alt(L.bare)})\\b)`, 'g');
const DEPENDENT = /^(?:which|who|whom|whose|[a-z]+ing)\b/;

// readModality and readClaim split the same sentence one after the other: the last split is kept
// (read-only, so sharing it is safe; keyed by the text itself, so it is exact).
let lastSplit: { s: string; out: readonly Readonly<Clause>[] } | null = null;

/** The sentence's clauses, sentence-relative. A participle or relative clause after a comma is `dependent`. */
export function clauses(s: string): readonly Readonly<Clause>[] {
  if (lastSplit?.s === s) return lastSplit.out;
  const out: Clause[] = [];
  let from = 0, comma = false;
  const push = (end: number): number => out.push({ start: from, end, dependent: comma && DEPENDENT.test(s.slice(from, from + 30)) });
  SPLIT.lastIndex = 0;
  for (let m = SPLIT.exec(s); m; m = SPLIT.exec(s)) { push(m.index); from = m.index + m[0].length; comma = m[0][0] === ','; }
  push(s.length);
  lastSplit = { s, out };
  return out;
}
export const clauseAt = (cs: readonly Clause[], pos: number): number => { const i = cs.findIndex((c) => pos < c.end); return i < 0 ? cs.length - 1 : i; };
/** The clause at `pos` with the clauses leaning on it or it leans on (", killing two" goes with the clause before). */
export function unitAt(cs: readonly Clause[], pos: number): [number, number] {
  let lo = clauseAt(cs, pos), hi = lo;
  while (lo > 0 && cs[lo]!.dependent) lo--;
  while (hi + 1 < cs.length && cs[hi + 1]!.dependent) hi++;
  return [lo, hi];
}

const KINDS: Cued[] = ['denied', 'question', 'hypothetical', 'nominal', 'negated', 'threat', 'plan', 'future'];
// The \b every cue starts with stands once before the alternation, so that a position inside a word
// fails at once instead of once per cue (the same matches and groups: \b takes no characters).
const CUE = new RegExp(`\\b(?:${KINDS.map((k) => `(?<${k}>(?:${alt(L.cues[k])})\\b)`).join('|')})`, 'gi');
const B = `\\s+(?:${alt(L.bridge)})(?![\\w'’-])`;
const N = L.maxBridge;
const GAP = new RegExp(`^(?:${B}){0,${N}}\\s*$`, 'i');
// "vowed to attack the base and [kill]": the cue reaches a second verb joined by and/or.
const COORD = new RegExp(`^(?:${B}){0,${N}}(?:\\s+[\\w'’-]+){1,5}?\\s+(?:and|or)(?:${B}){0,${N}}\\s*$`, 'i');
// "no [Israeli soldiers] were [hurt]": up to three noun words, none an auxiliary, -ed or -ing word.
const NOUNS = new RegExp(`^(?:\\s+(?!(?:${alt([...L.aux, ...L.npStop])})(?![\\w'’-]))[\\w'’-]+(?<!ed|ing)){0,3}(?:${B}){0,${N}}\\s*$`, 'i');
const governs = (kind: Cued, gap: string): boolean => GAP.test(gap) || COORD.test(gap) || (kind === 'nominal' && NOUNS.test(gap));

const OPENER = new RegExp(`^\\W*(?:(?<hypothetical>${alt(L.openers.hypothetical)})|(?<question>${alt(L.openers.question)}))\\b`, 'i');
const ASKED_IF = new RegExp(L.askedIf, 'i');
const QUESTION = /\?[\s"'”’)\]]*$/;
const PLAN_EVENT = new RegExp(`^(?:${alt(L.planEvents)})$`, 'i');
const G = L.generic;
const COMMON = words(G.common), FREQUENCY = words(G.frequency), SERIES = words(G.series), SPAN = words(G.span);
const DATE = words(G.date), COUNT = words(G.count), PLACE = new RegExp(alt([G.place])), PERFECT = /\b(?:has|have)\b/i;
const DET = G.determiners.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]).join('|');
// A bare plural subject, "have" + participle, and a bare object: "Militias have committed atrocities".
const HABIT = new RegExp(`^\\s*(?!(?:${DET})\\b)(?:[A-Za-z-]+\\s+){0,2}[A-Za-z-]*[a-z]s\\s+have\\s+` +
  `(?:[a-z]+ly\\s+|long\\s+|also\\s+)?(?:been\\s+)?[a-z]+\\b(?!\\s+(?:(?:${DET}|to)\\b|[A-Z0-9]))`);

/** The words that make a clause a general statement rather than one incident, or null. */
function generic(u: string): RegExpExecArray | null {
  const dated = DATE.test(u), counted = COUNT.test(u);
  let m = COMMON.exec(u);
  if (m) return m;
  if (!dated && !counted && (m = FREQUENCY.exec(u))) return m;
  if ((m = SERIES.exec(u)) && (SPAN.test(u) || (!dated && PERFECT.test(u)))) return m;
  return !dated && !counted && !PLACE.test(u) ? HABIT.exec(u) : null;
}

/**
 * How `sentence` (starting at article offset `offset`) presents the event of `trigger` (article offsets).
 * Without a trigger the main clause is read and its first cue decides; callers should pass the trigger.
 * Order: a governing cue (the nearest wins), an if/whether clause, a final '?', a generic clause.
 */
export function readModality(sentence: string, offset = 0, trigger?: TextSpan): ModalityReading {
  const span = (start: number, end: number): TextSpan => ({ start: start + offset, end: end + offset });
  const t = trigger && trigger.start >= offset && trigger.end <= offset + sentence.length ? trigger.start - offset : -1;
  const cs = clauses(sentence);
  const [lo, hi] = unitAt(cs, Math.max(t, 0));
  const from = cs[lo]!.start, to = cs[hi]!.end;
  let cue: { kind: Cued; start: number; end: number } | null = null;
  CUE.lastIndex = from;
  for (let m = CUE.exec(sentence); m && m.index < (t >= 0 ? t : to); m = CUE.exec(sentence)) {
    const kind = KINDS.find((k) => m!.groups?.[k] !== undefined)!, end = m.index + m[0].length;
    if (t < 0) { cue = { kind, start: m.index, end }; break; }
    if (end <= t && governs(kind, sentence.slice(end, t))) cue = { kind, start: m.index, end };
  }
  if (cue) {
    // "will [march]" is a plan, "will [strike]" a threat.
    const word = trigger ? sentence.slice(t, trigger.end - offset) : '';
    const kind = cue.kind === 'nominal' ? 'negated' : cue.kind !== 'future' ? cue.kind : PLAN_EVENT.test(word) ? 'plan' : 'threat';
    return { kind, span: span(cue.start, cue.end) };
  }
  const open = OPENER.exec(sentence.slice(from, to));
  if (open?.groups) {
    const start = from + open[0].length - (open.groups.hypothetical ?? open.groups.question ?? '').length;
    const asked = open.groups.hypothetical !== undefined && ASKED_IF.test(sentence.slice(Math.max(0, from - 30), from));
    return { kind: open.groups.question !== undefined || asked ? 'question' : 'hypothetical', span: span(start, from + open[0].length) };
  }
  const q = QUESTION.exec(sentence);
  if (q) return { kind: 'question', span: span(q.index, q.index + 1) };
  const g = generic(sentence.slice(from, to));
  const lead = g ? g[0].length - g[0].trimStart().length : 0;
  return g ? { kind: 'generic', span: span(from + g.index + lead, from + g.index + g[0].length) } : { kind: 'factual', span: null };
}
