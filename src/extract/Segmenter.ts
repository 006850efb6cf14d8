// Splits an article into paragraphs, sentences and tokens with wink-nlp (or, for plain paragraphs,
// without it, to the same result), every offset pointing into the ORIGINAL text. Wink gives token
// indices, not character offsets, and reports every run of spaces (NBSP, em space...) as plain
// spaces, so offsets are rebuilt by matching each token's value against the text. Wink's sentence
// breaks are then corrected for news copy: headlines and captions on their own line, hard-wrapped
// lines, and abbreviations ("Maj. Gen.", "No. 3").
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { markBoilerplate } from './Boilerplate.js';
import type { TextSpan } from './types.js';

export interface Token extends TextSpan {
  text: string;
  /** Digits with optional sign and separators: "12", "1,200", "3.5", "-4". */
  isNumber: boolean;
  isCapitalised: boolean;
}
export interface Sentence extends TextSpan { index: number; paragraph: number; text: string; tokens: Token[]; boilerplate: boolean }
export interface Paragraph extends TextSpan { index: number; boilerplate: boolean }
export interface Segmented { text: string; paragraphs: Paragraph[]; sentences: Sentence[] }

// Loaded once (~1 s). Only sentence breaks are needed: POS tagging alone costs as much as the rest
// of wink's reading, and negation, sentiment and NER more again.
const nlp = winkNLP(model, ['sbd']);
const its = nlp.its;

// Abbreviations that always stand before a name ("Maj. Gen. Ali", "St. Louis"): wink sometimes
// ends a sentence on them.
const TITLES = new Set(('mr mrs ms messrs dr prof gen gens lt lieut col maj brig capt cpl pvt sgt adm cmdr cdr ' +
  'gov sen sens rep reps pres insp supt rev hon amb st mt ft').split(' '));
// Abbreviations that stand before a number ("No. 3", "Vol. 2").
const NUMBERED = new Set('no nos vol vols fig figs art arts pp p para ch sec'.split(' '));
// Abbreviations that a sentence can go on after in lower case ("incl. 10 children", "5th Bde. was").
const MID = new Set(('approx incl esp etc vs cf est dept govt corp inc ltd co bde bn div regt coy bldg ' +
  'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun').split(' '));
// After "a.m." or "U.S." wink does not break before a capitalised sentence opener ("at 3 a.m.
// Fighting began"); these words, and -ing/-ed forms, are what a new sentence starts with but a name
// ("a.m. Monday", "U.S. Army") is not.
const OPENERS = new Set(('the a an this that these those it he she they we i you there his her their its our my ' +
  'in on at after before during while when as but and or so yet if although though because since until ' +
  'however meanwhile also then later earlier still now no not some many most several all both each every ' +
  'was were is are has have had will would could can may might should did does do what who which where why how ' +
  'officials police troops soldiers residents witnesses').split(' '));
const isOpener = (w: string): boolean => OPENERS.has(w.toLowerCase()) || /^[A-Z][a-z]+(?:ing|ed)$/.test(w);
// wink's tokens for line breaks and tabs, which are no words.
const isBreak = (type: string | undefined): boolean => type === 'tabCRLF' || type === 'spaces';
const ACRONYM = /^(?:[a-z]\.){2,}$/i;
// Last words that show a line was wrapped mid-phrase, not a heading.
const CONTINUES = new Set(('a an the of in on at to and or but by for with from as into than that which who ' +
  'whose said says told near against after before during while where when').split(' '));
const NUMBER = /^[+-]?\d+(?:[.,]\d+)*$/;
const BLANK_LINE = /\n\s*\n/g;

// What JS \s and wink both treat as space between tokens.
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0x1680;
}
function isUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = String.fromCodePoint(s.codePointAt(0) as number);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
const isLower = (s: string): boolean => { const c = s.charCodeAt(0); return c < 128 ? c >= 97 && c <= 122 : s[0] !== s[0]?.toUpperCase(); };
const isDigit = (s: string): boolean => { const c = s.charCodeAt(0); return c >= 48 && c <= 57; };

