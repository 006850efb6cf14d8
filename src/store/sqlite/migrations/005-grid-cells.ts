import type { Migration } from './types.js';

// A map view asks for one type in a date window and a box. The covering indexes of migration 3 walk
// every event of that type in the window, wherever it is (~20,000 entries for six months at 1M
// events), to keep the ~200 inside the box. These indexes put a coarse grid cell before the date,
// so the same query reads only the cells under the box. The cell is an index on an expression rather
// than a generated column: SQLite treats only the former as covering, and the INSERT in
// SqliteMerge stays as it is. `gridCells` below must compute exactly what GRID_CELL computes.

export const CELL_DEGREES = 2;
const LON_CELLS = 1000; // more than 360 / CELL_DEGREES + 1, so that no two cells share a number

/** The grid cell of an event's coordinates (NULL without them); queries must repeat it word for word. */
export const GRID_CELL = `(CAST(floor((latitude + 90) / ${CELL_DEGREES}) AS INTEGER) * ${LON_CELLS}`
  + ` + CAST(floor((longitude + 180) / ${CELL_DEGREES}) AS INTEGER))`;

const row = (lat: number) => Math.floor((lat + 90) / CELL_DEGREES);
const col = (lon: number) => Math.floor((lon + 180) / CELL_DEGREES);

/** The cells a box [minLon, minLat, maxLon, maxLat] touches; minLon > maxLon crosses the antimeridian. */
export function gridCells([minLon, minLat, maxLon, maxLat]: [number, number, number, number]): number[] {
  const cols: number[] = [];
  const span = (from: number, to: number) => { for (let c = col(from); c <= col(to); c++) cols.push(c); };
  if (minLon <= maxLon) span(minLon, maxLon);
  else { span(minLon, 180); span(-180, maxLon); }
  const cells: number[] = [];
  for (let r = row(minLat); r <= row(maxLat); r++) for (const c of cols) cells.push(r * LON_CELLS + c);
  return cells;
}

export const migration: Migration = {
  version: 5,
  name: 'grid cell indexes for date + type + bounding-box queries',
  sql: `
    CREATE INDEX events_type_cell ON events(event_type, ${GRID_CELL}, date_to, event_id, date_from, longitude, latitude);
    CREATE INDEX events_cell ON events(${GRID_CELL}, date_to, event_id, date_from, longitude, latitude);
  `,
};
