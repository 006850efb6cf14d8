/** How each side of a wrong field is shown in the error listing. */
import type { ConflictEvent } from '../model/event.js';
import { predictedWindow } from './dates.js';
import type { Field, GoldEvent } from './types.js';

const show = (v: unknown): string => (v === null || v === undefined ? 'null' : String(v));
const point = (lat: number | null, lon: number | null) => (lat === null || lon === null ? 'no point' : `${lat}, ${lon}`);
const bounds = (low: unknown, best: unknown, high: unknown) => `low ${show(low)} / best ${show(best)} / high ${show(high)}`;

export function expectedText(field: Field, g: GoldEvent): string {
  switch (field) {
    case 'event_type': return g.event_types.join(' or ');
    case 'sub_event_type': return g.sub_event_types.length > 4 ? `any ${g.event_types.join('/')} sub-type` : g.sub_event_types.join(' or ');
    case 'actor1': return show(g.actor1);
    case 'actor2': return show(g.actor2);
    case 'country': return show(g.country);
    case 'location': return g.latitude === null
      ? `${show(g.location)} (anywhere in ${show(g.country)})`
      : `${show(g.location)} (${point(g.latitude, g.longitude)} ±${g.tolerance_km} km)`;
    case 'date': return g.date?.label ?? 'null (no single day)';
    case 'fatalities':
      if (g.fatality_rule === 'acled') return String(g.fatalities?.best ?? 0);
      return g.fatalities ? bounds(g.fatalities.low, g.fatalities.best, g.fatalities.high) : 'null';
  }
}

export function gotText(field: Field, p: ConflictEvent): string {
  switch (field) {
    case 'event_type': return p.event_type;
    case 'sub_event_type': return p.sub_event_type;
    case 'actor1': return show(p.actor1);
    case 'actor2': return show(p.actor2);
    case 'country': return show(p.country);
    case 'location': return `${show(p.location)} (${point(p.latitude, p.longitude)}; ${show(p.country)})`;
    case 'date': return `${predictedWindow(p)?.label ?? 'null'} (${p.date_precision})`;
    case 'fatalities': return bounds(p.fatalities_low, p.fatalities, p.fatalities_high);
  }
}