/** Segments `text` into paragraphs (split on blank lines), sentences and tokens, and marks page furniture. */
export function segment(text: string): Segmented {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let from = 0;
  const addParagraph = (a: number, b: number): void => {
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (a === b) return;
    const index = paragraphs.length;
    paragraphs.push({ index, start: a, end: b, boilerplate: false });
    const plain = plainSentences(text.slice(a, b));
    if (plain) plainParagraph(text, a, b, index, plain, sentences);
    else readParagraph(text, a, b, index, sentences);
  };
  for (const m of text.matchAll(BLANK_LINE)) { addParagraph(from, m.index); from = m.index + m[0].length; }
  addParagraph(from, text.length);
  markBoilerplate(text, paragraphs, sentences);
  return { text, paragraphs, sentences };
}

// Sentence-start flags of the paragraph being read, reused (cleared) from one paragraph to the next.
let breaks = new Uint8Array(256);

// Runs wink on one paragraph (so no sentence crosses a blank line) and appends its sentences.
function readParagraph(text: string, pStart: number, pEnd: number, paragraph: number, out: Sentence[]): void {
  const para = text.slice(pStart, pEnd);
  const doc = nlp.readDoc(para);
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const types = tokens.out(its.type) as string[];
  const n = values.length;
  // Character offsets: a token's value is the original text, after some (possibly Unicode) spaces.
  // Plain arrays: a typed array's allocation costs more than filling it, paragraph after paragraph.
  const starts: number[] = [];
  const ends: number[] = [];
  let at = pStart;
  for (let i = 0; i < n; i++) {
    const v = values[i] as string;
    if (isBreak(types[i])) { starts[i] = ends[i] = at; continue; }
    let p = at;
    if (!text.startsWith(v, p)) {
      while (p < pEnd && isSpace(text.charCodeAt(p))) p++;
      if (!text.startsWith(v, p)) {
        const q = text.indexOf(v, p);
        if (q >= 0 && q < p + 64) p = q; // else wink altered the token: keep the position, stay in step
      }
    }
    starts[i] = p;
    at = ends[i] = Math.min(p + v.length, pEnd);
  }
  // Sentence starts: wink's, minus false breaks after abbreviations, plus breaks wink missed.
  if (breaks.length < n + 1) breaks = new Uint8Array(2 * (n + 1));
  else breaks.fill(0, 0, n + 1);
  const brk = breaks;
  for (const [s] of doc.sentences().out(its.span) as unknown as [number, number][]) brk[s] = 1;
  const next = (i: number): number => { while (i < n && isBreak(types[i])) i++; return i; };
  for (let b = 1; b < n; b++) {
    if (!brk[b]) continue;
    let e = b - 1;
    while (e > 0 && isBreak(types[e])) e--;
    const f = next(b);
    if (f < n && (joinsAfter(values, starts, ends, e, values[f] as string) || quoteGoesOn(values, e, values[f] as string))) brk[b] = 0;
  }
  for (let i = 0; i < n - 1; i++) {
    const v = values[i] as string;
    if (v.length < 4 || !v.endsWith('.') || !ACRONYM.test(v)) continue;
    const f = next(i + 1);
    if (f < n && isUpper(values[f] as string) && isOpener(values[f] as string)) brk[f] = 1;
  }
  if (para.includes('\n')) {
    let i = 0; // cuts come in text order
    for (const cut of headingCuts(para, pStart)) {
      while (i < n && ((starts[i] as number) < cut || isBreak(types[i]))) i++;
      brk[i] = 1;
    }
  }
  // Build sentences from the runs between breaks, dropping wink's newline/tab tokens.
  const read: Read = { text, values, types, starts, ends };
  let first = -1;
  let last = -1;
  const flush = (): void => {
    if (first < 0) return;
    const start = starts[first] as number;
    const end = ends[last] as number;
    const [from, to] = [first, last + 1];
    out.push(sentenceOf(out.length, paragraph, start, end, text.slice(start, end), () => tokensOf(read, from, to)));
    first = -1;
  };
  for (let i = 0; i < n; i++) {
    if (brk[i]) flush();
    if (isBreak(types[i])) continue;
    if (first < 0) first = i;
    last = i;
  }
  flush();
}

// What wink read of a paragraph, kept for building a sentence's tokens when they are asked for.
interface Read { text: string; values: string[]; types: string[]; starts: number[]; ends: number[] }

function tokensOf(r: Read, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  for (let i = from; i < to; i++) {
    if (isBreak(r.types[i])) continue;
    const start = r.starts[i] as number;
    const end = r.ends[i] as number;
    const v = r.values[i] as string;
    const t = end - start === v.length ? v : r.text.slice(start, end);
    const c = t.charCodeAt(0); // the regex only for what starts like a number
    const isNumber = (c >= 48 && c <= 57) || c === 43 || c === 45 ? (t.length === 1 ? c >= 48 : NUMBER.test(t)) : false;
    tokens.push({ text: t, start, end, isNumber, isCapitalised: isUpper(t) });
  }
  return tokens;
}

