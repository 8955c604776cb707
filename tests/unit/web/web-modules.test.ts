/** The explorer's DOM-free modules: URL state, exports, layout determinism, synthetic graphs. */
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { edgesCsv, toGraphML } from '../../../web/src/export.js';
import { xmlEscape } from '../../../src/domain/xml.js';
import { graphFromMeetings, indexGraph } from '../../../web/src/graph-data.js';
import { createLayout } from '../../../web/src/layout-core.js';
import { syntheticGraph } from '../../../web/src/synthetic.js';
import { DEFAULT_STATE, filterOf, formatState, parseState } from '../../../web/src/url-state.js';
import type { MeetingSummary } from '../../../web/src/api.js';

describe('url state', () => {
  it('round-trips and drops defaults', () => {
    const s = { ...DEFAULT_STATE, focus: 'p-ilham-aliyev', from: '2025-01-01', to: '2025-10-31', countries: ['AZ', 'RU'], topics: ['energy'], view: 'map' as const };
    expect(parseState(formatState(s))).toEqual(s);
    expect(formatState(DEFAULT_STATE)).toBe('');
    expect(filterOf(s)).toEqual({ countries: ['AZ', 'RU'], topics: ['energy'], from: '2025-01-01', to: '2025-10-31' });
    expect(filterOf(s, false)).toEqual({ countries: ['AZ', 'RU'], topics: ['energy'] });
  });
  it('keeps the graph tools: expanded, hidden and pinned nodes and the chain ends', () => {
    const s = {
      ...DEFAULT_STATE,
      focus: 'TR',
      expanded: ['RU', 'p-vladimir-putin'],
      hidden: ['m-2024-10-23-kazan', 'org:AU'],
      pinned: [{ id: 'RU', x: 120, y: -40 }, { id: 'country:AU', x: 0, y: 7 }],
      chain: ['p-recep-tayyip-erdogan', 'CN'] as [string, string],
    };
    const query = formatState(s);
    expect(query).toContain(`pinned=${encodeURIComponent('RU@120:-40,country:AU@0:7')}`);
    expect(parseState(query)).toEqual(s);
    // Pins are kept in whole layout units.
    expect(parseState(formatState({ ...s, pinned: [{ id: 'RU', x: 10.4, y: -3.6 }] })).pinned).toEqual([{ id: 'RU', x: 10, y: -4 }]);
    expect(formatState({ ...DEFAULT_STATE, expanded: [], hidden: [], pinned: [], chain: null })).toBe('');
  });
  it('drops graph-tool values a crafted link might carry', () => {
    const s = parseState(`?hidden=RU,%3Cscript%3E,RU&pinned=${encodeURIComponent('RU@1:2,<b>@1:2,CN@x:1,IN@1e9:0,TR@3:4')}&chain=TR&expanded=a%20b`);
    expect(s.hidden).toEqual(['RU']);
    expect(s.pinned).toEqual([{ id: 'RU', x: 1, y: 2 }, { id: 'TR', x: 3, y: 4 }]);
    expect(s.chain).toBeNull();
    expect(s.expanded).toEqual([]);
    expect(parseState('?chain=tr,tr').chain).toBeNull();
    expect(parseState('?chain=tr,p-xi-jinping').chain).toEqual(['TR', 'p-xi-jinping']);
  });
  it('ignores values a crafted link might carry', () => {
    const s = parseState('?view=evil&focus=%3Cscript%3E&from=yesterday&modality=TELEPATHY&depth=9&countries=AZ,%3Cimg%3E');
    expect(s.view).toBe('graph');
    expect(s.focus).toBeNull();
    expect(s.from).toBeNull();
    expect(s.modality).toBeNull();
    expect(s.depth).toBe(1);
    expect(s.countries).toEqual(['AZ']);
  });
});

describe('exports', () => {
  const data = {
    nodes: [
      { id: 'p-a', type: 'PERSON', label: 'A <b>&"\u0001', weight: 1 },
      { id: 'p-b', type: 'PERSON', label: '=cmd()', weight: 2 },
    ],
    edges: [{ source: 'p-a', target: 'p-b', type: 'MET', weight: 3 }],
  };
  it('writes valid GraphML whatever the labels hold', () => {
    const xml = toGraphML(data);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('A &lt;b&gt;&amp;&quot;');
    expect(xmlEscape("'")).toBe('&apos;');
  });
  it('writes CSV that a spreadsheet will not run as a formula', () => {
    const csv = edgesCsv(data);
    expect(csv.split('\r\n')[1]).toBe(`p-a,p-b,"A <b>&""\u0001",'=cmd(),MET,3`);
  });
});

