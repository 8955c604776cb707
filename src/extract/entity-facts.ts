/**
 * What an entity's mentions say, summed once instead of scanned at every question. A long
 * article names its protagonists thousands of times, and segmentation asks "which state?"
 * or "a reporter?" for every sentence: scanning the mentions each time made extraction
 * quadratic in the text. Mentions are only ever appended (coreference.ts), so the summary
 * takes in the new ones when the list has grown.
 */
import type { Entity } from './coreference.js';
import type { Mention } from './mentions.js';

/** One number that orders mentions through the article: sentence, then offset in it. */
export const positionOf = (m: Pick<Mention, 'sentence' | 'offset'>): number => m.sentence * 1e5 + m.offset;

export interface EntityFacts {
  /** The first country a mention gives. */
  country: string | null;
  /** The first organisation a mention gives. */
  organization: string | null;
  organizations: Set<string>;
  /** Every role a mention gives. */
  roles: Set<string>;
  /** Roles given by mentions that present the person as taking part. */
  participantRoles: Set<string>;
  /** Some mention gives no role. */
  roleless: boolean;
  nonParticipant: boolean;
  anchored: boolean;
  /** The earliest place the person is named (positionOf). */
  firstAt: number;
  /** How many mentions are summed. */
  seen: number;
}

const summaries = new WeakMap<Entity, EntityFacts>();

export function entityFacts(e: Entity): EntityFacts {
  let f = summaries.get(e);
  if (!f) {
    f = { country: null, organization: null, organizations: new Set(), roles: new Set(), participantRoles: new Set(), roleless: false, nonParticipant: false, anchored: false, firstAt: Infinity, seen: 0 };
    summaries.set(e, f);
  }
  for (; f.seen < e.mentions.length; f.seen++) {
    const m = e.mentions[f.seen]!;
    if (m.country && f.country === null) f.country = m.country;
    if (m.organization) {
      f.organization ??= m.organization;
      f.organizations.add(m.organization);
    }
    if (m.role) {
      f.roles.add(m.role);
      if (!m.nonParticipant) f.participantRoles.add(m.role);
    } else f.roleless = true;
    f.firstAt = Math.min(f.firstAt, positionOf(m));
    if (m.nonParticipant) f.nonParticipant = true;
    if (m.anchored) f.anchored = true;
  }
  return f;
}

interface Positions {
  sorted: number[];
  /** Mentions from here on are not in `sorted` yet. */
  covered: number;
}

const positionsSeen = new WeakMap<Entity, Positions>();

/** Mentions appended since the last sort, scanned one by one until there are this many. */
const UNSORTED_TAIL = 64;

/** The latest place at or before `at` where the person is named, or -Infinity. */
export function latestAtOrBefore(e: Entity, at: number): number {
  let p = positionsSeen.get(e);
  if (!p || e.mentions.length - p.covered > UNSORTED_TAIL) {
    p = { sorted: e.mentions.map(positionOf).sort((a, b) => a - b), covered: e.mentions.length };
    positionsSeen.set(e, p);
  }
  let best = -Infinity;
  for (let i = p.covered; i < e.mentions.length; i++) {
    const pos = positionOf(e.mentions[i]!);
    if (pos <= at && pos > best) best = pos;
  }
  let lo = 0;
  let hi = p.sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (p.sorted[mid]! <= at) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi >= 0 ? Math.max(best, p.sorted[hi]!) : best;
}
