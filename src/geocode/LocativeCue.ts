/**
 * The words just before a place name that say how the event relates to it: "in Mosul" (at it),
 * "near Baghdad", "outside Mosul", "20 miles from Mosul", "north of Gao" (near it).
 */
export interface Cue {
  /** The cue as written, lower case. */
  text: string;
  precision: 1 | 2;
  /** "in", "at", "near", "village of": a place surely follows. "of", "from", "to": maybe. */
  strong: boolean;
}

const DIRECTION = '(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)';
const UNIT = '(?:km|kms|kilomet(?:er|re)s?|miles?|mi)';
const SETTLEMENT_WORD = '(?:town|city|village|villages|locality|localities|area|district|neighbou?rhood|camp|suburb|settlement|hamlet|outpost|commune|municipality|county|capital|port|market|border town|border crossing|regional capital|provincial capital|district capital|oil town|town centre|city centre|region|province|state|governorate)';
const SETTLEMENT = `(?:${SETTLEMENT_WORD}\\s+(?:of\\s+)?)`;
const TAIL = `\\s+(?:the\\s+)?${SETTLEMENT}?(?:the\\s+)?$`;

// Order matters: the nearness cues are tried first ("on the outskirts of" ends in "of").
const NEAR: RegExp[] = [
  new RegExp(`(?:\\d[\\d.,]*|a few|few|several|some|about|around|dozens of|tens of)\\s*-?${UNIT}\\b[^.;:]{0,40}?\\b(?:of|from|outside|away from|short of)${TAIL}`),
  new RegExp(`\\b${DIRECTION}(?:ern)?(?:\\s+(?:part|side|edge|outskirts|countryside|suburbs?|entrance|approaches))?\\s+of${TAIL}`),
  new RegExp(`\\b(?:near|nearby|outside|around|close to|next to|neighbou?ring|in the vicinity of|vicinity of|ivo|in the periphery of|periphery of|on the outskirts of|outskirts of|on the edge of|edge of|surroundings of|environs of|suburbs? of|countryside of|between|on the road (?:to|from|between|linking)|road (?:to|from|between|linking)|highway (?:to|from|between|linking)|route (?:to|from)|en route to|on the way to|on (?:its|their|his|her) way (?:back )?to|(?:travell?ing|heading|headed|driving|going|moving|returning|bound|fleeing) (?:back )?(?:to|for)|towards?|just outside|not far from|short distance from|miles from|kilometres from|kilometers from|away from|beyond)${TAIL}`),
];
const AT_STRONG = new RegExp(`\\b(?:in|at|inside|within|into|throughout|across|(?:the\\s+)?${SETTLEMENT_WORD}\\s+of)${TAIL}`);
const AT_VERB = new RegExp(`\\b(?:hit|struck|attacked|stormed|raided|seized|captured|took over|overran|shelled|bombed|targeted|entered|reached|besieged|recaptured|retook|liberated|invaded|occupied|surrounded|encircled|controlled|control of|took control of|hold of|fled|evacuated|abandoned|protested in|marched in)${TAIL}`);
const AT_WEAK = new RegExp(`\\b(?:of|from|to|on|for|over|by)${TAIL}`);
/**
 * The words each pattern can end with (its own words, and the spellings its optional letters make:
 * every pattern ends in a word, then "the", a settlement word or "of"). Text ending in a word no
 * pattern ends with has no cue, and most capitalised words follow such text; a pattern runs only
 * where its own last words fit.
 */
const SPELLINGS = ['neighboring', 'neighbouring', 'neighborhood', 'neighbourhood', 'toward', 'towards', 'suburb', 'suburbs'];
const lastWords = (re: RegExp) => new Set([...(re.source.match(/[a-z]+/g) ?? []), ...SPELLINGS]);
/** What a distance cue and a bearing cue cannot do without: a unit, a compass word. */
const NEEDS = [new RegExp(`${UNIT}\\b`), /north|south|east|west/];
const PATTERNS: Array<{ re: RegExp; words: Set<string>; needs?: RegExp; precision: 1 | 2; strong: boolean }> = [
  ...NEAR.map((re, i) => ({ re, words: lastWords(re), needs: NEEDS[i], precision: 2 as const, strong: true })),
  { re: AT_STRONG, words: lastWords(AT_STRONG), precision: 1, strong: true },
  { re: AT_VERB, words: lastWords(AT_VERB), precision: 1, strong: true },
  { re: AT_WEAK, words: lastWords(AT_WEAK), precision: 1, strong: false },
];

/** The cue ending just before a name (pass the sentence up to the name's start), or null. */
export function readCue(before: string): Cue | null {
  let end = trimEnd(before);
  if (end === before.length) return null;
  const last = wordBefore(before, end);
  if (!last) return null;
  // "in the", "village of the": before a closing "the", the pattern's own word.
  let previous: string | null = null;
  if (last === 'the') {
    end = trimEnd(before, end - 3);
    previous = end < before.length ? wordBefore(before, end) : null;
    if (!previous) return null;
  }
  let text: string | null = null;
  for (const { re, words, needs, precision, strong } of PATTERNS) {
    if (!words.has(last) || (previous !== null && !words.has(previous))) continue;
    text ??= cueWindow(before);
    if (needs && !needs.test(text)) continue;
    const m = re.exec(text);
    if (m) return { text: m[0].trim(), precision, strong };
  }
  return null;
}

/** The last 90 characters, lower case, each run of whitespace one space: the text the patterns read. */
function cueWindow(before: string): string {
  const text = (before.length > 90 ? before.slice(-90) : before).toLowerCase();
  // Most windows are already single-spaced, and testing so costs less than replacing.
  return SPACING_TO_FIX.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/** What `replace(/\s+/g, ' ')` would change: whitespace other than a space, or two in a row. */
const SPACING_TO_FIX = /[^\S ]| {2}/;

/** Where the text's trailing whitespace (before `end`) begins. */
function trimEnd(text: string, end = text.length): number {
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** The word (letters only, lower case) ending at `end`, or null. */
function wordBefore(text: string, end: number): string | null {
  let start = end;
  while (start > 0 && isLetter(text.charCodeAt(start - 1))) start--;
  return start < end ? text.slice(start, end).toLowerCase() : null;
}

function isSpace(c: number): boolean {
  return c === 32 || (c > 126 || c < 33) && /\s/.test(String.fromCharCode(c));
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
