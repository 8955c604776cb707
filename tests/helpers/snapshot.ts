/**
 * A canonical dump of the whole graph (keys, what articles and meetings say, relationships with
 * the article and report they belong to), to compare two runs exactly. An article's `source` and
 * ingestion time are left out: they say how it came, not what it is.
 */
import type { Store } from '../../src/store/driver.js';

function keyOf(v: string): string {
  return `CASE
    WHEN ${v}:Article THEN 'Article:' + ${v}.id WHEN ${v}:Meeting THEN 'Meeting:' + ${v}.id
    WHEN ${v}:Person THEN 'Person:' + ${v}.id WHEN ${v}:Country THEN 'Country:' + ${v}.code
    WHEN ${v}:Place THEN 'Place:' + ${v}.id WHEN ${v}:Topic THEN 'Topic:' + ${v}.name
    WHEN ${v}:Organization THEN 'Organization:' + ${v}.code ELSE 'Other' END`;
}

export async function graphSnapshot(store: Store): Promise<{ nodes: string[]; edges: string[] }> {
  return store.read(async (tx) => {
    const nodes = await tx.run(
      `MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:WriteLock
       RETURN ${keyOf('n')} + CASE
         WHEN n:Meeting THEN ' ' + toString(n.sourceCount) + '|' + n.status + '|' + coalesce(n.date, '-') + '|' +
           n.modality + '|' + coalesce(n.placeId, '-')
         WHEN n:Article THEN ' ' + n.textHash + '|' + coalesce(n.title, '-') + '|' + coalesce(n.publishedAt, '-') + '|' +
           coalesce(n.publisher, '-') + '|' + coalesce(n.url, '-')
         ELSE '' END AS line`,
    );
    const edges = await tx.run(
      `MATCH (a)-[r]->(b)
       RETURN ${keyOf('a')} + ' -' + type(r) + coalesce('/' + r.article, '') + coalesce('#' + toString(r.mention), '') + '-> ' +
              ${keyOf('b')} AS line`,
    );
    return {
      nodes: nodes.records.map((r) => String(r.get('line'))).sort(),
      edges: edges.records.map((r) => String(r.get('line'))).sort(),
    };
  });
}
