/**
 * Analyst curation is recorded as `(:Curation)` nodes (also labelled Correction,
 * MeetingSplit or PersonMerge), apart from the claims articles make: who (a fingerprint
 * of the API key, never the key), when, what and why. Re-ingestion never touches them.
 */
import { randomUUID } from 'node:crypto';
import type { Store } from '../driver.js';
import type { CurationEntry } from './meeting-projection.js';
import { int } from './run.js';

export interface Curator {
  /** First 16 hex digits of the SHA-256 of the API key used. */
  keyFingerprint: string;
  note: string | null;
}

/** The properties every curation node carries. */
export function curationProps(
  kind: 'CORRECTION' | 'SPLIT' | 'MERGE',
  target: string,
  details: Record<string, unknown>,
  curator: Curator,
): Record<string, unknown> {
  return {
    id: `cur-${randomUUID()}`,
    kind,
    target,
    details: JSON.stringify(details),
    note: curator.note,
    at: new Date().toISOString(),
    keyFingerprint: curator.keyFingerprint,
  };
}

const AUDIT_TRAIL = `
MATCH (c:Curation)
RETURN c {.id, .kind, .target, .details, .note, .at, .keyFingerprint} AS entry
ORDER BY c.at DESC, c.id DESC
LIMIT $take`;

export async function auditTrail(store: Store, take: number): Promise<CurationEntry[]> {
  const res = await store.query<{ entry: CurationEntry }>(AUDIT_TRAIL, { take: int(take) });
  return res.map((r) => r.entry);
}
