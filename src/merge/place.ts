// Where and when an event can have happened, as windows wide enough for its stated precision.
import type { ConflictEvent } from '../model/event.js';

/** How far from its point an event may really lie, by ACLED geo_precision (1 the place, 2 near it, 3 the region). */
export const RADIUS_KM: Record<1 | 2 | 3, number> = { 1: 10, 2: 25, 3: 300 };

export function radiusKm(e: Pick<ConflictEvent, 'geo_precision'>): number {
  return RADIUS_KM[e.geo_precision ?? 3];
}

/** Great-circle distance in km. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad, dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Days since 1970-01-01 of an ISO date. */
export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

/** A report "late on Sunday" and one "overnight into Monday" are one incident: day dates get a day of slack. */
export const DAY_SLACK = 1;

export interface Window {
  dayFrom: number;
  dayTo: number;
  latMin: number;
  latMax: number;
  lonMin: number;
  lonMax: number;
}

/**
 * The box (days × degrees) an event may occupy, used to find merge candidates through an index:
 * two events can only be one incident when their windows meet. Null when date or place is unknown,
 * because such an event cannot be matched with any confidence.
 */
export function windowOf(e: ConflictEvent): Window | null {
  if (!e.date_range || e.latitude === null || e.longitude === null) return null;
  const r = radiusKm(e);
  const dLat = r / 111;
  const dLon = r / (111 * Math.max(0.05, Math.cos((e.latitude * Math.PI) / 180)));
  const slack = e.date_precision === 'day' ? DAY_SLACK : 0;
  return {
    dayFrom: dayNumber(e.date_range[0]) - slack, dayTo: dayNumber(e.date_range[1]) + slack,
    latMin: e.latitude - dLat, latMax: e.latitude + dLat, lonMin: e.longitude - dLon, lonMax: e.longitude + dLon,
  };
}
