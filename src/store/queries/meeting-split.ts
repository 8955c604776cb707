/**
 * splitMeeting: moves the claims of some articles from a meeting to a new one and records a
 * `(:Curation:MeetingSplit {target, newMeetingId, articleIds})`, which article-writes.ts
 * honours when those articles come again, so the split survives re-ingestion.
 */
import { createHash } from 'node:crypto';
import { AppError } from '../../domain/errors.js';
import type { Store } from '../driver.js';
import { refreshMeetings } from '../meeting-aggregates.js';
import { curationProps, type Curator } from './curation-record.js';
import { rows } from './run.js';

const SPLIT_SOURCE = `
MATCH (m:Meeting {id: $id})
RETURN COLLECT { MATCH (a:Article)-[:REPORTS]->(m) RETURN a.id AS x } AS articleIds,
       COLLECT { MATCH (p:Person)-[:ATTENDED]->(m) RETURN DISTINCT p.id AS x } AS personIds`;

const MOVE_CLAIMS = `
MATCH (m:Meeting {id: $id})
MERGE (n:Meeting {id: $newId})
  ON CREATE SET n.sourceCount = 0, n.date = m.date, n.modality = m.modality, n.status = m.status
WITH m, n
UNWIND $articleIds AS aid
MATCH (a:Article {id: aid})-[r:REPORTS]->(m)
CREATE (a)-[moved:REPORTS]->(n)
SET moved = properties(r)
DELETE r
WITH m, n, aid
CALL (m, n, aid) {
  MATCH (p:Person)-[at:ATTENDED {article: aid}]->(m)
  CREATE (p)-[moved:ATTENDED]->(n)
  SET moved = properties(at)
  DELETE at
}
CALL (m, n, aid) {
  MATCH (m)-[h:HELD_IN {article: aid}]->(pl:Place)
  CREATE (n)-[moved:HELD_IN]->(pl)
  SET moved = properties(h)
  DELETE h
}
CALL (m, n, aid) {
  MATCH (m)-[ab:ABOUT {article: aid}]->(t:Topic)
  CREATE (n)-[moved:ABOUT]->(t)
  SET moved = properties(ab)
  DELETE ab
}
RETURN count(*) AS moved`;

const RECORD_SPLIT = `
CREATE (c:Curation:MeetingSplit)
SET c = $props`;

/** The new meeting's id: deterministic, so splitting twice the same way converges. */
export function splitMeetingId(id: string, articleIds: string[]): string {
  const hash = createHash('sha256').update(`split|${id}|${[...articleIds].sort().join(',')}`).digest('hex');
  return `m-${hash.slice(0, 16)}`;
}

export async function splitMeeting(
  store: Store,
  id: string,
  articleIds: string[],
  curator: Curator,
): Promise<{ original: string; split: string }> {
  const moving = [...new Set(articleIds)];
  const newId = splitMeetingId(id, moving);
  await store.write(async (tx) => {
    const [source] = await rows<{ articleIds: string[]; personIds: string[] }>(tx, SPLIT_SOURCE, { id });
    if (!source) throw new AppError('NOT_FOUND', `no meeting ${id}`, 'id');
    const strangers = moving.filter((a) => !source.articleIds.includes(a));
    if (strangers.length) {
      throw new AppError('BAD_USER_INPUT', `these articles do not report meeting ${id}: ${strangers.join(', ')}`, 'articleIds');
    }
    if (moving.length === 0 || moving.length >= source.articleIds.length) {
      throw new AppError('BAD_USER_INPUT', 'name at least one of the reporting articles, and not all of them', 'articleIds');
    }
    await tx.run(MOVE_CLAIMS, { id, newId, articleIds: moving });
    await tx.run(RECORD_SPLIT, {
      props: { ...curationProps('SPLIT', id, { newMeetingId: newId, articleIds: moving }, curator), newMeetingId: newId, articleIds: moving },
    });
    await refreshMeetings(tx, { meetingIds: [id, newId], personIds: source.personIds, placeIds: [] });
  });
  return { original: id, split: newId };
}
