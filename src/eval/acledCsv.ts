/**
 * Reads an ACLED CSV export as an evaluation set: each row is one article (its `notes`, published
 * on its `event_date`) holding one must-event, the human coder's. Columns are found by header
 * name, so exports with more, fewer or reordered columns read the same.
 */
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { UserError } from '../errors.js';
import { repairMojibake } from '../ingest/mojibake.js';
import { acledDay, acledWindow } from './dates.js';
import { acceptedFor } from './taxonomy.js';
import type { EvalArticle, EvalSet, GoldEvent } from './types.js';

/** ACLED rows carry no tolerance; 25 km allows for the gazetteer's point of a town versus ACLED's. */
export const ACLED_TOLERANCE_KM = 25;

const REQUIRED = ['event_type', 'event_date', 'notes'];

type Row = Record<string, string | undefined>;

const cell = (row: Row, k: string): string | null => {
  const v = row[k]?.trim();
  return v ? v : null;
};

function number(row: Row, k: string, whole: boolean): number | null {
  const v = cell(row, k);
  if (v === null) return null;
  const n = Number(v);
  if (!Number.isFinite(n) || (whole && !Number.isInteger(n))) throw new Error(`${k} "${v}" is not a ${whole ? 'whole ' : ''}number`);
  return n;
}

/** One row as an article and its gold event; `id` is already unique in the file. */
export function acledRow(row: Row, id: string): { article: EvalArticle; gold: GoldEvent } {
  const rawDate = cell(row, 'event_date') ?? '';
  const day = acledDay(rawDate);
  if (!day) throw new Error(`event_date "${rawDate}" is not a date`);
  const type = cell(row, 'event_type') ?? '';
  const accepted = acceptedFor(type, cell(row, 'sub_event_type'));
  if (!accepted) throw new Error(`unknown event_type/sub_event_type "${type}"/"${cell(row, 'sub_event_type') ?? ''}"`);
  const precision = number(row, 'time_precision', true) ?? 1;
  if (precision < 1 || precision > 3) throw new Error(`time_precision ${precision} is not 1, 2 or 3`);
  const latitude = number(row, 'latitude', false), longitude = number(row, 'longitude', false);
  // ACLED writes 0 both for "none died" and for "no count"; 0 stays 0.
  const deaths = number(row, 'fatalities', true) ?? 0;
  const text = repairMojibake(row.notes ?? '').text; // as ingest stores it
  return {
    article: { id, text, published: day, title: null, source: cell(row, 'source'), url: null },
    gold: {
      id, article_id: id, must: true, evidence: null, window: null, ...accepted,
      actor1: cell(row, 'actor1'), actor2: cell(row, 'actor2'),
      country: cell(row, 'country'), admin1: cell(row, 'admin1'), location: cell(row, 'location'),
      latitude: longitude === null ? null : latitude, longitude: latitude === null ? null : longitude,
      tolerance_km: ACLED_TOLERANCE_KM, geo_precision: number(row, 'geo_precision', true),
      date: acledWindow(day, precision as 1 | 2 | 3), date_rule: 'point',
      fatalities: { low: deaths, best: deaths, high: deaths }, fatality_rule: 'acled',
    },
  };
}

const breaks = (s: string) => s.match(/\r\n|\r|\n/g)?.length ?? 0;

/**
 * Reads the export as a stream; a bad row is a one-line UserError "file:line: why". Lines are
 * counted from each record's raw text, as the parser's own count shifts with CRLF line ends and
 * names a note's last line rather than its row's first.
 */
export async function readAcledCsv(file: string): Promise<EvalSet> {
  const input = createReadStream(file);
  const parser = input.pipe(parse({ bom: true, raw: true, skip_empty_lines: true }));
  // pipe() does not forward a read error (a missing file); end the parse with it instead.
  input.on('error', (e) => parser.destroy(e));
  const articles: EvalArticle[] = [];
  const gold: GoldEvent[] = [];
  const seen = new Set<string>();
  let header: string[] | null = null;
  let consumed = 0;
  try {
    for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      const line = 1 + consumed + breaks(/^[\r\n]*/.exec(raw)![0]);
      consumed += breaks(raw);
      if (!header) {
        header = record.map((h) => h.trim());
        const missing = REQUIRED.filter((k) => !header!.includes(k));
        if (!header.includes('event_id_cnty') && !header.includes('data_id')) missing.push('event_id_cnty or data_id');
        if (missing.length) throw new UserError(`${file}: not an ACLED export, missing column(s) ${missing.join(', ')}`);
        continue;
      }
      const row: Row = Object.fromEntries(header.map((h, i) => [h, record[i]]));
      try {
        let id = cell(row, 'event_id_cnty') ?? cell(row, 'data_id') ?? `line ${line}`;
        // Article ids key the matching, so a repeated event id must not merge two rows.
        if (seen.has(id)) id = `${id}#${line}`;
        seen.add(id);
        const { article, gold: event } = acledRow(row, id);
        articles.push(article);
        gold.push(event);
      } catch (e) {
        throw new UserError(`${file}:${line}: ${(e as Error).message}`);
      }
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    // csv-parse errors already name the line; file-system errors name the path.
    throw new UserError(`${file}: ${(e as Error).message.replace(/\s+/g, ' ')}`);
  }
  return { format: 'acled-csv', articles, gold };
}
