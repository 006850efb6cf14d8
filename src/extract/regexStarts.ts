// Which 3-letter starts a regular expression's matches can have: a cheap prefilter that lets a long
// alternation run only where a match may begin. Used by EventTrigger; see its comment for why.
// Trying the alternation at every word of every sentence is the costliest step of extraction, and
// almost no word starts a cue. So the lexicon's patterns are read once into the set of lower-case
// 3-character prefixes their matches can start with (shorter matches kept whole), and the regex is
// run only where the text starts with one. Anything the reader does not understand (\w, ".", a
// negated class, a non-ASCII letter...) as a pattern's possible start turns the prefilter off, so
// it can skip a position only where no pattern can match.
export const K = 3;
class Unknown extends Error {}
type Re = { kind: 'any' } | { kind: 'chars'; chars: string[] } | { kind: 'seq'; items: Re[] } | { kind: 'alt'; seqs: Re[] }
  | { kind: 'rep'; node: Re; min: number; max: number } | { kind: 'empty' };

const ANY: Re = { kind: 'any' };
// A literal's lower case, or null for what the reader does not follow (non-ASCII).
const lowerChar = (c: string): string | null => (c.charCodeAt(0) > 127 ? null : c.toLowerCase());
const literal = (c: string): Re => { const l = lowerChar(c); return l === null ? ANY : { kind: 'chars', chars: [l] }; };

function parseRe(src: string): Re {
  let i = 0;
  const alt = (): Re => {
    const seqs: Re[] = [seq()];
    while (src[i] === '|') { i++; seqs.push(seq()); }
    return seqs.length === 1 ? seqs[0]! : { kind: 'alt', seqs };
  };
  const seq = (): Re => {
    const items: Re[] = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      let atom = atomAt();
      const q = src[i];
      if (q === '?' || q === '*' || q === '+' || q === '{') {
        let min: number, max: number;
        if (q === '{') {
          const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(src.slice(i));
          if (!m) throw new Unknown();
          min = Number(m[1]);
          max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
          i += m[0].length;
        } else {
          [min, max] = q === '?' ? [0, 1] : q === '*' ? [0, Infinity] : [1, Infinity];
          i++;
        }
        if (src[i] === '?') i++; // lazy: the same strings
        atom = { kind: 'rep', node: atom, min, max };
      }
      items.push(atom);
    }
    return { kind: 'seq', items };
  };
  const atomAt = (): Re => {
    const c = src[i]!;
    if (c === '(') {
      i++;
      if (src.startsWith('?:', i)) i += 2;
      else if (src.startsWith('?=', i) || src.startsWith('?!', i) || src.startsWith('?<=', i) || src.startsWith('?<!', i)) {
        // Look-arounds match no characters; ignoring one can only let more positions through.
        i += src[i + 1] === '<' ? 3 : 2;
        alt();
        if (src[i++] !== ')') throw new Unknown();
        return { kind: 'empty' };
      } else if (src[i] === '?') {
        const m = /^\?<[A-Za-z_]\w*>/.exec(src.slice(i));
        if (!m) throw new Unknown();
        i += m[0].length;
      }
      const node = alt();
      if (src[i++] !== ')') throw new Unknown();
      return node;
    }
    if (c === '[') {
      i++;
      let any = src[i] === '^';
      const chars: string[] = [];
      while (src[i] !== ']') {
        if (i >= src.length) throw new Unknown();
        let ch = src[i++]!;
        if (ch === '\\') { ch = src[i++]!; if (/[A-Za-z0-9]/.test(ch)) any = true; }
        if (src[i] === '-' && src[i + 1] !== ']' && i + 1 < src.length) {
          let to = src[i + 1]!;
          i += 2;
          if (to === '\\') { to = src[i++]!; if (/[A-Za-z0-9]/.test(to)) any = true; }
          if (to.charCodeAt(0) - ch.charCodeAt(0) > 40) any = true;
          else for (let x = ch.charCodeAt(0); x <= to.charCodeAt(0); x++) chars.push(String.fromCharCode(x));
        } else chars.push(ch);
      }
      i++;
      const lowered = chars.map(lowerChar);
      if (any || lowered.includes(null)) return ANY;
      return { kind: 'chars', chars: [...new Set(lowered as string[])] };
    }
    i++;
    if (c === '\\') {
      const e = src[i++]!;
      if (e === 'b' || e === 'B') return { kind: 'empty' };
      // \w, \d, \s, back-references, \u escapes...: any character, as far as this reader knows.
      if (/[A-Za-z0-9]/.test(e)) return ANY;
      return literal(e);
    }
    if (c === '^' || c === '$') return { kind: 'empty' };
    if (c === '.') return ANY;
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === '|' || c === ')') throw new Unknown();
    return literal(c);
  };
  const node = alt();
  if (i !== src.length) throw new Unknown();
  return node;
}

