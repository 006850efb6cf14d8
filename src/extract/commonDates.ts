// A direct reading of the commonest date windows, giving exactly what chrono-node would give for
// them, at a fraction of the cost (chrono runs every parser's pattern over the window, builds result
// objects and runs a dozen refiners): weekdays ("on Tuesday", "last Friday,") and one month in its
// common forms ("in March", "March 2024", "5 March", "on 5th of March 2024", "March 5, 2024").
//
// It answers only when nothing else in the window can change chrono's reading: each calendar word
// (of every spelling chrono reads, in any case) is a weekday or the window's one month, written in
// full; the month's text is what chrono's own month patterns match, the longest as chrono keeps it;
// and nothing next to a reading could join it (a time "at 10 pm", a time zone "EAT", a second date,
// a weekday "Monday, March 5") nor stretch it ("June 5 at night", "end of March", "UTC+3").
// Everything else returns undefined and goes to chrono. Results other than these would carry no
// date word and would be dropped by the caller anyway; they only matter when they touch a reading,
// which the neighbour checks rule out.
import * as chrono from 'chrono-node';

/** What chrono states for a date expression of the window (index and text as chrono gives them). */
export interface CommonReading {
  index: number;
  text: string;
  year: number | null;
  month: number | null;
  day: number | null;
  weekday: number | null;
}

// Every word chrono's month and weekday dictionaries hold, seen where one of its patterns could
// read it: after a non-letter or one of the words its patterns allow right before ("on", "this",
// "last", "past", "next", "of", "in", an ordinal's st/nd/rd/th, a year's "BC"/"AD"...), and before a
// non-letter or one of the words they allow right after ("of", "this week", an ordinal word).
// The words before are checked by calendarWord, after a match: as a look-behind the regex tried
// them at every character of the window.
const CALENDAR_WORD = new RegExp(
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?'
  + '|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|sun(?:day)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?'
  + '|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|week(?:end|day))'
  + '(?=[^a-z]|$|of|this|last|past|next|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth'
  + '|eleventh|twelfth|thirt|fourt|fift|sixt|sevent|eight|ninet|twent)',
  'gi');

const PAIRS_BEFORE = new Set(['on', 'is', 'st', 'xt', 'of', 'in', 'nd', 'rd', 'th', 'be', 'ad', 'bc', 'ce']);
const asciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
/** The look-behind CALENDAR_WORD leaves out: at the start, after a non-letter, or after one of PAIRS_BEFORE. */
function wordMayStart(window: string, at: number): boolean {
  if (at === 0 || !asciiLetter(window.charCodeAt(at - 1))) return true;
  if (at === 1 || !asciiLetter(window.charCodeAt(at - 2))) return false;
  return PAIRS_BEFORE.has(window.slice(at - 2, at).toLowerCase());
}
/** The next calendar word from CALENDAR_WORD.lastIndex, as the regex with its look-behind would find it. */
function calendarWord(window: string): RegExpExecArray | null {
  for (let w = CALENDAR_WORD.exec(window); w; w = CALENDAR_WORD.exec(window)) {
    if (wordMayStart(window, w.index)) return w;
    CALENDAR_WORD.lastIndex = w.index + 1;
  }
  return null;
}

// chrono's own patterns (taken from its parsers, so an upgrade cannot make the two differ).
function chronoPattern(name: string): RegExp {
  const parser = chrono.en.configuration.createCasualConfiguration(false).parsers.find((p) => p.constructor.name === name);
  if (!parser) throw new Error(`commonDates: chrono-node has no ${name}`);
  return parser.pattern(undefined as never);
}
const WEEKDAY_PATTERN = chronoPattern('ENWeekdayParser');
const WEEKDAY_NUMBER: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

// Words that may end one of chrono's readings (a time's "10 am", "at night", "in the morning") or
// join two readings ("Monday at 10", "10 on Tuesday", "Monday to Friday"): never next to the weekday.
const JOINING = new Set(['at', 'after', 'before', 'on', 'of', 'to', 'until', 'through', 'till', 'from', 'in',
  'this', 'last', 'past', 'next', 'am', 'pm', 'clock', 'night', 'morning', 'afternoon', 'week']);
