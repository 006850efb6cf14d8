// The page: filters, map, timeline and list show one query; the URL hash holds it, so reloading or
// sharing the URL gives the same view. Every change goes through the hash.
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import './style.css';
import { fetchEvent, fetchEvents, fetchStats } from './api.js';
import { byId, el } from './dom.js';
import { EVENT_TYPE_NAMES, typeColour } from './colours.js';
import { createFilters } from './filters.js';
import { createMap } from './map.js';
import { createTimeline } from './timeline.js';
import { markSelected, showList } from './list.js';
import { hideEventPane, showEventPane } from './eventPane.js';
import { emptyState, filterParams, parseHash, toHash, type ViewState } from './state.js';

let state: ViewState = emptyState();
let loads = 0;

const report = (err: unknown) => {
  byId('status').textContent = err instanceof Error ? err.message : String(err);
  console.error(err);
};
const select = (id: string) => update({ event: id });
const update = (patch: Partial<ViewState>) => { location.hash = toHash({ ...state, ...patch }); };

const filters = createFilters((patch) => update(patch));
const map = createMap(byId('map'), select, report);
const timeline = createTimeline(byId('timeline'), (from, to) => update({ from, to }));
drawLegend();

async function load(view: ViewState): Promise<void> {
  const seq = ++loads;
  document.body.dataset.state = 'loading';
  const [events, stats] = await Promise.all([fetchEvents(filterParams(view)), fetchStats(filterParams(view, false))]);
  if (seq !== loads) return; // a newer query is on its way
  byId('status').textContent = '';
  map.show(events.data);
  showList(events.data, events.total, select);
  markSelected(view.event);
  timeline.show(stats.by_day, view.from, view.to);
  filters.suggestCountries(events.data.flatMap((e) => (e.country ? [e.country] : [])));
  // What the shown results are for: the browser tests wait on these instead of sleeping.
  document.body.dataset.view = filterParams(view).toString();
  document.body.dataset.loads = String(seq);
  document.body.dataset.state = 'ready';
}

async function open(id: string): Promise<void> {
  const pane = byId('event-pane');
  delete pane.dataset.ready;
  if (!id) return hideEventPane();
  const event = await fetchEvent(id);
  await showEventPane(event, () => update({ event: '' }));
  markSelected(id);
  map.focus(event);
  pane.dataset.ready = id;
}

function apply(): void {
  const next = parseHash(location.hash);
  const query = (s: ViewState) => filterParams(s).toString();
  const first = loads === 0;
  const reload = first || query(next) !== query(state);
  const reopen = first || next.event !== state.event;
  state = next;
  filters.set(state);
  if (reload) load(state).catch(report);
  if (reopen) open(state.event).catch(report);
}

function drawLegend(): void {
  const legend = byId('legend');
  for (const type of EVENT_TYPE_NAMES) {
    const swatch = el('span', 'swatch');
    swatch.style.backgroundColor = typeColour(type);
    const button = el('button', null, swatch, type);
    button.type = 'button';
    button.title = `show only ${type}`;
    button.addEventListener('click', () => update({ event_type: state.event_type === type ? '' : type, sub_event_type: '' }));
    legend.append(button);
  }
  legend.append(el('p', 'legend-note', 'circle size: fatalities'));
}

window.addEventListener('hashchange', apply);
apply();
