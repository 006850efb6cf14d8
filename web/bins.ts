// Day arithmetic and binning for the histogram, on whole UTC days (no time zones in event dates).
import type { DayCount } from './api.js';

const MS_PER_DAY = 86_400_000;
const MIN_DAYS = 14;

export interface Bin { from: number; to: number; total: number; byType: Record<string, number> }

/** Days since 1970-01-01 for YYYY-MM-DD, YYYY-MM (its first day) or YYYY (January 1st). */
export function dayNumber(date: string): number {
  const [y = '1970', m = '01', d = '01'] = date.split('-');
  return Math.floor(Date.UTC(Number(y), Number(m) - 1, Number(d)) / MS_PER_DAY);
}

export function dayString(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Bin width in days: a day up to four months, a week up to three years, else 30 days. */
export function binWidth(spanDays: number): number {
  return spanDays <= 120 ? 1 : spanDays <= 3 * 366 ? 7 : 30;
}

export function binDays(days: DayCount[]): { bins: Bin[]; first: number; last: number } {
  const dated = days.filter((d) => /^\d{4}/.test(d.date));
  if (!dated.length) return { bins: [], first: 0, last: 0 };
  const numbers = dated.map((d) => dayNumber(d.date));
  const [low, high] = [Math.min(...numbers), Math.max(...numbers)];
  // A few days are spread over two weeks at least, so one day is a bar and not the whole width.
  const first = low - Math.floor(Math.max(0, MIN_DAYS - 1 - (high - low)) / 2);
  const width = binWidth(high - first + 1);
  const bins = new Map<number, Bin>();
  dated.forEach((d, i) => {
    const index = Math.floor((numbers[i]! - first) / width);
    const bin = bins.get(index) ?? { from: first + index * width, to: first + index * width + width - 1, total: 0, byType: {} };
    bin.total += d.count;
    bin.byType[d.event_type] = (bin.byType[d.event_type] ?? 0) + d.count;
    bins.set(index, bin);
  });
  const all = [...bins.values()].sort((a, b) => a.from - b.from);
  return { bins: all, first, last: Math.max(all[all.length - 1]!.to, first + MIN_DAYS - 1) };
}
