import type { EventType } from '../src/model/event.js';

/** ACLED's six event types, each with a fixed colour (legend, markers, histogram). */
export const TYPE_COLOURS: Record<EventType, string> = {
  'Battles': '#d7301f',
  'Explosions/Remote violence': '#ff8c00',
  'Violence against civilians': '#7b3294',
  'Protests': '#1f78b4',
  'Riots': '#33a02c',
  'Strategic developments': '#6b6b6b',
};

export const EVENT_TYPE_NAMES = Object.keys(TYPE_COLOURS) as EventType[];

export function typeColour(type: string): string {
  return TYPE_COLOURS[type as EventType] ?? '#999999';
}

/** Marker radius in pixels: area grows with the death toll, so radius with its square root. */
export function markerRadius(fatalities: number | null): number {
  return 5 + 2.2 * Math.sqrt(Math.max(0, fatalities ?? 0));
}
