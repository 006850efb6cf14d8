import { createGeocoder } from './createGeocoder.js';
import type { Geocoder } from './Geocoder.js';

export type { Geocoder, Place, EventLocation, GeoContext, ToponymMention } from './Geocoder.js';
export { createGeocoder, GazetteerGeocoder } from './createGeocoder.js';

/** The geocoder the CLI and the pipeline use: the gazetteer index, opened once (built first if missing). */
export function defaultGeocoder(): Geocoder | null {
  return createGeocoder();
}
