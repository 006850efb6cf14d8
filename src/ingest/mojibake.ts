// Repairs text that was UTF-8, decoded once as Windows-1252 (or Latin-1) and stored again:
// "BouakÃ©" for "Bouaké", "â€™" for "’". Such names match no gazetteer entry and no actor alias.
// Each character of a mangled sequence is the image of one byte, so the bytes can be recovered and
// decoded as UTF-8; a sequence that does not decode is left as it was.

/** Windows-1252 for the bytes 0x80-0x9F; the five bytes it leaves undefined keep their Latin-1 image. */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

const BYTE_OF = new Map<string, number>([...CP1252].map((ch, i) => [ch, 0x80 + i]));

const hex = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
/** The image of a continuation byte (0x80-0xBF) under either decoder. */
const CONT = `[\\u0080-\\u00bf${[...CP1252].filter((ch) => ch > '\u00ff').map(hex).join('')}]`;
// Lead bytes DC-DF are left out: their two-byte results (Syriac, Thaana, NKo) are rare, while "ß“"
// and "Ü’" are ordinary German. Lowercase leads (E0-F4) need two or three continuations.
const LEAD2 = '[\\u00c2-\\u00db]';
const SHAPE = `${LEAD2}${CONT}|[\\u00e0-\\u00ef]${CONT}{2}|[\\u00f0-\\u00f4]${CONT}{3}`;
const SEQUENCE = new RegExp(SHAPE, 'g');
/** Anything worth a second look: a mangled sequence's shape, or a C1 control. */
const SUSPECT = new RegExp(`${SHAPE}|[\\u0080-\\u009f]`);
const C1 = /[\u0080-\u009f]/g;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The UTF-8 the sequence was an image of, or null when its bytes are not UTF-8. */
function decodeSequence(seq: string): string | null {
  const bytes = new Uint8Array(seq.length);
  for (let i = 0; i < seq.length; i++) {
    const c = seq.charCodeAt(i);
    bytes[i] = c <= 0xff ? c : BYTE_OF.get(seq[i]!)!;
  }
  try { return utf8.decode(bytes); } catch { return null; }
}

// A stray C1 control is a Windows-1252 byte read as Latin-1. Letters, quotes and dashes are restored
// anywhere; other marks ("…", "€") only between words, since inside a word they would be noise.
const ALWAYS = new Set('ƒŠŒŽšœžŸ‘’“”‚„‹›–—');
const BETWEEN_WORDS = new Set('€…•™');
const LETTER = /\p{L}/u;

function strayC1(c1: string, at: number, text: string): string {
  const mapped = CP1252[c1.charCodeAt(0) - 0x80]!;
  if (ALWAYS.has(mapped)) return mapped;
  const inWord = LETTER.test(text[at - 1] ?? '') && LETTER.test(text[at + 1] ?? '');
  return BETWEEN_WORDS.has(mapped) && !inWord ? mapped : '';
}

/** True when the text may hold mis-decoded UTF-8: one regex test, nothing allocated. */
export function misdecoded(text: string): boolean {
  return SUSPECT.test(text);
}

/**
 * The text with every mis-decoded UTF-8 sequence repaired and stray C1 controls restored or dropped;
 * `repaired` counts the repairs (a doubly mangled character counts once per layer). Clean text comes
 * back as the same string.
 */
export function repairMojibake(text: string): { text: string; repaired: number } {
  if (!SUSPECT.test(text)) return { text, repaired: 0 };
  let repaired = 0;
  const fix = (seq: string) => {
    const fixed = decodeSequence(seq);
    if (fixed === null) return seq;
    repaired++;
    return fixed;
  };
  // Text mangled twice needs a second pass; a third covers three layers and then it stops.
  for (let pass = 0; pass < 3; pass++) {
    const before = repaired;
    text = text.replace(SEQUENCE, fix);
    if (repaired === before) break;
  }
  // Only now is a C1 control stray: an inner layer's repair can yield one that an outer layer needs.
  const cleaned = text.replace(C1, (c1, at: number, whole: string) => {
    repaired++;
    return strayC1(c1, at, whole);
  });
  return { text: cleaned, repaired };
}
