/**
 * Meeting cards (src/store/meeting-cards.ts) are a copy of what the graph says, kept for
 * speed: a page read from cards must equal the page projected from the graph, after
 * ingestion, curation and retraction, and after an upgrade from a database without cards.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/cli/ingest.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { removeArticles } from '../../src/store/article-removal.js';
import type { Store } from '../../src/store/driver.js';
import { CARD_VERSION } from '../../src/store/meeting-cards.js';
import { migrate } from '../../src/store/migrations.js';
import { correctMeeting } from '../../src/store/queries/meeting-correction.js';
import { ALL_PARTS, type MeetingView } from '../../src/store/queries/meeting-projection.js';
import { meetingsPage } from '../../src/store/queries/meetings-page.js';
import { mergePeople } from '../../src/store/queries/person-merge.js';
import { freshStore } from '../helpers/db.js';

const ARTICLES = path.join(PROJECT_ROOT, 'samples');
const CURATOR = { keyFingerprint: '0123456789abcdef', note: 'test' };

/** A projected meeting with what cards leave out emptied. */
function withoutEvidence(m: MeetingView): MeetingView {
  return {
    ...m,
    placeEvidence: [],
    evidence: [],
    corrections: [],
    participants: m.participants.map((p) => ({ ...p, evidence: [] })),
    topics: m.topics.map((t) => ({ ...t, evidence: [] })),
  };
}

async function bothPages(store: Store): Promise<{ cards: MeetingView[]; graph: MeetingView[] }> {
  const cards = await meetingsPage(store, {}, { first: 500, after: null }, { evidence: false, corrections: false });
  const graph = await meetingsPage(store, {}, { first: 500, after: null }, ALL_PARTS);
  // The key lists graph() reads beside each card name the same parties and people, and
  // each person's side (their party) as the meeting gives it.
  const keys = await store.query<{ id: string; parties: string[]; people: string[]; sides: string[] }>(
    'MATCH (m:Meeting) RETURN m.id AS id, m.partyKeys AS parties, m.personKeys AS people, m.personSides AS sides',
  );
  const byId = new Map(keys.map((k) => [k.id, k]));
  for (const m of graph.meetings) {
    expect(byId.get(m.id)).toEqual({
      id: m.id,
      parties: m.parties.map((p) => p.code),
      people: m.participants.map((p) => p.person.id),
      sides: m.participants.map((p) => p.party?.code ?? ''),
    });
  }
  return { cards: cards.meetings, graph: graph.meetings.map(withoutEvidence) };
}

/** Test-only writes that stand in for an older dkg. */
async function tamper(store: Store, cypher: string, params = {}): Promise<void> {
  await store.write((tx) => tx.run(cypher, params));
}

describe('meeting cards', () => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore();
    await ingestFiles(store, [ARTICLES], { report: null });
  });
  afterAll(async () => {
    await store.close();
  });

  it('after ingestion, every card equals the meeting projected from the graph', async () => {
    const { cards, graph } = await bothPages(store);
    expect(cards.length).toBeGreaterThan(40);
    expect(cards).toEqual(graph);
    // Not vacuous: cards carry participants with parties and topics.
    expect(cards.some((m) => m.participants.some((p) => p.party && p.role))).toBe(true);
    expect(cards.some((m) => m.topics.length > 0 && m.place)).toBe(true);
    expect(cards.every((m) => m.articleIds.length === m.sourceCount)).toBe(true);
  });

  it('follows corrections, merged people and removed articles', async () => {
    const before = (await bothPages(store)).cards;
    const target = before.find((m) => m.participants.length >= 2 && m.sourceCount === 1) as MeetingView;
    await correctMeeting(store, target.id, { date: '2020-02-02', modality: 'video' }, CURATOR);
    const [keep, remove] = target.participants.map((p) => p.person.id) as [string, string];
    await mergePeople(store, keep, remove, CURATOR);
    const [row] = await store.query<{ article: string }>('MATCH (a:Article)-[:REPORTS]->(m:Meeting) WHERE m.id <> $id RETURN a.id AS article ORDER BY a.id LIMIT 1',
      { id: target.id },
    );
    await removeArticles(store, [row?.article as string]);

    const { cards, graph } = await bothPages(store);
    expect(cards).toEqual(graph);
    const corrected = cards.find((m) => m.id === target.id) as MeetingView;
    expect(corrected).toMatchObject({ date: '2020-02-02', modality: 'video', corrected: true });
    expect(corrected.participants.map((p) => p.person.id)).not.toContain(remove);
    expect(cards.length).toBeLessThanOrEqual(before.length);
  });

  it('migrate gives a database written without cards, or with older ones, current cards', async () => {
    const n = (await store.query<{ n: number }>('MATCH (m:Meeting) RETURN count(m) AS n'))[0]?.n;
    await tamper(store, 'MATCH (m:Meeting) WITH m ORDER BY m.id LIMIT 5 SET m.cardVersion = $old, m.card = "{}"', {
      old: `${CARD_VERSION}-older`,
    });
    await tamper(store, 'MATCH (m:Meeting) WITH m ORDER BY m.id SKIP 5 REMOVE m.card, m.cardVersion');

    const result = await migrate(store);
    expect(result.cardsRewritten).toBe(n);
    expect((await migrate(store)).cardsRewritten).toBe(0);
    const { cards, graph } = await bothPages(store);
    expect(cards).toEqual(graph);
  });
});
