/**
 * The bilateral view's charts as standalone SVG (they are exported as they are drawn):
 * meetings on a real time axis, in person versus calls over time, and labelled bar charts.
 */
import { axisBottom, max, scaleBand, scaleLinear, scaleUtc, select, utcFormat, utcMonth, utcYear, type NumberValue } from 'd3';
import type { BilateralData } from './api.js';
import { gaps, modalityBins, monthBars } from './bilateral-story.js';
import { MODALITY_STYLES, TYPE_COLORS } from './theme.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Meetings per month on a real time axis: empty months take their width, long gaps are named. */
export function timeAxisChart(timeline: BilateralData['timeline'], width = 560): SVGSVGElement {
  const bars = monthBars(timeline);
  const height = 150;
  const margin = { left: 28, right: 12, top: 24, bottom: 40 };
  const svg = chartSvg(width, height, 'bar-chart time-axis');
  const spans = gaps(bars);
  svg.setAttribute('aria-label', `Meetings per month: ${bars.map((b) => `${b.start.toISOString().slice(0, 7)} ${b.count}`).join(', ')}${spans.length ? `; gaps of ${spans.map((g) => `${g.months} months`).join(', ')}` : ''}`);
  const root = select(svg);
  root.append('text').attr('x', 0).attr('y', 14).attr('class', 'chart-title').text('Meetings over time');
  if (!bars.length) return svg;
  const x = scaleUtc().domain([bars[0]!.start, bars.at(-1)!.end]).range([margin.left, width - margin.right]);
  const y = scaleLinear().domain([0, Math.max(1, max(bars, (b) => b.count) ?? 1)]).range([height - margin.bottom, margin.top]);
  root.append('g').attr('class', 'gaps').selectAll('rect').data(spans).join('rect')
    .attr('x', (g) => x(g.from)).attr('width', (g) => Math.max(0, x(g.to) - x(g.from)))
    .attr('y', margin.top).attr('height', height - margin.top - margin.bottom).attr('class', 'gap');
  root.append('g').attr('class', 'gap-labels').selectAll('text').data(spans.filter((g) => x(g.to) - x(g.from) > 40)).join('text')
    .attr('x', (g) => (x(g.from) + x(g.to)) / 2).attr('y', margin.top + 12).attr('text-anchor', 'middle').attr('class', 'muted-text')
    .text((g) => `${g.months} months without`);
  root.append('g').selectAll('rect').data(bars).join('rect').attr('class', 'bar')
    .attr('x', (b) => x(b.start)).attr('width', (b) => Math.max(2, x(b.end) - x(b.start) - 1))
    .attr('y', (b) => y(b.count)).attr('height', (b) => y(0) - y(b.count)).attr('fill', TYPE_COLORS.MEETING!)
    .append('title').text((b) => `${b.start.toISOString().slice(0, 7)}: ${b.count}`);
  root.append('g').attr('transform', `translate(0,${height - margin.bottom})`).call(axisBottom(x).ticks(Math.max(2, Math.floor(width / 90))));
  return svg;
}

