/** The word lists of data/gazetteer/toponym-words.json, as sets. */
import { readFileSync } from 'node:fs';

interface WordFile {
  stopWords: string[]; stopPhrases: string[]; firstNames: string[]; titles: string[]; groupNouns: string[];
  regionNouns: string[]; townNouns: string[]; nearNouns: string[]; directions: string[]; connectors: string[];
  unitCountries: Record<string, string>;
}

const file = JSON.parse(readFileSync(new URL('../../data/gazetteer/toponym-words.json', import.meta.url), 'utf8')) as WordFile;

/** Lower case, one kind of apostrophe, one space: how the lists are written. */
export function plain(text: string): string {
  // Most words are plain ASCII: skip the Unicode decomposition for them.
  const s = /^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'");
  return s.toLowerCase().replace(/`/g, "'").replace(/\s+/g, ' ').trim();
}

const set = (list: string[]) => new Set(list.map(plain));

export const WORDS = {
  /** Single words that are never a place on their own ("Sunday", "Police", "Hope"). */
  stop: set(file.stopWords),
  /** Names of groups, institutions and regions-of-the-world that contain place-like words ("Islamic State"). */
  stopPhrases: set(file.stopPhrases),
  /** A capitalised run starting with one of these is a person ("Ali Hassan"), unless the text puts it as a place. */
  firstNames: set(file.firstNames),
  /** "President X", "General X": what follows is a person. */
  titles: set(file.titles),
  /** "Mosul Battalions", "Kirkuk Council": a name followed by one of these is a group or an institution. */
  groupNouns: set(file.groupNouns),
  /** "Kirkuk province", "Borno State": the name is a region. */
  regionNouns: set(file.regionNouns),
  /** "the Agogo area", "the Balcad road": near the named place. */
  nearNouns: set(file.nearNouns),
  /** "Kirkuk city", "Gao airport": the name is the town. */
  townNouns: set(file.townNouns),
  /** "southern Kirkuk": a region of the named unit. */
  directions: set(file.directions),
  /** Lower-case words allowed inside a name ("Hammam al Alil", "Gulf of Aden"). */
  connectors: set(file.connectors),
  /** Administrative units only one country has ("woreda": Ethiopia), by their lower-case name. */
  unitCountries: new Map(Object.entries(file.unitCountries).filter(([unit]) => unit !== 'about')),
  /** Verbs of saying: "Kabila said" is a person. */
  saying: new Set(['said', 'says', 'told', 'added', 'stated', 'explained', 'claimed', 'confirmed', 'denied', 'announced', 'warned', 'urged', 'called', 'tweeted', 'wrote', 'insisted', 'noted']),
};
