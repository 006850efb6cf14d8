// HTML articles: linkedom parses (fast, tolerant), readability finds the article, and the article
// node is walked here so that paragraphs stay apart (readability's textContent runs them together).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { pageMeta } from './html-meta.js';
import type { Draft } from './types.js';

const BLOCKS = new Set(
  ('ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 ' +
    'HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL').split(' '),
);
const HEAD_TAGS = new Set(['TITLE', 'META', 'LINK', 'BASE', 'STYLE', 'SCRIPT']);
const BREAK = '\u2029'; // paragraph separator: never produced by tidying, so safe as a marker

/**
 * A document linkedom can work with. Without an <html> element linkedom has no documentElement, and
 * content outside <body> is invisible to readability: both happen in sloppy pages, so both are mended.
 */
function toDocument(html: string): Document {
  const source = /<html[\s>]/i.test(html) ? html : `<html>${html}</html>`;
  const { document } = parseHTML(source);
  const { documentElement: root, head, body } = document;
  for (const node of Array.from(root.childNodes)) {
    if (node === head || node === body) continue;
    (HEAD_TAGS.has(node.nodeName) ? head : body).appendChild(node);
  }
  return document as unknown as Document;
}

/** Appends text and paragraph marks to `out`; returns how many characters lie outside links. */
function collect(node: Node, out: string[], inLink = false): number {
  if (node.nodeType === 3) {
    const value = node.nodeValue ?? '';
    out.push(value);
    return inLink ? 0 : value.replace(/\s+/g, '').length;
  }
  const block = BLOCKS.has(node.nodeName);
  const link = inLink || node.nodeName === 'A';
  let plain = 0;
  if (block) out.push(BREAK);
  for (const child of Array.from(node.childNodes)) plain += collect(child, out, link);
  if (block) out.push(BREAK);
  return plain;
}

// Readability falls back to the whole body when it finds no article; a page whose text outside
// links is shorter than this is navigation (a section index, an error page), not an article.
const MIN_PLAIN_CHARS = 50;

/** Visible text of a node as paragraphs (whitespace collapsed) separated by blank lines; empty
 * when there is too little text outside links to be an article. */
export function paragraphs(node: Node): string {
  const out: string[] = [];
  if (collect(node, out) < MIN_PLAIN_CHARS) return '';
  return out
    .join('')
    .split(BREAK)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

export type HtmlResult = { draft: Draft; error: null } | { draft: Partial<Draft>; error: string };

/** Reads one page; `url` is the fetched URL (null for a local file). Never throws. */
export function readHtml(html: string, origin: string, url: string | null): HtmlResult {
  let doc: Document;
  try {
    doc = toDocument(html);
  } catch (e) {
    return { draft: { origin, url }, error: `unreadable HTML: ${(e as Error).message}` };
  }
  const meta = pageMeta(doc, url);
  const fallbackTitle = meta.title ?? (doc.title.trim() || null);
  let parsed: ReturnType<Readability<Node>['parse']> = null;
  try {
    parsed = new Readability<Node>(doc, { serializer: (n) => n }).parse();
  } catch {
    parsed = null; // readability gives up on some broken trees; that is "no article text" below
  }
  const text = parsed?.content ? paragraphs(parsed.content) : '';
  if (!text) return { draft: { origin, url: meta.url, title: fallbackTitle }, error: 'no article text found in HTML' };
  return {
    draft: {
      origin,
      url: meta.url,
      source: meta.siteName ?? (parsed?.siteName?.trim() || null),
      title: parsed?.title?.trim() || fallbackTitle,
      byline: parsed?.byline?.trim().replace(/^by\s+/i, '') || meta.author,
      published: meta.published ?? parsed?.publishedTime ?? null,
      text,
    },
    error: null,
  };
}