/** In person, phone and video stacked per month, quarter or year (as the span needs) on a time axis. */
export function modalityChart(rows: BilateralData['modalityTimeline'], width = 560): SVGSVGElement {
  const { unit, bins } = modalityBins(rows);
  const height = 160;
  const margin = { left: 28, right: 20, top: 40, bottom: 40 };
  const svg = chartSvg(width, height, 'bar-chart modality-chart');
  const total = (b: (typeof bins)[number]): number => b.inPerson + b.phone + b.video;
  const say = (b: (typeof bins)[number]): string => `${b.label}: ${b.inPerson} in person, ${b.phone} by phone, ${b.video} by video`;
  svg.setAttribute('aria-label', `In person and calls per ${unit}: ${bins.map(say).join('; ')}`);
  svg.dataset.unit = unit;
  const root = select(svg);
  root.append('text').attr('x', 0).attr('y', 14).attr('class', 'chart-title').text(`In person and calls, per ${unit}`);
  const legend = root.append('g').attr('class', 'modality-legend').attr('transform', `translate(0,${margin.top - 12})`)
    .selectAll('g').data(MODALITY_STYLES).join('g').attr('transform', (_, i) => `translate(${i * 90},0)`);
  legend.append('rect').attr('width', 10).attr('height', 10).attr('y', -9).attr('fill', (m) => m.color);
  legend.append('text').attr('x', 14).text((m) => m.label);
  if (!bins.length) return svg;
  const x = scaleUtc().domain([bins[0]!.start, bins.at(-1)!.end]).range([margin.left, width - margin.right]);
  const y = scaleLinear().domain([0, Math.max(1, max(bins, total) ?? 1)]).range([height - margin.bottom, margin.top]);
  const bar = root.append('g').selectAll('g').data(bins).join('g').attr('class', 'modality-bar').attr('data-period', (b) => b.label);
  // Stacked bottom to top in legend order: in person, then phone, then video.
  for (const [i, m] of MODALITY_STYLES.entries()) {
    const below = (b: (typeof bins)[number]): number => MODALITY_STYLES.slice(0, i).reduce((sum, s) => sum + b[s.key], 0);
    bar.filter((b) => b[m.key] > 0).append('rect').attr('class', `seg ${m.key}`)
      .attr('x', (b) => x(b.start)).attr('width', (b) => Math.max(2, x(b.end) - x(b.start) - 1))
      .attr('y', (b) => y(below(b) + b[m.key])).attr('height', (b) => y(below(b)) - y(below(b) + b[m.key])).attr('fill', m.color)
      .append('title').text(say);
  }
  bar.append('text').attr('class', 'muted-text').attr('text-anchor', 'middle').attr('x', (b) => (x(b.start) + x(b.end)) / 2).attr('y', (b) => y(total(b)) - 3).text((b) => String(total(b)));
  // Years are named under their bars (mid-year), empty ones too; shorter bins take time ticks.
  const axis = axisBottom(x);
  if (unit === 'year') axis.tickValues(utcYear.range(bins[0]!.start, bins.at(-1)!.end).map((d) => utcMonth.offset(d, 6))).tickFormat(utcFormat('%Y') as (d: Date | NumberValue) => string);
  else axis.ticks(Math.max(2, Math.floor(width / 90)));
  root.append('g').attr('transform', `translate(0,${height - margin.bottom})`).call(axis);
  return svg;
}

function chartSvg(width: number, height: number, cls: string): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('role', 'img');
  svg.setAttribute('class', cls);
  return svg;
}

export function barChart(title: string, rows: { label: string; count: number }[], color: string, width = 360): SVGSVGElement {
  const rowH = 20;
  const height = 26 + rows.length * rowH;
  const svg = chartSvg(width, height, 'bar-chart');
  svg.setAttribute('aria-label', `${title}: ${rows.map((r) => `${r.label} ${r.count}`).join(', ')}`);
  const root = select(svg);
  root.append('text').attr('x', 0).attr('y', 14).attr('class', 'chart-title').text(title);
  const labelW = 130;
  const x = scaleLinear()
    .domain([0, Math.max(1, max(rows, (r) => r.count) ?? 1)])
    .range([0, width - labelW - 40]);
  const y = scaleBand<number>()
    .domain(rows.map((_, i) => i))
    .range([24, height])
    .padding(0.2);
  const g = root.selectAll('g.row').data(rows).join('g').attr('class', 'row').attr('transform', (_, i) => `translate(0,${y(i) ?? 0})`);
  g.append('text').attr('x', labelW - 6).attr('y', y.bandwidth() / 2).attr('dy', '0.35em').attr('text-anchor', 'end').text((r) => r.label);
  g.append('rect').attr('x', labelW).attr('height', y.bandwidth()).attr('width', (r) => Math.max(2, x(r.count))).attr('fill', color);
  g.append('text').attr('x', (r) => labelW + Math.max(2, x(r.count)) + 4).attr('y', y.bandwidth() / 2).attr('dy', '0.35em').text((r) => String(r.count));
  return svg;
}
