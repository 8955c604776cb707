/**
 * correctMeeting: records a `(:Curation:Correction {target, details})` patch and recomputes
 * the meeting, which applies every correction over its derived values (meeting-aggregates.ts).
 * The meeting id is the key, so the correction holds whenever the meeting is recomputed.
 */
import { AppError } from '../../domain/errors.js';
import type { Store } from '../driver.js';
import { refreshMeetings } from '../meeting-aggregates.js';
import { curationProps, type Curator } from './curation-record.js';
import { rows } from './run.js';

export interface MeetingPatch {
  date?: string | null;
  status?: string | null;
  modality?: string | null;
  placeId?: string | null;
  settingKind?: string | null;
  settingEvent?: string | null;
}

const CORRECTION_TARGET = `
OPTIONAL MATCH (m:Meeting {id: $id})
OPTIONAL MATCH (pl:Place {id: $placeId})
RETURN m IS NOT NULL AS meetingFound, pl IS NOT NULL AS placeFound`;

const RECORD_CORRECTION = `
CREATE (c:Curation:Correction)
SET c = $props`;

export async function correctMeeting(store: Store, id: string, patch: MeetingPatch, curator: Curator): Promise<void> {
  const details = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== null && v !== undefined));
  if (Object.keys(details).length === 0) throw new AppError('BAD_USER_INPUT', 'the patch sets nothing', 'patch');
  await store.write(async (tx) => {
    const [found] = await rows<{ meetingFound: boolean; placeFound: boolean }>(tx, CORRECTION_TARGET, {
      id,
      placeId: patch.placeId ?? null,
    });
    if (!found?.meetingFound) throw new AppError('NOT_FOUND', `no meeting ${id}`, 'id');
    if (patch.placeId && !found.placeFound) throw new AppError('NOT_FOUND', `no place ${patch.placeId}`, 'patch.placeId');
    await tx.run(RECORD_CORRECTION, { props: curationProps('CORRECTION', id, details, curator) });
    await refreshMeetings(tx, { meetingIds: [id], personIds: [], placeIds: [] });
  });
}
