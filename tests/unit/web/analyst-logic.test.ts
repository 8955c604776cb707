/** The explorer's pure logic for analysts: resolving typed names, the time story, evidence, hit tests, exports. */
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { gaps, isOverdue, monthBars, visitNote } from '../../../web/src/bilateral-story.js';
import { groupEvidence, highlight, supportingTerms } from '../../../web/src/evidence-text.js';
import { frameSvg, meetingsCsv, type ExportContext } from '../../../web/src/export.js';
import { percentile } from '../../../web/src/frame-stats.js';
import { arcPieces, piecesPath } from '../../../web/src/arc-geometry.js';
import { geoNaturalEarth1 } from 'd3';
import { carryPositions, indexGraph, withoutRepresents } from '../../../web/src/graph-data.js';
import { nearestEdge, nearestPolyline, segmentDistance2 } from '../../../web/src/hit-test.js';
import { canonicalPartyId, createPartyIndex, createResolver, decide, normalise, type LookupHit, type PartyTable } from '../../../web/src/resolve-input.js';
import { DEFAULT_STATE, formatState, parseState } from '../../../web/src/url-state.js';

const TABLE: PartyTable = {
  countries: [
    ['IN', 'India', ['Republic of India', 'Bharat', 'IND', 'Indian']],
    ['CN', 'China', ["People's Republic of China", 'PRC', 'CHN', 'Chinese']],
    ['AU', 'Australia', ['Commonwealth of Australia', 'AUS', 'Australian']],
    ['CD', 'DR Congo', ['Democratic Republic of the Congo', 'Congo', 'COD']],
    ['CG', 'Republic of the Congo', ['Congo-Brazzaville', 'COG']],
    ['FR', 'France', ['French Republic', 'FRA', 'French']],
  ],
  organisations: [
    ['UN', 'United Nations', ['the United Nations', 'U.N.', 'UNO']],
    ['AU', 'African Union', ['the African Union']],
  ],
};
const parties = createPartyIndex(TABLE);
const BOTH = ['COUNTRY', 'ORGANISATION'] as const;

