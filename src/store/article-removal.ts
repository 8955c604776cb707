/** Retraction: an article goes with all it claimed; what nothing else supports goes too. */
import type { Store } from './driver.js';
import { deleteEvidence, refreshMeetings } from './meeting-aggregates.js';

const DELETE_ARTICLES = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
DETACH DELETE a
RETURN count(*) AS deleted`;

export async function removeArticles(store: Store, ids: string[]): Promise<{ removed: number; meetingsTouched: number }> {
  return store.write(async (tx) => {
    const touched = await deleteEvidence(tx, ids);
    await refreshMeetings(tx, touched);
    const res = await tx.run(DELETE_ARTICLES, { ids });
    return { removed: Number(res.records[0]?.get('deleted') ?? 0), meetingsTouched: touched.meetingIds.length };
  });
}
