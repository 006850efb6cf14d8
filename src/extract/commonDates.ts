// A direct reading of the commonest date window, a lone weekday ("on Tuesday", "last Friday,"),
// giving exactly what chrono-node would give for it, at a fraction of the cost (chrono runs every
// parser's pattern over the window, builds result objects and runs a dozen refiners).
//
// It answers only when nothing else in the window can change chrono's reading: the window holds one
// calendar word (of every spelling chrono reads, in any case), and nothing next to it could join it
// (a time "at 10 pm", a time zone "EAT", a second date) nor stretch it. Everything else returns
// undefined and goes to chrono. Results other than the weekday's would carry no date word and
// would be dropped by the caller anyway; they only matter when they touch the weekday, which the
// neighbour checks rule out.
import * as chrono from 'chrono-node';

/** What chrono states for a date expression of the window (index and text as chrono gives them). */
export interface CommonReading {
  index: number;
  text: string;
  weekday: number;
}

// Every word chrono's month and weekday dictionaries hold, seen where one of its patterns could
// read it: after a non-letter or one of the words its patterns allow right before ("on", "this",
// "last", "past", "next", "of", "in", an ordinal's st/nd/rd/th, a year's "BC"/"AD"...), and before a
// non-letter or one of the words they allow right after ("of", "this week", an ordinal word).
const CALENDAR_WORD = new RegExp(
  '(?<=^|[^a-z]|on|is|st|xt|of|in|nd|rd|th|be|ad|bc|ce)'
  + '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?'
  + '|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|sun(?:day)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?'
  + '|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|week(?:end|day))'
  + '(?=[^a-z]|$|of|this|last|past|next|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth'
  + '|eleventh|twelfth|thirt|fourt|fift|sixt|sevent|eight|ninet|twent)',
  'gi');

// chrono's own weekday pattern (taken from its parser, so an upgrade cannot make the two differ).
const WEEKDAY_PATTERN = (() => {
  const parser = chrono.en.configuration.createCasualConfiguration(false).parsers
    .find((p) => p.constructor.name === 'ENWeekdayParser');
  if (!parser) throw new Error('commonDates: chrono-node has no ENWeekdayParser');
  return parser.pattern(undefined as never);
})();
const WEEKDAY_NUMBER: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

// Words that may end one of chrono's readings (a time's "10 am", "at night", "in the morning") or
// join two readings ("Monday at 10", "10 on Tuesday", "Monday to Friday"): never next to the weekday.
const JOINING = new Set(['at', 'after', 'before', 'on', 'of', 'to', 'until', 'through', 'till', 'from', 'in',
  'this', 'last', 'past', 'next', 'am', 'pm', 'clock', 'night', 'morning', 'afternoon', 'week']);
// The text left of the weekday ends in a plain word (not after a digit or a dot) and spaces.
const WORD_BEFORE = /(?:^|[^A-Za-z0-9.])([A-Za-z]{2,})[,;:]?\s+$/;
// ... and the word before it, when that word could be a time zone read into an earlier time.
const TWO_WORDS_BEFORE = /(?:^|[^A-Za-z0-9.])([A-Za-z]{2,})\s*,?\s*[A-Za-z]{2,4}[,;:]?\s+$/;
const WORD_AFTER = /^(?:[,;:.]?\s+|['’]s\s+)([A-Za-z]{2,})(?![A-Za-z0-9])/;
// A time zone chrono reads into the weekday itself ("Tuesday (EAT)"): its abbreviations are capitals.
const ZONE_AFTER = /^\s*,?\s*\(?[A-Z]{2,4}\)?(?![A-Za-z0-9_])/;
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
  if (ZONE_AFTER.test(after)) return false;
  if (!DIGIT.test(after)) return true;
  const word = WORD_AFTER.exec(after)?.[1];
  return word !== undefined && !JOINING.has(word.toLowerCase());
}

// Two weekdays join only as a range ("Monday to Friday").
const RANGE_GAP = /^\s*(?:to|-|–|until|through|till)\s*$/i;
// A written ISO or year-first date ("2024-03-05", "2024/3/5") carries a date word of its own.
const DIGIT_DATE = /\d{4}[-/]\d{1,2}[-/]\d/;

/**
 * chrono's readings of `window` when its only calendar words are weekdays (an empty list when
 * chrono would find no date there); undefined when the window needs chrono itself.
 */
export function readCommonWindow(window: string): CommonReading[] | undefined {
  if (DIGIT_DATE.test(window)) return undefined;
  const out: CommonReading[] = [];
  CALENDAR_WORD.lastIndex = 0;
  for (let w = CALENDAR_WORD.exec(window); w; w = CALENDAR_WORD.exec(window)) {
    if (WEEKDAY_NUMBER[w[0].slice(0, 3).toLowerCase()] === undefined) return undefined;
    // As chrono does: each search starts where the last reading ended, on the rest of the text.
    const from = out.length ? out[out.length - 1]!.index + out[out.length - 1]!.text.length : 0;
    const m = WEEKDAY_PATTERN.exec(window.slice(from));
    if (!m) return undefined;
    const index = from + m.index + m[1]!.length; // chrono drops the boundary character its pattern starts with
    const text = m[0].slice(m[1]!.length);
    if (index > w.index || index + text.length <= w.index) return undefined;
    const gap = window.slice(from, index);
    if (!quietBefore(gap) || (out.length && (!quietAfter(gap) || RANGE_GAP.test(gap)))) return undefined;
    out.push({ index, text, weekday: WEEKDAY_NUMBER[w[0].slice(0, 3).toLowerCase()]! });
    CALENDAR_WORD.lastIndex = index + text.length;
  }
  const last = out[out.length - 1];
  if (last && !quietAfter(window.slice(last.index + last.text.length))) return undefined;
  return out;
}
