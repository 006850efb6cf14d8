// Reading amounts of people from English text: digits, number words, vague words ("dozens") and
// qualified figures ("at least six", "between 10 and 15"). Every table lives in
// data/lexicon/casualties.json; the regexes are built from it once, at module load.
import { readFileSync } from 'node:fs';
import type { TextSpan } from './types.js';

export type Qualifier = 'exact' | 'atLeast' | 'moreThan' | 'upTo' | 'lessThan' | 'nearly' | 'about';
type Triggers = Record<'both' | 'after' | 'before', string[]>;
export interface CasualtyLexicon {
  units: Record<string, number>; multipliers: Record<string, number>; scales: Record<string, number>;
  fixed: Record<string, number>; vague: Record<string, [number, number | null, number?]>; qualifiers: Record<string, Qualifier>;
  articles: string[]; death: Triggers; injury: Triggers; ambiguous: Triggers; zero: { all: string[]; death: string[] };
  people: string[]; nonPeople: string[]; units_after: string[]; labels_before: string[]; months: string[]; stop: string[];
}
// Relative to this file, so the same path works from src/extract and from dist/extract.
export const lexicon = JSON.parse(
  readFileSync(new URL('../../data/lexicon/casualties.json', import.meta.url), 'utf8'),
) as CasualtyLexicon;

/** A bare count. Exact numbers have low = value = high; a vague word has the range and figure its lexicon entry gives. */
export interface Count { value: number; low: number; high: number | null; vague: boolean; article: boolean; span: TextSpan }
/** A figure with its qualifier applied; null where the text states nothing for that end. */
export interface Amount { low: number | null; best: number | null; high: number | null; article: boolean; span: TextSpan }

/** A literal phrase as a regex source, any run of white space between its words. */
export const phrase = (p: string): string => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+');
/** Longest first, so "a handful of" wins over "a handful" and "hundreds" over "hundred". */
export const alternation = (list: readonly string[], escape = true): string =>
  [...list].sort((a, b) => b.length - a.length).map((p) => (escape ? phrase(p) : p)).join('|');

const L = lexicon;
const WORD_VALUE = new Map(Object.entries({ ...L.units, ...L.multipliers, ...L.scales }));
const FIXED = new Map(Object.entries(L.fixed));
const VAGUE = new Map(Object.entries(L.vague));
const ARTICLES = new Set(L.articles);
const QUALIFIERS = new Map(Object.entries(L.qualifiers).map(([k, v]) => [k.replace(/ +/g, ' '), v]));

