// A histogram of events per day (per week or month over long ranges) in SVG, stacked by event type.
// Dragging across it (the brush) picks a date range; a click without a drag clears it.
import type { DayCount } from './api.js';
import { EVENT_TYPE_NAMES, typeColour } from './colours.js';
import { binDays, dayNumber, dayString, type Bin } from './bins.js';

const SVG = 'http://www.w3.org/2000/svg';
const HEIGHT = 110;
const AXIS = 18;

export interface Timeline {
  show(days: DayCount[], from: string, to: string): void;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

export function createTimeline(host: HTMLElement, onBrush: (from: string, to: string) => void): Timeline {
  const root = svg('svg', { class: 'timeline-svg', height: HEIGHT, role: 'img', 'aria-label': 'events per day; drag to pick dates' });
  host.append(root);
  let bins: Bin[] = [];
  let first = 0;
  let last = 0;
  let selection: [string, string] = ['', ''];
  let lastDays: DayCount[] = [];
  const width = () => Math.max(200, host.clientWidth);
  const xOf = (day: number) => ((day - first) / Math.max(1, last + 1 - first)) * width();
  const dayAt = (x: number) => Math.min(last, Math.max(first, Math.floor(first + (x / width()) * (last + 1 - first))));

  const brush = svg('rect', { class: 'brush', y: 0, height: HEIGHT - AXIS, x: 0, width: 0 });

  function draw(): void {
    root.replaceChildren();
    root.setAttribute('width', String(width()));
    const max = Math.max(1, ...bins.map((b) => b.total));
    const plot = HEIGHT - AXIS - 6;
    for (const bin of bins) {
      let y = HEIGHT - AXIS;
      const x = xOf(bin.from);
      const w = Math.max(1.5, xOf(bin.to + 1) - x - 1);
      for (const type of EVENT_TYPE_NAMES) {
        const n = bin.byType[type] ?? 0;
        if (!n) continue;
        const h = (n / max) * plot;
        y -= h;
        const bar = svg('rect', { x, y, width: w, height: h, fill: typeColour(type) });
        const title = svg('title', {});
        title.textContent = `${dayString(bin.from)}${bin.to > bin.from ? ` to ${dayString(bin.to)}` : ''}: ${n} ${type}`;
        bar.append(title);
        root.append(bar);
      }
    }
    drawAxis();
    root.append(brush);
    placeBrush();
  }

  function drawAxis(): void {
    root.append(svg('line', { x1: 0, x2: width(), y1: HEIGHT - AXIS, y2: HEIGHT - AXIS, class: 'axis' }));
    if (!bins.length) return;
    const ticks = Math.min(6, Math.max(2, Math.floor(width() / 140)));
    const days = [...new Set(Array.from({ length: ticks + 1 }, (_, i) => Math.round(first + ((last - first) * i) / ticks)))];
    for (const [i, day] of days.entries()) {
      const label = svg('text', { x: xOf(day), y: HEIGHT - 4, class: 'tick', 'text-anchor': i === 0 ? 'start' : i === days.length - 1 ? 'end' : 'middle' });
      label.textContent = dayString(day);
      root.append(label);
    }
  }

  function placeBrush(): void {
    const [from, to] = selection;
    const visible = bins.length > 0 && Boolean(from || to);
    brush.style.display = visible ? '' : 'none';
    if (!visible) return;
    const a = xOf(Math.max(first, from ? dayNumber(from) : first));
    const b = xOf(Math.min(last, to ? dayNumber(to) : last) + 1);
    brush.setAttribute('x', String(Math.min(a, b)));
    brush.setAttribute('width', String(Math.max(2, Math.abs(b - a))));
  }

  let dragStart: number | null = null;
  const localX = (ev: PointerEvent) => ev.clientX - root.getBoundingClientRect().left;
  root.addEventListener('pointerdown', (ev) => {
    if (!bins.length) return;
    dragStart = localX(ev);
    root.setPointerCapture(ev.pointerId);
  });
  root.addEventListener('pointermove', (ev) => {
    if (dragStart === null) return;
    const [a, b] = [dayAt(dragStart), dayAt(localX(ev))].sort((p, q) => p - q) as [number, number];
    selection = [dayString(a), dayString(b)];
    placeBrush();
  });
  root.addEventListener('pointerup', (ev) => {
    if (dragStart === null) return;
    const moved = Math.abs(localX(ev) - dragStart) > 3;
    const [a, b] = [dayAt(dragStart), dayAt(localX(ev))].sort((p, q) => p - q) as [number, number];
    dragStart = null;
    if (moved) onBrush(dayString(a), dayString(b));
    else onBrush('', '');
  });
  new ResizeObserver(() => { if (lastDays.length) draw(); }).observe(host);

  return {
    show(days, from, to) {
      lastDays = days;
      selection = [from, to];
      const binned = binDays(days);
      bins = binned.bins;
      first = binned.first;
      last = binned.last;
      draw();
      host.dataset.bins = String(bins.length);
    },
  };
}
