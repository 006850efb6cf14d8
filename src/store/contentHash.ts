import { createHash } from 'node:crypto';

/** The identity of an article's content: white space folded, so re-wrapped copies are the same article. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

/** Stable article ids: the same content gets the same id in every store. */
export function articleId(hash: string): string {
  return hash.slice(0, 16);
}

/** Failed inputs have no content to hash; their id follows their origin. */
export function failureId(origin: string): string {
  return 'f' + createHash('sha256').update(origin).digest('hex').slice(0, 15);
}