describe('resolving what an analyst types', () => {
  it('names, codes and aliases of any case resolve to the canonical code', () => {
    for (const text of ['India', 'india', 'INDIA', 'IN', 'in', 'Bharat', 'Republic of India', 'IND']) {
      const r = decide(text, parties.find(text, [...BOTH]));
      expect(r.status, text).toBe('resolved');
      expect(r.status === 'resolved' && r.hit.id, text).toBe('IN');
    }
    const fr = decide('  the  French Republic ', parties.find('  the  French Republic ', [...BOTH]));
    expect(fr.status === 'resolved' && fr.hit.id).toBe('FR');
  });

  it('an organisation whose code is also a country code gets the org: prefix the API takes', () => {
    const r = decide('African Union', parties.find('African Union', [...BOTH]));
    expect(r.status === 'resolved' && r.hit).toMatchObject({ kind: 'ORGANISATION', id: 'org:AU' });
    expect(parties.byId('org:AU')?.name).toBe('African Union');
    // "AU" alone names two parties, as the API says: each has its own prefixed id.
    expect(parties.byId('country:AU')?.name).toBe('Australia');
    expect(parties.byId('AU')).toBeNull();
    expect(canonicalPartyId({ kind: 'COUNTRY', id: 'country:GB' }, parties.countryCodes, parties.orgCodes)).toBe('GB');
    expect(canonicalPartyId({ kind: 'ORGANISATION', id: 'org:UN' }, parties.countryCodes, parties.orgCodes)).toBe('UN');
    expect(canonicalPartyId({ kind: 'PERSON', id: 'p-x' }, parties.countryCodes, parties.orgCodes)).toBe('p-x');
    const un = decide('U.N.', parties.find('U.N.', [...BOTH]));
    expect(un.status === 'resolved' && un.hit.id).toBe('UN');
  });

  it('a typo is unresolved with the nearest names as suggestions, never a guess', () => {
    const r = decide('Indi', parties.find('Indi', [...BOTH]));
    expect(r.status).toBe('unresolved');
    expect(r.status === 'unresolved' && r.suggestions.map((h) => h.id)).toContain('IN');
    const none = decide('Atlantis', parties.find('Atlantis', [...BOTH]));
    expect(none).toEqual({ status: 'unresolved', text: 'Atlantis', suggestions: [] });
  });

  it('a name two parties share is ambiguous', () => {
    const r = decide('Congo', parties.find('Congo', ['COUNTRY']));
    // "Congo" is DR Congo's alias and a word of the Republic's name: only the exact alias counts as exact.
    expect(r.status === 'resolved' && r.hit.id).toBe('CD');
    const au = decide('AU', parties.find('AU', [...BOTH]));
    expect(au.status).toBe('ambiguous');
    expect(au.status === 'ambiguous' && au.hits.map((h) => h.id).sort()).toEqual(['country:AU', 'org:AU']);
  });

  it('strips accents, case and a leading "the"', () => {
    expect(normalise('  The Élysée  Palace ')).toBe('elysee palace');
  });

  it('uses the API lookup when the server has it, and the built-in table with search when it has not', async () => {
    const calls: string[] = [];
    const remote: LookupHit = { kind: 'ORGANISATION', id: 'AU', name: 'African Union', matchedAlias: 'AU', score: 1 };
    const withLookup = createResolver(parties, {
      lookup: async () => (calls.push('lookup'), [remote]),
      search: async () => (calls.push('search'), []),
    });
    const a = await withLookup.resolve('AU', ['ORGANISATION']);
    expect(a.status === 'resolved' && a.hit.id).toBe('org:AU');

    const without = createResolver(parties, {
      lookup: async () => {
        calls.push('lookup-missing');
        throw new Error('Cannot query field "lookup" on type "Query".');
      },
      search: async () => (calls.push('search'), [{ kind: 'PERSON', id: 'p-narendra-modi', label: 'Narendra Modi' }]),
    });
    const first = await without.resolve('Narendra Modi', ['PERSON']);
    expect(first.status === 'resolved' && first.hit.id).toBe('p-narendra-modi');
    // A surname that is one person's whole word resolves; a mere word start only suggests.
    const surname = await without.resolve('Modi', ['PERSON']);
    expect(surname.status === 'resolved' && surname.hit.id).toBe('p-narendra-modi');
    expect((await without.resolve('Mod', ['PERSON'])).status).toBe('unresolved');
    const second = await without.resolve('India', ['COUNTRY']);
    expect(second.status === 'resolved' && second.hit.id).toBe('IN');
    // The missing field is asked for once, then the page stops asking.
    expect(calls.filter((c) => c === 'lookup-missing')).toHaveLength(1);
    // A server that lacks the argument type says that first; it means the same.
    const older = createResolver(parties, {
      lookup: async () => {
        throw new Error('Unknown type "EntityKind".');
      },
      search: async () => [],
    });
    const third = await older.resolve('France', ['COUNTRY']);
    expect(third.status === 'resolved' && third.hit.id).toBe('FR');
  });

  it('other API failures are reported, not turned into "no match"', async () => {
    const failing = createResolver(parties, {
      lookup: async () => {
        throw new Error('the API answered 503 without JSON');
      },
      search: async () => [],
    });
    await expect(failing.resolve('India', ['COUNTRY'])).rejects.toThrow(/503/);
  });
});

describe('bilateral time story', () => {
  const bars = monthBars([
    { period: '2019-04', count: 1 },
    { period: '2025-10', count: 2 },
    { period: '2024-07', count: 1 },
    { period: '2024', count: 3 },
  ]);
  it('puts months on a real axis, in order, skipping periods that are not months', () => {
    expect(bars.map((b) => b.start.toISOString().slice(0, 7))).toEqual(['2019-04', '2024-07', '2025-10']);
    expect(bars[0]!.end.toISOString().slice(0, 10)).toBe('2019-05-01');
  });
  it('names the long gaps between meetings', () => {
    expect(gaps(bars).map((g) => g.months)).toEqual([62, 14]);
    expect(gaps(bars, 20).map((g) => g.months)).toEqual([62]);
  });
  it('reads a trip after years away as "first visit in N years"', () => {
    expect(visitNote({ yearsSincePrevious: 6.5 })).toBe('first visit in 6 years');
    expect(visitNote({ yearsSincePrevious: 1 })).toBe('first visit in 1 year');
    expect(visitNote({ yearsSincePrevious: 0.4 })).toBeNull();
    expect(visitNote({ yearsSincePrevious: null })).toBe('first known visit');
  });
  it('flags a planned meeting only once its whole month or year has passed', () => {
    expect(isOverdue({ status: 'PLANNED', date: '2026-03' }, '2026-12-05')).toBe(true);
    expect(isOverdue({ status: 'PLANNED', date: '2026-12' }, '2026-12-05')).toBe(false);
    expect(isOverdue({ status: 'PLANNED', date: '2026' }, '2026-12-05')).toBe(false);
    expect(isOverdue({ status: 'PLANNED', date: '2026-12-04' }, '2026-12-05')).toBe(true);
    expect(isOverdue({ status: 'HELD', date: '2020-01-01' }, '2026-12-05')).toBe(false);
    expect(isOverdue({ status: 'PLANNED', date: null }, '2026-12-05')).toBe(false);
  });
});

