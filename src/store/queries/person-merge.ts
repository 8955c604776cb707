/**
 * mergePeople: folds one person into another (their attendance, mentions and names) and
 * records a `(:Curation:PersonMerge {removedId, keepId})-[:INTO]->(:Person)` redirect that
 * article-writes.ts honours, so a later article naming the removed person attributes the
 * meeting to the kept one. `keepId` is the redirect's source of truth: the INTO edge goes
 * if the kept person is ever pruned.
 */
import { AppError } from '../../domain/errors.js';
import type { Store } from '../driver.js';
import { refreshMeetings } from '../meeting-aggregates.js';
import { curationProps, type Curator } from './curation-record.js';
import { rows } from './run.js';

const MERGE_PARTIES = `
OPTIONAL MATCH (keep:Person {id: $keep})
OPTIONAL MATCH (gone:Person {id: $remove})
RETURN keep.name AS keepName, gone.name AS goneName`;

const MERGE_PEOPLE = `
MATCH (keep:Person {id: $keep}), (gone:Person {id: $remove})
CALL (keep, gone) {
  MATCH (gone)-[at:ATTENDED]->(m:Meeting)
  MERGE (keep)-[k:ATTENDED {article: at.article}]->(m)
  SET k.role = coalesce(k.role, at.role), k.evidence = coalesce(k.evidence, at.evidence),
      k.confidence = coalesce(k.confidence, at.confidence), k.side = coalesce(k.side, at.side),
      k.country = coalesce(k.country, at.country), k.organization = coalesce(k.organization, at.organization)
  RETURN collect(DISTINCT m.id) AS meetingIds
}
CALL (keep, gone) {
  MATCH (a:Article)-[:MENTIONS]->(gone)
  MERGE (a)-[:MENTIONS]->(keep)
}
CALL (keep, gone) {
  MATCH (:Article)-[r:REPORTS]->(:Meeting) WHERE gone.id IN r.participants
  SET r.participants = [x IN r.participants WHERE x <> gone.id] +
                       CASE WHEN keep.id IN r.participants THEN [] ELSE [keep.id] END
}
CALL (keep, gone) {
  // Earlier merges into the removed person now lead to the kept one.
  MATCH (pm:PersonMerge {keepId: gone.id})
  SET pm.keepId = keep.id
  MERGE (pm)-[:INTO]->(keep)
}
WITH keep, gone, meetingIds,
     reduce(acc = coalesce(keep.aliases, []), x IN [gone.name] + coalesce(gone.aliases, []) |
       CASE WHEN x IN acc OR x = keep.name THEN acc ELSE acc + x END) AS aliases
SET keep.aliases = aliases, keep.aliasText = reduce(s = '', x IN aliases | s + ' ' + x)
CREATE (c:Curation:PersonMerge)
SET c = $props
MERGE (c)-[:INTO]->(keep)
DETACH DELETE gone
RETURN meetingIds`;

export async function mergePeople(store: Store, keep: string, remove: string, curator: Curator): Promise<void> {
  if (keep === remove) throw new AppError('BAD_USER_INPUT', 'keep and remove are the same person', 'remove');
  await store.write(async (tx) => {
    const [found] = await rows<{ keepName: string | null; goneName: string | null }>(tx, MERGE_PARTIES, { keep, remove });
    if (!found?.keepName) throw new AppError('NOT_FOUND', `no person ${keep}`, 'keep');
    if (!found.goneName) throw new AppError('NOT_FOUND', `no person ${remove}`, 'remove');
    const props = {
      ...curationProps('MERGE', keep, { removedId: remove, removedName: found.goneName, keepName: found.keepName }, curator),
      removedId: remove,
      keepId: keep,
    };
    const [merged] = await rows<{ meetingIds: string[] }>(tx, MERGE_PEOPLE, { keep, remove, props });
    await refreshMeetings(tx, { meetingIds: merged?.meetingIds ?? [], personIds: [keep], placeIds: [] });
  });
}
