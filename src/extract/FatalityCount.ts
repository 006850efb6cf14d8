// Reads how many people a sentence says were killed and wounded. Death, injury and ambiguous
// words ("casualties") are found first; each amount in the sentence is then tied to the trigger
// it belongs to by word order and distance. Tables: data/lexicon/casualties.json.
import { alternation, lexicon as L, readAmounts, type Amount } from './numbers.js';
import { listedVictims, singleVictim } from './singleVictim.js';
import type { TextSpan } from './types.js';

export interface FatalityFigure { low: number | null; best: number | null; high: number | null; span: TextSpan }
export interface CasualtyReading { fatalities: FatalityFigure | null; injuries: { count: number; span: TextSpan } | null }

type Role = 'death' | 'injury' | 'ambiguous';
// 'before': the count comes first ("5 dead"); 'after': it follows ("killing 5"); 'both': either.
type Dir = 'both' | 'after' | 'before';
interface Trigger { role: Role; dir: Dir; toll: boolean; start: number; end: number }
interface Hit { amount: Amount; trigger: Trigger; subset: boolean; start: number; end: number }
// An amount of people: `joined` = the next item of a list after the previous one ("two soldiers and a civilian").
interface Item { amount: Amount; start: number; npEnd: number; person: boolean; joined: boolean; subset: boolean; trigger: Trigger | undefined }

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');
const TRIGGERS = new Map<string, { role: Role; dir: Dir }>();
for (const role of ['death', 'injury', 'ambiguous'] as const)
  for (const dir of ['both', 'after', 'before'] as const) for (const p of L[role][dir]) TRIGGERS.set(p, { role, dir });
// A trigger's reading by its text as written: the same few words come back in sentence after sentence.
const TRIGGER_TEXT = new Map<string, { role: Role; dir: Dir; toll: boolean }>();
function triggerOf(text: string): { role: Role; dir: Dir; toll: boolean } {
  let t = TRIGGER_TEXT.get(text);
  if (!t) {
    const { role, dir } = TRIGGERS.get(norm(text)) as { role: Role; dir: Dir };
    if (TRIGGER_TEXT.size >= 1024) TRIGGER_TEXT.clear();
    TRIGGER_TEXT.set(text, (t = { role, dir, toll: text.toLowerCase().endsWith('toll') }));
  }
  return t;
}
const TRIGGER_G = new RegExp(`\\b(?:${alternation([...TRIGGERS.keys()])})\\b`, 'gi');
const ZERO_ALL = new RegExp(L.zero.all.join('|'), 'i');
const ZERO_DEATH = new RegExp(L.zero.death.join('|'), 'i');

const set = (words: string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));
const PEOPLE = set(L.people);
const THINGS = set(L.nonPeople);
const STOP = set([...L.stop, ...[...TRIGGERS.keys()].map((k) => k.split(' ')[0] as string)]);
// Plurals in -s, -es, -ies without listing them all.
const has = (s: Set<string>, w: string): boolean =>
  s.has(w) || (w.endsWith('s') && (s.has(w.slice(0, -1)) || s.has(w.slice(0, -2)) || s.has(`${w.slice(0, -3)}y`)));

