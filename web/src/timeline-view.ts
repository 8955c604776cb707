/**
 * Meetings per month as a histogram with a brush. The brushed range (snapped to whole
 * months) filters every view; two month fields do the same from the keyboard.
 */
import { axisBottom, axisLeft, brushX, max, scaleLinear, scaleUtc, select, timeMonth, utcFormat, type BrushBehavior } from 'd3';
import { el } from './dom.js';

export interface MonthCount {
  month: string; // YYYY-MM
  count: number;
}

export function monthsOf(dates: (string | null)[]): { bins: MonthCount[]; undated: number } {
  const counts = new Map<string, number>();
  let undated = 0;
  for (const d of dates) {
    const m = d && /^(\d{4}-\d{2})/.exec(d)?.[1];
    if (!m) {
      undated += 1;
      continue;
    }
    counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  const bins = [...counts].map(([month, count]) => ({ month, count })).sort((a, b) => a.month.localeCompare(b.month));
  return { bins, undated };
}

const monthStart = (m: string): Date => new Date(`${m}-01T00:00:00Z`);
const iso = (d: Date): string => d.toISOString().slice(0, 10);
const lastDay = (m: string): string => iso(new Date(timeMonth.offset(monthStart(m), 1).getTime() - 86_400_000));

export interface TimelineView {
  readonly element: HTMLElement;
  setData(bins: MonthCount[], undated: number): void;
  setRange(from: string | null, to: string | null): void;
}

export function createTimelineView(onRange: (from: string | null, to: string | null) => void): TimelineView {
  const svgNs = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('class', 'timeline-svg');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Meetings per month; drag across the bars to filter by time');
  const fromInput = el('input', { attrs: { type: 'month', 'aria-label': 'From month' } });
  const toInput = el('input', { attrs: { type: 'month', 'aria-label': 'To month' } });
  const clearButton = el('button', { text: 'All time', attrs: { type: 'button' } });
  const summary = el('span', { class: 'timeline-summary', attrs: { 'aria-live': 'polite' } });
  const controls = el('div', { class: 'timeline-controls' }, [
    el('strong', { text: 'Timeline' }),
    summary,
    el('label', {}, ['From ', fromInput]),
    el('label', {}, ['to ', toInput]),
    clearButton,
  ]);
  const element = el('section', { class: 'timeline', attrs: { 'aria-label': 'Timeline' } }, [controls]);
  element.appendChild(svg);

  let bins: MonthCount[] = [];
  let undated = 0;
  let range: [string | null, string | null] = [null, null];
  let brush: BrushBehavior<unknown> | null = null;
  let quiet = false;
  let x = scaleUtc();

  const emit = (from: string | null, to: string | null): void => {
    range = [from, to];
    onRange(from, to);
    paintRange();
  };
  fromInput.addEventListener('change', () => emit(fromInput.value ? `${fromInput.value}-01` : null, range[1]));
  toInput.addEventListener('change', () => emit(range[0], toInput.value ? lastDay(toInput.value) : null));
  clearButton.addEventListener('click', () => emit(null, null));

  function paintRange(): void {
    fromInput.value = range[0]?.slice(0, 7) ?? '';
    toInput.value = range[1]?.slice(0, 7) ?? '';
    const total = bins.reduce((s, b) => s + b.count, 0);
    const inRange = bins
      .filter((b) => (!range[0] || b.month >= range[0].slice(0, 7)) && (!range[1] || b.month <= range[1].slice(0, 7)))
      .reduce((s, b) => s + b.count, 0);
    summary.textContent =
      range[0] || range[1]
        ? `${inRange} of ${total} dated meetings from ${range[0] ?? 'the start'} to ${range[1] ?? 'now'}`
        : `${total} dated meetings${undated ? `, ${undated} undated or year-only` : ''}`;
    select(svg)
      .selectAll<SVGRectElement, MonthCount>('rect.bar')
      .classed('out', (b) => (!!range[0] && b.month < range[0].slice(0, 7)) || (!!range[1] && b.month > range[1].slice(0, 7)));
    if (brush) {
      quiet = true;
      const g = select(svg).select<SVGGElement>('g.brush');
      if (range[0] || range[1]) {
        const a = x(range[0] ? monthStart(range[0].slice(0, 7)) : x.domain()[0]!);
        const b = x(range[1] ? timeMonth.offset(monthStart(range[1].slice(0, 7)), 1) : x.domain()[1]!);
        g.call(brush.move, [a, b]);
      } else g.call(brush.move, null);
      quiet = false;
    }
  }

  function render(): void {
    const width = Math.max(320, element.clientWidth || 800);
    const height = 110;
    const m = { top: 8, right: 16, bottom: 22, left: 36 };
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));
    const root = select(svg);
    root.selectAll('*').remove();
    const months = bins.map((b) => monthStart(b.month));
    let start = months[0] ?? timeMonth.offset(timeMonth.floor(new Date()), -11);
    let end = timeMonth.offset(months[months.length - 1] ?? timeMonth.floor(new Date()), 1);
    // Show at least a year, so one busy month does not fill the whole axis.
    while (timeMonth.count(start, end) < 12) {
      start = timeMonth.offset(start, -1);
      if (timeMonth.count(start, end) < 12) end = timeMonth.offset(end, 1);
    }
    x = scaleUtc().domain([start, end]).range([m.left, width - m.right]);
    const y = scaleLinear()
      .domain([0, Math.max(1, max(bins, (b) => b.count) ?? 1)])
      .nice()
      .range([height - m.bottom, m.top]);
    root
      .append('g')
      .attr('class', 'axis')
      .attr('transform', `translate(0,${height - m.bottom})`)
      .call(axisBottom(x).ticks(Math.min(12, Math.floor(width / 90))).tickFormat((d) => utcFormat('%b %Y')(d as Date)));
    root
      .append('g')
      .attr('class', 'axis')
      .attr('transform', `translate(${m.left},0)`)
      .call(axisLeft(y).ticks(3).tickFormat((d) => String(d)));
    root
      .append('g')
      .selectAll('rect')
      .data(bins)
      .join('rect')
      .attr('class', 'bar')
      .attr('x', (b) => x(monthStart(b.month)) + 1)
      .attr('width', (b) => Math.max(1, x(timeMonth.offset(monthStart(b.month), 1)) - x(monthStart(b.month)) - 2))
      .attr('y', (b) => y(b.count))
      .attr('height', (b) => y(0) - y(b.count))
      .append('title')
      .text((b) => `${utcFormat('%B %Y')(monthStart(b.month))}: ${b.count} meeting(s)`);
    brush = brushX<unknown>()
      .extent([
        [m.left, m.top],
        [width - m.right, height - m.bottom],
      ])
      .on('end', (ev: { selection: [number, number] | null; sourceEvent?: Event }) => {
        if (quiet || !ev.sourceEvent) return;
        if (!ev.selection) return emit(null, null);
        const a = timeMonth.round(x.invert(ev.selection[0]));
        let b = timeMonth.round(x.invert(ev.selection[1]));
        if (b <= a) b = timeMonth.offset(a, 1);
        emit(iso(a), iso(new Date(b.getTime() - 86_400_000)));
      });
    root.append('g').attr('class', 'brush').call(brush);
    paintRange();
  }

  new ResizeObserver(() => render()).observe(element);

  return {
    element,
    setData(b, u) {
      bins = b;
      undated = u;
      render();
    },
    setRange(from, to) {
      range = [from, to];
      paintRange();
    },
  };
}