const WORD = `(?:${alternation([...WORD_VALUE.keys()])})`;
const BIG = alternation([...Object.keys(L.multipliers), ...Object.keys(L.scales)]);
// "a hundred and five": "and" only continues a number after a scale word, never "two and three".
const WORDS = `(?:(?:a|an)\\s+(?=${BIG}))?${WORD}(?:(?:(?<=${BIG})\\s+and\\s+|[\\s-]+)${WORD})*(?![\\w-])`;
const DIGITS = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+(?:${BIG}))?(?!\\w)`;
const NUMBER = `(?:${alternation(Object.keys(L.fixed))}(?!\\w)|${DIGITS}|${WORDS})`;
const VAGUE_RE = `(?:${alternation([...VAGUE.keys()])})(?:(?:\\s+of)?\\s+(?:thousands|millions))?(?!\\w)`;
const ARTICLE = `(?:${alternation(L.articles)})(?=\\s)`;
const COUNT_Y = new RegExp(`${VAGUE_RE}|${NUMBER}|${ARTICLE}`, 'iy');
// One pass over a sentence finds every amount. Ranges: "between X and Y", "X to Y", "X-Y", "X or Y";
// "from X to Y" is how a toll update reads ("rose from 10 to 14"), so it keeps Y only.
// Numbered groups, not named ones: a match's `groups` object costs more to build than the match.
const [Q, B1, B2, F, V, N1, N2, A] = [1, 2, 3, 4, 5, 6, 7, 8];
const AMOUNT_G = new RegExp(
  `\\b(?:(${alternation(Object.keys(L.qualifiers))})\\s+)?(?:between\\s+(${NUMBER})\\s+(?:and|to|-)\\s+(${NUMBER})` +
    `|from\\s+${NUMBER}\\s+to\\s+(${NUMBER})|(${VAGUE_RE})|(${NUMBER})(?:(?:\\s*[-–]\\s*|\\s+(?:to|or)\\s+)(${NUMBER}))?|(${ARTICLE}))`,
  'gi',
);
// A capturing group added inside NUMBER and the like would shift the numbers above.
if (new RegExp(`${AMOUNT_G.source}|`).exec('')!.length !== A + 1) throw new Error('AMOUNT_G: groups moved');

type Bare = Omit<Count, 'span'>;
const exact = (value: number, article = false): Bare => ({ value, low: value, high: value, vague: false, article });

// The same few count phrases ("a", "two", "12") come back sentence after sentence: their values are
// kept (read-only: callers copy the fields they need), up to a bound.
const COUNTS = new Map<string, Bare | null>();
function countOf(raw: string): Bare | null {
  let c = COUNTS.get(raw);
  if (c === undefined) {
    if (COUNTS.size >= 1024) COUNTS.clear();
    COUNTS.set(raw, (c = readCountOf(raw)));
  }
  return c;
}

/** The value of a matched count phrase; null for non-integers ("1.5"). */
function readCountOf(raw: string): Bare | null {
  const s = raw.toLowerCase().replace(/\s+/g, ' ');
  const fixed = FIXED.get(s);
  if (fixed !== undefined) return exact(fixed);
  if (ARTICLES.has(s)) return exact(1, true);
  // "tens of thousands" = "tens of" x 1000; the vague word's range scales with it.
  const scaled = / (thousands|millions)$/.exec(s);
  const base = scaled ? s.slice(0, scaled.index) : s;
  const vague = VAGUE.get(base) ?? (scaled ? VAGUE.get(base.replace(/ of$/, '')) : undefined);
  if (vague) {
    const k = scaled ? (scaled[1] === 'thousands' ? 1000 : 1000000) : 1;
    const [low, high, best = low] = vague;
    return { value: best * k, low: low * k, high: high === null ? null : (high + 1) * k - 1, vague: true, article: false };
  }
  let total = 0;
  let current = 0;
  for (const w of s.split(/[\s-]+/)) {
    const n = /^\d/.test(w) ? Number(w.replace(/,/g, '')) : w === 'a' || w === 'an' ? 1 : WORD_VALUE.get(w);
    if (n === undefined) continue; // "and" inside "a hundred and five"
    if (w in L.scales) {
      total += (current || 1) * n; // "two thousand three hundred": close the thousands, start again
      current = 0;
    } else if (w in L.multipliers) current = (current || 1) * n;
    else current += n;
  }
  const value = Math.round((total + current) * 1e6) / 1e6;
  return Number.isInteger(value) ? exact(value) : null;
}

/** Reads the count that starts exactly at `at` ("Eleven", "1,200", "a hundred and five", "dozens"). */
export function parseCount(text: string, at = 0): Count | null {
  COUNT_Y.lastIndex = at;
  const m = COUNT_Y.exec(text);
  const c = m ? countOf(m[0]) : null;
  return m && c ? { ...c, span: { start: at, end: at + m[0].length } } : null;
}

type Range = Pick<Amount, 'low' | 'best' | 'high'>;
/** Why each rule: ACLED codes the stated minimum of "at least N" (best = N); "more than"/"up to"/"fewer than"
 * give only a bound and no figure anyone reported, so best stays null; "about N" is coded as N, as coders do;
 * "nearly N" means a little under N, so N-1 is both the figure and the ceiling. */
function qualify(q: Qualifier, c: Bare): Range {
  switch (q) {
    case 'atLeast': return { low: c.low, best: c.value, high: null };
    case 'moreThan': return { low: c.low + 1, best: null, high: null };
    case 'upTo': return { low: null, best: null, high: c.high };
    case 'lessThan': return { low: null, best: null, high: c.high === null ? null : c.high - 1 };
    case 'nearly': return { low: null, best: c.value - 1, high: c.value - 1 };
    case 'about': return c.vague ? { low: c.low, best: c.value, high: c.high } : { low: c.value, best: c.value, high: c.value };
    case 'exact': return { low: c.low, best: c.value, high: c.high };
  }
}

/** Every amount in `text`, spans relative to it. A range keeps its lower figure as best, as ACLED does. */
export function readAmounts(text: string): Amount[] {
  const out: Amount[] = [];
  AMOUNT_G.lastIndex = 0;
  for (let m = AMOUNT_G.exec(text); m; m = AMOUNT_G.exec(text)) {
    const first = countOf(m[B1] ?? m[F] ?? m[V] ?? m[N1] ?? m[A] ?? '');
    const second = m[B2] ?? m[N2] ? countOf((m[B2] ?? m[N2]) as string) : null;
    if (!first) continue;
    const q = m[Q] ? (QUALIFIERS.get(m[Q].toLowerCase().replace(/\s+/g, ' ')) ?? 'exact') : 'exact';
    const range = second ? { low: first.low, best: first.value, high: second.high } : qualify(q, first);
    out.push({ low: range.low, best: range.best, high: range.high, article: first.article, span: { start: m.index, end: m.index + m[0].length } });
  }
  return out;
}