describe('evidence', () => {
  it('marks whole words only, longest first, and keeps the text intact', () => {
    const s = 'Tokayev met Mirziyoyev in Tashkent; Tokayevsky was not there.';
    const segs = highlight(s, ['Tokayev', 'Kassym-Jomart Tokayev', 'Tashkent', 'in']);
    expect(segs.map((x) => x.text).join('')).toBe(s);
    expect(segs.filter((x) => x.mark).map((x) => x.text)).toEqual(['Tokayev', 'Tashkent']);
    expect(highlight('<script>x</script>', ['script'])).toEqual([
      { text: '<', mark: false },
      { text: 'script', mark: true },
      { text: '>x</', mark: false },
      { text: 'script', mark: true },
      { text: '>', mark: false },
    ]);
  });
  it('shows a sentence once however many articles and sections carry it', () => {
    const ev = (sentence: string, id: string) => ({ sentence, article: { id } });
    const seen = new Set<string>();
    const card = groupEvidence([ev('A met B.', 'a1'), ev('A  met B.', 'a2'), ev('They talked trade.', 'a1')], seen);
    expect(card.map((g) => [g.sentence, g.items.length])).toEqual([['A met B.', 2], ['They talked trade.', 1]]);
    expect(groupEvidence([ev('They talked trade.', 'a3'), ev('In Baku.', 'a3')], seen).map((g) => g.sentence)).toEqual(['In Baku.']);
  });
  it('supporting words are the people, surnames, place, parties and topics', () => {
    const terms = supportingTerms({
      participants: [{ person: { name: 'Ilham Aliyev' } }],
      place: { name: 'Moscow' },
      parties: [{ name: 'Azerbaijan', code: 'AZ' }],
      topics: [{ name: 'energy_security' }],
    });
    expect(terms).toEqual(['Ilham Aliyev', 'Aliyev', 'Moscow', 'Azerbaijan', 'energy security']);
  });
});

describe('hit tests', () => {
  it('measures the distance to a segment, not its line', () => {
    expect(segmentDistance2(5, 3, 0, 0, 10, 0)).toBe(9);
    expect(segmentDistance2(13, 4, 0, 0, 10, 0)).toBe(25);
  });
  it('picks the nearest link within the tolerance, or none', () => {
    const positions = Float32Array.from([0, 0, 100, 0, 0, 100, 100, 100]);
    const links = Uint32Array.from([0, 1, 2, 3, 0, 3]);
    expect(nearestEdge(positions, links, 50, 2, 5)).toBe(0);
    expect(nearestEdge(positions, links, 50, 97, 5)).toBe(1);
    expect(nearestEdge(positions, links, 50, 52, 5)).toBe(2);
    expect(nearestEdge(positions, links, 50, 30, 5)).toBe(-1);
  });
  it('picks the arc whose drawn pieces pass nearest, never one merely near its chord', () => {
    const high: [number, number][][] = [[[0, 0], [50, -40], [100, 0]]];
    const low: [number, number][][] = [[[0, 0], [50, -10], [100, 0]]];
    expect(nearestPolyline([high, low], 50, -38, 6)).toBe(0);
    expect(nearestPolyline([high, low], 50, -11, 6)).toBe(1);
    expect(nearestPolyline([high, low], 50, 20, 6)).toBe(-1);
  });
});

describe('stable layout', () => {
  it('nodes that stay keep their positions; new neighbours start beside them', () => {
    const prev = indexGraph({ nodes: [{ id: 'a', type: 'PERSON', label: 'A', weight: 1 }, { id: 'b', type: 'PERSON', label: 'B', weight: 1 }], edges: [{ source: 'a', target: 'b', type: 'MET', weight: 1 }] });
    const next = indexGraph({
      nodes: [{ id: 'c', type: 'PERSON', label: 'C', weight: 1 }, { id: 'b', type: 'PERSON', label: 'B', weight: 1 }, { id: 'z', type: 'PERSON', label: 'Z', weight: 1 }],
      edges: [{ source: 'b', target: 'c', type: 'MET', weight: 1 }],
    });
    const { initial, kept } = carryPositions(prev, Float32Array.from([10, 20, 300, 400]), next);
    expect(kept).toBe(1);
    expect([initial[2], initial[3]]).toEqual([300, 400]);
    expect(Math.hypot((initial[0] as number) - 300, (initial[1] as number) - 400)).toBeCloseTo(30, 3);
    expect(Number.isNaN(initial[4])).toBe(true);
  });
  it('the overview drops represents links only', () => {
    const g = withoutRepresents({ nodes: [], edges: [{ source: 'p', target: 'IN', type: 'REPRESENTS', weight: 1 }, { source: 'IN', target: 'CN', type: 'MET', weight: 2 }], truncated: false });
    expect(g.edges.map((e) => e.type)).toEqual(['MET']);
  });
});

