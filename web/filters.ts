// The filter panel: a form whose fields carry the API's parameter names. It reads and writes ViewState.
import { EVENT_TYPES } from '../src/model/event.js';
import { byId, el } from './dom.js';
import type { ViewState } from './state.js';

export interface FilterPanel {
  /** Puts a state's values into the form (after a hash change). */
  set(state: ViewState): void;
  /** Adds countries seen in results to the suggestions. */
  suggestCountries(countries: Iterable<string>): void;
}

type Field = HTMLInputElement | HTMLSelectElement;
const NAMES = ['event_type', 'sub_event_type', 'country', 'actor1', 'fatalities', 'claim', 'q', 'from', 'to'] as const;

export function createFilters(onChange: (patch: Partial<ViewState>) => void): FilterPanel {
  const form = byId<HTMLFormElement>('filters');
  const field = (name: string) => form.elements.namedItem(name) as Field;
  const typeSelect = field('event_type') as HTMLSelectElement;
  const subSelect = field('sub_event_type') as HTMLSelectElement;
  const countries = byId<HTMLDataListElement>('countries');
  const known = new Set<string>();

  for (const type of Object.keys(EVENT_TYPES)) typeSelect.append(option(type));
  const fillSubTypes = (type: string, keep: string) => {
    const subs = type ? EVENT_TYPES[type as keyof typeof EVENT_TYPES] ?? [] : Object.values(EVENT_TYPES).flat();
    subSelect.replaceChildren(option('', 'any sub-event type'), ...subs.map((s) => option(s)));
    subSelect.value = subs.includes(keep as never) ? keep : '';
  };
  fillSubTypes('', '');

  const read = (): Partial<ViewState> => Object.fromEntries(NAMES.map((n) => [n, field(n).value.trim()]));
  form.addEventListener('change', (ev) => {
    if (ev.target === typeSelect) fillSubTypes(typeSelect.value, subSelect.value);
    onChange(read());
  });
  form.addEventListener('submit', (ev) => { ev.preventDefault(); onChange(read()); });
  // 'reset' fires before the fields are cleared, so read them on the next turn.
  form.addEventListener('reset', () => setTimeout(() => { fillSubTypes('', ''); onChange(read()); }));

  return {
    set(state) {
      fillSubTypes(state.event_type, state.sub_event_type);
      for (const n of NAMES) if (field(n).value !== state[n]) field(n).value = state[n];
    },
    suggestCountries(names) {
      for (const name of names) {
        if (known.has(name)) continue;
        known.add(name);
        countries.append(option(name));
      }
    },
  };
}

function option(value: string, label = value): HTMLOptionElement {
  const o = el('option', null, label);
  o.value = value;
  return o;
}
