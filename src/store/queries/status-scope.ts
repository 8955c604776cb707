/**
 * Which meetings a count, list, edge or chain stands for. "Met" means held, so every query
 * that counts meetings between parties or people takes a scope and defaults to HELD.
 */

export type StatusScope = 'HELD' | 'PLANNED' | 'BOTH';

/** The stored statuses (`Meeting.status`) a scope admits. */
export function statusesOf(scope: StatusScope): string[] {
  return scope === 'HELD' ? ['held'] : scope === 'PLANNED' ? ['planned'] : ['held', 'planned'];
}

/** The meeting filter's `status` for a scope: null admits both. */
export function filterStatusOf(scope: StatusScope): string | null {
  return scope === 'BOTH' ? null : scope === 'HELD' ? 'held' : 'planned';
}

/** Scopes as Cypher parameters, for queries that answer several at once (aliases asking for each). */
export function scopeParams(scopes: Iterable<StatusScope>): { name: StatusScope; statuses: string[] }[] {
  return [...new Set(scopes)].map((name) => ({ name, statuses: statusesOf(name) }));
}

/** Results per scope, as the queries return them. */
export type ByScope<T> = Partial<Record<StatusScope, T>>;
