// Evidence spans become nested <mark>s over the article text. Spans often nest ("At least six people"
// holds "people"; event_type and sub_event_type share "air strike"), so the text is cut into a tree:
// a span inside another becomes its child. A span that crosses another's end is cut in two there.

export interface EvidenceSpan { field: string; start: number; end: number; text: string }

export type Piece =
  | { kind: 'text'; start: number; end: number }
  | { kind: 'mark'; field: string; start: number; end: number; children: Piece[] };

interface Open { field: string; start: number; end: number; children: Piece[] }

/** Spans whose offsets do not point at their own words in `text` (a stale or foreign article). */
export function misplaced(text: string, spans: EvidenceSpan[]): EvidenceSpan[] {
  return spans.filter((s) => !(s.start >= 0 && s.end <= text.length && s.start < s.end && text.slice(s.start, s.end) === s.text));
}

/** Cuts [0, length) into text and mark pieces; every placed span's offsets are covered by marks of its field. */
export function highlightTree(length: number, spans: EvidenceSpan[]): Piece[] {
  const queue = spans
    .filter((s) => s.start >= 0 && s.end <= length && s.start < s.end)
    .map((s) => ({ field: s.field, start: s.start, end: s.end }));
  const root: Open = { field: '', start: 0, end: length, children: [] };
  const stack: Open[] = [root];
  let cursor = 0;
  const emitText = (upTo: number) => {
    if (upTo > cursor) stack[stack.length - 1]!.children.push({ kind: 'text', start: cursor, end: upTo });
    cursor = Math.max(cursor, upTo);
  };
  const close = () => {
    emitText(stack[stack.length - 1]!.end);
    const done = stack.pop()!;
    stack[stack.length - 1]!.children.push({ kind: 'mark', ...done });
  };
  for (;;) {
    queue.sort((a, b) => a.start - b.start || b.end - a.end);
    const next = queue.shift();
    if (!next) break;
    while (stack.length > 1 && stack[stack.length - 1]!.end <= next.start) close();
    const top = stack[stack.length - 1]!;
    if (next.end > top.end) {
      // Crossing: keep the part inside the open mark now, and queue the rest to start where it closes.
      queue.push({ field: next.field, start: top.end, end: next.end });
      next.end = top.end;
    }
    emitText(next.start);
    stack.push({ field: next.field, start: next.start, end: next.end, children: [] });
  }
  while (stack.length > 1) close();
  emitText(length);
  return root.children;
}