// The strings of up to K characters a match can start with; a shorter one is a whole match.
function starts(node: Re, from: Set<string>): Set<string> {
  switch (node.kind) {
    case 'empty': return from;
    case 'any':
      // Harmless once every prefix is complete ("attacked (?:\w+ ){0,2}positions"); else unknowable.
      for (const s of from) if (s.length < K) throw new Unknown();
      return from;
    case 'chars': {
      const out = new Set<string>();
      for (const s of from) if (s.length >= K) out.add(s); else for (const c of node.chars) out.add(s + c);
      return out;
    }
    case 'seq': return node.items.reduce((acc, item) => starts(item, acc), from);
    case 'alt': {
      const out = new Set<string>();
      for (const n of node.seqs) for (const s of starts(n, from)) out.add(s);
      return out;
    }
    case 'rep': {
      let acc = from;
      for (let r = 0; r < node.min && r <= K; r++) acc = starts(node.node, acc);
      const out = new Set(acc);
      for (let r = node.min; r < node.max && r <= node.min + K; r++) {
        acc = starts(node.node, acc);
        for (const s of acc) out.add(s);
      }
      return out;
    }
  }
}

/**
 * For `patterns`, a table of the lower-case 3-character prefixes a match can start with (matches
 * shorter than that kept whole), or null when a pattern uses syntax this reader does not follow.
 */
export function matchStarts(patterns: string[]): { prefix: Uint8Array; short: string[] } | null {
  const keys = startKeys(patterns);
  if (!keys) return null;
  const prefix = new Uint8Array(128 * 128 * 128);
  for (const k of keys.prefix) prefix[k] = 1;
  return { prefix, short: keys.short };
}

/** matchStarts' content as a set of table indexes (for many small tables), or null likewise. */
export function startKeys(patterns: string[]): { prefix: Set<number>; short: string[] } | null {
  try {
    const all = starts(parseRe(patterns.map((p) => `(?:${p})`).join('|')), new Set(['']));
    const prefix = new Set<number>();
    const short: string[] = [];
    for (const s of all) {
      if (s.length < K) short.push(s);
      else prefix.add((s.charCodeAt(0) << 14) | (s.charCodeAt(1) << 7) | s.charCodeAt(2));
    }
    return { prefix, short };
  } catch (e) {
    if (e instanceof Unknown) return null;
    throw e;
  }
}


const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
/** A character code as the tables read it (ASCII capitals in lower case). */
export const lowerCode = lower;

/** Whether a match may start at `p`, by the table `matchStarts` built. */
export function mayStartAt(table: { prefix: Uint8Array; short: string[] }, s: string, p: number): boolean {
  if (p + K <= s.length) {
    const a = lower(s.charCodeAt(p)), b = lower(s.charCodeAt(p + 1)), c = lower(s.charCodeAt(p + 2));
    if (a < 128 && b < 128 && c < 128 && table.prefix[(a << 14) | (b << 7) | c]) return true;
  }
  for (const w of table.short) {
    let k = 0;
    while (k < w.length && p + k < s.length && lower(s.charCodeAt(p + k)) === w.charCodeAt(k)) k++;
    if (k === w.length) return true;
  }
  return false;
}

