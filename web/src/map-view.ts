/**
 * The map: a world map (Natural Earth via world-atlas, 1:110m), meeting places as circles
 * sized by how many meetings were held there, and great-circle arcs for the ties between
 * countries, thicker for more meetings. Zoom and pan with the wheel and drag.
 */
import { geoGraticule10, geoNaturalEarth1, geoPath, max, pointer, scaleSqrt, select, zoom, zoomTransform, type D3ZoomEvent } from 'd3';
import { arcPieces, piecesPath, type Point } from './arc-geometry.js';
import { createMapLabels } from './map-labels.js';
import { nearestPolyline } from './hit-test.js';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import countryTable from 'virtual:dkg-countries';
import type { MeetingSummary } from './api.js';
import { el } from './dom.js';
import { countryName } from './filters-view.js';
import type { PickEntity } from './meeting-card.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The map's viewBox. */
const WIDTH = 960;
const HEIGHT = 500;

export interface PlaceTally {
  id: string;
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  count: number;
}

export interface TieTally {
  a: string;
  b: string;
  count: number;
}

export function tallyMeetings(meetings: MeetingSummary[]): { places: PlaceTally[]; ties: TieTally[] } {
  const places = new Map<string, PlaceTally>();
  const ties = new Map<string, TieTally>();
  for (const m of meetings) {
    const p = m.place;
    if (p && p.lat !== null && p.lon !== null) {
      const t = places.get(p.id);
      if (t) t.count += 1;
      else places.set(p.id, { id: p.id, name: p.name, country: p.country, lat: p.lat, lon: p.lon, count: 1 });
    }
    const codes = [...new Set(m.parties.filter((x) => x.kind === 'COUNTRY').map((x) => x.code))].sort();
    for (let i = 0; i < codes.length; i++) {
      for (let j = i + 1; j < codes.length; j++) {
        const key = `${codes[i]}-${codes[j]}`;
        const t = ties.get(key);
        if (t) t.count += 1;
        else ties.set(key, { a: codes[i]!, b: codes[j]!, count: 1 });
      }
    }
  }
  return { places: [...places.values()].sort((a, b) => b.count - a.count), ties: [...ties.values()] };
}

export interface MapView {
  readonly element: HTMLElement;
  setMeetings(meetings: MeetingSummary[]): void;
  svg(): SVGSVGElement;
  data(): { places: PlaceTally[]; ties: TieTally[] };
}

