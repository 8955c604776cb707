/**
 * Sides of a meeting: the people who represent the same state or organisation are one
 * delegation. Each Meeting keeps, beside `personKeys`, the party of each of those people as
 * its card gives it (`personSides`, meeting-cards.ts), so a query can tell two people of one
 * delegation from two who met without reading the card.
 */

/** Cypher: the party code of person `personId` in meeting `m` ('' when none is known). */
export function sideOf(m: string, personId: string): string {
  return `head([i IN range(0, size(${m}.personKeys) - 1) WHERE ${m}.personKeys[i] = ${personId} | ${m}.personSides[i]])`;
}

/**
 * Cypher: whether the two people are on different sides of meeting `m`. A person whose party
 * no article gave is taken as on a side of their own: the extractor only reports meetings
 * between different states, so such a person met the others.
 */
export function onOtherSides(m: string, a: string, b: string): string {
  return `NOT coalesce(${sideOf(m, a)} = ${sideOf(m, b)} AND ${sideOf(m, a)} <> '', false)`;
}

/** The same rule in code, for queries that read sides from the answer. */
export function sameSide(a: string | null | undefined, b: string | null | undefined): boolean {
  return Boolean(a) && a === b;
}
