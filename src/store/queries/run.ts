/** Small helpers the query modules share. */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';

/** Runs one query and returns its records as plain objects. */
export async function rows<T = Record<string, unknown>>(
  tx: ManagedTransaction,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const res = await tx.run(cypher, params);
  return res.records.map((r) => r.toObject() as T);
}

/** JS numbers reach Cypher as floats; LIMIT and list slices need integers. */
export const int = (n: number): ReturnType<typeof neo4j.int> => neo4j.int(Math.trunc(n));
