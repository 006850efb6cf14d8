/** Date windows for gold events and predictions: every date becomes its first and last possible day. */
import type { ConflictEvent } from '../model/event.js';
import type { DateWindow } from './types.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isDay(s: string): boolean {
  if (!DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function shift(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function lastOfMonth(ym: string): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" as a window; null when it is none of them. */
export function windowOf(s: string): DateWindow | null {
  if (/^\d{4}$/.test(s)) return { from: `${s}-01-01`, to: `${s}-12-31`, label: s };
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(s)) return { from: `${s}-01`, to: lastOfMonth(s), label: s };
  if (isDay(s)) return { from: s, to: s, label: s };
  return null;
}

/** A gold JSONL `date`: null, a partial date, a day, or [from, to]. Undefined = malformed. */
export function goldDate(v: unknown): DateWindow | null | undefined {
  if (v === null) return null;
  if (typeof v === 'string') return windowOf(v) ?? undefined;
  if (Array.isArray(v) && v.length === 2 && v.every((d) => typeof d === 'string' && isDay(d)) && v[0] <= v[1]) {
    return { from: v[0], to: v[1], label: `${v[0]}..${v[1]}` };
  }
  return undefined;
}

/**
 * ACLED's event_date with its time_precision. 1: that day. 2: ACLED only knew the week, and its
 * codebook does not fix which day of it was written, so six days either side. 3: the month.
 */
export function acledWindow(day: string, precision: 1 | 2 | 3): DateWindow {
  if (precision === 1) return { from: day, to: day, label: day };
  if (precision === 2) return { from: shift(day, -6), to: shift(day, 6), label: `${day} ±6 days` };
  const m = windowOf(day.slice(0, 7))!;
  return { ...m, label: `${day.slice(0, 7)} (month)` };
}

/** A prediction's window: its date_range, else what its event_date spans, else null. */
export function predictedWindow(e: Pick<ConflictEvent, 'event_date' | 'date_range'>): DateWindow | null {
  if (e.date_range) {
    const [from, to] = e.date_range;
    return { from, to, label: from === to ? from : `${from}..${to}` };
  }
  return e.event_date === null ? null : windowOf(e.event_date);
}

/**
 * The date rule. A dated gold needs the predicted window inside its own. A gold of null (the
 * source cannot resolve a date) accepts any answer that does not claim one exact day.
 */
export function dateAgrees(gold: DateWindow | null, pred: Pick<ConflictEvent, 'event_date' | 'date_range' | 'date_precision'>,
  rule: 'window' | 'point' = 'window'): boolean {
  const p = rule === 'point' && pred.event_date !== null ? windowOf(pred.event_date) : predictedWindow(pred);
  if (gold === null) return pred.date_precision !== 'day' && (p === null || p.from !== p.to);
  return p !== null && p.from >= gold.from && p.to <= gold.to;
}

/** ACLED writes ISO days, or "13 January 2018" / "13-January-2018" in some exports. */
export function acledDay(s: string): string | null {
  const t = s.trim();
  if (isDay(t)) return t;
  const m = /^(\d{1,2})[\s-]([A-Za-z]+)[\s-](\d{4})$/.exec(t);
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1;
  const day = `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return month > 0 && isDay(day) ? day : null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
