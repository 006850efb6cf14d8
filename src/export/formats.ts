import { ACLED_CSV_COLUMNS, eventToAcledRow, toCsvLine } from '../model/acledColumns.js';
import type { ConflictEvent } from '../model/event.js';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'geojson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Streams events out in one of the export formats. Each writer is fed events as they come, so a
 * million-row export never sits in memory; GeoJSON is a FeatureCollection written piece by piece.
 */
export function eventWriter(format: ExportFormat, write: (chunk: string) => void) {
  let count = 0;
  return {
    event(e: ConflictEvent): void {
      if (format === 'jsonl') write(JSON.stringify(e) + '\n');
      else if (format === 'csv') {
        if (count === 0) write(toCsvLine(ACLED_CSV_COLUMNS) + '\n');
        const row = eventToAcledRow(e);
        write(toCsvLine(ACLED_CSV_COLUMNS.map((c) => row[c])) + '\n');
      } else {
        write((count === 0 ? '{"type":"FeatureCollection","features":[\n' : ',\n') + JSON.stringify(toFeature(e)));
      }
      count += 1;
    },
    end(): void {
      if (format === 'csv' && count === 0) write(toCsvLine(ACLED_CSV_COLUMNS) + '\n');
      if (format === 'geojson') write(count === 0 ? '{"type":"FeatureCollection","features":[]}\n' : '\n]}\n');
    },
  };
}

/** An event as a GeoJSON Feature; an event with no coordinates has a null geometry, as GeoJSON allows. */
export function toFeature(e: ConflictEvent) {
  const geometry = e.latitude !== null && e.longitude !== null
    ? { type: 'Point', coordinates: [e.longitude, e.latitude] } : null;
  const { evidence: _evidence, sources: _sources, ...properties } = e;
  return { type: 'Feature', id: e.event_id, geometry, properties };
}