// What makes a number a measure, a date or a label rather than a number of people. Before it: a label
// ("aged 40", "Route 5", "$5"), the "no" of "no one", a letter and hyphen ("MiG-29"), "(" of an age "(25)".
const UNIT_AFTER = new RegExp(`\\s*-?\\s*(?:${L.units_after.join('|')})(?![a-z])|\\s+(?:${L.months.join('|')})\\b`, 'iy');
const LABEL_BEFORE = new RegExp(`(?:(?:^|[^\\w$€£#])(?:${L.labels_before.join('|')})|\\bno(?:\\s*-)?|[a-z]-|\\()\\s*$`, 'i');
const MONTH_BEFORE = new RegExp(`\\b(?:${L.months.join('|')})\\.?\\s+$`);
const YEAR = /^(?:1[89]|20)\d\d$/;
const TOKEN_Y = /[^\S\n]*([A-Za-z0-9](?:[\w'-]|\.(?=\w))*)/y;
const AUX_Y = /\s*,?\s*(?:of\s+(?:them|whom)\s+)?(?:(?:who|which|that)\s+)?(?:were|was|are|is|have|has|had|been|reportedly|allegedly|all|also|later)\b/iy;
const JOIN_Y = /\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+|along\s+with\s+|plus\s+|together\s+with\s+)/iy;
const SUBSET_BEFORE = /\b(?:including|among(?:\s+(?:them|whom|those|the\s+\w+))?|of\s+whom|such\s+as)[\s,:]*$/i;
const SUBSET_AFTER = /\s+of\s+(?:them|whom)\b/iy;
const LEFT_WORDS = 4; // "killed at most 4 words before the count": "killing 11", "bodies of 7"
const TOLL_WORDS = 8; // "the death toll from Monday's attack rose to 14"
const RIGHT_WORDS = 7; // "11 people who were travelling by bus were killed"

/** Words between two offsets, or Infinity across a ';' (a new clause). */
function gapWords(text: string, from: number, to: number): number {
  let words = 0;
  for (let i = from, inWord = false; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 59) return Infinity;
    const w = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 39;
    if (w && !inWord) words++;
    inWord = w;
  }
  return words;
}

// "Eleven of the soldiers", "nine of their victims": a partitive names whom the count counts.
const PARTITIVE_Y = /\s+of\s+(?:the|their|his|her|its|our|those|these)\b/iy;

/** Looks up to 4 words past a count for whom it counts: people, things, or nobody said. */
function counted(text: string, from: number): { end: number; person: boolean; thing: boolean } {
  PARTITIVE_Y.lastIndex = from;
  if (PARTITIVE_Y.test(text)) from = PARTITIVE_Y.lastIndex;
  for (let i = 0, pos = from; i < 4; i++) {
    TOKEN_Y.lastIndex = pos;
    const m = TOKEN_Y.exec(text);
    if (!m) break;
    const w = (m[1] as string).toLowerCase();
    if (has(PEOPLE, w)) {
      // Take a compound whole ("police officers"), so a list after it still joins up.
      let end = TOKEN_Y.lastIndex;
      for (let n = TOKEN_Y.exec(text); n && has(PEOPLE, (n[1] as string).toLowerCase()); n = TOKEN_Y.exec(text)) end = TOKEN_Y.lastIndex;
      return { end, person: true, thing: false };
    }
    if (has(THINGS, w)) {
      // "two district officials": a thing word may only modify the people counted.
      const after = TOKEN_Y.lastIndex;
      const next = TOKEN_Y.exec(text);
      if (!next || !has(PEOPLE, (next[1] as string).toLowerCase())) return { end: after, person: false, thing: true };
      TOKEN_Y.lastIndex = after;
    }
    if (STOP.has(w)) break;
    pos = TOKEN_Y.lastIndex; // an adjective or a name: "11 Afghan soldiers", "a 25-year-old man"
  }
  return { end: from, person: false, thing: false };
}

/** Sums the parts tied to `role`, a figure known only if known for every part. A toll is already a total,
 * so the last one wins; parts named with "including" are inside another part, unless they are all there is. */
const STATUS_AFTER = /\s*(?:(?:are|were|was|remain|remained|went|still)\s+)?(?:missing|abducted|kidnapped|arrested|captured|displaced|detained|rescued|freed|released)\b/iy;

/**
 * "Three militants shot and killed two youths": in the active voice the count before the verb is who
 * did it. Where a verb has a count after it, a count before it with no "were"/"was" is dropped.
 */
function dropAgents(sentence: string, hits: Hit[], items: Item[]): Hit[] {
  return hits.filter((h) => {
    const item = items.find((it) => it.amount === h.amount);
    if (!item || item.npEnd > h.trigger.start) return true;
    // ("four people killed, including an official": a part named after the verb is no object.)
    const objectAfter = hits.some((o) => o.trigger === h.trigger && o !== h && !o.subset && o.amount.span.start >= h.trigger.end);
    AUX_Y.lastIndex = item.npEnd;
    return !objectAfter || AUX_Y.test(sentence);
  });
}

const OTHER_INCIDENT = /\b(?:after|before|while|whereas|since|days?|weeks?)\b|;/i;
const ATTRIBUTION_AFTER = /\s*(?:[\w-]+\s+){0,2}?(?:said|says|told|reported|confirmed|added)\b/y;

function total(hits: Hit[], role: Role, offset: number, sentence: string): FatalityFigure | null {
  let toll: Hit | null = null;
  let wholes = 0;
  let any = 0;
  for (const h of hits) {
    if (h.trigger.role !== role) continue;
    any++;
    if (h.trigger.toll) toll = h;
    if (!h.subset) wholes++;
  }
  if (!any) return null;
  let low: number | null = 0;
  let best: number | null = 0;
  let high: number | null = 0;
  let start = Infinity;
  let end = 0;
  for (const h of hits) {
    if (h.trigger.role !== role || (toll ? h !== toll : wholes > 0 && h.subset)) continue;
    // "killing nine, a day after an attack in Homs killed 80": a count past a clause break that
    // starts another incident is that incident's, not a part of this sum.
    if (end > 0 && h.trigger !== hits.find((x) => x.trigger.role === role)?.trigger
      && OTHER_INCIDENT.test(sentence.slice(end, h.start))) break;
    const a = h.amount;
    low = low === null || a.low === null ? null : low + a.low;
    best = best === null || a.best === null ? null : best + a.best;
    high = high === null || a.high === null ? null : high + a.high;
    start = Math.min(start, h.start);
    end = Math.max(end, h.end);
  }
  return { low, best, high, span: { start: start + offset, end: end + offset } };
}

/** Fatalities and injuries stated in one sentence; spans in article offsets (`offset` = sentence start). */
export function readCasualties(sentence: string, offset = 0): CasualtyReading {
  const triggers: Trigger[] = [];
  TRIGGER_G.lastIndex = 0;
  for (let m = TRIGGER_G.exec(sentence); m; m = TRIGGER_G.exec(sentence)) {
    const { role, dir, toll } = triggerOf(m[0]);
    triggers.push({ role, dir, toll, start: m.index, end: m.index + m[0].length });
  }
  const hits: Hit[] = [];
  if (!triggers.length) return finish(sentence, offset, hits);
  // Pass 1: the amounts that count people, with whom they count and how they sit in a list.
  const items: Item[] = [];
  for (const amount of readAmounts(sentence)) {
    const { start, end } = amount.span;
    // Most amounts are articles, and an article counts only a person ("a soldier", not "a bomb"):
    // that is ruled out first, before the label and date checks.
    const personal = amount.article ? counted(sentence, end) : null;
    if (personal && !personal.person) continue;
    UNIT_AFTER.lastIndex = end;
    const before = sentence.slice(Math.max(0, start - 16), start);
    if (UNIT_AFTER.test(sentence) || LABEL_BEFORE.test(before) || MONTH_BEFORE.test(before)) continue;
    // "killed by an unidentified man": the agent of a passive is not a victim.
    if (/\bby\s+$/i.test(before)) continue;
    const who = personal ?? counted(sentence, end);
    // "one killed and four missing": the missing, abducted or arrested are not counted among the dead.
    STATUS_AFTER.lastIndex = who.end;
    if (STATUS_AFTER.test(sentence)) continue;
    // "killing two soldiers, a military official said": the official reports, he is not a victim.
    ATTRIBUTION_AFTER.lastIndex = who.end;
    if (amount.article && ATTRIBUTION_AFTER.test(sentence)) continue;
    if (who.thing || (amount.article && !who.person) || (!who.person && YEAR.test(sentence.slice(start, end)))) continue;
    const last = items[items.length - 1];
    JOIN_Y.lastIndex = last?.npEnd ?? 0;
    const joined = !!last?.person && who.person && JOIN_Y.test(sentence) && JOIN_Y.lastIndex === start;
    SUBSET_AFTER.lastIndex = end;
    const subset = SUBSET_BEFORE.test(before) || SUBSET_AFTER.test(sentence);
    items.push({ amount, start, npEnd: Math.max(end, who.end), person: who.person, joined, subset, trigger: undefined });
  }
  // Pass 2: tie each to a trigger. Order matters: "20 wounded" and "11 were killed" bind rightwards even
  // after "killing 5 and"; the next item of a list ("two soldiers, three police and a civilian") shares
  // its head's trigger; a count never reaches past another count to its right unless they form a list.
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    let left: Trigger | undefined;
    let right: Trigger | undefined;
    for (const t of triggers) {
      if (t.end <= it.start) left = t;
      else if (t.start >= it.npEnd) {
        right = t; // the nearest one only
        break;
      }
    }
    let rGap = right && right.dir !== 'after' ? gapWords(sentence, it.npEnd, right.start) : Infinity;
    for (let j = i + 1; right && j < items.length && (items[j] as Item).start < right.start; j++) {
      const next = items[j] as Item;
      if (!next.subset && !next.joined) rGap = Infinity;
    }
    const lGap = left && left.dir !== 'before' ? gapWords(sentence, left.end, it.start) : Infinity;
    AUX_Y.lastIndex = it.npEnd;
    // "nine of their victims": the counted noun itself says what befell them.
    const own = triggers.find((t) => t.start >= it.amount.span.end && t.end <= it.npEnd);
    const trigger = own ??
      (rGap === 0 || (rGap <= RIGHT_WORDS && AUX_Y.test(sentence)) ? right
      : it.joined && items[i - 1]?.trigger ? items[i - 1]?.trigger
      : lGap <= (left?.toll ? TOLL_WORDS : LEFT_WORDS) ? left
      : rGap <= RIGHT_WORDS ? right : undefined);
    it.trigger = trigger;
    if (trigger)
      hits.push({ amount: it.amount, trigger, subset: it.subset, start: Math.min(it.start, trigger.start), end: Math.max(it.npEnd, trigger.end) });
  }
  return finish(sentence, offset, dropAgents(sentence, hits, items));
}

