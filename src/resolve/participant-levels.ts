/**
 * A participant's level, from the role the articles give and whom they represent:
 * - HEAD_OF_STATE_OR_GOVERNMENT: a state's head of state or government title as people.json
 *   groups them (president, king, emir, prime minister, chancellor, premier ...);
 * - MINISTER: any other title with "minister" or "secretary" in it (foreign minister,
 *   secretary of state, home secretary, deputy minister ...);
 * - OTHER: everything else, a missing role, and every official of an international
 *   organisation (a secretary-general or commission president heads no state).
 */
import { rolesOfCategory } from '../knowledge/knowledge.js';

export const PARTICIPANT_LEVELS = ['HEAD_OF_STATE_OR_GOVERNMENT', 'MINISTER', 'OTHER'] as const;
export type ParticipantLevel = (typeof PARTICIPANT_LEVELS)[number];

/** Lower-case titles of heads of state and of government. */
export const LEADER_ROLES: readonly string[] = [...rolesOfCategory('head_of_state'), ...rolesOfCategory('head_of_government')];

/** A whole lower-case role with a minister's or secretary's title in it, not a secretary-general (Java regex, as Cypher's =~ reads it). */
export const MINISTER_ROLE_PATTERN = '.*\\b(minister|secretary)\\b(?!-general).*';

export function levelOf(role: string | null, organization: string | null): ParticipantLevel {
  if (organization) return 'OTHER';
  const r = (role ?? '').toLowerCase();
  if (LEADER_ROLES.includes(r)) return 'HEAD_OF_STATE_OR_GOVERNMENT';
  if (new RegExp(`^${MINISTER_ROLE_PATTERN}$`).test(r)) return 'MINISTER';
  return 'OTHER';
}
