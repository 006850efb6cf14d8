// Calendar arithmetic and the date expressions chrono-node misses or misreads ("last August",
// "last week" as a calendar week, bare years, "in recent days", d/m/yyyy order).
// Dates are whole days counted from 1970-01-01 on the UTC calendar, so the machine's time zone
// can never shift a day.

export type Day = number;
export type Precision = 'day' | 'week' | 'month' | 'year';
/** What a date expression means: an inclusive run of days and how precise the words were. */
export interface Period {
  precision: Precision;
  from: Day;
  to: Day;
}
/** A recognised expression; `period` is null when it needs a publication date that is missing. */
export interface Found {
  start: number;
  end: number;
  period: Period | null;
}

const MS_PER_DAY = 86_400_000;
export const dayOf = (y: number, m: number, d: number): Day => Date.UTC(y, m - 1, d) / MS_PER_DAY;
// Formatting a Date costs more than the rest of a date's reading, and an article's dates are few.
const ISO_DAYS = new Map<Day, string>();
export const isoDay = (day: Day): string => {
  let iso = ISO_DAYS.get(day);
  if (iso === undefined) {
    if (ISO_DAYS.size >= 4096) ISO_DAYS.clear();
    ISO_DAYS.set(day, (iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10)));
  }
  return iso;
};
export function ymd(day: Day): [number, number, number] {
  const d = new Date(day * MS_PER_DAY);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}
/** 0 = Sunday, as Date#getUTCDay. */
export const weekdayOf = (day: Day): number => new Date(day * MS_PER_DAY).getUTCDay();
/** Weeks run Monday to Sunday (ISO 8601). */
export const mondayOf = (day: Day): Day => day - ((weekdayOf(day) + 6) % 7);

/** The day, or null when it does not exist (31 April, 29 February 2023). */
export function validDay(y: number, m: number, d: number): Day | null {
  const day = dayOf(y, m, d);
  const [yy, mm, dd] = ymd(day);
  return yy === y && mm === m && dd === d ? day : null;
}

export const dayPeriod = (day: Day): Period => ({ precision: 'day', from: day, to: day });
export const monthPeriod = (y: number, m: number): Period =>
  ({ precision: 'month', from: dayOf(y, m, 1), to: dayOf(y, m + 1, 0) });
export const yearPeriod = (y: number, last = y): Period =>
  ({ precision: 'year', from: dayOf(y, 1, 1), to: dayOf(last, 12, 31) });

/** A free run of days gets the precision its length deserves (ACLED: 2 = a few days to a week). */
export function spanPeriod(from: Day, to: Day): Period {
  const days = to - from;
  const precision = days === 0 ? 'day' : days <= 14 ? 'week' : days <= 92 ? 'month' : 'year';
  return { precision, from, to };
}

/** Same day of month n months away, clamped to the month's end (31 March - 1 month = 29 February). */
function addMonths(day: Day, n: number): Day {
  const [y, m, d] = ymd(day);
  const last = ymd(dayOf(y, m + n + 1, 0))[2];
  return dayOf(y, m + n, Math.min(d, last));
}

type Unit = 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade';
function back(day: Day, n: number, unit: Unit): Day {
  switch (unit) {
    case 'hour': return day - Math.ceil(n / 24);
    case 'day': return day - n;
    case 'week': return day - 7 * n;
    case 'month': return addMonths(day, -n);
    case 'year': return addMonths(day, -12 * n);
    case 'decade': return addMonths(day, -120 * n);
  }
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, couple: 2,
};
/** Vague counts ("a few", "several", "recent") are read as about three units; null = vague. */
const VAGUE = 3;
function count(words: string | undefined): number | null {
  if (!words) return null;
  const w = words.toLowerCase().replace(/^a\s+(?=couple)/, '').replace(/\s+of$/, '');
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS[w] ?? null;
}
const unitOf = (word: string): Unit => word.toLowerCase().replace(/s$/, '') as Unit;

