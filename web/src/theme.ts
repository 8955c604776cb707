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

export const TYPE_LABELS: Record<string, string> = {
  COUNTRY: 'Country',
  PERSON: 'Person',
  MEETING: 'Meeting',
  PLACE: 'Place',
  TOPIC: 'Topic',
  ORGANIZATION: 'Organisation',
  ARTICLE: 'Article',
};

export const FALLBACK_COLOR = '#555555';
export const ACCENT = '#e8a400';
export const EDGE_COLOR = 'rgba(60, 72, 88, 0.28)';
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
