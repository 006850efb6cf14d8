// The view's state lives in the URL hash (#event_type=Battles&event_date=2024-01-01|2024-03-31&event=ev_…)
// so a view can be shared. Keys are the API's own parameter names (ACLED's), passed through as is.

export interface ViewState {
  event_type: string;
  sub_event_type: string;
  country: string;
  actor1: string;
  /** Minimum fatalities, as typed. */
  fatalities: string;
  claim: string;
  q: string;
  /** Inclusive ISO days; empty when open. */
  from: string;
  to: string;
  /** The event open in the pane. */
  event: string;
}

const FILTER_KEYS = ['event_type', 'sub_event_type', 'country', 'actor1', 'fatalities', 'claim', 'q'] as const;

export function emptyState(): ViewState {
  return { event_type: '', sub_event_type: '', country: '', actor1: '', fatalities: '', claim: '', q: '', from: '', to: '', event: '' };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseHash(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state = emptyState();
  for (const key of FILTER_KEYS) state[key] = params.get(key) ?? '';
  const [from = '', to = ''] = (params.get('event_date') ?? '').split('|');
  const where = params.get('event_date_where');
  state.from = DAY.test(from) && where !== '<=' ? from : '';
  state.to = DAY.test(to) ? to : where === '<=' && DAY.test(from) ? from : '';
  state.event = params.get('event') ?? '';
  return state;
}

/** The API query for a state: its filters, with or without the date range (the histogram shows all dates). */
export function filterParams(state: ViewState, withDates = true): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (state[key].trim()) params.set(key, state[key].trim());
  if (!withDates) return params;
  if (state.from && state.to) params.set('event_date', `${state.from}|${state.to}`);
  else if (state.from || state.to) {
    params.set('event_date', state.from || state.to);
    params.set('event_date_where', state.from ? '>=' : '<=');
  }
  return params;
}

export function toHash(state: ViewState): string {
  const params = filterParams(state);
  if (state.event) params.set('event', state.event);
  const text = params.toString();
  return text ? `#${text}` : '';
}
