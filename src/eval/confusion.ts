/**
 * The event-type confusion table. A gold event accepting two types (ACLED's pre-2019
 * "Riots/Protests") gets its own row, "Protests or Riots", whose columns show which one was chosen.
 */
import { EVENT_TYPES } from '../model/event.js';
import type { Matching } from './match.js';
import { typeLabel } from './taxonomy.js';

export interface Confusion {
  /** Gold labels; "(no gold)" collects false positives. */
  rows: string[];
  /** The six event types, then "missed". */
  columns: string[];
  counts: number[][];
}

const NO_GOLD = '(no gold)', MISSED = 'missed';

/** Counts gold rows against predicted columns: matched pairs, missed must-events, false positives. */
export function confusion(m: Matching): Confusion {
  const columns = [...Object.keys(EVENT_TYPES), MISSED];
  const table = new Map<string, number[]>();
  const add = (row: string, col: string) => {
    if (!table.has(row)) table.set(row, columns.map(() => 0));
    table.get(row)![columns.indexOf(col)]!++;
  };
  for (const p of m.pairs) add(typeLabel(p.gold.event_types), p.pred.event_type);
  for (const g of m.missed) add(typeLabel(g.event_types), MISSED);
  for (const f of m.falsePositives) add(NO_GOLD, f.pred.event_type);
  // Gold rows in taxonomy order, combined labels ("Protests or Riots") after, "(no gold)" last.
  const order = (r: string) => (r === NO_GOLD ? 1e3 : columns.indexOf(r) >= 0 ? columns.indexOf(r) : 100);
  const rows = [...table.keys()].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  return { rows, columns, counts: rows.map((r) => table.get(r)!) };
}