// Words that say the victims of the sentence died, though no count is tied to them.
const KILLING = new RegExp(`\\b(?:execution-style|${alternation([...TRIGGERS].filter(([, t]) => t.role === 'death').map(([k]) => k))})\\b`, 'i');

/** "Eleven of their victims were found ... shot execution-style": with no one said to be wounded,
 * the victims or casualties of a killing are its dead. */
function victimsOfKilling(sentence: string, hits: Hit[]): Hit[] {
  if (hits.some((h) => h.trigger.role !== 'ambiguous') || !hits.length) return hits;
  // "killed or wounded 30": the killing word inside an ambiguous phrase says nothing.
  let rest = sentence;
  for (const { trigger: t } of hits) rest = rest.slice(0, t.start) + ' '.repeat(t.end - t.start) + rest.slice(t.end);
  if (!KILLING.test(rest)) return hits;
  return hits.map((h) => ({ ...h, trigger: { ...h.trigger, role: 'death' } }));
}

/** Totals the tied amounts; where a sentence gives none, a "no one was killed" phrase gives 0. */
function finish(sentence: string, offset: number, tied: Hit[]): CasualtyReading {
  const hits = victimsOfKilling(sentence, tied);
  let fatalities = total(hits, 'death', offset, sentence);
  const hurt = total(hits, 'injury', offset, sentence);
  const hurtCount = hurt && (hurt.best ?? hurt.low); // a ceiling alone ("up to 20 hurt") is no count
  let injuries = hurt && hurtCount !== null ? { count: hurtCount, span: hurt.span } : null;
  // "No one was hurt" also says no one died; "no one was killed" says nothing of the wounded.
  // (Each phrase is looked for only where a count is missing: undefined = not looked for.)
  let zeroAll: RegExpExecArray | null | undefined;
  if (!fatalities) {
    zeroAll = ZERO_ALL.exec(sentence);
    const zero = zeroAll ?? ZERO_DEATH.exec(sentence);
    if (zero) fatalities = { low: 0, best: 0, high: 0, span: { start: zero.index + offset, end: zero.index + zero[0].length + offset } };
  }
  // "killed a farmer and his son": the list of single people outnumbers the "a" read on its own.
  const listed = listedVictims(sentence, offset);
  const overlaps = (a: TextSpan, b: TextSpan) => a.start < b.end && b.start < a.end;
  if (listed && (!fatalities || ((fatalities.best ?? 0) < listed.count && overlaps(fatalities.span, listed.span)))) {
    fatalities = { low: listed.count, best: listed.count, high: listed.count, span: listed.span };
  }
  const one = fatalities ? null : singleVictim(sentence, offset);
  if (one) fatalities = { low: 1, best: 1, high: 1, span: one };
  if (!injuries) {
    if (zeroAll === undefined) zeroAll = ZERO_ALL.exec(sentence);
    if (zeroAll) injuries = { count: 0, span: { start: zeroAll.index + offset, end: zeroAll.index + zeroAll[0].length + offset } };
  }
  return { fatalities, injuries };
}
