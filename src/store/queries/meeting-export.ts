/**
 * Every meeting matching a filter, in the order of `meetingsPage` (newest first, undated
 * last, then by id), with evidence and the reporting articles, streamed: records are pulled
 * from Neo4j a batch at a time as the caller consumes them, so an export of any size holds
 * one batch in memory, and a slow reader slows the query rather than filling the heap.
 */
import neo4j from 'neo4j-driver';
import type { Store } from '../driver.js';
import { mapNeo4jError } from '../errors.js';
import { ARTICLE_REF, meetingMap, shapeMeeting, type ArticleRef, type MeetingView } from './meeting-projection.js';
import { meetingFilterCypher, whereClause, type MeetingFilter } from './meeting-filter.js';

export interface ExportedMeeting extends MeetingView {
  /** The articles reporting it, oldest first. */
  sources: ArticleRef[];
}

/** Records held at once: Neo4j sends this many, then waits until they are read. */
const FETCH_SIZE = 200;

const exportQuery = (start: string, where: string): string => `
${start}
${where}
WITH DISTINCT m ORDER BY coalesce(m.date, '') DESC, m.id
RETURN ${meetingMap({ evidence: true, corrections: false })} AS meeting,
       COLLECT { MATCH (a:Article)-[:REPORTS]->(m) RETURN ${ARTICLE_REF} AS x ORDER BY x.publishedAt, x.id } AS sources`;

export async function* exportMeetings(store: Store, filter: MeetingFilter): AsyncGenerator<ExportedMeeting> {
  const f = meetingFilterCypher(filter);
  const session = store.driver.session({ database: store.database, defaultAccessMode: neo4j.session.READ, fetchSize: FETCH_SIZE });
  store.roundTrips += 1;
  try {
    const result = session.run(exportQuery(f.start, whereClause(f.conditions)), f.params);
    for await (const record of result) {
      yield { ...shapeMeeting(record.get('meeting')), sources: record.get('sources') as ArticleRef[] };
    }
  } catch (e) {
    throw mapNeo4jError(e, 'export');
  } finally {
    await session.close();
  }
}
