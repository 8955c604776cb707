/**
 * Colours by node type, chosen from ColorBrewer Dark2 (colour-blind safe, and each has a
 * contrast ratio of at least 3:1 against the white canvas, WCAG 2.1 for graphics).
 */
export const TYPE_COLORS: Record<string, string> = {
  COUNTRY: '#1b6fb5',
  PERSON: '#d95f02',
  MEETING: '#7570b3',
  PLACE: '#1b9e77',
  TOPIC: '#c2185b',
  ORGANIZATION: '#5f8a1e',
  ARTICLE: '#6b6b6b',
};

/** How meetings were held, in the bilateral view's chart (Dark2, as the node types). */
export const MODALITY_STYLES = [
  { key: 'inPerson', label: 'In person', color: '#1b9e77' },
  { key: 'phone', label: 'Phone', color: '#d95f02' },
  { key: 'video', label: 'Video', color: '#7570b3' },
] as const;

export const TYPE_LABELS: Record<string, string> = {
  COUNTRY: 'Country',
  PERSON: 'Person',
  MEETING: 'Meeting',
  PLACE: 'Place',
  TOPIC: 'Topic',
  ORGANIZATION: 'Organisation',
  ARTICLE: 'Article',
};

/**
 * How each kind of edge is drawn, so that "met" never looks like "represents": colour, dash
 * (canvas setLineDash / SVG stroke-dasharray, in screen pixels) and how strongly the width
 * follows the meetings it stands for (0: always thin).
 */
export interface EdgeStyle {
  label: string;
  color: string;
  dash: readonly number[];
  widthScale: number;
}

export const EDGE_STYLES: Record<string, EdgeStyle> = {
  MET: { label: 'Met', color: 'rgba(60, 72, 88, 0.45)', dash: [], widthScale: 1 },
  PLANNED: { label: 'Planned to meet', color: 'rgba(117, 112, 179, 0.7)', dash: [6, 4], widthScale: 1 },
  SAME_DELEGATION: { label: 'Same delegation', color: 'rgba(217, 95, 2, 0.6)', dash: [2, 3], widthScale: 0.5 },
  ATTENDED: { label: 'Attended', color: 'rgba(60, 72, 88, 0.28)', dash: [], widthScale: 0 },
  BETWEEN: { label: 'Party to', color: 'rgba(27, 111, 181, 0.3)', dash: [], widthScale: 0 },
  REPRESENTS: { label: 'Represents', color: 'rgba(27, 111, 181, 0.35)', dash: [1, 3], widthScale: 0 },
  LOCATED_IN: { label: 'Located in', color: 'rgba(27, 158, 119, 0.5)', dash: [8, 3, 1, 3], widthScale: 0 },
};

/** Edge type -> small integer, so the renderer batches one canvas path per type and width. */
export const EDGE_ORDER = Object.keys(EDGE_STYLES);

const OTHER_EDGE: EdgeStyle = { label: 'Link', color: 'rgba(60, 72, 88, 0.28)', dash: [], widthScale: 0 };

export function edgeStyle(type: string): EdgeStyle {
  return EDGE_STYLES[type] ?? OTHER_EDGE;
}

export function edgeIndex(type: string): number {
  const i = EDGE_ORDER.indexOf(type);
  return i < 0 ? EDGE_ORDER.length : i;
}

/** The style of an edge by its index (the last index is any type without a style of its own). */
export function edgeStyleAt(index: number): EdgeStyle {
  return EDGE_STYLES[EDGE_ORDER[index] ?? ''] ?? OTHER_EDGE;
}

export const FALLBACK_COLOR = '#555555';
export const ACCENT = '#e8a400';
export const EDGE_HIGHLIGHT = 'rgba(232, 164, 0, 0.9)';

export function colorOf(type: string): string {
  return TYPE_COLORS[type] ?? FALLBACK_COLOR;
}

/** Node type -> small integer, so the renderer batches one canvas path per type. */
export const TYPE_ORDER = Object.keys(TYPE_COLORS);

export function typeIndex(type: string): number {
  const i = TYPE_ORDER.indexOf(type);
  return i < 0 ? TYPE_ORDER.length : i;
}
