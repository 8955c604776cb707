/**
 * One hash of the whole graph, to tell whether two runs (one clean process; several at once;
 * one killed and resumed) ended with the same graph. A meeting is named by the first of its
 * reports (article id and mention) rather than by its id: its id comes from whichever report
 * created it, which depends on the order articles arrived in, not on what the graph says.
 * Lock nodes, migration records and ingestion times are left out: they say how the graph was
 * written, not what it holds.
 */
import { createHash } from 'node:crypto';
import type { Store } from '../../src/store/driver.js';

const MEETING_KEY = `COLLECT { MATCH (rep_a:Article)-[rep_r:REPORTS]->(%) RETURN rep_a.id + '#' + toString(rep_r.mention) AS k ORDER BY k LIMIT 1 }[0]`;

function keyOf(v: string): string {
  return `CASE
    WHEN ${v}:Article THEN 'Article:' + ${v}.id
    WHEN ${v}:Meeting THEN 'Meeting:' + coalesce(${MEETING_KEY.replace('%', v)}, 'unreported ' + ${v}.id)
    WHEN ${v}:Person THEN 'Person:' + ${v}.id WHEN ${v}:Country THEN 'Country:' + ${v}.code
    WHEN ${v}:Place THEN 'Place:' + ${v}.id WHEN ${v}:Topic THEN 'Topic:' + ${v}.name
    WHEN ${v}:Organization THEN 'Organization:' + ${v}.code
    ELSE 'Other:' + reduce(s = '', l IN labels(${v}) | s + l) END`;
}

const DOMAIN = 'NOT n:SchemaMigration AND NOT n:WriteLock';

export interface GraphDump {
  nodes: string[];
  edges: string[];
  meetings: number;
}

export async function graphDump(store: Store): Promise<GraphDump> {
  return store.read(async (tx) => {
    const nodes = await tx.run(
      `MATCH (n) WHERE ${DOMAIN}
       RETURN ${keyOf('n')} + CASE
         WHEN n:Meeting THEN ' ' + toString(n.sourceCount) + '|' + n.status + '|' + coalesce(n.date, '-') + '|' +
           coalesce(n.datePrecision, '-') + '|' + coalesce(toString(n.anchorDay), '-') + '|' + n.modality + '|' +
           coalesce(n.placeId, '-') + '|' + coalesce(n.settingKind, '-') + '|' + reduce(s = '', d IN coalesce(n.disputed, []) | s + d + ',')
         WHEN n:Article THEN ' ' + n.textHash + '|' + coalesce(n.title, '-') + '|' + coalesce(n.publishedAt, '-') + '|' +
           coalesce(n.publisher, '-') + '|' + coalesce(n.url, '-')
         WHEN n:Person THEN ' ' + n.name + '|' + reduce(s = '', x IN coalesce(n.aliases, []) | s + x + ',')
         ELSE '' END AS line`,
    );
    const edges = await tx.run(
      `MATCH (a)-[r]->(b) WHERE NOT a:WriteLock AND NOT b:WriteLock
       RETURN ${keyOf('a')} + ' -' + type(r) + coalesce('/' + r.article, '') + coalesce('#' + toString(r.mention), '') +
              coalesce('/' + r.role, '') + '-> ' + ${keyOf('b')} AS line`,
    );
    const meetings = await tx.run('MATCH (m:Meeting) RETURN count(m) AS n');
    return {
      nodes: nodes.records.map((r) => String(r.get('line'))).sort(),
      edges: edges.records.map((r) => String(r.get('line'))).sort(),
      meetings: Number(meetings.records[0]?.get('n') ?? 0),
    };
  });
}

/** The dump's SHA-256: equal for two graphs that hold the same facts from the same articles. */
export async function graphChecksum(store: Store): Promise<string> {
  const dump = await graphDump(store);
  return createHash('sha256').update(dump.nodes.join('\n')).update('\n--\n').update(dump.edges.join('\n')).digest('hex');
}
