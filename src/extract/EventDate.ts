// Reads the date words of a sentence into ACLED's event_date / date_precision / time_precision /
// date_range, resolved against the article's publication date, with the span of the words.
//
// chrono-node recognises written calendar dates and weekdays; from its results we take only the
// values the text states (day, month, year, weekday) and do every relative step ourselves on
// whole UTC days (relativeDates.ts), because chrono lets "May 28" or "on Friday" land after the
// reference, reads "last night" in the machine's time zone, and over-reads numbers ("24/7",
// "at 3", "in 1990s"). Choices, where the words leave room:
// - a weekday or a year-less date is the latest one on or before publication (same day counts);
//   "last Sunday" is strictly before it; "next Friday" and "tomorrow" stay in the future.
// - "yesterday", "last night" and "overnight" are the day before publication.
// - week precision: "last week" is Monday-Sunday of the previous week; "this week" runs from its
//   Monday to publication; "last weekend" is the latest Saturday-Sunday already over.
// - month: "last August" is the latest August strictly before the publication month; a bare
//   "in August" may be the publication month itself.
// - "recently" is the 7 days before publication; "a few"/"several"/"recent" count as 3 units;
//   a free run of days ("the past 24 hours", "March 3 to 5") takes the precision of its length
//   (one day: day; up to 14: week; up to 92: month; longer: year).
// - 04/03/2024: a part over 12 decides the order, else the reading nearest before publication,
//   else day first.
// - event_date is the first day of date_range cut to the precision (a week's last day); ranges never run past
//   publication when they start before it.
// - resolveEventDate prefers the most precise resolved mention, then past over future, then the
//   first in the sentence.
import * as chrono from 'chrono-node';
import type { Component, ParsedComponents, ParsedResult } from 'chrono-node';
import type { DatePrecision } from '../model/event.js';
import type { TextSpan } from './types.js';
import { readCommonWindow } from './commonDates.js';
import {
  type Day, type Found, type Period, COUNTED, RELATIVE_HINT, dayOf, dayPeriod, findRelativeDates, isoDay,
  mondayOf, monthPeriod, spanPeriod, validDay, weekdayOf, ymd,
} from './relativeDates.js';

export interface EventDateReading {
  /** "YYYY-MM-DD" (day, week), "YYYY-MM" (month), "YYYY" (year), null (unknown). */
  event_date: string | null;
  date_precision: DatePrecision;
  time_precision: 1 | 2 | 3 | null;
  /** Inclusive [from, to] ISO days. */
  date_range: [string, string] | null;
  /** Article offsets of the date words. */
  span: TextSpan | null;
}

export interface DateMention extends EventDateReading {
  span: TextSpan;
  text: string;
}

// Written dates and weekdays only: chrono's readings of numbers alone, of "in 5 days", "two days
// later" (relative to the story, not to publication) and of times of day are wrong for us, and
// relativeDates.ts reads the relative expressions itself.
const KEEP = new Set([
  'ENYearMonthDayParser', 'ISOFormatParser', 'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser', 'ENWeekdayParser', 'ENTimeExpressionParser',
  'ENYearMonthNameParser', 'ENMonthNameParser',
]);
const PARSER = (() => {
  const config = chrono.en.configuration.createCasualConfiguration(false);
  config.parsers = config.parsers.filter((p) => KEEP.has(p.constructor.name));
  // Fail loudly if a chrono-node upgrade renames its parsers instead of silently reading less.
  if (config.parsers.length !== KEEP.size) throw new Error('EventDate: chrono-node parsers changed');
  return new chrono.Chrono(config);
})();

const WEEKDAY_NAME = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const MONTH_PREFIX = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
// Case-sensitive: "may", "march", "sun" and "Mon State" are not dates.
const CHRONO_HINT = new RegExp(`\\b(?:${WEEKDAY_NAME}|${MONTH_PREFIX})|\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}`);
const CHRONO_DATE_WORD = new RegExp(
  `\\b(?:${WEEKDAY_NAME}|${MONTH_PREFIX}[a-z]*\\.?)(?![a-z])|\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}`);
const TIME_OF_DAY = /^\s+(?:night|morning|afternoon|evening)\b/;

/** The reading of a sentence with no date words at all. */
export const NO_DATE: EventDateReading = { event_date: null, date_precision: 'unknown', time_precision: null, date_range: null, span: null };
const TIME_PRECISION = { day: 1, week: 2, month: 3, year: 3 } as const;
const RANK = { day: 0, week: 1, month: 2, year: 3, unknown: 4 } as const;

/** Cheap pre-check: false means the sentence has no date words at all. */
export function hasDateWords(sentence: string): boolean {
  return CHRONO_HINT.test(sentence) || RELATIVE_HINT.test(sentence);
}

/** The calendar day the article carries, as written (an ISO date-time keeps its own local date). */
function publicationDay(published: string | null): Day | null {
  // An article's sentences all come with the same publication date: the last one read is kept.
  if (published === lastPublished) return lastDay;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  lastPublished = published;
  return (lastDay = m ? validDay(Number(m[1]), Number(m[2]), Number(m[3])) : null);
}
let lastPublished: string | null | undefined;
let lastDay: Day | null = null;

