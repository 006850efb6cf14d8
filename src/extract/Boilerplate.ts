// Recognises page furniture (share buttons, "Read more", captions and photo credits, bylines,
// lone datelines, tag lines) so that it never yields events. Patterns: data/lexicon/boilerplate.json,
// compiled once. Each must match from the start of the text tested (a sentence, a line or a
// paragraph), so a news sentence that only mentions a newsletter or photos is kept.
import { readFileSync } from 'node:fs';
import type { Paragraph, Sentence } from './Segmenter.js';

type Patterns = Record<string, string | string[]>;
interface BoilerplateLexicon { macros: Record<string, string>; captionCredits: string[]; anyCase: Patterns; exactCase: Patterns }
// Relative to this file, so the same path works from src/extract and from dist/extract.
const lexicon = JSON.parse(
  readFileSync(new URL('../../data/lexicon/boilerplate.json', import.meta.url), 'utf8'),
) as BoilerplateLexicon;

// Macros may use other macros ({DATE} uses {MONTH}), so expand until nothing changes.
function expand(source: string): string {
  for (let i = 0; i < 5 && source.includes('{'); i++)
    source = source.replace(/\{([A-Z]+)\}/g, (m, name: string) => lexicon.macros[name] ?? m);
  return source;
}
const alternatives = (p: string | string[]): string[] => (Array.isArray(p) ? p : [p]).map(expand);
const NAMED = [
  ...Object.entries(lexicon.anyCase).map(([name, p]): [string, RegExp] => [name, new RegExp(`^(?:${alternatives(p).join('|')})`, 'i')]),
  ...Object.entries(lexicon.exactCase).map(([name, p]): [string, RegExp] => [name, new RegExp(`^(?:${alternatives(p).join('|')})`)]),
];
// Every sentence of every article comes here, and a regex costs a few ns per character it scans,
// so all patterns of a case mode are joined: those anchored at the start in one regex that fails
// at once on news, and those that look further on (".*X", i.e. X anywhere) in one unanchored regex.
// The `whole` variants, for paragraphs, must reach the end of the text ("Photo: ..." must not
// condemn the news lines after it); of the ".*X" patterns only the caption credits are kept.
function joined(patterns: Patterns, flags: string, whole: boolean): RegExp[] {
  const all = Object.entries(patterns).flatMap(([name, p]) => alternatives(p).map((a) => [name, a] as const));
  const end = whole ? '$' : '';
  const heads = all.filter(([, a]) => !a.startsWith('.*')).map(([, a]) => a);
  const tails = all.filter(([name, a]) => a.startsWith('.*') && (!whole || lexicon.captionCredits.includes(name))).map(([, a]) => a.slice(2));
  return [new RegExp(`^(?:${heads.join('|')})${end}`, flags), new RegExp(`(?:${tails.join('|') || '(?!)'})${end}`, flags)];
}
const PART = [...joined(lexicon.anyCase, 'i', false), ...joined(lexicon.exactCase, '', false)];
const WHOLE = [...joined(lexicon.anyCase, 'i', true), ...joined(lexicon.exactCase, '', true)];
// Furniture is short; longer text is news (and skipping it keeps the regexes off long paragraphs).
const MAX_LENGTH = 600;
// Collapse runs of white space; most sentences have none to collapse. The regex finds that out
// sooner than a char loop: two spaces, a control character or no-break space, or white space past
// U+1FFF (as the char loop it replaced did: a lone U+1680 is left as it is).
const TO_COLLAPSE = /  |[\t-\x1f\xa0]|(?=[\u2000-\uffff])\s/;
function normalise(text: string): string {
  return TO_COLLAPSE.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

function test(text: string, regexes: RegExp[]): boolean {
  if (text.length > MAX_LENGTH) return false;
  const t = normalise(text);
  return t !== '' && regexes.some((re) => re.test(t));
}
/** Whether a sentence or line is page furniture (it may be one that starts "Photo: ..."). */
export const isBoilerplate = (text: string): boolean => test(text, PART);
/** Name of the pattern in data/lexicon/boilerplate.json that `text` matches, or null. */
export function boilerplateReason(text: string): string | null {
  if (!isBoilerplate(text)) return null;
  const t = normalise(text);
  for (const [name, re] of NAMED) if (re.test(t)) return name;
  return null;
}

/**
 * Sets `boilerplate` on sentences and paragraphs. A sentence is furniture if it matches itself,
 * lies within a line that matches, or within a paragraph that matches as a whole (a caption wink
 * split in two: "…, Iraq, April 20, 2016." + "REUTERS/Ahmed Jadallah"); a paragraph is furniture
 * if all its sentences are.
 */
export function markBoilerplate(text: string, paragraphs: Paragraph[], sentences: Sentence[]): void {
  let i = 0;
  for (const p of paragraphs) {
    const first = i;
    while (i < sentences.length && (sentences[i] as Sentence).paragraph === p.index) i++;
    const own = sentences.slice(first, i);
    const body = text.slice(p.start, p.end);
    const multiLine = body.includes('\n');
    if ((own.length > 1 || multiLine) && test(body, WHOLE)) for (const s of own) s.boilerplate = true;
    else {
      for (const s of own) s.boilerplate = isBoilerplate(s.text);
      if (multiLine) markLines(text, p, own);
    }
    p.boilerplate = own.length > 0 && own.every((s) => s.boilerplate);
  }
}

// Lines inside a paragraph ("Photo: Reuters" above the story, or "Share this article" and
// "Follow us on Twitter" that wink reads as one sentence): a sentence is furniture if every line
// it touches is.
function markLines(text: string, p: Paragraph, own: Sentence[]): void {
  const lines: [number, number, boolean][] = [];
  for (let a = p.start; a < p.end; ) {
    let b = text.indexOf('\n', a);
    if (b < 0 || b > p.end) b = p.end;
    lines.push([a, b, isBoilerplate(text.slice(a, b))]);
    a = b + 1;
  }
  for (const s of own)
    if (!s.boilerplate) s.boilerplate = lines.every(([a, b, furniture]) => furniture || b <= s.start || a >= s.end);
}
