import type { ActorMention, ActorRegistry } from './ActorRegistry.js';

// "a vigilante group calling itself the Hammam al-Alil Revolution", "a militia known as the Mosul Battalions"
const INTRODUCED = /\b(?:calling (?:itself|themselves)|calls? (?:itself|themselves)|known as|dubbed|called|named)\s+(?:the\s+)?((?:[A-Z][\w'’-]*|al-[A-Z][\w'’-]*)(?:\s+(?:of\s+|the\s+|al-|el-|and\s+)?(?:[A-Z][\w'’-]*|al-[A-Z][\w'’-]*)){0,5})/g;
// Capitalised names that end in a word only armed groups use: "the Mosul Battalions", "Kani Brigade".
const GROUP_NAME = /\b((?:[A-Z][\w'’-]+\s+){1,4}(?:Battalions?|Brigades?|Revolution|Front|Militia|Movement|Liberation Army|Army|Regiment|Guards?))\b/g;
const GROUP_NOUN_BEFORE = /\b(?:group|militia|gang|brigade|battalion|faction|unit|outfit|movement|network|cell)\s*,?\s*$/i;
const NOT_A_NAME = /^(?:The|A|An|In|On|At|Islamic State|Military|Police|Government|National|Popular Mobilization|Syrian Democratic)\b/;

/**
 * Groups an article introduces by name that the registry does not know. ACLED codes them as named,
 * so they are reported as written (inter 3, a political militia, unless the registry says otherwise).
 */
export function articleActors(text: string, registry: ActorRegistry): string[] {
  const names = new Set<string>();
  for (const re of [INTRODUCED, GROUP_NAME]) {
    for (const m of text.matchAll(re)) {
      const name = m[1]!.trim().replace(/['’]s$/, '');
      if (NOT_A_NAME.test(name) || registry.byName(name)) continue;
      // One word is a name only where a group noun introduces it: "a group called Kanisquad".
      if (name.split(/\s+/).length < 2 && !(re === INTRODUCED && GROUP_NOUN_BEFORE.test(text.slice(0, m.index)))) continue;
      names.add(name);
    }
  }
  return [...names];
}

/** Mentions of those groups in a sentence, shaped like the registry's own. */
export function findArticleActors(sentence: string, offset: number, names: string[]): ActorMention[] {
  const found: ActorMention[] = [];
  for (const name of names) {
    for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + name.length)) {
      const start = offset + at;
      found.push({ name, inter: 3, span: { start, end: start + name.length }, alias: name, generic: false, country: null, template: null });
    }
  }
  return found;
}