const N = String.raw`(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:a\s+)?couple(?:\s+of)?|a\s+few|few|several)`;
const UNIT = String.raw`(hours?|days?|weeks?|months?|years?|decades?)`;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
const MONTH = `(${MONTHS.join('|')})`;
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const YEAR = '((?:19|20)\\d{2})';
const monthNumber = (name: string): number => MONTHS.indexOf(name) + 1;

/** Most recent Saturday on or before `latest`, and its weekend cut at publication. */
function weekend(latest: Day, p: Day): Period {
  const saturday = latest - ((weekdayOf(latest) + 1) % 7);
  return { precision: 'week', from: saturday, to: Math.min(saturday + 1, p) };
}

// `needs`: words (lower case) one of which every match contains, so a sentence without any of them
// skips the pattern: most sentences name no relative date, and a scan costs more than indexOf.
/** A pattern and what a match means; undefined = not a date after all. */
type Recognizer =
  | { needs: string[]; re: RegExp; relative: true; resolve(m: RegExpExecArray, p: Day): Period | undefined }
  | { needs: string[]; re: RegExp; relative: false; resolve(m: RegExpExecArray, p: Day | null, sentence: string): Period | undefined };
// Every year these patterns read is written 19xx or 20xx.
const YEAR_DIGITS = ['19', '20'];

// A bare year counts only after words that make it a date ("in 2014", "the 2014 fall of Mosul")
// or before "'s", never before a counted noun or a unit ("the 2000 fighters", "2014 km").
const SINCE_BEFORE = /\b(?:since|from)\s+$/i;
const UNTIL_AFTER = /^\s*(?:to|until|till|through|and|-|–)\b/i;
const YEAR_BEFORE = /(?:\b(?:in|since|of|during|until|till|by|from|through|throughout|before|after|between|and|to|or|the|spring|summer|autumn|fall|winter|year)\s+|\bmid-)$/i;
/** A counted noun or a unit right after a number: the number is a count, not a date part. */
export const COUNTED = /^\s*(?:(?:people|persons|civilians|troops|soldiers|fighters|militants|rebels|men|women|children|families|homes|houses|buildings|refugees|prisoners|detainees|dead|deaths|killed|wounded|casualties|rounds|shells|rockets|missiles|drones|vehicles|tons?|tonnes|km|miles?|met(?:er|re)s?|m|kg|dollars|euros|per\s*cent|percent|hours?|minutes?|seconds?|votes|members)\b|kilomet|%)/i;

