/** The graph tools' pure logic: merging an expansion in, hiding nodes, drawing a found chain. */
import { describe, expect, it } from 'vitest';
import type { GraphData } from '../../../web/src/api.js';
import { chainGraph, mergeGraph, missingIds, missingNote, stepText, withoutNodes, type ChainData } from '../../../web/src/graph-tools.js';

const node = (id: string, type = 'PERSON'): GraphData['nodes'][number] => ({ id, type, label: id.toUpperCase(), weight: 1 });
const edge = (source: string, target: string, type = 'MET'): GraphData['edges'][number] => ({ source, target, type, weight: 1 });

describe('mergeGraph', () => {
  const base: GraphData = { nodes: [node('a'), node('b')], edges: [edge('a', 'b')], truncated: true };

  it('adds only the nodes and links the graph lacks, after the ones it has', () => {
    const merged = mergeGraph(base, { nodes: [node('b'), node('c'), node('c')], edges: [edge('b', 'a'), edge('b', 'c'), edge('b', 'c')] });
    expect(merged.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(merged.edges).toEqual([edge('a', 'b'), edge('b', 'c')]);
    expect(merged.truncated).toBe(true);
  });

  it('keeps a link of another type between the same two nodes', () => {
    expect(mergeGraph(base, { nodes: [], edges: [edge('a', 'b', 'PLANNED')] }).edges).toHaveLength(2);
  });

  it('keeps the existing node objects, so their labels and weights do not change', () => {
    const merged = mergeGraph(base, { nodes: [{ ...node('a'), label: 'other', weight: 9 }], edges: [] });
    expect(merged.nodes[0]).toBe(base.nodes[0]);
  });
});

describe('withoutNodes', () => {
  it('drops hidden nodes and every link that touches them', () => {
    const g: GraphData = { nodes: [node('a'), node('b'), node('c')], edges: [edge('a', 'b'), edge('b', 'c'), edge('a', 'c')], truncated: false };
    const out = withoutNodes(g, new Set(['b']));
    expect(out.nodes.map((n) => n.id)).toEqual(['a', 'c']);
    expect(out.edges).toEqual([edge('a', 'c')]);
  });
});

const meeting = (id: string, people: [string, string][], parties: [string, string][] = [], place: string | null = 'Astana'): ChainData['meetings'][number] => ({
  id,
  date: `2024-0${id.length}-01`,
  status: 'HELD',
  meeting: {
    settingEvent: null,
    place: place ? { name: place } : null,
    participants: people.map(([pid, name]) => ({ person: { id: pid, name } })),
    parties: parties.map(([code, name]) => ({ code, name, kind: 'COUNTRY' })),
  },
});

describe('chainGraph', () => {
  it('turns a chain of people into its stops in order, a link per meeting and readable steps', () => {
    const chain: ChainData = {
      hops: 2,
      via: ['Ann Lee', 'Bo Ray', 'Cy Fox'],
      meetings: [meeting('m1', [['p-ann', 'Ann Lee'], ['p-bo', 'Bo Ray']]), meeting('m22', [['p-cy', 'Cy Fox'], ['p-bo', 'Bo Ray']], [], null)],
    };
    const g = chainGraph(chain)!;
    expect(g.nodes.map((n) => n.id)).toEqual(['p-ann', 'p-bo', 'p-cy']);
    expect(g.edges.map((e) => [e.source, e.target, e.type])).toEqual([['p-ann', 'p-bo', 'MET'], ['p-bo', 'p-cy', 'MET']]);
    expect(g.steps.map(stepText)).toEqual(['Ann Lee met Bo Ray, 2024-02-01, Astana', 'Bo Ray met Cy Fox, 2024-03-01']);
  });

  it('finds parties by name and uses their codes as node ids', () => {
    const chain: ChainData = { hops: 1, via: ['Kazakhstan', 'Uzbekistan'], meetings: [meeting('m1', [], [['KZ', 'Kazakhstan'], ['UZ', 'Uzbekistan']])] };
    expect(chainGraph(chain)!.nodes.map((n) => [n.id, n.type])).toEqual([['KZ', 'COUNTRY'], ['UZ', 'COUNTRY']]);
  });

  it('gives null, not a wrong drawing, when a stop is not in its meeting', () => {
    const chain: ChainData = { hops: 1, via: ['Ann Lee', 'Nobody'], meetings: [meeting('m1', [['p-ann', 'Ann Lee'], ['p-bo', 'Bo Ray']])] };
    expect(chainGraph(chain)).toBeNull();
  });
});

describe('ids a link names that the graph lacks', () => {
  const g = { nodes: [node('a'), node('b')] };

  it('are listed by what the link does with them', () => {
    const missing = missingIds(g, { expanded: ['a', 'x'], hidden: ['b', 'y'], pinned: [{ id: 'a' }, { id: 'z' }] });
    expect(missing).toEqual({ expanded: ['x'], hidden: ['y'], pinned: ['z'] });
    expect(missingNote(missing)).toBe('The link names nodes this graph does not have: “x” (expanded), “y” (hidden), “z” (pinned). Check the link, or widen the filters and the time range.');
  });

  it('say nothing when the graph has them all', () => {
    expect(missingNote(missingIds(g, { expanded: ['a'], hidden: ['b'], pinned: [] }))).toBeNull();
    expect(missingNote({ expanded: [], hidden: ['q'], pinned: [] })).toMatch(/^The link names a node this graph/);
  });
});
