/** The evaluation as aligned plain-text tables, and the same numbers as JSON. */
import type { EvalError, Ratio, Scores } from './score.js';
import { FIELDS } from './types.js';

/** Rows of cells (the first a header) as padded columns; a column of numbers is right-aligned, header too. */
export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const numeric = rows[0]!.map((_, c) => c > 0 && rows.slice(1).every((r) => /^([\d.%/]*|n\/a)$/.test(r[c] ?? '')));
  return rows
    .map((r) => r.map((cell, c) => (numeric[c] ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd())
    .join('\n');
}

const pct = (rate: number | null) => (rate === null ? 'n/a' : `${(rate * 100).toFixed(1)}%`);
const frac = (r: Ratio) => `${r.correct}/${r.total}`;

/** Column heads of the confusion table: the first word of each type keeps the table narrow. */
const short = (type: string) => type.split(/[ /]/)[0]!;

export function formatReport(gold: string, s: Scores, errors: EvalError[] | null): string {
  const out: string[] = [];
  out.push(`sitrep eval: ${gold} (${s.format === 'acled-csv' ? 'ACLED CSV' : 'gold JSONL'})`);
  out.push(`${s.articles} articles, ${s.gold_events} gold events (${s.must_events} must), ${s.predicted} predicted`);
  out.push('');
  out.push(table([
    ['events', 'correct', 'rate'],
    ['recall (must)', frac(s.recall), pct(s.recall.rate)],
    ['precision', frac(s.precision), pct(s.precision.rate)],
    ['F1', '', pct(s.f1)],
  ]));
  out.push(`false positives ${s.false_positives}; not counted (must:false events reported) ${s.excused}`);
  out.push('');
  out.push(`fields over ${s.fields.event_type.total} matched pairs`);
  out.push(table([['field', 'correct', 'accuracy'], ...FIELDS.map((f) => [f, frac(s.fields[f]), pct(s.fields[f].rate)])]));
  const x = s.exactPlaces;
  if (x) out.push(`at the named place itself (geo_precision 1, ${x.location.total} pairs): location ${frac(x.location)} ${pct(x.location.rate)}, country ${frac(x.country)} ${pct(x.country.rate)}`);
  out.push('');
  out.push('event types: gold rows, predicted columns');
  const c = s.confusion;
  out.push(c.rows.length === 0 ? '(no events)' : table([['gold \\ predicted', ...c.columns.map(short)], ...c.rows.map((r, i) => [r, ...c.counts[i]!.map(String)])]));
  if (errors) {
    out.push('');
    out.push(`errors (${errors.length})`);
    for (const e of errors) {
      const what = e.kind === 'wrong_field' ? `wrong ${e.field}` : e.kind === 'missed' ? 'missed' : 'false positive';
      // An ACLED row's gold id is its article id: print it once.
      const tag = e.gold_id && e.gold_id !== e.article_id ? ` [${e.gold_id}]` : '';
      out.push(`- ${e.article_id}${tag} ${what}: expected ${e.expected}; got ${e.got}`);
      out.push(`    "${e.evidence}"`);
    }
  }
  return out.join('\n') + '\n';
}

/** The JSON form: the same numbers (rates as fractions 0..1), with the error list when asked for. */
export function reportJson(gold: string, s: Scores, errors: EvalError[] | null): object {
  return { gold, ...s, ...(errors ? { errors } : {}) };
}