function weekdayDay(weekday: number, text: string, p: Day): Day {
  const week = /\b(last|past|this|next)\s+week\b/i.exec(text)?.[1]?.toLowerCase();
  if (week) return mondayOf(p) + (week === 'next' ? 7 : week === 'this' ? 0 : -7) + ((weekday + 6) % 7);
  if (/\bnext\s/i.test(text)) return p + ((weekday - weekdayOf(p) + 7) % 7 || 7);
  const back = (weekdayOf(p) - weekday + 7) % 7;
  return p - (/\b(?:last|past)\s/i.test(text) ? back || 7 : back);
}

/** The values the words state; chrono's guesses for the rest (implied values) are ignored. */
interface Stated { year: number | null; month: number | null; day: number | null; weekday: number | null }
function stated(c: ParsedComponents): Stated {
  const get = (k: Component): number | null => (c.isCertain(k) ? c.get(k) : null);
  return { year: get('year'), month: get('month'), day: get('day'), weekday: get('weekday') };
}

/** What stated values mean: undefined = not a date, null = needs the missing publication date. */
function toPeriod(s: Stated, text: string, p: Day | null): Period | null | undefined {
  const { year, month, day } = s;
  if (month !== null && day !== null) {
    if (year !== null) {
      const d = validDay(year, month, day);
      return d === null ? undefined : dayPeriod(d);
    }
    if (p === null) return null;
    const py = ymd(p)[0];
    const thisYear = validDay(py, month, day);
    const d = thisYear !== null && thisYear <= p ? thisYear : validDay(py - 1, month, day);
    return d === null ? undefined : dayPeriod(d);
  }
  if (month !== null) {
    if (year !== null) return monthPeriod(year, month);
    if (p === null) return null;
    const [py, pm] = ymd(p);
    return monthPeriod(month <= pm ? py : py - 1, month);
  }
  if (s.weekday !== null) return p === null ? null : dayPeriod(weekdayDay(s.weekday, text, p));
  return undefined; // a time of day alone
}

// "January and March 2016", "March 3 and April 5, 2016": the year written after the second date.
const SHARED_YEAR = /^\s*(?:and|to|until|till|through|[-–])\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+((?:19|20)\d{2})\b/;

/** What chrono read: where (in `sentence`), its text, and the values the words state. */
interface Reading { at: number; text: string; start: Stated; end: Stated | null }
const chronoReading = (r: ParsedResult, shift: number): Reading =>
  ({ at: r.index + shift, text: r.text, start: stated(r.start), end: r.end ? stated(r.end) : null });

