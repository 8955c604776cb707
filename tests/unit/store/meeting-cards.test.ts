import { describe, expect, it } from 'vitest';
import { CARD_CACHE_SIZE, cachedCardCount, packCard, readCard } from '../../../src/store/meeting-cards.js';
import type { MeetingView } from '../../../src/store/queries/meeting-projection.js';

const card: MeetingView = {
  id: 'm-1',
  date: '2025-03-04',
  datePrecision: 'day',
  status: 'held',
  modality: 'in_person',
  settingKind: 'sidelines',
  settingEvent: 'G20 summit',
  cameo: '043',
  confidence: 0.8,
  sourceCount: 2,
  disputed: ['place'],
  corrected: true,
  place: { id: 'pl-baku-az', name: 'Baku', country: 'AZ', lat: 40.4, lon: 49.9 },
  placeEvidence: [],
  parties: [
    { code: 'AZ', kind: 'COUNTRY', name: 'Azerbaijan' },
    { code: 'UN', kind: 'ORGANIZATION', name: 'United Nations' },
  ],
  participants: [
    { person: { id: 'p-a', name: 'Ilham Aliyev' }, party: { code: 'AZ', kind: 'COUNTRY', name: 'Azerbaijan' }, role: 'president', side: 'host', evidence: [] },
    { person: { id: 'p-b', name: 'António Guterres' }, party: { code: 'UN', kind: 'ORGANIZATION', name: 'United Nations' }, role: null, side: null, evidence: [] },
    // A party the meeting does not list (its node is missing): kept with its kind and no name.
    { person: { id: 'p-c', name: 'Someone' }, party: { code: 'XK', kind: 'COUNTRY', name: null }, role: 'envoy', side: 'visitor', evidence: [] },
    { person: { id: 'p-d', name: 'Nobody' }, party: null, role: null, side: null, evidence: [] },
  ],
  topics: [
    { name: 'energy', status: 'discussed', evidence: [] },
    { name: 'trade', status: 'expected', evidence: [] },
  ],
  evidence: [],
  corrections: [],
  anchorDay: 20151,
  articleIds: ['a-1', 'a-2'],
};

describe('meeting cards', () => {
  it('read back the card they were packed from', () => {
    expect(readCard(packCard(card))).toEqual(card);
  });
  it('read back a card with no place, parties or people', () => {
    const bare: MeetingView = { ...card, place: null, parties: [], participants: [], topics: [], disputed: [], date: null, anchorDay: null };
    expect(readCard(packCard(bare))).toEqual(bare);
  });
  it('are stored in well under the JSON of the object they stand for, without property names', () => {
    const text = packCard(card);
    expect(text.length).toBeLessThan((JSON.stringify(card).length * 2) / 3);
    expect(text).not.toContain('"sourceCount"');
    expect(JSON.parse(text)).toEqual(expect.arrayContaining(['m-1', '2025-03-04', 2, ['a-1', 'a-2']]));
  });
  it('are read once per text and shared, frozen so no reader can change them for the next', () => {
    const text = packCard(card);
    const first = readCard(text);
    // An equal text built anew, as each answer from Neo4j is, finds the same card.
    expect(readCard(text.slice(0, 5) + text.slice(5))).toBe(first);
    expect(Object.isFrozen(first.participants[0]?.person)).toBe(true);
    expect(() => {
      (first.topics as unknown[]).push({ name: 'x' });
    }).toThrow(TypeError);
    // Another text, even for the same meeting, is read afresh.
    const renamed = readCard(packCard({ ...card, settingEvent: 'G7 summit' }));
    expect(renamed).not.toBe(first);
    expect(renamed.settingEvent).toBe('G7 summit');
    expect(first.settingEvent).toBe('G20 summit');
  });
  it('hold a bounded number of cards, and read any card again after it was dropped', () => {
    const texts = Array.from({ length: 3 * CARD_CACHE_SIZE }, (_, i) => packCard({ ...card, id: `m-${i}` }));
    expect(texts.map((t) => readCard(t).id)).toEqual(texts.map((_, i) => `m-${i}`));
    expect(cachedCardCount()).toBeLessThanOrEqual(2 * CARD_CACHE_SIZE);
    expect(cachedCardCount()).toBeGreaterThanOrEqual(CARD_CACHE_SIZE);
    expect(readCard(texts[0] as string)).toEqual({ ...card, id: 'm-0' });
  });
});
