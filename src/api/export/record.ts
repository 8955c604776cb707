/** An exported meeting as the GraphQL API shows it: enum values in upper case, evidence per fact. */
import type { ExportedMeeting } from '../../store/queries/meeting-export.js';

const upper = (s: string | null): string | null => (s === null ? null : s.toUpperCase());

export function exportRecord(m: ExportedMeeting) {
  return {
    id: m.id,
    date: m.date,
    datePrecision: m.datePrecision,
    status: m.status.toUpperCase(),
    modality: m.modality.toUpperCase(),
    settingKind: m.settingKind.toUpperCase(),
    settingEvent: m.settingEvent,
    cameo: m.cameo,
    confidence: m.confidence,
    sourceCount: m.sourceCount,
    disputed: m.disputed,
    corrected: m.corrected,
    place: m.place,
    parties: m.parties,
    participants: m.participants.map((p) => ({
      person: p.person,
      party: p.party,
      role: p.role,
      side: upper(p.side),
      evidence: p.evidence.map((e) => e.sentence),
    })),
    topics: m.topics.map((t) => ({ name: t.name, status: t.status.toUpperCase(), evidence: t.evidence.map((e) => e.sentence) })),
    sources: m.sources,
    evidence: m.evidence.map((e) => ({ sentence: e.sentence, articleId: e.article.id })),
  };
}

export const jsonLine = (m: ExportedMeeting): string => `${JSON.stringify(exportRecord(m))}\n`;
