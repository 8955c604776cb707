import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/extract/coreference.js';
import { entityFacts, latestAtOrBefore } from '../../../src/extract/entity-facts.js';
import type { Mention } from '../../../src/extract/mentions.js';

const mention = (sentence: number, offset: number, fields: Partial<Mention> = {}): Mention =>
  ({ sentence, offset, role: null, country: null, organization: null, nonParticipant: false, anchored: false, ...fields }) as Mention;

describe('entity facts', () => {
  it('take in mentions appended after the first question', () => {
    const e: Entity = { id: 0, name: 'A B', person: null, surname: 'b', first: 'a', mentions: [mention(3, 0, { nonParticipant: true, role: 'spokesman' })] };
    expect(entityFacts(e)).toMatchObject({ country: null, nonParticipant: true, participantRoles: new Set() });
    e.mentions.push(mention(1, 5, { country: 'FR', role: 'president' }));
    expect(entityFacts(e)).toMatchObject({ country: 'FR', firstAt: 100_005, participantRoles: new Set(['president']) });
  });

  it('find the latest mention at or before a place, sorted or appended', () => {
    const e: Entity = { id: 0, name: 'A B', person: null, surname: 'b', first: 'a', mentions: [5, 1, 9].map((s) => mention(s, 0)) };
    expect(latestAtOrBefore(e, 6e5)).toBe(5e5);
    expect(latestAtOrBefore(e, 0)).toBe(-Infinity);
    e.mentions.push(mention(7, 2));
    expect(latestAtOrBefore(e, 8e5)).toBe(700_002);
  });
});
