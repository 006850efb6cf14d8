/**
 * A sentence's words as the toponym finder reads them (letters, digits, apostrophes and hyphens;
 * "Kirkuk's" is "Kirkuk"), and its runs of capitalised name words. Called for every sentence of
 * every article, so plain text is read char by char and nothing past the last capital is read.
 */
import { plain, WORDS } from './ToponymWords.js';

/** `at` is the token's own index in the sentence's tokens: its neighbours without a search. */
export interface Token { at: number; text: string; lower: string; start: number; end: number; cap: boolean; acronym: boolean; connector: boolean }

const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’ʿʾ‘-]*/gu;
/**
 * ASCII, and the few other characters news text is full of that the char-by-char reader handles as the
 * pattern does: quotes, dashes, an ellipsis, bullets and spaces (never in a word) and the curly
 * apostrophes (inside a word, as "'"). A sentence with any other character takes the pattern.
 */
const PLAIN = /^[\x00-\x7f“”„«»—–…•·\u00a0\u2009\u202f’‘]*$/;
const RIGHT_QUOTE = 8217; // ’
const LEFT_QUOTE = 8216; // ‘
/**
 * Whether a sentence is plain text as PLAIN says: no letter or digit outside ASCII. Most sentences are
 * ASCII, which the UTF-8 length tells (one byte a character only then) at a fraction of the pattern's cost.
 */
export function isPlain(sentence: string): boolean {
  return Buffer.byteLength(sentence, 'utf8') === sentence.length || PLAIN.test(sentence);
}

/** What /\s/ matches, ASCII decided without the pattern. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(String.fromCharCode(c));
}

export const ARTICLE_CAP = /^(?:al|el|ad|ar|as|ash|at|az|an|ed|en|er|es|et|ez)[-‑'’][\p{Lu}]/u;

/**
 * The sentence's tokens that the finder can read. A name is a run of name words (anything but a plain
 * lower-case word, and the connectors chained after one); the finder reads the words right around
 * them ("the", "southern" before; "province", "said" after; "local government") and nothing else. So
 * a plain lower-case word with neither neighbour a name word is left out: the sentence's words cost
 * an object each, and most are such. The kept tokens keep their order; `at` indexes this list, and each
 * token the finder asks the neighbour of has its own neighbours here.
 */
export function tokenize(sentence: string): Token[] {
  // Most sentences are plain text: their words are read char by char, without a pattern's matches.
  if (!isPlain(sentence)) {
    const all: Token[] = [];
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(sentence); m; m = TOKEN.exec(sentence)) addToken(all, m[0], m.index, false);
    return nameTokens(all);
  }
  const tokens: Token[] = [];
  // A name ends with a capitalised word: past the last capital, only the words that may follow a
  // name ("Kirkuk province", "Okpe Local Government") are read, not the rest of the sentence.
  const lastCap = lastCapital(sentence);
  let past = 0;
  const n = sentence.length;
  // Whether the word before is a name word; whether it is "local" after one; a lower-case word
  // left out so far, kept only if a name word follows it (-1: none).
  let named = false;
  let local = false;
  let heldStart = -1;
  let heldEnd = -1;
  for (let i = 0; i < n;) {
    if (!isAlnum(sentence.charCodeAt(i))) { i++; continue; }
    if (i > lastCap && ++past > 3) break;
    const start = i;
    let lower = true;
    // Whether the word holds an apostrophe or a hyphen, and a curly one: known here, not searched for again.
    let marks = false;
    let curly = false;
    for (; i < n; i++) {
      const c = sentence.charCodeAt(i);
      if (c < 97 || c > 122) {
        if (isInnerMark(c)) {
          marks = true;
          curly ||= c === RIGHT_QUOTE || c === LEFT_QUOTE;
        } else if (!isAlnum(c)) break;
        lower = false;
      }
    }
    if (lower) {
      if (named || local) {
        const text = sentence.slice(start, i);
        const connector = isConnector(text);
        tokens.push({ at: tokens.length, text, lower: text, start, end: i, cap: false, acronym: false, connector });
        local = named && text === 'local';
        named = named && connector;
      } else {
        heldStart = start;
        heldEnd = i;
      }
      continue;
    }
    const token = asciiToken(sentence.slice(start, i), start, marks, curly);
    if (!token) continue;
    if (heldStart >= 0) {
      const text = sentence.slice(heldStart, heldEnd);
      tokens.push({ at: tokens.length, text, lower: text, start: heldStart, end: heldEnd, cap: false, acronym: false, connector: isConnector(text) });
    }
    heldStart = -1;
    token.at = tokens.length;
    tokens.push(token);
    named = true;
    local = false;
  }
  return tokens;
}

