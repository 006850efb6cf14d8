/**
 * An empty array of the same kind as a filled one. V8 gives `[]` a map of its own (small integers)
 * until an object goes in; code compiled on filled lists is thrown away and compiled again the first
 * time an empty one arrives, and the geocoder's lists (mentions, options, countries) are often empty.
 */
export function objectList<T>(): T[] {
  const list = [OBJECT as T];
  list.pop();
  return list;
}

const OBJECT = {};
