/**
 * The map's place labels: one text per place, made once per data set and measured once;
 * at each zoom (and size of the map on screen) `placeLabels` picks which show and on which
 * side. Labels keep one size on screen whatever the zoom and however wide the phone.
 */
import type { Selection } from 'd3';
import { placeLabels, type LabelSite } from './place-labels.js';

export interface PlaceLabelInput {
  name: string;
  count: number;
  /** Where the place is drawn, in map units. */
  xy: [number, number];
  /** Its circle's radius in map units at zoom 1 (circles keep their size on screen). */
  r: number;
}

export interface MapLabels {
  set(places: PlaceLabelInput[]): void;
  /** Shows the labels that fit at zoom `k` with `unit` screen pixels per map unit; returns how many. */
  layout(k: number, unit: number): number;
}

/** Label box height on screen (px): the 12 px font of `.place-label` and its white halo. */
const LABEL_HEIGHT = 16;
let measurer: CanvasRenderingContext2D | null = null;

function textWidth(text: string, font: string): number {
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return text.length * 7;
  measurer.font = font;
  return measurer.measureText(text).width;
}

export function createMapLabels(layer: Selection<SVGGElement, unknown, null, undefined>): MapLabels {
  let places: PlaceLabelInput[] = [];
  let widths: number[] = [];
  let texts: SVGTextElement[] = [];
  let groups: SVGGElement[] = [];
  return {
    set(next) {
      places = next;
      layer.selectAll('*').remove();
      const sites = layer.selectAll<SVGGElement, PlaceLabelInput>('g').data(places).join('g').attr('class', 'place-label-site').attr('data-place', (p) => p.name)
        .attr('transform', (p) => `translate(${p.xy[0]},${p.xy[1]})`);
      groups = sites.nodes();
      texts = sites.append('g').attr('class', 'label-scale').append('text').attr('class', 'place-label').attr('dy', '0.35em').text((p) => p.name).nodes();
      // Measured from the style the labels are drawn with; 3 px for the halo.
      const style = texts[0] ? getComputedStyle(texts[0]) : null;
      const font = style ? `${style.fontWeight} ${style.fontSize} ${style.fontFamily}` : '12px sans-serif';
      widths = places.map((p) => textWidth(p.name, font) + 3);
    },
    layout(k, unit) {
      if (!(unit > 0)) return 0;
      const sites: LabelSite[] = places.map((p, i) => ({ x: p.xy[0] * unit, y: p.xy[1] * unit, r: p.r * unit, width: widths[i]!, height: LABEL_HEIGHT, weight: p.count }));
      const shown = new Map(placeLabels(sites, k).map((l) => [l.index, l.side]));
      places.forEach((p, i) => {
        const side = shown.get(i);
        groups[i]!.setAttribute('display', side ? 'inline' : 'none');
        if (!side) return;
        groups[i]!.firstElementChild!.setAttribute('transform', `scale(${1 / (k * unit)})`);
        const d = p.r * unit + 3;
        const [x, y] = { right: [d, 0], left: [-d, 0], above: [0, -d - LABEL_HEIGHT / 2], below: [0, d + LABEL_HEIGHT / 2] }[side];
        texts[i]!.setAttribute('x', String(x));
        texts[i]!.setAttribute('y', String(y));
        texts[i]!.setAttribute('text-anchor', side === 'right' ? 'start' : side === 'left' ? 'end' : 'middle');
      });
      return shown.size;
    },
  };
}
