/** CSV of meetings, one row per meeting; cells and rows as src/domain/csv.ts writes them. */
import { csvRow } from '../../domain/csv.js';
import type { ExportedMeeting } from '../../store/queries/meeting-export.js';
import { exportRecord } from './record.js';

export const CSV_COLUMNS = [
  'id', 'date', 'datePrecision', 'status', 'modality', 'settingKind', 'settingEvent',
  'place', 'placeId', 'placeCountry', 'parties', 'participants', 'participantIds', 'topics',
  'sourceCount', 'confidence', 'disputed', 'sources', 'evidence',
] as const;

const list = (items: string[]): string => items.join('; ');

/** Participants as "Name (role, PARTY)", lists joined with "; ", evidence one sentence per line. */
export function meetingCsvRow(m: ExportedMeeting): string {
  const r = exportRecord(m);
  return csvRow([
    r.id, r.date, r.datePrecision, r.status, r.modality, r.settingKind, r.settingEvent,
    r.place?.name ?? null, r.place?.id ?? null, r.place?.country ?? null,
    list(r.parties.map((p) => p.code)),
    list(r.participants.map((p) => `${p.person.name} (${[p.role, p.party?.code].filter(Boolean).join(', ')})`)),
    list(r.participants.map((p) => p.person.id)),
    list(r.topics.map((t) => t.name)),
    r.sourceCount, r.confidence, list(r.disputed),
    list(r.sources.map((a) => a.url ?? a.id)),
    r.evidence.map((e) => e.sentence).join('\n'),
  ]);
}
