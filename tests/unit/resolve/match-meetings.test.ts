import { describe, expect, it } from 'vitest';
import { bestMatch, matchScore, type MeetingCandidate } from '../../../src/resolve/match-meetings.js';
import type { MeetingRecord } from '../../../src/resolve/records.js';
import { epochDay } from '../../../src/resolve/ids.js';

function report(extra: Partial<MeetingRecord> = {}): MeetingRecord {
  const date = extra.date === undefined ? '2025-10-15' : extra.date;
  return {
    index: 0,
    participants: [],
    personIds: ['p-a', 'p-b'],
    modality: 'in_person',
    status: 'held',
    date,
    datePrecision: date && date.length === 10 ? 'day' : date && date.length === 7 ? 'month' : date ? 'year' : null,
    anchorDay: date && date.length === 10 ? epochDay(date) : epochDay('2025-10-15'),
    dated: date !== null,
    place: { id: 'pl-moscow-ru', name: 'Moscow', country: 'RU', countryName: 'Russia', lat: null, lon: null },
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
    date: '2025-10-15',
    datePrecision: 'day',
    anchorDay: epochDay('2025-10-15'),
    placeId: 'pl-moscow-ru',
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

  it('prefers more shared people, then the nearer day, then the smaller id', () => {
    const near = candidate({ id: 'm-near', date: '2025-10-15' });
    const far = candidate({ id: 'm-far', date: '2025-10-16', anchorDay: epochDay('2025-10-16') });
    expect(bestMatch(report(), [far, near])?.id).toBe('m-near');
    expect(bestMatch(report(), [candidate({ id: 'm-z' }), candidate({ id: 'm-a' })])?.id).toBe('m-a');
    expect(bestMatch(report({ date: '2025-12-01' }), [near])).toBeNull();
  });
});
