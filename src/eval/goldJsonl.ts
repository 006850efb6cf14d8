/**
 * Reads a gold JSONL file (the format of the shared gold README) and the articles it refers to.
 * Every line is checked whole, and its evidence must be found in its article: a gold event the
 * matcher could never reach would silently count as a miss, so it is an error instead.
 */
import { readFileSync } from 'node:fs';
import type { SubEventType } from '../model/event.js';
import { UserError } from '../errors.js';
import { goldDate } from './dates.js';
import { InputDir } from './inputDir.js';
import { isEventType, isSubEventType } from './taxonomy.js';
import { locate, sentenceWindow } from './text.js';
import type { Bounds, EvalArticle, EvalSet, GoldEvent } from './types.js';

/** Used when a gold point has no tolerance of its own; the same as for ACLED rows. */
export const DEFAULT_TOLERANCE_KM = 25;

type Obj = Record<string, unknown>;

function has(o: Obj, k: string): unknown {
  if (!(k in o)) throw new Error(`missing "${k}"`);
  return o[k];
}

function nullableString(o: Obj, k: string): string | null {
  const v = has(o, k);
  if (v !== null && typeof v !== 'string') throw new Error(`"${k}" must be a string or null`);
  return v === null || v.trim() === '' ? null : v.trim();
}

function nullableNumber(o: Obj, k: string, ok: (n: number) => boolean = () => true): number | null {
  const v = has(o, k);
  if (v === null) return null;
  if (typeof v !== 'number' || !Number.isFinite(v) || !ok(v)) throw new Error(`"${k}" must be a number in range or null`);
  return v;
}

function fatalities(v: unknown): Bounds | null {
  if (v === null) return null;
  const count = (x: unknown) => x === null || (Number.isInteger(x) && (x as number) >= 0);
  const b = v as Obj;
  if (typeof v !== 'object' || Array.isArray(v) || !count(b.low) || !count(b.best) || !count(b.high)) {
    throw new Error('"fatalities" must be null or {low, best, high}, each a whole number or null');
  }
  return { low: b.low as number | null, best: b.best as number | null, high: b.high as number | null };
}

/** One parsed line as a gold event; the article-dependent `window` is filled in afterwards. */
export function parseGoldLine(o: Obj): GoldEvent & { doc: string } {
  const id = has(o, 'id'), doc = has(o, 'doc'), must = has(o, 'must'), evidence = has(o, 'evidence');
  if (typeof id !== 'string' || id === '') throw new Error('"id" must be a non-empty string');
  if (typeof doc !== 'string' || doc === '') throw new Error('"doc" must be a non-empty string');
  if (typeof must !== 'boolean') throw new Error('"must" must be true or false');
  if (typeof evidence !== 'string' || evidence.trim() === '') throw new Error('"evidence" must be a non-empty string');
  const type = has(o, 'event_type'), subs = has(o, 'sub_event_types');
  if (typeof type !== 'string' || !isEventType(type)) throw new Error(`unknown event_type ${JSON.stringify(type)}`);
  if (!Array.isArray(subs) || subs.length === 0 || !subs.every((s) => typeof s === 'string' && isSubEventType(s))) {
    throw new Error('"sub_event_types" must be a non-empty list of ACLED sub-event types');
  }
  const latitude = nullableNumber(o, 'latitude', (n) => Math.abs(n) <= 90);
  const longitude = nullableNumber(o, 'longitude', (n) => Math.abs(n) <= 180);
  if ((latitude === null) !== (longitude === null)) throw new Error('"latitude" and "longitude" must both be set or both null');
  const date = goldDate(has(o, 'date'));
  if (date === undefined) throw new Error('"date" must be null, "YYYY", "YYYY-MM", "YYYY-MM-DD" or [from, to]');
  return {
    id, doc, article_id: doc, must, evidence, window: null,
    event_types: [type], sub_event_types: subs as SubEventType[],
    actor1: nullableString(o, 'actor1'), actor2: nullableString(o, 'actor2'),
    country: nullableString(o, 'country'), admin1: nullableString(o, 'admin1'), location: nullableString(o, 'location'),
    latitude, longitude, tolerance_km: nullableNumber(o, 'tolerance_km', (n) => n >= 0) ?? DEFAULT_TOLERANCE_KM,
    date, date_rule: 'window', fatalities: fatalities(has(o, 'fatalities')), fatality_rule: 'bounds',
  };
}

/** Reads `file`, loading its docs from `inputDir`; any bad line is a one-line UserError "file:line: why". */
export function readGoldJsonl(file: string, inputDir: string): EvalSet {
  const input = new InputDir(inputDir);
  const articles = new Map<string, EvalArticle>();
  const gold: GoldEvent[] = [];
  const ids = new Set<string>();
  readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    try {
      let o: unknown;
      try {
        o = JSON.parse(raw);
      } catch (e) {
        throw new Error(`invalid JSON (${(e as Error).message})`);
      }
      if (o === null || typeof o !== 'object' || Array.isArray(o)) throw new Error('not a JSON object');
      const { doc, ...g } = parseGoldLine(o as Obj);
      if (ids.has(g.id)) throw new Error(`duplicate id "${g.id}"`);
      ids.add(g.id);
      const article = articles.get(doc) ?? input.article(doc);
      articles.set(doc, article);
      const at = locate(article.text, g.evidence!);
      if (!at) throw new Error(`evidence not found in ${doc}: "${g.evidence!.slice(0, 60)}"`);
      gold.push({ ...g, window: sentenceWindow(article.text, at) });
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw new UserError(`${file}:${i + 1}: ${(e as Error).message}`);
    }
  });
  return { format: 'gold-jsonl', articles: [...articles.values()], gold };
}
