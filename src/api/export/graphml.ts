/**
 * GraphML of meetings: a node per meeting, person, party, place and topic, and edges
 * ATTENDED (person -> meeting, with role and party), BETWEEN (meeting -> party), HELD_IN
 * (meeting -> place) and ABOUT (meeting -> topic). GraphML lets nodes and edges come in any
 * order, so a meeting is written as it arrives; a neighbour is written the first time it is
 * met (the writer remembers neighbour ids, not meetings).
 */
import { xmlEscape } from '../../domain/xml.js';
import type { ExportedMeeting } from '../../store/queries/meeting-export.js';

const KEYS: [id: string, target: 'node' | 'edge', type: string][] = [
  ['kind', 'node', 'string'], ['label', 'node', 'string'], ['date', 'node', 'string'], ['status', 'node', 'string'],
  ['modality', 'node', 'string'], ['settingKind', 'node', 'string'], ['settingEvent', 'node', 'string'],
  ['sourceCount', 'node', 'int'], ['confidence', 'node', 'double'], ['country', 'node', 'string'],
  ['evidence', 'node', 'string'], ['sources', 'node', 'string'],
  ['type', 'edge', 'string'], ['role', 'edge', 'string'], ['party', 'edge', 'string'],
];

export const GRAPHML_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n' +
  KEYS.map(([id, target, type]) => `<key id="${id}" for="${target}" attr.name="${id}" attr.type="${type}"/>\n`).join('') +
  '<graph id="meetings" edgedefault="directed">\n';

export const GRAPHML_TAIL = '</graph>\n</graphml>\n';

type Data = Record<string, string | number | null | undefined>;

const data = (d: Data): string =>
  Object.entries(d)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `<data key="${k}">${xmlEscape(String(v))}</data>`)
    .join('');

const node = (id: string, d: Data): string => `<node id="${xmlEscape(id)}">${data(d)}</node>\n`;
const edge = (source: string, target: string, d: Data): string =>
  `<edge source="${xmlEscape(source)}" target="${xmlEscape(target)}">${data(d)}</edge>\n`;

/** Writes meetings one at a time; `seen` keeps the neighbour nodes already written. */
export function graphmlWriter(): (m: ExportedMeeting) => string {
  const seen = new Set<string>();
  const once = (id: string, d: Data): string => {
    if (seen.has(id)) return '';
    seen.add(id);
    return node(id, d);
  };
  return (m) => {
    let out = node(m.id, {
      kind: 'MEETING', label: `${m.date ?? 'undated'} ${m.participants.map((p) => p.person.name).join(', ')}`,
      date: m.date, status: m.status.toUpperCase(), modality: m.modality.toUpperCase(),
      settingKind: m.settingKind.toUpperCase(), settingEvent: m.settingEvent,
      sourceCount: m.sourceCount, confidence: m.confidence,
      evidence: m.evidence.map((e) => e.sentence).join('\n'),
      sources: m.sources.map((a) => a.url ?? a.id).join('\n'),
    });
    for (const p of m.parties) {
      const id = `party:${p.code}`;
      out += once(id, { kind: p.kind, label: p.name ?? p.code }) + edge(m.id, id, { type: 'BETWEEN' });
    }
    for (const p of m.participants) {
      out += once(p.person.id, { kind: 'PERSON', label: p.person.name });
      out += edge(p.person.id, m.id, { type: 'ATTENDED', role: p.role, party: p.party?.code });
    }
    if (m.place) out += once(m.place.id, { kind: 'PLACE', label: m.place.name, country: m.place.country }) + edge(m.id, m.place.id, { type: 'HELD_IN' });
    for (const t of m.topics) {
      const id = `topic:${t.name}`;
      out += once(id, { kind: 'TOPIC', label: t.name }) + edge(m.id, id, { type: 'ABOUT' });
    }
    return out;
  };
}
