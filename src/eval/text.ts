/**
 * Locating gold evidence in an article and the sentence around it.
 *
 * Gold evidence is written with plain spaces while articles carry line breaks, tabs and Unicode
 * spaces (U+00A0 …), so both are compared with every white-space run folded to one ASCII space,
 * and the hit is mapped back to offsets in the original text.
 */

export interface Range {
  start: number;
  end: number;
}

/** The text with white-space runs folded to ' ', and for each folded char its original offset. */
export function foldSpace(text: string): { folded: string; offsets: number[] } {
  const chars: string[] = [];
  const offsets: number[] = [];
  let inSpace = false;
  // JS \s covers U+00A0, U+2000–U+200A, U+202F, U+205F, U+3000, U+FEFF and line breaks.
  for (let i = 0; i < text.length; i++) {
    const space = /\s/.test(text[i]!);
    if (space && inSpace) continue;
    inSpace = space;
    chars.push(space ? ' ' : text[i]!);
    offsets.push(i);
  }
  return { folded: chars.join(''), offsets };
}

/** Original offsets of the first occurrence of `phrase` (folded, trimmed), or null. */
export function locate(text: string, phrase: string): Range | null {
  const needle = foldSpace(phrase).folded.trim();
  if (needle === '') return null;
  const { folded, offsets } = foldSpace(text);
  const at = folded.indexOf(needle);
  if (at < 0) return null;
  return { start: offsets[at]!, end: offsets[at + needle.length - 1]! + 1 };
}

/**
 * A deliberately simple sentence splitter: a sentence ends after . ! or ? (plus any closing quotes
 * or brackets) when white space follows and the next text starts with a capital, a quote or a
 * digit; a blank line also ends one. "Mr. Smith" is split too; the matcher only needs the
 * neighbourhood of the evidence, and every system is judged with the same splitter.
 */
export function sentences(text: string): Range[] {
  const out: Range[] = [];
  const boundary = /[.!?]["'”’)\]]*(?=\s+[\p{Lu}"'“‘\d])|\n[^\S\n]*\n/gu;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    if (end > start) out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** The sentences that `range` touches, joined into one range. */
export function sentenceWindow(text: string, range: Range): Range {
  const hit = sentences(text).filter((s) => s.start < range.end && range.start < s.end);
  if (hit.length === 0) return range;
  return { start: hit[0]!.start, end: hit[hit.length - 1]!.end };
}

/** Characters of `range` covered by at least one of `spans` (spans may overlap each other). */
export function overlap(range: Range, spans: readonly Range[]): number {
  const cut = spans
    .map((s) => ({ start: Math.max(s.start, range.start), end: Math.min(s.end, range.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  let total = 0;
  let reach = range.start;
  for (const s of cut) {
    const from = Math.max(s.start, reach);
    if (s.end > from) total += s.end - from;
    reach = Math.max(reach, s.end);
  }
  return total;
}