function fromChrono(r: Reading, sentence: string, p: Day | null): Found | undefined {
  const at = r.at;
  let text = r.text.replace(/[\s,;:]+$/, '');
  if (!CHRONO_DATE_WORD.test(text)) return undefined;
  const s = { ...r.start };
  if (!r.end) {
    // "on 3 May 11 people": chrono takes the count for a two-digit year.
    const twoDigits = s.year !== null && !text.includes(String(s.year)) ? /[\s,']+\d{2}$/.exec(text) : null;
    if (twoDigits) [text, s.year] = [text.slice(0, twoDigits.index), null];
    // "in August 2 soldiers": the number counts soldiers.
    const counted = s.day !== null && s.year === null && COUNTED.test(sentence.slice(at + text.length))
      ? /[\s,]+\d{1,2}$/.exec(text) : null;
    if (counted) [text, s.day] = [text.slice(0, counted.index), null];
    if (s.year === null) s.year = Number(SHARED_YEAR.exec(sentence.slice(at + text.length))?.[1]) || null;
  }
  const start = toPeriod(s, text, p);
  if (start === undefined) return undefined;
  let period = start;
  if (start && r.end) {
    // The end of "3 to 5 March" or "from March 3 to March 5" takes the start's year.
    const e = r.end;
    const y = ymd(start.from)[0];
    let end = toPeriod({ ...e, year: e.year ?? y }, text, p);
    if (end && end.to < start.from && e.year === null) end = toPeriod({ ...e, year: y + 1 }, text, p);
    if (end) period = spanPeriod(start.from, end.to);
  }
  const stop = at + text.length;
  const tail = TIME_OF_DAY.exec(sentence.slice(stop));
  return { start: at, end: stop + (tail ? tail[0].length : 0), period };
}

// Each reading is written out key by key: a spread followed by a key it lacks ({ ...reading, text })
// costs V8 a new hidden class on every call.
function toMention(period: Period | null, span: TextSpan, text: string): DateMention {
  if (!period) return { event_date: null, date_precision: 'unknown', time_precision: null, date_range: null, span, text };
  const from = isoDay(period.from);
  const cut = period.precision === 'month' ? 7 : period.precision === 'year' ? 4 : 10;
  // A week-long span is coded to its last day: the latest the event can be, as docs/event-format.md says.
  const coded = period.precision === 'week' ? isoDay(period.to) : from;
  return {
    event_date: coded.slice(0, cut),
    date_precision: period.precision,
    time_precision: TIME_PRECISION[period.precision],
    date_range: [from, isoDay(period.to)],
    span,
    text,
  };
}

/** Every date expression of the sentence, in order, each with its own reading. */
export function findDateMentions(sentence: string, published: string | null, offset = 0): DateMention[] {
  return dateMentions(sentence, published, offset, true);
}

/** findDateMentions with chrono reading every window (the fast path's reference, for tests). */
export function findDateMentionsByChrono(sentence: string, published: string | null, offset = 0): DateMention[] {
  return dateMentions(sentence, published, offset, false);
}

/** hasDateWords, then the readings; CHRONO_HINT's answer is passed on, not tested twice. */
function dateMentions(sentence: string, published: string | null, offset: number, fast: boolean): DateMention[] {
  const calendar = CHRONO_HINT.test(sentence);
  return calendar || RELATIVE_HINT.test(sentence) ? readDateMentions(sentence, published, offset, fast, calendar) : [];
}

/** chrono's readings of one window, `shift`: where the window starts in the sentence. */
function chronoReadings(window: string, shift: number, p: Day | null): Reading[] {
  const [y, m, d] = ymd(p ?? dayOf(2000, 1, 1));
  const reference = { instant: new Date(Date.UTC(y, m - 1, d, 12)), timezone: 0 };
  return PARSER.parse(window, reference, { forwardDate: false }).map((r) => chronoReading(r, shift));
}

/** Common windows are read directly (commonDates.ts gives what chrono would); the rest by chrono. */
function windowReadings(window: string, shift: number, p: Day | null): Reading[] {
  const common = readCommonWindow(window);
  if (!common) return chronoReadings(window, shift, p);
  // (The stated values copied by name: a rest pattern, { index, text, ...start }, costs V8 far more.)
  return common.map((r) => ({ at: r.index + shift, text: r.text, end: null, start: { year: r.year, month: r.month, day: r.day, weekday: r.weekday } }));
}

const CHRONO_WORD_G = new RegExp(CHRONO_DATE_WORD.source, 'g');
const BEFORE_CHARS = 40; // "from the night of Sunday", "between 3 and"
const AFTER_CHARS = 48; // "March 3 to March 5, 2024"

/** Stretches of `sentence` around its date words, at word boundaries, overlapping ones joined. */
function dateWindows(sentence: string): [number, number][] {
  const out: [number, number][] = [];
  CHRONO_WORD_G.lastIndex = 0;
  for (let m = CHRONO_WORD_G.exec(sentence); m; m = CHRONO_WORD_G.exec(sentence)) {
    let a = Math.max(0, m.index - BEFORE_CHARS);
    let b = Math.min(sentence.length, m.index + m[0].length + AFTER_CHARS);
    while (a > 0 && /\S/.test(sentence[a - 1]!)) a--;
    while (b < sentence.length && /\S/.test(sentence[b]!)) b++;
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

function readDateMentions(sentence: string, published: string | null, offset: number, fast: boolean, calendar: boolean): DateMention[] {
  const p = publicationDay(published);
  const found = findRelativeDates(sentence, p);
  if (calendar) {
    // chrono's cost grows with the text it reads: it reads only the words around each date word.
    for (const [a, b] of dateWindows(sentence)) {
      const window = sentence.slice(a, b);
      for (const r of fast ? windowReadings(window, a, p) : chronoReadings(window, a, p)) {
        const f = fromChrono(r, sentence, p);
        if (f) found.push(f);
      }
    }
  }
  // Overlaps: the longest expression wins ("last August" over "August", "Sunday last week" over "last week").
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Found[] = [];
  for (const f of found) if (kept.every((k) => f.end <= k.start || f.start >= k.end)) kept.push(f);
  kept.sort((a, b) => a.start - b.start);
  return kept.map((f) => {
    let period = f.period;
    if (period && p !== null && period.from <= p && period.to > p) period = { ...period, to: p };
    return toMention(period, { start: offset + f.start, end: offset + f.end }, sentence.slice(f.start, f.end));
  });
}

/** The sentence's event date: the most precise resolved mention, past before future, first first. */
export function resolveEventDate(sentence: string, published: string | null, offset = 0): EventDateReading {
  const mentions = findDateMentions(sentence, published, offset);
  const p = publicationDay(published);
  const future = (m: DateMention) => (p !== null && m.date_range !== null && m.date_range[0] > isoDay(p) ? 1 : 0);
  const resolved = mentions.filter((m) => m.date_precision !== 'unknown');
  resolved.sort((a, b) => future(a) - future(b)
    || RANK[a.date_precision] - RANK[b.date_precision]
    || a.span.start - b.span.start);
  const best = resolved[0] ?? mentions[0];
  if (!best) return NO_DATE;
  const { text: _text, ...reading } = best;
  return reading;
}
