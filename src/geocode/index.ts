import type { Geocoder } from './Geocoder.js';

export type { Geocoder, Place, EventLocation, GeoContext, ToponymMention } from './Geocoder.js';

/** The geocoder the CLI uses; null until the gazetteer is built (issue 4), so locations stay empty. */
export function defaultGeocoder(): Geocoder | null {
  return null;
}
