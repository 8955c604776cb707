/**
 * Exports: the current view as SVG or PNG, and its data as JSON, CSV (one file for nodes,
 * one for links) and GraphML, which Gephi, yEd and Cytoscape open.
 */
import { csvRow } from '../../src/domain/csv.js';
import { xmlEscape } from '../../src/domain/xml.js';
import { groupEvidence } from './evidence-text.js';
import type { GraphEdgeData, GraphNodeData } from './api.js';


export interface ExportData {
  nodes: GraphNodeData[];
  edges: GraphEdgeData[];
}

export function toGraphML(data: ExportData): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="weight" for="node" attr.name="weight" attr.type="double"/>',
    '  <key id="etype" for="edge" attr.name="type" attr.type="string"/>',
    '  <key id="eweight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <graph id="dkg" edgedefault="undirected">',
  ];
  const ids = new Set<string>();
  for (const n of data.nodes) {
    ids.add(n.id);
    lines.push(
      `    <node id="${xmlEscape(n.id)}"><data key="label">${xmlEscape(n.label)}</data>` +
        `<data key="type">${xmlEscape(n.type)}</data><data key="weight">${n.weight}</data></node>`,
    );
  }
  data.edges.forEach((e, i) => {
    if (!ids.has(e.source) || !ids.has(e.target)) return;
    lines.push(
      `    <edge id="e${i}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">` +
        `<data key="etype">${xmlEscape(e.type)}</data><data key="eweight">${e.weight}</data></edge>`,
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/** RFC 4180 CSV, formula-safe (src/domain/csv.ts). */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  return [header, ...rows].map(csvRow).join('');
}

export function nodesCsv(data: ExportData): string {
  return toCsv(['id', 'label', 'type', 'weight'], data.nodes.map((n) => [n.id, n.label, n.type, n.weight]));
}

export function edgesCsv(data: ExportData): string {
  const label = new Map(data.nodes.map((n) => [n.id, n.label]));
  return toCsv(
    ['source', 'target', 'source_label', 'target_label', 'type', 'weight'],
    data.edges.map((e) => [e.source, e.target, label.get(e.source) ?? '', label.get(e.target) ?? '', e.type, e.weight]),
  );
}

export function toJson(data: ExportData, meta: Record<string, unknown>): string {
  return `${JSON.stringify({ ...meta, nodes: data.nodes, edges: data.edges }, null, 2)}\n`;
}

export function download(name: string, content: Blob | string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Rasterises an SVG document (an <svg> with width and height) to PNG at twice its size. */
export async function svgToPng(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the SVG could not be drawn'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth * 2;
    canvas.height = img.naturalHeight * 2;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0);
    return await new Promise((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas gave no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Serialises a live <svg> with the styles it inherits from the stylesheet inlined, so it stands alone. */
export function serializeSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const props = ['fill', 'stroke', 'stroke-width', 'stroke-opacity', 'fill-opacity', 'opacity', 'font-size', 'font-family', 'font-weight', 'text-anchor', 'paint-order', 'vector-effect'];
  const live = [svg, ...svg.querySelectorAll('*')];
  const copied = [copy, ...copy.querySelectorAll('*')];
  live.forEach((node, i) => {
    const target = copied[i];
    if (!target) return;
    const cs = getComputedStyle(node);
    for (const p of props) {
      const v = cs.getPropertyValue(p);
      // The map's hairlines only; "none" everywhere else would bloat the file.
      if (v && !(p === 'vector-effect' && v === 'none')) target.setAttribute(p, v);
    }
    target.removeAttribute('class');
    target.removeAttribute('style');
  });
  const rect = svg.getBoundingClientRect();
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(Math.round(rect.width)));
  copy.setAttribute('height', String(Math.round(rect.height)));
  if (!copy.getAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${Math.round(rect.width)} ${Math.round(rect.height)}`);
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#ffffff');
  copy.insertBefore(bg, copy.firstChild);
  return new XMLSerializer().serializeToString(copy);
}

/** What an export says about itself: the view, what it is centred on, the period, the figures. */
export interface ExportContext {
  title: string;
  /** The pair or focus ("India – China", "Centred on Narendra Modi", "All meetings"). */
  scope: string;
  /** "2024-01-01 to 2025-10-31", or "all dates". */
  period: string;
  /** Headline figures ("12 meetings", "3 visits India→China"). */
  figures: string[];
  /** Where it comes from: the page's URL and the export day. */
  source: string;
}

export function contextLines(c: ExportContext): string[] {
  return [c.title, `${c.scope} · ${c.period}`, ...(c.figures.length ? [c.figures.join(' · ')] : []), c.source];
}

/** An SVG document with the export's context written above it (an SVG nested inside). */
export function frameSvg(svg: string, c: ExportContext): string {
  const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 800);
  const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 600);
  const lines = contextLines(c);
  const lineH = 18;
  const head = 12 + lines.length * lineH;
  const w = Math.max(width, 480);
  const text = lines
    .map((l, i) => `<text x="12" y="${24 + i * lineH}" font-size="${i === 0 ? 15 : 12}"${i === 0 ? ' font-weight="600"' : ' fill="#4f5b6d"'}>${xmlEscape(l)}</text>`)
    .join('');
  const inner = svg.replace(/^<\?xml[^>]*>\s*/, '').replace(/^<svg/, `<svg y="${head}"`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${height + head}" viewBox="0 0 ${w} ${height + head}" font-family="system-ui, sans-serif"><rect width="100%" height="100%" fill="#ffffff"/>${text}${inner}</svg>`;
}

/** A meeting as the meetings table needs it: the list views' shape, with evidence when loaded. */
export interface MeetingRow {
  date: string | null;
  status: string;
  modality: string;
  sourceCount: number;
  place: { name: string; country: string | null } | null;
  parties: { code: string; name: string | null }[];
  participants: { person: { name: string }; party: { code: string } | null }[];
  evidence?: { sentence: string; article: { url: string | null; title: string | null; id: string } }[];
}

/** The meetings table: one row per meeting, sources and evidence joined in one cell each. */
export function meetingsCsv(meetings: readonly MeetingRow[]): string {
  return toCsv(
    ['date', 'parties', 'people', 'place', 'modality', 'status', 'sources', 'evidence'],
    meetings.map((m) => {
      const ev = m.evidence ?? [];
      const sources = [...new Set(ev.map((e) => e.article.url ?? e.article.title ?? e.article.id))];
      return [
        m.date,
        m.parties.map((p) => p.name ?? p.code).join('; '),
        [...new Set(m.participants.map((p) => `${p.person.name}${p.party ? ` (${p.party.code})` : ''}`))].join('; '),
        m.place ? `${m.place.name}${m.place.country ? `, ${m.place.country}` : ''}` : null,
        m.modality,
        m.status,
        sources.length ? sources.join(' ') : String(m.sourceCount),
        groupEvidence(ev).map((g) => g.sentence).join(' | '),
      ];
    }),
  );
}
