/**
 * CSV of meetings, one row per meeting (RFC 4180: CRLF rows, cells quoted when they hold a
 * comma, quote or line break). A cell starting with = + - @ (or a tab or carriage return)
 * gets a leading apostrophe, so a spreadsheet shows it as text instead of running it as a
 * formula (OWASP's advice on CSV injection).
 */
import type { ExportedMeeting } from '../../store/queries/meeting-export.js';
import { exportRecord } from './record.js';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvRow = (cells: (string | number | null)[]): string => `${cells.map(csvCell).join(',')}\r\n`;

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
