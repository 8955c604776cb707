/**
 * Writers take turns. A write decides what to create from what it reads (is this report a
 * meeting the graph already has?), and Neo4j shows a transaction only what others have
 * committed: two processes writing reports of one meeting at once would each find nothing and
 * each create it. So every write transaction first takes an exclusive lock on one node and
 * reads only after it has it; the next writer waits for the commit and then sees it.
 *
 * One lock rather than one per person or meeting: a batch of articles names hundreds of
 * people, so finer locks would make nearly every pair of batches wait for each other anyway,
 * and a write that reads one meeting and joins another would have to take locks after reading.
 * The wait costs little: extraction, outside the transaction, is most of an ingest's time.
 */
import type { ManagedTransaction } from 'neo4j-driver';

// The property write is what takes the lock; MERGE alone would share it. schema/neo4j/006.
const TAKE_WRITE_LOCK = `
MERGE (l:WriteLock {key: 'graph'})
SET l.writes = coalesce(l.writes, 0) + 1`;

export async function takeWriteLock(tx: ManagedTransaction): Promise<void> {
  await tx.run(TAKE_WRITE_LOCK);
}
