// The event list beside the map: every matching event, located or not; a click opens the event pane.
import type { ConflictEvent } from './api.js';
import { byId, el } from './dom.js';
import { typeColour } from './colours.js';

/** Rows drawn at once; past this the summary says how many more there are. */
const MAX_ROWS = 1000;

export function showList(events: ConflictEvent[], total: number, onSelect: (id: string) => void): void {
  const list = byId<HTMLOListElement>('event-list');
  const unplaced = events.filter((e) => e.latitude === null || e.longitude === null).length;
  const shown = events.slice(0, MAX_ROWS);
  byId('list-summary').textContent = `${total} event${total === 1 ? '' : 's'}`
    + (unplaced ? ` (${unplaced} without coordinates, not on the map)` : '')
    + (total > shown.length ? `; the first ${shown.length} are listed` : '');
  list.replaceChildren(...shown.map((e) => row(e, onSelect)));
}

function row(e: ConflictEvent, onSelect: (id: string) => void): HTMLLIElement {
  const swatch = el('span', 'swatch');
  swatch.style.backgroundColor = typeColour(e.event_type);
  const place = [e.location, e.admin1, e.country].filter(Boolean).join(', ') || 'place unknown';
  const deaths = e.fatalities === null ? '' : `${e.fatalities} killed`;
  const button = el('button', 'event-row',
    el('span', 'row-head', swatch, el('span', 'row-date', e.event_date ?? 'date unknown'), el('span', 'row-type', e.sub_event_type)),
    el('span', 'row-place', place),
    el('span', 'row-meta', [e.actor1, deaths].filter(Boolean).join(' · ')));
  button.type = 'button';
  button.addEventListener('click', () => onSelect(e.event_id));
  const item = el('li', null, button);
  item.dataset.eventId = e.event_id;
  item.dataset.eventType = e.event_type;
  item.dataset.eventDate = e.event_date ?? '';
  return item;
}

export function markSelected(id: string): void {
  for (const item of byId('event-list').querySelectorAll<HTMLElement>('li')) {
    item.classList.toggle('selected', item.dataset.eventId === id);
  }
}
