import { describe, expect, it } from 'vitest';
import { matchScore, type MeetingCandidate } from '../../../src/resolve/match-meetings.js';
import { assignReports } from '../../../src/resolve/assign-meetings.js';
import type { ArticleRecord, MeetingRecord } from '../../../src/resolve/records.js';
import { epochDay } from '../../../src/resolve/ids.js';

function report(extra: Partial<MeetingRecord> = {}): MeetingRecord {
  const date = extra.date === undefined ? '2025-10-15' : extra.date;
  return {
    mention: 0,
    participants: [],
    personIds: ['p-a', 'p-b'],
    modality: 'in_person',
    status: 'held',
    date,
    datePrecision: date && date.length === 10 ? 'day' : date && date.length === 7 ? 'month' : date ? 'year' : null,
    anchorDay: date && date.length === 10 ? epochDay(date) : epochDay('2025-10-15'),
    dated: date !== null,
    place: { id: 'pl-moscow-ru', name: 'Moscow', country: 'RU', countryName: 'Russia', lat: null, lon: null },
    placeCountry: 'RU',
    topics: [],
    settingKind: 'standalone',
    settingEvent: null,
    cameo: '042',
    confidence: 0.8,
    evidence: [],
    ...extra,
  };
}

function candidate(extra: Partial<MeetingCandidate> = {}): MeetingCandidate {
  return {
    id: 'm-1',
    personIds: ['p-a', 'p-b'],
    modality: 'in_person',
    status: 'held',
    date: '2025-10-15',
    datePrecision: 'day',
    anchorDay: epochDay('2025-10-15'),
    placeId: 'pl-moscow-ru',
    placeCountry: 'RU',
    ...extra,
  };
}

describe('which reports are the same meeting', () => {
  it('matches the same participants within a day, not two days apart', () => {
    expect(matchScore(report({ date: '2025-10-16' }), candidate())).not.toBeNull();
    expect(matchScore(report({ date: '2025-10-17' }), candidate())).toBeNull();
  });

  it('needs two shared participants, or all of them when fewer were named', () => {
    expect(matchScore(report({ personIds: ['p-a', 'p-c'] }), candidate())).toBeNull();
    expect(matchScore(report({ personIds: ['p-a', 'p-b', 'p-c'] }), candidate())).not.toBeNull();
    expect(matchScore(report({ personIds: ['p-a'] }), candidate())).not.toBeNull();
  });

  it('without a date, needs the same place within three days', () => {
    const undated = { date: null, anchorDay: epochDay('2025-10-17') };
    expect(matchScore(report(undated), candidate())).not.toBeNull();
    expect(matchScore(report({ ...undated, place: null }), candidate())).toBeNull();
    expect(matchScore(report({ date: null, anchorDay: epochDay('2025-10-20') }), candidate())).toBeNull();
  });

  it('lets a month agree with a day inside it, and keeps calls apart from visits', () => {
    expect(matchScore(report({ date: '2025-10' }), candidate())).not.toBeNull();
    expect(matchScore(report({ date: '2025-11' }), candidate())).toBeNull();
    expect(matchScore(report({ modality: 'phone', place: null }), candidate())).toBeNull();
  });

  it('lets a planned and a held report be one meeting only when their dates and places are compatible', () => {
    const planned = { status: 'planned' as const };
    expect(matchScore(report({ ...planned, date: '2025' }), candidate())).not.toBeNull();
    const elsewhere = { id: 'pl-baku-az', name: 'Baku', country: 'AZ', countryName: 'Azerbaijan', lat: null, lon: null };
    expect(matchScore(report({ ...planned, date: '2025', place: elsewhere, placeCountry: 'AZ' }), candidate())).toBeNull();
    // A country without a city still says where.
    expect(matchScore(report({ ...planned, date: '2025', place: null, placeCountry: 'AZ' }), candidate())).toBeNull();
    expect(matchScore(report({ ...planned, date: '2025', place: null, placeCountry: null }), candidate())).not.toBeNull();
    // Two held reports that disagree on the place stay one meeting, disputed.
    expect(matchScore(report({ place: elsewhere, placeCountry: 'AZ' }), candidate())).not.toBeNull();
  });
});

function articleOf(id: string, meetings: MeetingRecord[]): ArticleRecord {
  return { id, source: `${id}.txt`, url: null, title: null, publishedAt: '2025-10-15', publisher: null, text: id, textHash: id, cites: [], meetings };
}

describe('which meeting each report goes to', () => {
  it('prefers more shared people, then the nearer day, then the smaller id', () => {
    const near = candidate({ id: 'm-near', date: '2025-10-15' });
    const far = candidate({ id: 'm-far', date: '2025-10-16', anchorDay: epochDay('2025-10-16') });
    const to = (known: MeetingCandidate[], m = report()) => assignReports([articleOf('a-1', [m])], known, new Map())[0]?.meetingId;
    expect(to([far, near])).toBe('m-near');
    expect(to([candidate({ id: 'm-z' }), candidate({ id: 'm-a' })])).toBe('m-a');
    expect(to([near], report({ date: '2025-12-01' }))).not.toBe('m-near');
  });

  it("never puts two of one article's reports on one meeting", () => {
    const held = report();
    const again = report({ mention: 1, status: 'planned', date: null });
    const rows = assignReports([articleOf('a-1', [held, again])], [], new Map());
    expect(new Set(rows.map((r) => r.meetingId)).size).toBe(2);
    // With a meeting already known, the better pair takes it and the other report gets a meeting of its own.
    const known = assignReports([articleOf('a-2', [again, { ...held, mention: 1 }])], [candidate({ id: 'm-known' })], new Map());
    expect(known.map((r) => [r.record.status, r.meetingId === 'm-known'])).toEqual([
      ['planned', false],
      ['held', true],
    ]);
  });

  it('gives ids that depend on the report alone, so a second process writing the same article at once agrees', () => {
    const held = report();
    const plan = report({ mention: 1, status: 'planned', date: null, place: null, placeCountry: null });
    const twin = report({ mention: 2 });
    const a = articleOf('a-1', [held, plan, twin]);
    const first = assignReports([a], [], new Map());
    expect(new Set(first.map((r) => r.meetingId)).size).toBe(3);
    // The other process sees what the first wrote: every report finds its own meeting again.
    const written = first.map((r) => candidate({ id: r.meetingId, status: r.record.status, date: r.record.date, placeId: r.record.place?.id ?? null, placeCountry: r.record.placeCountry }));
    expect(assignReports([a], written, new Map()).map((r) => r.meetingId)).toEqual(first.map((r) => r.meetingId));
  });

  it('never gives a plan the id of the held meeting it is not', () => {
    const [held] = assignReports([articleOf('a-1', [report()])], [], new Map());
    const plan = report({ status: 'planned', place: null, placeCountry: 'AZ' });
    const [later] = assignReports([articleOf('a-2', [plan])], [candidate({ id: held!.meetingId })], new Map());
    expect(later).toMatchObject({ merged: false });
    expect(later?.meetingId).not.toBe(held?.meetingId);
  });
});
