/** Retraction: an article goes with all it claimed; what nothing else supports goes too. */
import type { Store } from './driver.js';
import { deleteEvidence, refreshMeetings } from './meeting-aggregates.js';

const DELETE_ARTICLES = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
DETACH DELETE a
RETURN count(*) AS deleted`;

/**
 * Countries and organisations are made when a fact names them; one left with no fact (the
 * retracted article was its only mention) goes too, so retraction restores the graph before.
 */
const PRUNE_PARTIES = `
MATCH (c) WHERE (c:Country OR c:Organization) AND NOT (c)--()
DELETE c`;

export async function removeArticles(store: Store, ids: string[]): Promise<{ removed: number; meetingsTouched: number }> {
  return store.write(async (tx) => {
    const touched = await deleteEvidence(tx, ids);
    await refreshMeetings(tx, touched);
    const res = await tx.run(DELETE_ARTICLES, { ids });
    await tx.run(PRUNE_PARTIES);
    return { removed: Number(res.records[0]?.get('deleted') ?? 0), meetingsTouched: touched.meetingIds.length };
  });
}
