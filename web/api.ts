import type { ConflictEvent } from '../src/model/event.js';
import type { Article } from '../src/model/article.js';

export type { ConflictEvent, Article };

export interface EventPage { success: true; count: number; total: number; page: number; limit: number; data: ConflictEvent[] }
export interface DayCount { date: string; event_type: string; count: number }
export interface Stats { success: true; total: number; by_type: Record<string, number>; by_day: DayCount[] }

/** The API's largest page; the demo and most views fit in one. */
export const PAGE_LIMIT = 5000;

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  const body = await response.json().catch(() => null) as { success?: boolean; error?: string } | null;
  if (!response.ok || !body || body.success === false) {
    throw new Error(`${path}: ${body?.error ?? `HTTP ${response.status}`}`);
  }
  return body as T;
}

export function fetchEvents(params: URLSearchParams): Promise<EventPage> {
  const query = new URLSearchParams(params);
  query.set('limit', String(PAGE_LIMIT));
  return getJson<EventPage>(`/api/events?${query}`);
}

export function fetchStats(params: URLSearchParams): Promise<Stats> {
  return getJson<Stats>(`/api/stats?${params}`);
}

export async function fetchEvent(id: string): Promise<ConflictEvent> {
  return (await getJson<{ data: ConflictEvent }>(`/api/events/${encodeURIComponent(id)}`)).data;
}

export async function fetchArticle(id: string): Promise<Article> {
  return (await getJson<{ data: Article }>(`/api/articles/${encodeURIComponent(id)}`)).data;
}
