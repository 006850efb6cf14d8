// The event pane: every field under its ACLED name, the uncertainty in plain words, and each source's
// article with the words each field was read from marked. All data goes in as text nodes.
import { fetchArticle, type Article, type ConflictEvent } from './api.js';
import { byId, el, safeLink } from './dom.js';
import { typeColour } from './colours.js';
import { highlightTree, misplaced, type Piece } from './highlight.js';
import { uncertaintyLines } from './uncertainty.js';

type Source = ConflictEvent['sources'][number];

const FIELDS: (keyof ConflictEvent)[] = [
  'event_id', 'event_date', 'date_precision', 'time_precision', 'date_range', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction',
  'country', 'iso', 'admin1', 'admin2', 'location', 'latitude', 'longitude', 'geo_precision',
  'fatalities', 'fatalities_low', 'fatalities_high', 'injuries', 'claim', 'attribution', 'confidence',
  'source', 'url', 'article_id',
];

/** Colour groups for marks: who, what, where, when, how many, who says so. */
const GROUPS: Record<string, string> = {
  actor1: 'who', actor2: 'who', assoc_actor_1: 'who', assoc_actor_2: 'who',
  event_type: 'what', sub_event_type: 'what',
  location: 'where', country: 'where', admin1: 'where', admin2: 'where',
  event_date: 'when', fatalities: 'count', injuries: 'count', claim: 'says', attribution: 'says',
};

export function showEventPane(e: ConflictEvent, onClose: () => void): Promise<void> {
  const pane = byId('event-pane');
  const close = el('button', 'close', '×');
  close.type = 'button';
  close.title = 'close';
  close.addEventListener('click', onClose);
  const swatch = el('span', 'swatch');
  swatch.style.backgroundColor = typeColour(e.event_type);
  const sources = el('div', 'sources');
  pane.replaceChildren(
    el('header', 'pane-head', el('h2', null, swatch, `${e.event_type}: ${e.sub_event_type}`), close),
    el('p', 'notes', e.notes),
    el('h3', null, 'How sure is this?'),
    el('ul', 'uncertainty', ...uncertaintyLines(e).map((line) => el('li', null, line))),
    el('h3', null, 'Fields'),
    fieldTable(e),
    el('h3', null, `Sources (${e.sources.length})`),
    markKey(),
    sources,
  );
  pane.dataset.eventId = e.event_id;
  pane.hidden = false;
  pane.scrollTop = 0;
  return Promise.all(e.sources.map((s) => sourceBlock(e, s))).then((blocks) => { sources.replaceChildren(...blocks); });
}

export function hideEventPane(): void {
  const pane = byId('event-pane');
  pane.hidden = true;
  pane.replaceChildren();
  delete pane.dataset.eventId;
}

function markKey(): HTMLElement {
  const names: [string, string][] = [['who', 'actors'], ['what', 'event type'], ['where', 'place'], ['when', 'date'],
    ['count', 'fatalities, injuries'], ['says', 'claim, attribution']];
  return el('p', 'mark-key', 'Marked words:', ...names.map(([group, label]) => el('mark', group, label)));
}

function fieldTable(e: ConflictEvent): HTMLTableElement {
  const evidence = new Map(e.evidence.map((s) => [s.field, s.text]));
  const rows = FIELDS.map((field) => {
    const value = e[field];
    const cell = el('td', null, field === 'url' ? safeLink(e.url) : display(value));
    const words = evidence.get(field);
    if (words !== undefined) cell.append(el('q', `evidence ${GROUPS[field] ?? 'other'}`, words));
    return el('tr', null, el('th', null, field), cell);
  });
  return el('table', 'fields', el('tbody', null, ...rows));
}

function display(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.join(' to ');
  return String(value);
}

async function sourceBlock(e: ConflictEvent, s: Source): Promise<HTMLElement> {
  const head = el('div', 'source-head',
    el('strong', null, s.source ?? 'unknown outlet'),
    ` · published ${s.published ?? 'unknown'}`,
    s.fatalities === null ? '' : ` · ${s.fatalities} killed by its count`);
  const block = el('section', 'source', head);
  block.dataset.articleId = s.article_id;
  if (s.url) block.append(el('div', 'source-url', safeLink(s.url)));
  let article: Article;
  try {
    article = await fetchArticle(s.article_id);
  } catch (err) {
    block.append(el('p', 'error', `article ${s.article_id} could not be loaded: ${(err as Error).message}`));
    return block;
  }
  if (article.title) block.append(el('h4', null, article.title));
  block.append(articleText(e, article.text, s.evidence));
  const lost = misplaced(article.text, s.evidence);
  if (lost.length) block.append(el('p', 'error', `${lost.length} evidence span(s) do not match this article's text: ${lost.map((x) => x.field).join(', ')}`));
  return block;
}

function articleText(e: ConflictEvent, text: string, spans: Source['evidence']): HTMLElement {
  const placed = spans.filter((s) => !misplaced(text, [s]).length);
  const body = el('div', 'article-text');
  body.append(...render(highlightTree(text.length, placed), text, e));
  return body;
}

function render(pieces: Piece[], text: string, e: ConflictEvent): Node[] {
  return pieces.map((p) => {
    if (p.kind === 'text') return document.createTextNode(text.slice(p.start, p.end));
    const mark = el('mark', GROUPS[p.field] ?? 'other');
    mark.dataset.field = p.field;
    const value = (e as unknown as Record<string, unknown>)[p.field];
    mark.title = `${p.field}: ${display(value)}`;
    mark.append(...render(p.children, text, e));
    return mark;
  });
}