// Tokens are built on first use: the pipeline reads sentences' text and offsets, seldom their tokens.
// A getter on the prototype, so that copying a sentence ({ ...s }) does not build them either.
class LazySentence implements Sentence {
  boilerplate = false;
  #tokens: Token[] | null = null;
  readonly #read: () => Token[];
  constructor(public index: number, public paragraph: number, public start: number, public end: number,
    public text: string, read: () => Token[]) { this.#read = read; }
  get tokens(): Token[] { return (this.#tokens ??= this.#read()); }
}
function sentenceOf(index: number, paragraph: number, start: number, end: number, text: string, read: () => Token[]): Sentence {
  return new LazySentence(index, paragraph, start, end, text, read);
}

/** `s` with tokens that `read` builds when first asked for. */
export function withTokens<S extends Omit<Sentence, 'tokens'>>(s: S, read: () => Token[]): S & Sentence {
  let tokens: Token[] | null = null;
  return Object.defineProperty(s, 'tokens', { get: () => (tokens ??= read()), enumerable: false }) as S & Sentence;
}

// A paragraph on one line, in characters wink treats as plain (letters, digits, ASCII and typographic
// punctuation), whose every . ! or ? either ends it or ends an ordinary word or number (not an
// abbreviation) before a capital (see plainBreak): wink breaks exactly there and none of the
// corrections above applies, so it is split without running wink, which costs most of segmenting.
// Checked against wink on every corpus text and on fuzzed paragraphs: same sentences, same tokens.
const PLAIN = ' "#-\\-/->@-~\\xc0-\\u024f\\u2010-\\u2015\\u2018-\\u201d';
const PLAIN_LINE = new RegExp(`^[${PLAIN}.!?]*$`);
const FINAL = /[A-Za-z0-9\xc0-\u024f][.!?]["'”’)]?$/;
const END_MARK = /[.!?]/g;
const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;
const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;

// Words that wink reads with their full stop as one token ("etc.", "Gen."), looked up once each.
const stopWords = new Map<string, boolean>();
function keepsStop(word: string): boolean {
  const key = word.toLowerCase();
  if (TITLES.has(key) || NUMBERED.has(key) || MID.has(key)) return true;
  let known = stopWords.get(word);
  if (known === undefined) {
    if (stopWords.size > 20_000) stopWords.clear();
    stopWords.set(word, (known = nlp.readDoc(`${word}.`).tokens().length() === 1));
  }
  return known;
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const closesQuote = (c: number): boolean => c === 34 || c === 39 || c === 0x201d || c === 0x2019;
const opensQuote = (c: number): boolean => c === 34 || c === 39 || c === 0x201c || c === 0x2018;

/**
 * Where a mark at `k` ends a sentence that wink ends there too: after an ordinary word or a number
 * that wink does not keep with its full stop, maybe a closing quote, spaces, maybe an opening quote,
 * then a capital. Returns [end of this sentence, start of the next], or null.
 */
function plainBreak(para: string, k: number): [number, number] | null {
  let w = k;
  if (isDigitCode(para.charCodeAt(k - 1))) while (w > 0 && isDigitCode(para.charCodeAt(w - 1))) w--;
  else {
    while (w > 0 && isLowerAscii(para.charCodeAt(w - 1))) w--;
    if (w > 0 && isUpperAscii(para.charCodeAt(w - 1))) w--;
    if (k - w < 2) return null;
  }
  if (w === k || (w > 0 && para.charCodeAt(w - 1) !== 32)) return null;
  let end = k + 1;
  if (closesQuote(para.charCodeAt(end))) end++;
  let next = end;
  while (para.charCodeAt(next) === 32) next++;
  if (next === end) return null;
  const first = opensQuote(para.charCodeAt(next)) ? next + 1 : next;
  if (!isUpperAscii(para.charCodeAt(first))) return null;
  return para[k] === '.' && keepsStop(para.slice(w, k)) ? null : [end, next];
}

/** The sentences of a plain paragraph as [start, end] pairs of paragraph offsets, or null if wink must read it. */
function plainSentences(para: string): number[] | null {
  if (!PLAIN_LINE.test(para)) return null;
  const final = FINAL.exec(para)?.index ?? para.length;
  const cuts = [0];
  END_MARK.lastIndex = 0;
  for (let m = END_MARK.exec(para); m && m.index <= final; m = END_MARK.exec(para)) {
    const cut = plainBreak(para, m.index);
    if (!cut) return null;
    cuts.push(...cut);
    END_MARK.lastIndex = cut[1];
  }
  cuts.push(para.length);
  return cuts;
}

function plainParagraph(text: string, start: number, end: number, paragraph: number, cuts: number[], out: Sentence[]): void {
  let read: Sentence[] | null = null;
  for (let i = 0; i < cuts.length; i += 2) {
    const [a, b] = [start + cuts[i]!, start + cuts[i + 1]!];
    out.push(sentenceOf(out.length, paragraph, a, b, text.slice(a, b), () => {
      if (!read) readParagraph(text, start, end, paragraph, (read = []));
      return read.find((s) => s.start === a)?.tokens ?? [];
    }));
  }
}

// Whether wink's break after token `e` is a false one caused by an abbreviation, given the next
// sentence's first word. "Maj" "." come as two tokens when wink does not know the abbreviation.
function joinsAfter(values: string[], starts: number[], ends: number[], e: number, nextWord: string): boolean {
  let v = values[e] as string;
  if (v === '.') {
    if (e === 0 || ends[e - 1] !== starts[e]) return false;
    v = values[e - 1] as string;
  } else if (v.length < 2 || !v.endsWith('.')) return false;
  else v = v.slice(0, -1);
  const key = v.toLowerCase();
  if (TITLES.has(key)) return !isDigit(nextWord);
  if (NUMBERED.has(key)) return isDigit(nextWord);
  if (MID.has(key) || key.includes('.') || (v.length === 1 && isUpper(v))) return isLower(nextWord) || isDigit(nextWord);
  return false;
}

const CLOSING_QUOTE = new Set(['”', '"', '’', "'"]);
// "“Where were you?” one woman shouted": a quoted question or cry goes on in lower case.
function quoteGoesOn(values: string[], e: number, nextWord: string): boolean {
  return e > 0 && CLOSING_QUOTE.has(values[e] as string) && /^[?!]$/.test(values[e - 1] as string) && isLower(nextWord);
}

// Offsets where a heading or caption line inside a paragraph must start and end its own sentence:
// a short line with no final punctuation, followed by a line that starts with a capital. Lines of
// hard-wrapped text are excluded by length: a heading is clearly shorter than the body lines.
function headingCuts(para: string, base: number): number[] {
  const lines: [number, number][] = [];
  let a = 0;
  for (;;) {
    const b = para.indexOf('\n', a);
    lines.push([a, b < 0 ? para.length : b]);
    if (b < 0) break;
    a = b + 1;
  }
  const cuts: number[] = [];
  const lens = lines.map(([s, e]) => para.slice(s, e).trim().length);
  // The longest line other than line i: the longest, unless line i is it.
  const top = lens.indexOf(Math.max(...lens));
  const second = Math.max(0, ...lens.filter((_, k) => k !== top));
  for (let i = 0; i + 1 < lines.length; i++) {
    const [s, e] = lines[i] as [number, number];
    const line = para.slice(s, e).trim();
    const nextLine = para.slice(...(lines[i + 1] as [number, number])).trim();
    // A closing quote or bracket ends a headline ("PM: “Mosul will be freed”") unless punctuation precedes it.
    if (!line || /[.!?:;,…—–-]$/.test(line.replace(/["”’)\]]+$/, '')) || !/^["“‘'(]?\p{Lu}/u.test(nextLine)) continue;
    const words = line.split(/\s+/);
    if (CONTINUES.has((words[words.length - 1] as string).toLowerCase())) continue;
    // A quotation opening the next line never continues an unfinished one: a caption of any length.
    if (/^["“]\p{Lu}/u.test(nextLine)) { cuts.push(base + s, base + e); continue; }
    if (line.length > 90 || words.length > 12) continue;
    const titleCase = words.length >= 3 && words.filter((w) => isUpper(w)).length >= words.length * 0.6;
    if (line.length < 0.75 * (i === top ? second : (lens[top] as number)) || titleCase) cuts.push(base + s, base + e);
  }
  return cuts;
}
