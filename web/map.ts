import L from 'leaflet';
import 'leaflet.markercluster';
import type { FeatureCollection } from 'geojson';
import type { ConflictEvent } from './api.js';
import { markerRadius, typeColour } from './colours.js';

export interface EventMap {
  show(events: ConflictEvent[]): void;
  focus(event: ConflictEvent): void;
}

/** The map: country polygons from world-atlas as the base layer (no tile server), events as clustered circles. */
export function createMap(container: HTMLElement, onSelect: (id: string) => void, onError: (e: unknown) => void): EventMap {
  const map = L.map(container, { worldCopyJump: true, minZoom: 2, maxZoom: 12, zoomSnap: 0.5 }).setView([20, 20], 2);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Countries: Natural Earth (world-atlas)');
  loadCountries(map).catch(onError);
  const clusters = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40, spiderfyOnMaxZoom: true });
  map.addLayer(clusters);
  // Leaflet only watches the window; the map also resizes when the event pane opens or closes.
  new ResizeObserver(() => map.invalidateSize()).observe(container);

  return {
    show(events) {
      clusters.clearLayers();
      const located = events.filter((e) => e.latitude !== null && e.longitude !== null);
      clusters.addLayers(located.map((e) => marker(e, onSelect)));
      // The count of events placed, for people (legend) and for the browser tests (clusters hide markers).
      container.dataset.markers = String(located.length);
      if (located.length) map.fitBounds(L.latLngBounds(located.map((e) => [e.latitude!, e.longitude!])), { maxZoom: 6, padding: [30, 30] });
    },
    focus(e) {
      if (e.latitude !== null && e.longitude !== null) map.setView([e.latitude, e.longitude], Math.max(map.getZoom(), 6));
    },
  };
}

function marker(e: ConflictEvent, onSelect: (id: string) => void): L.CircleMarker {
  const circle = L.circleMarker([e.latitude!, e.longitude!], {
    radius: markerRadius(e.fatalities), color: '#222', weight: 1, fillColor: typeColour(e.event_type),
    fillOpacity: 0.85, className: 'event-marker',
  });
  // bindTooltip with a string would parse it as HTML; a text node keeps data as text.
  const label = document.createElement('span');
  label.textContent = `${e.event_date ?? 'date unknown'} · ${e.event_type} · ${e.location ?? e.country ?? ''}`;
  circle.bindTooltip(label);
  circle.on('click', () => onSelect(e.event_id));
  return circle;
}

async function loadCountries(map: L.Map): Promise<void> {
  const response = await fetch('/countries.geojson');
  if (!response.ok) throw new Error(`/countries.geojson: HTTP ${response.status}`);
  const countries = await response.json() as FeatureCollection;
  // Its own pane under the markers, drawn on a canvas: thousands of coastline points stay cheap.
  map.createPane('countries').style.zIndex = '300';
  const options: L.GeoJSONOptions & L.PathOptions = {
    interactive: false, pane: 'countries', renderer: L.canvas({ pane: 'countries' }),
    style: { color: '#a9a393', weight: 0.6, fillColor: '#f2efe6', fillOpacity: 1 },
  };
  L.geoJSON(countries, options).addTo(map);
}
