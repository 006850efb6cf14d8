// Every string from the API reaches the DOM through here as text: no HTML parsing of data, ever.

type Child = Node | string | null | undefined | false;

/** Creates an element with classes and children; strings become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K, className?: string | null, ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

export function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`page: element #${id} is missing from index.html`);
  return node as T;
}

/** A link only for http(s) URLs; anything else (javascript:, data:...) is shown as plain text. */
export function safeLink(url: string | null, label?: string): Node {
  const text = label ?? url ?? '';
  if (!url || !isHttpUrl(url)) return document.createTextNode(text);
  const a = el('a', null, text);
  a.href = url;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

export function isHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