export function createMapView(pick: PickEntity, onTie: (a: string, b: string) => void): MapView {
  const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
  const land = feature(topology, topology.objects.countries);
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'map-svg');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'World map of meeting places and ties between countries');
  const legend = el('div', { class: 'legend map-legend' }, [
    el('ul', {}, [
      el('li', {}, [el('span', { class: 'swatch place', attrs: { 'aria-hidden': 'true' } }), 'Meeting place (size: meetings)']),
      el('li', {}, [el('span', { class: 'swatch tie', attrs: { 'aria-hidden': 'true' } }), 'Tie between countries (width: meetings)']),
    ]),
  ]);
  const placeList = el('ol', { class: 'place-list', attrs: { 'aria-label': 'Meeting places, most meetings first' } });
  const element = el('section', { class: 'map-view', attrs: { 'aria-label': 'Map' } }, [
    el('div', { class: 'map-stage' }, [legend]),
    el('details', { class: 'graph-list-box' }, [el('summary', { text: 'Places as a list' }), placeList]),
  ]);
  element.firstElementChild!.prepend(svg);
  let tallies: { places: PlaceTally[]; ties: TieTally[] } = { places: [], ties: [] };

  const root = select(svg);
  const zoomLayer = root.append('g').attr('class', 'zoom-layer');
  const labelsLayer = zoomLayer.append('g').attr('class', 'place-labels');
  const labels = createMapLabels(labelsLayer);
  /** The zoom and screen scale the labels were last placed for. */
  const labelledAt = { k: 0, unit: 0 };
  /** Screen pixels per map unit: the SVG fits its viewBox into the box it is given. */
  const screenUnit = (): number => {
    const box = svg.getBoundingClientRect();
    return Math.min(box.width / WIDTH, box.height / HEIGHT);
  };
  function layoutLabels(unit = labelledAt.unit): void {
    const k = zoomTransform(svg).k;
    Object.assign(labelledAt, { k, unit });
    svg.dataset.labels = String(labels.layout(k, unit));
  }
  // A resize (the tab shown, a phone turned) changes how big the map is on screen.
  new ResizeObserver(() => {
    const unit = screenUnit();
    if (unit !== labelledAt.unit) layoutLabels(unit);
  }).observe(svg);

  root.call(
    zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, 12])
      .on('zoom', (ev: D3ZoomEvent<SVGSVGElement, unknown>) => {
        zoomLayer.attr('transform', ev.transform.toString());
        // Keep circles and lines the same size on screen (labels: map-labels.ts).
        zoomLayer.selectAll<SVGElement, unknown>('.scaled').attr('transform', `scale(${1 / ev.transform.k})`);
        zoomLayer.selectAll<SVGPathElement, TieTally>('path.tie').attr('stroke-width', function () {
          return Number(this.dataset.w) / ev.transform.k;
        });
        if (ev.transform.k !== labelledAt.k) layoutLabels();
      }),
  );
  let drawn: { tie: TieTally; pieces: Point[][] }[] = [];
  /** The arc under the pointer, in map coordinates, within 6 screen pixels. */
  function tieAt(ev: MouseEvent): TieTally | null {
    if ((ev.target as Element | null)?.closest('g.place')) return null;
    const t = zoomTransform(svg);
    const [px, py] = pointer(ev, svg);
    const scale = svg.viewBox.baseVal.width / Math.max(1, svg.getBoundingClientRect().width);
    const i = nearestPolyline(drawn.map((d) => d.pieces), (px - t.x) / t.k, (py - t.y) / t.k, (6 * scale) / t.k);
    return i >= 0 ? drawn[i]!.tie : null;
  }
  let hoverKey = '';
  root.on('pointermove.tie', (ev: PointerEvent) => {
    const t = tieAt(ev);
    const key = t ? `${t.a}~${t.b}` : '';
    if (key === hoverKey) return;
    hoverKey = key;
    zoomLayer.selectAll<SVGPathElement, unknown>('path.tie').classed('hover', function () {
      return this.dataset.tie === key;
    });
    svg.style.cursor = t ? 'pointer' : '';
  });
  root.on('click.tie', (ev: MouseEvent) => {
    const t = tieAt(ev);
    if (t) onTie(t.a, t.b);
  });

  function render(): void {
    const [width, height] = [WIDTH, HEIGHT];
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    const projection = geoNaturalEarth1().fitExtent(
      [
        [8, 8],
        [width - 8, height - 8],
      ],
      { type: 'Sphere' },
    );
    const path = geoPath(projection);
    zoomLayer.selectAll(':scope > :not(.place-labels)').remove();
    zoomLayer.append('path').attr('class', 'sphere').attr('d', path({ type: 'Sphere' }) ?? '');
    zoomLayer.append('path').attr('class', 'graticule').attr('d', path(geoGraticule10()) ?? '');
    const active = new Set(tallies.ties.flatMap((t) => [t.a, t.b]));
    const activeNumeric = new Set([...active].map((c) => countryTable[c]?.[0]).filter(Boolean));
    zoomLayer
      .append('g')
      .selectAll('path')
      .data(land.features)
      .join('path')
      .attr('class', (f) => (activeNumeric.has(String(f.id)) ? 'land active' : 'land'))
      .attr('d', (f) => path(f) ?? '')
      .append('title')
      .text((f) => String((f.properties as { name?: string } | null)?.name ?? ''));
    zoomLayer.append('path').attr('class', 'borders').attr('d', path(borders) ?? '');
    const maxTie = max(tallies.ties, (t) => t.count) ?? 1;
    // A tie is drawn between the busiest meeting place of each country (usually its capital),
    // else the country's centre as world-countries gives it.
    const anchor = new Map<string, [number, number]>();
    for (const p of tallies.places) if (p.country && !anchor.has(p.country)) anchor.set(p.country, [p.lon, p.lat]);
    const anchorOf = (code: string): [number, number] | null => {
      const row = countryTable[code];
      return anchor.get(code) ?? (row ? [row[2], row[1]] : null);
    };
    const arcs = zoomLayer.append('g').attr('class', 'ties');
    drawn = [];
    for (const t of tallies.ties) {
      const a = anchorOf(t.a);
      const b = anchorOf(t.b);
      if (!a || !b) continue;
      const pieces = arcPieces(a, b, (p) => projection(p) as Point | null, width);
      if (!pieces.length) continue;
      const w = 1 + (4 * t.count) / maxTie;
      drawn.push({ tie: t, pieces });
      // Pointer hits are tested on these same pieces by the map (nearest arc), not by the SVG.
      arcs
        .append('path')
        .attr('class', 'tie')
        .attr('d', piecesPath(pieces))
        .attr('data-w', String(w))
        .attr('data-tie', `${t.a}~${t.b}`)
        .attr('stroke-width', w)
        .attr('tabindex', 0)
        .on('keydown', (ev: KeyboardEvent) => {
          if (ev.key === 'Enter') onTie(t.a, t.b);
        })
        .append('title')
        .text(`${countryName(t.a)} – ${countryName(t.b)}: ${t.count} meeting(s). Click for the bilateral view.`);
    }
    const r = scaleSqrt()
      .domain([0, Math.max(1, max(tallies.places, (p) => p.count) ?? 1)])
      .range([0, 16]);
    const pins = zoomLayer
      .append('g')
      .attr('class', 'places')
      .selectAll('g')
      .data(tallies.places)
      .join('g')
      .attr('class', 'place')
      .attr('data-place', (p) => p.name)
      .attr('transform', (p) => {
        const xy = projection([p.lon, p.lat]) ?? [0, 0];
        return `translate(${xy[0]},${xy[1]})`;
      });
    const inner = pins.append('g').attr('class', 'scaled');
    inner
      .append('circle')
      .attr('r', (p) => Math.max(3.5, r(p.count)))
      .attr('tabindex', 0)
      .attr('role', 'button')
      .attr('aria-label', (p) => `${p.name}: ${p.count} meeting(s)`)
      .on('click', (_ev: MouseEvent, p) => pick('PLACE', p.id))
      .on('keydown', (ev: KeyboardEvent, p) => {
        if (ev.key === 'Enter') pick('PLACE', p.id);
      })
      .append('title')
      .text((p) => `${p.name}: ${p.count} meeting(s)`);
    // Labels sit in their own layer above every circle; which show depends on the zoom.
    labels.set(tallies.places.map((p) => ({ name: p.name, count: p.count, xy: projection([p.lon, p.lat]) ?? [0, 0], r: Math.max(3.5, r(p.count)) })));
    labelsLayer.raise();
    layoutLabels(screenUnit());
    placeList.replaceChildren(
      ...tallies.places.map((p) =>
        el('li', {}, [
          el('button', { class: 'link-button', text: p.name, attrs: { type: 'button' }, on: { click: () => pick('PLACE', p.id) } }),
          el('span', { class: 'muted', text: ` ${p.country ? countryName(p.country) : ''} · ${p.count} meeting(s)` }),
        ]),
      ),
    );
  }

  render();
  return {
    element,
    setMeetings(meetings) {
      tallies = tallyMeetings(meetings);
      render();
    },
    svg: () => svg,
    data: () => tallies,
  };
}