describe('layout', () => {
  it('settles the same way for the same seed', () => {
    const g = indexGraph(syntheticGraph(300, 600, 3));
    const run = (): Float32Array => {
      const l = createLayout({ count: g.nodes.length, links: g.links, radii: g.radii, seed: 42 });
      for (let i = 0; i < 100; i++) l.tick();
      return l.positions;
    };
    expect(run()).toEqual(run());
  });
  it('fails fast on a link to a missing node', () => {
    expect(() => createLayout({ count: 2, links: Uint32Array.from([0, 5]), radii: new Float32Array(2), seed: 1 })).toThrow(/out of range/);
  });
});

describe('overview graph from meetings', () => {
  const m = (id: string, people: [string, string, string][]): MeetingSummary => ({
    id,
    date: '2025-10-15',
    status: 'HELD',
    modality: 'IN_PERSON',
    settingEvent: null,
    sourceCount: 1,
    place: null,
    parties: [...new Set(people.map((p) => p[2]))].map((code) => ({ code, name: code, kind: 'COUNTRY' as const })),
    participants: people.map(([pid, name, code]) => ({ person: { id: pid, name }, party: { code }, role: null })),
    topics: [],
  });
  const meetings = [
    m('m-1', [['p-aliyev', 'Ilham Aliyev', 'AZ'], ['p-putin', 'Vladimir Putin', 'RU']]),
    m('m-2', [['p-putin', 'Vladimir Putin', 'RU'], ['p-aliyev', 'Ilham Aliyev', 'AZ']]),
  ];
  it('collapses meetings into weighted person-person and country-country edges', () => {
    const g = graphFromMeetings(meetings, 'COLLAPSED');
    expect(g.edges).toContainEqual({ source: 'p-aliyev', target: 'p-putin', type: 'MET', weight: 2 });
    expect(g.edges).toContainEqual({ source: 'AZ', target: 'RU', type: 'MET', weight: 2 });
  });
  it('keeps meetings as nodes in meetings mode, linked to where they were held', () => {
    const g = graphFromMeetings(meetings, 'MEETINGS');
    expect(g.nodes.filter((n) => n.type === 'MEETING')).toHaveLength(2);
    expect(g.edges).toContainEqual({ source: 'p-aliyev', target: 'm-1', type: 'ATTENDED', weight: 1 });
    const baku = { id: 'pl-baku-az', name: 'Baku', country: 'AZ', lat: 40.4, lon: 49.9 };
    const held = graphFromMeetings([{ ...meetings[0]!, place: baku }], 'MEETINGS');
    expect(held.nodes).toContainEqual({ id: 'pl-baku-az', type: 'PLACE', label: 'Baku', weight: 1 });
    expect(held.edges).toContainEqual({ source: 'm-1', target: 'pl-baku-az', type: 'LOCATED_IN', weight: 1 });
  });
  it('links one side as a delegation, a planned meeting as PLANNED, and each person to the party they represent', () => {
    const talks = m('m-3', [['p-modi', 'Narendra Modi', 'IN'], ['p-jaishankar', 'S. Jaishankar', 'IN'], ['p-ishiba', 'Shigeru Ishiba', 'JP']]);
    const g = graphFromMeetings([talks, { ...meetings[0]!, id: 'm-4', status: 'PLANNED' }], 'COLLAPSED');
    const types = (a: string, b: string): string[] =>
      g.edges.filter((e) => [e.source, e.target].sort().join() === [a, b].sort().join()).map((e) => e.type);
    expect(types('p-modi', 'p-jaishankar')).toEqual(['SAME_DELEGATION']);
    expect(types('p-modi', 'p-ishiba')).toEqual(['MET']);
    expect(types('p-aliyev', 'p-putin')).toEqual(['PLANNED']);
    expect(types('AZ', 'RU')).toEqual(['PLANNED']);
    expect(g.edges).toContainEqual({ source: 'p-jaishankar', target: 'IN', type: 'REPRESENTS', weight: 1 });
  });
  it('indexes each edge with its type and keeps links that are no tie thin', () => {
    const g = indexGraph(graphFromMeetings([...meetings, ...meetings], 'COLLAPSED'));
    const widthOf = (type: string): number => g.linkWidths[g.edges.findIndex((e) => e.type === type)] as number;
    expect(widthOf('MET')).toBeGreaterThan(1);
    expect(widthOf('REPRESENTS')).toBe(1);
    expect(new Set(g.linkTypes).size).toBe(2);
  });
});
