// Publication dates: normalising metadata values and spotting datelines at the top of a text.
// chrono's strict parser only reads formal dates ("April 20, 2018", "2018-04-20"), never "today";
// a year is always required, because a year-less date would be guessed from the clock.
import * as chrono from 'chrono-node';

// Naive times ("10:32" with no zone) are read as UTC so that results never depend on the machine's TZ.
const REF = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 'UTC' };
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
const HAS_ZONE = /(?:[zZ]|[+-]\d{2}:?\d{2})$/;
const HAS_YEAR = /\b(?:1[89]|2\d)\d\d\b/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** A parsed date as ISO: `YYYY-MM-DD` when only the day is known, full UTC date-time when a time is. */
function fromChrono(result: chrono.ParsedResult): string | null {
  const s = result.start;
  if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) return null;
  if (s.isCertain('hour')) return s.date().toISOString();
  return `${pad(s.get('year') ?? 0, 4)}-${pad(s.get('month') ?? 0)}-${pad(s.get('day') ?? 0)}`;
}

/** `YYYY-MM-DD` as is when it names a real day (no 30 February), else null. */
function isoDay(t: string): string | null {
  const [y, m, d] = t.split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d ? t : null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
const MONTH_FIRST = new RegExp(`^${WEEKDAY}${MONTH}\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})$`, 'i');
const DAY_FIRST = new RegExp(`^${WEEKDAY}(\\d{1,2})\\s+${MONTH}\\.?,?\\s+(\\d{4})$`, 'i');

/** A day written out in words ("March 5, 2024", "Tue 5 March 2024") without chrono; undefined when
 * the text has another shape, null when it names no real day. */
function plainDate(t: string): string | null | undefined {
  const mf = MONTH_FIRST.exec(t);
  const df = mf ? null : DAY_FIRST.exec(t);
  if (!mf && !df) return undefined;
  const [month, day, year] = mf ? [mf[1]!, mf[2]!, mf[3]!] : [df![2]!, df![1]!, df![3]!];
  return isoDay(`${year}-${pad(MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1)}-${pad(Number(day))}`);
}

/** Parses `text` only when a date covers all of it (bar trailing punctuation); null otherwise. */
function wholeDate(text: string): string | null {
  const t = text.trim().replace(/[\s.,;:—–-]+$/, '');
  if (ISO_DAY.test(t)) return isoDay(t); // the commonest dateline needs no chrono
  if (t.length < 6 || t.length > 60 || !HAS_YEAR.test(t)) return null;
  const plain = plainDate(t); // nor do "March 5, 2024" and "5 March 2024"
  if (plain !== undefined) return plain;
  const [result] = chrono.strict.parse(t, REF);
  if (!result || result.index !== 0 || result.text.length !== t.length) return null;
  return fromChrono(result);
}

/** Normalises a metadata date (ISO, RFC 2822, "April 20, 2018"...) to ISO; null when it does not parse. */
export function normaliseDate(raw: string): string | null {
  const t = raw.trim();
  if (ISO_DAY.test(t)) return isoDay(t);
  if (ISO_TIME.test(t)) {
    const date = new Date(HAS_ZONE.test(t) ? t.replace(' ', 'T') : `${t.replace(' ', 'T')}Z`);
    return Number.isNaN(date.getTime()) ? null : date.toISOString();
  }
  return wholeDate(t);
}

// "MOSUL, Iraq, April 20, 2018 (Reuters) —": a capitalised place, up to two regions, the date,
// an optional agency in brackets, then a dash. The date part must itself be a whole date.
const WIRE = /^[A-Z][A-Za-z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,40}){0,2},\s*(.{6,60}?)\s*(?:\([^)]{1,40}\)\s*)?[—–-]{1,2}(?:\s|$)/;

/** The ISO date a dateline line carries, or null when the line is not a dateline. */
export function datelineDate(line: string): string | null {
  // Cheap filters first: most lines carry no four-digit year and never reach chrono.
  if (!HAS_YEAR.test(line)) return null;
  const whole = wholeDate(line);
  if (whole) return whole;
  const wire = WIRE.exec(line.trimStart());
  return wire?.[1] ? wholeDate(wire[1]) : null;
}

/** The first three non-empty lines of a text, found without splitting the whole of it. */
export function headLines(text: string, count = 3): string[] {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < count && start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    if (line) lines.push(line);
    start = end + 1;
  }
  return lines;
}

/** The date of the first dateline among the first three non-empty lines, or null. */
export function findDateline(text: string): string | null {
  for (const line of headLines(text)) {
    const date = datelineDate(line);
    if (date) return date;
  }
  return null;
}

/**
 * Where the dateline stands in the text (the whole date line, or a wire dateline's prefix up to its
 * dash), so that extraction does not read the publication date as the date of an event.
 */
export function datelineSpan(text: string): { start: number; end: number } | null {
  let start = 0;
  for (let n = 0; n < 3 && start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const lead = line.length - line.trimStart().length;
    if (line.trim()) {
      n += 1;
      if (HAS_YEAR.test(line)) {
        if (wholeDate(line.trim())) return { start: start + lead, end: start + line.trimEnd().length };
        const wire = WIRE.exec(line.trimStart());
        if (wire?.[1] && wholeDate(wire[1])) return { start: start + lead, end: start + lead + wire[0].length };
      }
    }
    start = end + 1;
  }
  return null;
}