// The text left of the weekday ends in a plain word (not after a digit or a dot) and spaces.
const WORD_BEFORE = /(?:^|[^A-Za-z0-9.])([A-Za-z]{2,})[,;:]?\s+$/;
// ... and the word before it, when that word could be a time zone read into an earlier time.
const TWO_WORDS_BEFORE = /(?:^|[^A-Za-z0-9.])([A-Za-z]{2,})\s*,?\s*[A-Za-z]{2,4}[,;:]?\s+$/;
// (an em dash joins nothing: "February 9, 2022 — Iraqi jets...")
const WORD_AFTER = /^(?:[,;:.]?\s+|\s*—\s*|['’]s\s+)([A-Za-z]{2,})(?![A-Za-z0-9])/;
// A time zone chrono reads into the weekday itself ("Tuesday (EAT)"): its abbreviations are capitals.
const ZONE_AFTER = /^\s*,?\s*\(?[A-Z]{2,4}\)?(?![A-Za-z0-9_])/;
// ... and a time zone offset, in any case ("UTC+3", "utc +3").
const OFFSET_AFTER = /^\s*\(?(?:(?:gmt|utc)\s?)?[+-]\d/i;
const DIGIT = /\d/;

function quietBefore(before: string): boolean {
  if (!DIGIT.test(before)) return true; // no number: no time or date reading can end there
  const word = WORD_BEFORE.exec(before)?.[1];
  if (!word || JOINING.has(word.toLowerCase())) return false;
  if (word.length > 4) return true;
  const previous = TWO_WORDS_BEFORE.exec(before)?.[1];
  return previous !== undefined && !JOINING.has(previous.toLowerCase());
}

function quietAfter(after: string): boolean {
  if (ZONE_AFTER.test(after) || OFFSET_AFTER.test(after)) return false;
  if (!DIGIT.test(after)) return true;
  const word = WORD_AFTER.exec(after)?.[1];
  return word !== undefined && !JOINING.has(word.toLowerCase());
}


// Two weekdays join only as a range ("Monday to Friday").
const RANGE_GAP = /^\s*(?:to|-|–|until|through|till)\s*$/i;
// A written ISO or year-first date ("2024-03-05", "2024/3/5") carries a date word of its own.
const DIGIT_DATE = /\d{4}[-/]\d{1,2}[-/]\d/;
// A month and a weekday stay apart only with a word between that joins nothing ("Monday, March 5"
// is one date to chrono, "March 5 to Friday" a range).
const GAP_WORD = /[A-Za-z]{2,}/g;
const apart = (gap: string): boolean => (gap.match(GAP_WORD) ?? []).some((w) => !JOINING.has(w.toLowerCase()));

const MONTH_NUMBER: Record<string, number> = {
  January: 1, February: 2, March: 3, April: 4, May: 5, June: 6, July: 7, August: 8, September: 9, October: 10,
  November: 11, December: 12,
};
// Days every year has: chrono drops "February 29" in a year without one, or keeps another reading.
const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
// chrono's month patterns, in its parsers' order (its overlap rule keeps the first of equal length).
const LITTLE_ENDIAN = chronoPattern('ENMonthNameLittleEndianParser'); // "on 5 March 2024": day, to-day, month, year
const MIDDLE_ENDIAN = chronoPattern('ENMonthNameMiddleEndianParser'); // "March 5, 2024": month, day, to-day, year
const MONTH_NAME = chronoPattern('ENMonthNameParser'); // "in March 2024": prefix, month, year
const DAY = /^(\d{1,2})(?:st|nd|rd|th)?$/i;
const YEAR = /^(?:19|20)\d\d$/;
// Before an undated month, chrono's refiner reads "end of March" as its last day.
const END_OF = /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;
// What makes a date's last number a time, longer than the date to chrono ("June 5 at night", "5 pm",
// "5 to 7").
const TIME_AFTER = /^\s*(?:[ap]\.?m?\.?(?![a-z0-9])|o\W*clock|at\s*night|in\s*the\s*(?:morning|afternoon)|[-–~〜?]|(?:to|until|through|till)(?!\w))/i;
const TIME_PREFIX = /(?:^|\W)(?:at|from)\s*$/i;

/** A match of one of chrono's patterns as chrono takes it: without the boundary character. */
interface Match { index: number; text: string; groups: (string | undefined)[] }
function find(pattern: RegExp, window: string): Match | undefined {
  const m = pattern.exec(window);
  return m ? { index: m.index + m[1]!.length, text: m[0].slice(m[1]!.length), groups: m.slice(2) } : undefined;
}

/** The stated values of a month match, undefined when it is a form left to chrono. */
function monthValues(day: string | undefined, toDay: string | undefined, year: string | undefined):
  { day: number | null; year: number | null } | undefined {
  if (toDay !== undefined || (year !== undefined && !YEAR.test(year))) return undefined;
  const d = day === undefined ? undefined : DAY.exec(day);
  if (d === null) return undefined; // an ordinal word ("fifth of March")
  return { day: d ? Number(d[1]) : null, year: year === undefined ? null : Number(year) };
}

/** chrono's reading of the month word at `at` ("in March", "5 March 2024", "March 5") and where its
 *  match starts (before "in"), when the window's only month word is a month's full name. */
function readMonth(window: string, at: number, word: string): [CommonReading, number] | undefined {
  const month = MONTH_NUMBER[word];
  if (month === undefined) return undefined;
  const found: [Match, number | null, string | undefined, string | undefined, number][] = [];
  const little = find(LITTLE_ENDIAN, window);
  if (little) found.push([little, null, little.groups[0], little.groups[1], 3]);
  const middle = find(MIDDLE_ENDIAN, window);
  if (middle) found.push([middle, null, middle.groups[1], middle.groups[2], 3]);
  const alone = find(MONTH_NAME, window);
  if (alone) {
    const prefix = alone.groups[0]?.length ?? 0;
    if (END_OF.test(window.slice(0, alone.index))) return undefined;
    found.push([{ ...alone, index: alone.index + prefix, text: alone.text.slice(prefix) }, alone.index, undefined, undefined, 2]);
  }
  let kept: (typeof found)[number] | undefined;
  for (const f of found) {
    // Every match holds the month word; the longest wins, the first of equal ones.
    if (f[0].index > at || f[0].index + f[0].text.length <= at) return undefined;
    if (!kept || f[0].text.length > kept[0].text.length) kept = f;
  }
  if (!kept) return undefined;
  const [m, left, day, toDay, yearGroup] = kept;
  const values = monthValues(day, toDay, m.groups[yearGroup]);
  if (!values || (values.day !== null && (values.day < 1 || values.day > MONTH_DAYS[month]!))) return undefined;
  // chrono drops a lone "May" unless "in" comes before it.
  if (m.text.trim() === 'May' && !/\bin$/i.test(window.slice(0, m.index).trim())) return undefined;
  // (A number, a zone or an offset after the reading, and a year-first date "2024 March 5" before it,
  // are ruled out by the neighbour checks of readCommonWindow.)
  if (/\d\s*$/.test(m.text) && TIME_AFTER.test(window.slice(m.index + m.text.length))) return undefined;
  // "at 5 May", "from 5 May": chrono reads the time "from 5" instead.
  if (DIGIT.test(m.text[0]!) && TIME_PREFIX.test(window.slice(0, m.index))) return undefined;
  return [{ index: m.index, text: m.text, year: values.year, month, day: values.day, weekday: null }, left ?? m.index];
}

/** chrono's reading of the weekday word at `at`, searching from `from` as chrono's weekday parser does. */
function readWeekday(window: string, at: number, from: number, weekday: number): [CommonReading, number] | undefined {
  const m = WEEKDAY_PATTERN.exec(window.slice(from));
  if (!m) return undefined;
  const index = from + m.index + m[1]!.length; // chrono drops the boundary character its pattern starts with
  const text = m[0].slice(m[1]!.length);
  if (index > at || index + text.length <= at) return undefined;
  return [{ index, text, year: null, month: null, day: null, weekday }, index];
}

/**
 * chrono's readings of `window` when its calendar words are weekdays and at most one month in a
 * common form (an empty list when chrono would find no date there); undefined when the window
 * needs chrono itself.
 */
export function readCommonWindow(window: string): CommonReading[] | undefined {
  if (DIGIT_DATE.test(window)) return undefined;
  const out: CommonReading[] = [];
  let weekdayFrom = 0;
  let months = 0;
  CALENDAR_WORD.lastIndex = 0;
  for (let w = calendarWord(window); w; w = calendarWord(window)) {
    const weekday = WEEKDAY_NUMBER[w[0].slice(0, 3).toLowerCase()];
    const found = weekday !== undefined ? readWeekday(window, w.index, weekdayFrom, weekday)
      : months++ === 0 ? readMonth(window, w.index, w[0]) : undefined;
    if (!found) return undefined;
    const [r, left] = found;
    const last = out[out.length - 1];
    const lastEnd = last ? last.index + last.text.length : 0;
    const gap = window.slice(lastEnd, left);
    if (!quietBefore(gap)) return undefined;
    // (What follows a reading is all the text after it, as chrono's refiners see it: "Monday utc +3 June".)
    if (last && (!quietAfter(window.slice(lastEnd)) || RANGE_GAP.test(gap) || ((last.month ?? r.month) !== null && !apart(gap)))) {
      return undefined;
    }
    if (weekday !== undefined) weekdayFrom = r.index + r.text.length;
    out.push(r);
    CALENDAR_WORD.lastIndex = r.index + r.text.length;
  }
  const last = out[out.length - 1];
  if (last && !quietAfter(window.slice(last.index + last.text.length))) return undefined;
  return out;
}