/** tokenize's choice over every token of a sentence (the Unicode reader's): see there. */
function nameTokens(all: Token[]): Token[] {
  const out: Token[] = [];
  let named = false;
  let local = false;
  for (let k = 0; k < all.length; k++) {
    const t = all[k]!;
    const lower = isLowerWord(t.text);
    const next = all[k + 1];
    const keep = !lower || named || local || (next !== undefined && !isLowerWord(next.text));
    if (keep) {
      t.at = out.length;
      out.push(t);
    }
    local = lower && named && t.text === 'local';
    named = !lower || (named && t.connector);
  }
  return out;
}

/** A token as TOKEN reads it: "Kirkuk's" is "Kirkuk", and the checks that make a name word. */
function addToken(tokens: Token[], text: string, start: number, ascii: boolean): void {
  if (isLowerWord(text)) {
    tokens.push({ at: tokens.length, text, lower: text, start, end: start + text.length, cap: false, acronym: false, connector: isConnector(text) });
    return;
  }
  if (/['’‘ʿʾ-]/.test(text)) text = text.replace(/['’]s$/u, '').replace(/['’‘ʿʾ-]+$/u, '');
  if (!text) return;
  // A token has no space or backquote: in ASCII, plain() is lower case alone.
  const lower = ascii ? text.toLowerCase() : plain(text);
  tokens.push({
    at: tokens.length, text, lower, start, end: start + text.length,
    cap: /^\p{Lu}/u.test(text) || ARTICLE_CAP.test(text),
    acronym: /^[\p{Lu}\d-]{2,7}$/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text),
    connector: isConnector(lower),
  });
}

/**
 * addToken for plain text, its patterns as char tests: "Kirkuk's" is "Kirkuk", "al-Shabaab" a name word.
 * `marks`, `curly`: whether the word holds an apostrophe or a hyphen, and a curly apostrophe.
 */
function asciiToken(text: string, start: number, marks: boolean, curly: boolean): Token | null {
  const c0 = text.charCodeAt(0);
  if (marks) {
    if (text.endsWith("'s") || text.endsWith('’s')) text = text.slice(0, -2);
    let end = text.length;
    while (end > 0 && isInnerMark(text.charCodeAt(end - 1))) end--;
    text = text.slice(0, end);
    if (!text) return null;
  }
  // plain() of letters, digits and apostrophes: lower case, one kind of apostrophe.
  const lower = curly ? text.toLowerCase().replace(/[’‘]/g, "'") : text.toLowerCase();
  const upper = c0 >= 65 && c0 <= 90;
  return {
    at: -1, text, lower, start, end: start + text.length,
    cap: upper || (c0 >= 97 && c0 <= 122 && ARTICLE_CAP.test(text)),
    acronym: isAcronym(text),
    connector: isConnector(lower),
  };
}

/** /^[\p{Lu}\d-]{2,7}$/ with two capitals at least, for ASCII: "UN", "M23", "AQIM". */
function isAcronym(text: string): boolean {
  if (text.length < 2 || text.length > 7) return false;
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) capitals++;
    else if (!(c >= 48 && c <= 57) && c !== 45) return false;
  }
  return capitals >= 2;
}

const CONNECTOR_MAX = Math.max(...[...WORDS.connectors].map((w) => w.length));

/** A connector ("al", "of", "ibn"): all are short, and a longer word is not hashed to find out. */
function isConnector(lower: string): boolean {
  return lower.length <= CONNECTOR_MAX && WORDS.connectors.has(lower);
}

/** An apostrophe or a hyphen: inside a word, never its first character. */
function isInnerMark(c: number): boolean {
  return c === 39 || c === 45 || c === RIGHT_QUOTE || c === LEFT_QUOTE;
}

function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Where the last ASCII capital letter is, -1 without one. */
function lastCapital(sentence: string): number {
  for (let i = sentence.length - 1; i >= 0; i--) {
    const c = sentence.charCodeAt(i);
    if (c >= 65 && c <= 90) return i;
  }
  return -1;
}

function isLowerWord(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Whether only spaces and tabs, at least one, lie between two offsets (a run's words are so joined). */
export function blanksOnly(sentence: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const c = sentence.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * Consecutive name words joined by spaces only (a comma or a bracket ends a run). Plain loops, no
 * closures: this runs for every sentence, and the build names every closure it creates.
 */
export function runs(sentence: string, tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let run: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const joined = prev !== undefined && blanksOnly(sentence, prev.end, t.start);
    if (!joined || t.acronym || prev?.acronym) run = flushRun(run, out);
    if (t.cap || (run.length > 0 && t.connector)) run.push(t);
    else run = flushRun(run, out);
  }
  flushRun(run, out);
  return out;
}

/** Ends a run (its trailing lower-case connectors dropped) and starts the next. */
function flushRun(run: Token[], out: Token[][]): Token[] {
  while (run.length && run[run.length - 1]!.connector && !run[run.length - 1]!.cap) run.pop();
  if (!run.length) return run;
  out.push(run);
  return [];
}
