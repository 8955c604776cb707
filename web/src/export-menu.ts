/** The Export menu: the current view as SVG or PNG, its data as JSON, CSV or GraphML. */
import type { GraphData, MeetingSummary } from './api.js';
import type { BilateralView } from './bilateral-view.js';
import { el } from './dom.js';
import { download, edgesCsv, frameSvg, meetingsCsv, nodesCsv, serializeSvg, svgToPng, toGraphML, toJson, type ExportContext, type ExportData, type MeetingRow } from './export.js';
import { graphFromMeetings } from './graph-data.js';
import type { GraphView } from './graph-view.js';
import type { MapView } from './map-view.js';
import { countryName } from './filters-view.js';
import type { ViewName } from './url-state.js';

export interface ExportSources {
  view: () => ViewName;
  graph: () => GraphData;
  graphView: GraphView;
  mapView: MapView;
  bilateralView: BilateralView;
  /** The meetings the graph and map views show (the filters and time range applied). */
  meetings: () => MeetingSummary[];
  /** What is on screen, for the export's header. */
  context: () => ExportContext;
}

function stack(svgs: SVGSVGElement[]): string {
  const parts = svgs.map((s) => serializeSvg(s));
  let y = 0;
  let width = 0;
  const body: string[] = [];
  for (let i = 0; i < svgs.length; i++) {
    const h = Number(svgs[i]!.getAttribute('height') ?? 0);
    width = Math.max(width, Number(svgs[i]!.getAttribute('width') ?? 0));
    body.push(`<g transform="translate(0,${y})">${parts[i]!.replace(/^<\?xml[^>]*>/, '')}</g>`);
    y += h + 16;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}">${body.join('')}</svg>`;
}

export function createExportMenu(src: ExportSources): HTMLElement {
  const stamp = (): string => new Date().toISOString().slice(0, 10);
  const name = (ext: string): string => `dkg-${src.view()}-${stamp()}.${ext}`;

  function data(): ExportData {
    switch (src.view()) {
      case 'map': {
        const { places, ties } = src.mapView.data();
        const codes = [...new Set(ties.flatMap((t) => [t.a, t.b]))];
        return {
          nodes: [
            ...places.map((p) => ({ id: p.id, type: 'PLACE', label: p.name, weight: p.count })),
            ...codes.map((c) => ({ id: c, type: 'COUNTRY', label: countryName(c), weight: 0 })),
          ],
          edges: ties.map((t) => ({ source: t.a, target: t.b, type: 'MET', weight: t.count })),
        };
      }
      case 'bilateral': {
        const d = src.bilateralView.data();
        return d ? graphFromMeetings(d.meetings.edges.map((e) => e.node), 'MEETINGS') : { nodes: [], edges: [] };
      }
      default:
        return src.graph();
    }
  }
  function svg(): string {
    switch (src.view()) {
      case 'map':
        return frameSvg(serializeSvg(src.mapView.svg()), src.context());
      case 'bilateral':
        return frameSvg(stack(src.bilateralView.svgElements()), src.context());
      default:
        return frameSvg(src.graphView.toSvg(), src.context());
    }
  }
  function meetings(): MeetingRow[] {
    const d = src.view() === 'bilateral' ? src.bilateralView.data() : null;
    return d ? d.meetings.edges.map((e) => e.node) : src.meetings();
  }
  const actions: [string, () => Promise<void> | void][] = [
    ['SVG', () => download(name('svg'), svg(), 'image/svg+xml')],
    ['PNG', async () => download(name('png'), await svgToPng(svg()), 'image/png')],
    ['JSON', () => download(name('json'), toJson(data(), { view: src.view(), context: src.context(), url: location.href, exportedAt: new Date().toISOString() }), 'application/json')],
    ['CSV meetings', () => download(name('meetings.csv'), meetingsCsv(meetings()), 'text/csv')],
    ['CSV nodes', () => download(name('nodes.csv'), nodesCsv(data()), 'text/csv')],
    ['CSV links', () => download(name('links.csv'), edgesCsv(data()), 'text/csv')],
    ['GraphML', () => download(name('graphml'), toGraphML(data()), 'application/graphml+xml')],
  ];
  const list = el(
    'div',
    { class: 'export-items', attrs: { role: 'group', 'aria-label': 'Export the current view' } },
    actions.map(([label, fn]) =>
      el('button', {
        text: label,
        attrs: { type: 'button', 'data-export': label },
        on: {
          click: () => {
            Promise.resolve(fn()).catch((e: unknown) => console.error(`export failed: ${String(e)}`));
          },
        },
      }),
    ),
  );
  return el('div', { class: 'export-menu' }, [el('span', { class: 'export-label', text: 'Export' }), list]);
}