describe('exports', () => {
  const ctx: ExportContext = { title: 'Bilateral ties', scope: 'India – China <&>', period: 'all dates', figures: ['3 meetings'], source: 'Source: DKG explorer' };
  it('frames a view with its title, scope, period, figures and source as valid SVG', () => {
    const svg = frameSvg('<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><circle r="3"/></svg>', ctx);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('India – China &lt;&amp;&gt;');
    expect(svg).toContain('3 meetings');
    // The view sits below the header, and the document grows by the header's height.
    const offset = Number(/<svg y="(\d+)"/.exec(svg)?.[1]);
    expect(offset).toBeGreaterThan(4 * 12);
    expect(svg).toContain(`height="${200 + offset}"`);
  });
  it('writes one row per meeting with sources and evidence, formula-injection safe', () => {
    const csv = meetingsCsv([
      {
        date: '2025-10-14',
        status: 'HELD',
        modality: 'IN_PERSON',
        sourceCount: 2,
        place: { name: '=HYPERLINK("x")', country: 'UZ' },
        parties: [{ code: 'KZ', name: 'Kazakhstan' }, { code: 'UZ', name: 'Uzbekistan' }],
        participants: [{ person: { name: '@Tokayev' }, party: { code: 'KZ' } }],
        evidence: [
          { sentence: 'They met, "warmly".', article: { id: 'a1', url: 'https://x.test/1', title: null } },
          { sentence: 'They met,  "warmly".', article: { id: 'a2', url: 'https://x.test/2', title: null } },
        ],
      },
    ]);
    const [header, row] = csv.split('\r\n');
    expect(header).toBe('date,parties,people,place,modality,status,sources,evidence');
    expect(row).toBe(`2025-10-14,Kazakhstan; Uzbekistan,'@Tokayev (KZ),"'=HYPERLINK(""x""), UZ",IN_PERSON,HELD,https://x.test/1 https://x.test/2,"They met, ""warmly""."`);
  });
});

describe('url state', () => {
  it('keeps organisation codes as written and the represents switch', () => {
    const s = { ...DEFAULT_STATE, view: 'bilateral' as const, a: 'org:AU', b: 'CoE', countries: ['IN', 'INTERPOL'], represents: true, selected: 'TIE:IN~CN' };
    expect(parseState(formatState(s))).toEqual(s);
    expect(parseState('?a=in&b=INDIA')).toMatchObject({ a: 'IN', b: 'INDIA' });
  });
});

describe('frame times', () => {
  it('the 95th percentile catches stalls the average hides', () => {
    const frames = [...Array.from({ length: 90 }, () => 16.7), ...Array.from({ length: 10 }, () => 120)];
    expect(percentile(frames, 95)).toBe(120);
    expect(percentile(frames, 50)).toBe(16.7);
    expect(percentile([], 95)).toBe(0);
  });
});

describe('map arcs', () => {
  const projection = geoNaturalEarth1().fitExtent([[8, 8], [952, 492]], { type: 'Sphere' });
  const project = (p: [number, number]): [number, number] | null => projection(p) as [number, number] | null;
  it('an arc across the antimeridian is cut in two, never drawn back across the map', () => {
    const pieces = arcPieces([139.7, 35.7], [-122.4, 37.8], project, 960);
    expect(pieces).toHaveLength(2);
    for (const piece of pieces) for (let i = 1; i < piece.length; i++) expect(Math.abs(piece[i]![0] - piece[i - 1]![0])).toBeLessThan(480);
  });
  it('an arc over the pole stays inside the map', () => {
    const pieces = arcPieces([-77, 38.9], [37.6, 55.8], project, 960);
    for (const [x, y] of pieces.flat()) {
      expect(x).toBeGreaterThanOrEqual(8);
      expect(x).toBeLessThanOrEqual(952);
      expect(y).toBeGreaterThanOrEqual(8);
      expect(y).toBeLessThanOrEqual(492);
    }
    expect(piecesPath(pieces)).toMatch(/^M[\d.]+,[\d.]+L/);
  });
});