const RECOGNIZERS: Recognizer[] = [
  { // today, yesterday, last night, overnight (the night before publication: dated the day before)
    needs: ['yesterday', 'today', 'tomorrow', 'morning', 'afternoon', 'evening', 'night'],
    re: new RegExp(String.raw`\b(?:the\s+day\s+before\s+yesterday|(?:early|late|earlier)\s+(?:yesterday|today)|yesterday(?:\s+(?:morning|afternoon|evening))?|today|tonight|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night|(?<!(?:day|night)\s+)overnight(?!\s+(?:on\s+|into\s+|to\s+)?${WEEKDAY}))\b`, 'gi'),
    relative: true,
    resolve(m, p) {
      const t = m[0].toLowerCase();
      const shift = t.includes('before yesterday') ? -2
        : /yesterday|night|overnight/.test(t) && t !== 'tonight' ? -1 : t === 'tomorrow' ? 1 : 0;
      return dayPeriod(p + shift);
    },
  },
  { // "three days ago", "a week ago", "a few months ago"
    needs: ['ago'],
    re: new RegExp(String.raw`\b(?:${N}\s+)?${UNIT}\s+ago\b`, 'gi'),
    relative: true,
    resolve(m, p) {
      const n = count(m[1]);
      const unit = unitOf(m[2]!);
      if (unit === 'hour') return dayPeriod(p);
      if (n === null) return spanPeriod(back(p, VAGUE, unit), back(p, 1, unit));
      const day = back(p, n, unit);
      if (unit === 'day') return dayPeriod(day);
      if (unit === 'week') return { precision: 'week', from: mondayOf(day), to: mondayOf(day) + 6 };
      const [y, mo] = ymd(day);
      return unit === 'month' ? monthPeriod(y, mo) : yearPeriod(y);
    },
  },
  { // rolling windows ending at publication: "the past week", "over the last 24 hours", "past few days"
    // (not "the last week of March", which is about March)
    needs: ['past', 'last', 'recent'],
    re: new RegExp(String.raw`\b(?:(?:the\s+)?past|the\s+last)\s+(?:${N}\s+)?${UNIT}\b(?!\s+of\b)|\blast\s+${N}\s+${UNIT}\b|\b(?:in\s+)?recent\s+(days|weeks|months)\b`, 'gi'),
    relative: true,
    resolve(m, p) {
      const unitWord = m[2] ?? m[4] ?? m[5]!;
      const words = m[1] ?? m[3];
      const n = m[5] ? VAGUE : words ? (count(words) ?? VAGUE) : 1;
      return spanPeriod(back(p, n, unitOf(unitWord)), p);
    },
  },
  { needs: ['recently'], re: /\brecently\b/gi, relative: true, resolve: (_m, p) => spanPeriod(p - 7, p) },
  { // calendar periods before the current one: "last week" = Monday to Sunday of the previous week
    needs: ['last'],
    re: /\b(?<!\bthe\s+)last\s+(week|weekend|month|year)\b/gi,
    relative: true,
    resolve(m, p) {
      const [y, mo] = ymd(p);
      switch (m[1]!.toLowerCase()) {
        case 'week': return { precision: 'week', from: mondayOf(p) - 7, to: mondayOf(p) - 1 };
        case 'weekend': return weekend(p - 2, p); // a weekend that is over: its Sunday is before publication
        case 'month': return monthPeriod(mo === 1 ? y - 1 : y, mo === 1 ? 12 : mo - 1);
        default: return yearPeriod(y - 1);
      }
    },
  },
  { // the current period up to publication: "earlier this week", "this month", "so far this year"
    needs: ['this'],
    re: /\b(?<!\blater\s+)(?:(?:earlier|early)\s+)?this\s+(week|month|year)\b/gi,
    relative: true,
    resolve(m, p) {
      const [y, mo] = ymd(p);
      const unit = m[1]!.toLowerCase();
      const from = unit === 'week' ? mondayOf(p) : unit === 'month' ? dayOf(y, mo, 1) : dayOf(y, 1, 1);
      return { precision: unit as Precision, from, to: p };
    },
  },
  { // "over the weekend", "this weekend": the latest Saturday on or before publication
    needs: ['weekend'],
    re: /\b(?:the|this(?:\s+past)?)\s+weekend\b/gi,
    relative: true,
    resolve: (_m, p) => weekend(p, p),
  },
  { // "last August": chrono does not read it; the most recent August strictly before the publication month
    needs: ['last'],
    re: new RegExp(String.raw`\b[Ll]ast\s+${MONTH}\b`, 'g'),
    relative: true,
    resolve(m, p) {
      const [y, mo] = ymd(p);
      const month = monthNumber(m[1]!);
      return monthPeriod(month < mo ? y : y - 1, month);
    },
  },
  { // "August last year", "in May this year"
    needs: ['year'],
    re: new RegExp(String.raw`\b${MONTH}\s+(?:of\s+)?(last|this)\s+year\b`, 'g'),
    relative: true,
    resolve(m, p) {
      const y = ymd(p)[0];
      return monthPeriod(m[2]!.toLowerCase() === 'last' ? y - 1 : y, monthNumber(m[1]!));
    },
  },
  { // year spans: "between 2014 and 2016", "from 2014 to 2016", "2014-16"
    needs: YEAR_DIGITS,
    re: new RegExp(String.raw`\b(?:between|from)\s+${YEAR}\s+(?:and|to|until|till|through)\s+${YEAR}\b|\b${YEAR}\s*[-–]\s*((?:19|20)?\d{2})\b(?![-/.]\d)`, 'gi'),
    relative: false,
    resolve(m) {
      const first = Number(m[1] ?? m[3]);
      const second = m[2] ?? m[4]!;
      const last = second.length === 2 ? Math.floor(first / 100) * 100 + Number(second) : Number(second);
      return last > first && last - first < 50 ? yearPeriod(first, last) : undefined;
    },
  },
  { // decades: "the 1990s", "the early 2000s"
    needs: YEAR_DIGITS,
    re: /\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?((?:19|20)\d0)'?s\b/gi,
    relative: false,
    resolve: (m) => yearPeriod(Number(m[1]), Number(m[1]) + 9),
  },
  { // bare years: "in 2014", "since 2014", "early 2015", "the 2014 fall of Mosul"
    needs: YEAR_DIGITS,
    re: /(?<![\d.,:/$-])\b(?:(?:early|mid|late)[\s-]+)?((?:19|20)\d{2})\b(?![-/.:]\d|,\d{3})/gi,
    relative: false,
    resolve(m, p, sentence) {
      const qualified = m[0].length > 4;
      const before = sentence.slice(Math.max(0, m.index - 16), m.index);
      const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (!qualified && !YEAR_BEFORE.test(before) && !/^['’]s\b/.test(after)) return undefined;
      if (COUNTED.test(after)) return undefined;
      // "since 2014", "from 2009" with no end: the years up to publication, a period rather than a year.
      // With no publication date, it still runs past its first year.
      if (SINCE_BEFORE.test(before) && !UNTIL_AFTER.test(after)) {
        const y = Number(m[1]);
        return yearPeriod(y, p === null ? y + 1 : Math.max(y, ymd(p)[0]));
      }
      return yearPeriod(Number(m[1]));
    },
  },
  { // d/m/yyyy or m/d/yyyy: the order forced by a part over 12, else the reading nearest before publication
    needs: YEAR_DIGITS,
    re: /(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d{2})(?![\d/]|\.\d)/g,
    relative: false,
    resolve(m, p) {
      const [a, b, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
      const dayFirst = validDay(y, b, a);
      const monthFirst = validDay(y, a, b);
      const options = [dayFirst, monthFirst].filter((d): d is Day => d !== null);
      if (options.length === 0) return undefined;
      const past = p === null ? [] : options.filter((d) => d <= p);
      const day = p === null ? options[0]! : past.length ? Math.max(...past) : Math.min(...options);
      return dayPeriod(day);
    },
  },
];

const NEED_WORDS = [...new Set(RECOGNIZERS.flatMap((r) => r.needs))];
const NEEDS = RECOGNIZERS.map((r) => r.needs.map((w) => NEED_WORDS.indexOf(w)));

/** Every expression the recognizers find, overlapping ones included (the caller keeps the longest).
 * `prefilter: false` runs every pattern whatever words the sentence has (for tests). */
export function findRelativeDates(sentence: string, p: Day | null, prefilter = true): Found[] {
  const found: Found[] = [];
  // (Without the u flag, only ASCII letters match the patterns' ASCII letters case-blind, and the
  // lower case of an ASCII letter is ASCII: a match's words are in the lower-cased sentence.)
  const lower = sentence.toLowerCase();
  // Words shared by several recognizers ('last', '19', '20') are looked for once: 0 = not yet, 1 = no, 2 = yes.
  const seen = new Uint8Array(NEED_WORDS.length);
  const present = (i: number): boolean => (seen[i] ||= lower.includes(NEED_WORDS[i]!) ? 2 : 1) === 2;
  for (let k = 0; k < RECOGNIZERS.length; k++) {
    const r = RECOGNIZERS[k]!;
    if (prefilter && !NEEDS[k]!.some(present)) continue;
    r.re.lastIndex = 0;
    for (let m = r.re.exec(sentence); m; m = r.re.exec(sentence)) {
      // A relative expression without a publication date keeps its words but means nothing yet.
      const period = !r.relative ? r.resolve(m, p, sentence) : p === null ? null : r.resolve(m, p);
      if (period !== undefined) found.push({ start: m.index, end: m.index + m[0].length, period });
    }
  }
  return found;
}

/** Cheap pre-check for the words these recognizers need. */
export const RELATIVE_HINT = /yesterday|today|tonight|tomorrow|overnight|recent|\bago\b|\bweek|\bmonth|\byear|\bdecade|\bdays\b|\bhours\b|night\b|morning|afternoon|evening|(?:19|20)\d\d|\d[/.]\d/i;
