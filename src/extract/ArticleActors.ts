import type { ActorMention, ActorRegistry } from './ActorRegistry.js';

// "a vigilante group calling itself the Hammam al-Alil Revolution", "a militia known as the Mosul Battalions"
const INTRODUCED = /\b(?:calling (?:itself|themselves)|calls? (?:itself|themselves)|known as|dubbed|called|named)\s+(?:the\s+)?((?:[A-Z][\w'’-]*|al-[A-Z][\w'’-]*)(?:\s+(?:of\s+|the\s+|al-|el-|and\s+)?(?:[A-Z][\w'’-]*|al-[A-Z][\w'’-]*)){0,5})/g;
// Capitalised names that end in a word only armed groups use: "the Mosul Battalions", "Kani Brigade".
const GROUP_NAME = /\b((?:[A-Z][\w'’-]+\s+){1,4}(?:Battalions?|Brigades?|Revolution|Front|Militia|Movement|Liberation Army|Army|Regiment|Guards?))\b/g;
const GROUP_NOUN_BEFORE = /\b(?:group|militia|gang|brigade|battalion|faction|unit|outfit|movement|network|cell)\s*,?\s*$/i;
const NOT_A_NAME = /^(?:The|A|An|In|On|At|Islamic State|Military|Police|Government|National|Popular Mobilization|Syrian Democratic)\b/;

const NOT_A_KIND = new Set(['a', 'an', 'the', 'this', 'that', 'new', 'in', 'of', 'from', 'and', 'which', 'who', 'its', 'their']);

/** The lower-case words just before an introduction ("a vigilante group in Iraq calling itself": vigilante,
 * group); "in Iraq" places the group, it does not describe it. */
function describingWords(text: string, at: number): string[] {
  const lead = text.slice(Math.max(0, at - 40), at);
  return lead.slice(lead.search(/[^.!?;]*$/)).split(/[^\p{L}-]+/u).slice(-5)
    .filter((w) => /^\p{Ll}/u.test(w) && !NOT_A_KIND.has(w));
}

export interface ArticleGroups {
  /** Groups the article introduces by name that the registry does not know. */
  names: string[];
  /** Words that describe them ("vigilante" → the group a vigilante group called itself), so that "the
   * vigilantes" later in the article is that group and not any vigilantes. */
  kinds: Map<string, string>;
}

/**
 * Groups an article introduces by name that the registry does not know, read in one pass with the
 * words that describe them. ACLED codes them as named, so they are reported as written (inter 3, a
 * political militia, unless the registry says otherwise).
 */
export function articleGroups(text: string, registry: ActorRegistry): ArticleGroups {
  const names = new Set<string>();
  const described: [string, string[]][] = [];
  for (const re of [INTRODUCED, GROUP_NAME]) {
    for (const m of text.matchAll(re)) {
      const name = m[1]!.trim().replace(/['’]s$/, '');
      if (re === INTRODUCED) described.push([name, describingWords(text, m.index)]);
      if (NOT_A_NAME.test(name) || registry.byName(name)) continue;
      const before = text.slice(Math.max(0, m.index - 60), m.index);
      // One word is a name only where a group noun introduces it: "a group called Kanisquad"; and
      // "a fighter named Omar Saleh" names a person.
      if (re === INTRODUCED && /^(?:called|named)\b/.test(m[0]) && !GROUP_NOUN_BEFORE.test(before)) continue;
      if (name.split(/\s+/).length < 2 && !(re === INTRODUCED && GROUP_NOUN_BEFORE.test(before))) continue;
      names.add(name);
    }
  }
  const kinds = new Map<string, string>();
  for (const [name, words] of described) {
    if (!names.has(name)) continue;
    for (const w of words) if (!kinds.has(w)) kinds.set(w, name);
  }
  return { names: [...names], kinds };
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

const DEFINITE = /\b(?:the|these|those|this|that)\s+(?:[a-z-]+\s+)?$/i;

/**
 * "the vigilantes" in an article that introduced "a vigilante group calling itself X" is X: a
 * generic mention, made definite, whose head word describes an introduced group becomes that group.
 */
export function asDescribedGroup(m: ActorMention, sentence: string, offset: number, kinds: Map<string, string>): ActorMention {
  if (!m.generic || !kinds.size) return m;
  const head = m.alias.toLowerCase().split(/\s+/).pop()!;
  const name = kinds.get(head) ?? kinds.get(head.replace(/e?s$/, '')) ?? kinds.get(head.replace(/s$/, ''));
  if (!name || !DEFINITE.test(sentence.slice(Math.max(0, m.span.start - offset - 30), m.span.start - offset))) return m;
  return { ...m, name, inter: 3, generic: false, country: null, template: null };
}
