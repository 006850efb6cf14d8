/**
 * A place name's lookup key: lower case, no accents, and the transliteration variants of
 * data/gazetteer/fold.json made equal (Tikrīt = Tikrit, Dāqūq = Daquq = Daqouq, al-Qahtaniyah =
 * Qahtaniya). The rules come from the index itself, so text is folded exactly as the names were.
 */
export type FoldRule = [about: string, pattern: string, replacement: string];

export function makeFold(rules: FoldRule[]): (text: string) => string {
  const compiled = rules.map(([, pattern, replacement]) => [new RegExp(pattern, 'g'), replacement] as const);
  return (text) => {
    let s = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (const [re, rep] of compiled) s = s.replace(re, rep);
    return s.trim();
  };
}

/** A name as written, only accents, case and punctuation set aside ("El Hamma" stays apart from "Hamah"). */
export function spelling(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’‘`´ʿʾʼʻ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
