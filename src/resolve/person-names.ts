/**
 * Which person a text names, given the people the store found by id and near the name
 * (src/store/queries/person-names.ts). Names and aliases compare by `matchKey`, so
 * "Erdogan" needs the full form ("Recep Tayyip Erdogan") or an alias; an unknown or
 * ambiguous text is a BAD_USER_INPUT with suggestions, never a silently empty answer.
 */
import { AppError } from '../domain/errors.js';
import { closestMatches, matchKey, type NamedCandidate } from './name-match.js';

export interface KnownPerson {
  id: string;
  name: string;
  aliases: string[];
}

const forms = (p: KnownPerson): string[] => [p.name, ...p.aliases];

/** Names written alike to `text` among `near`, best first, as suggestions: canonical names. */
export function peopleLike(text: string, near: KnownPerson[], take: number) {
  const candidates: NamedCandidate<KnownPerson>[] = near.flatMap((p) => forms(p).map((f) => ({ key: matchKey(f), name: f, value: p })));
  return closestMatches(text, candidates, (p) => p.id, { take, min: 0.5 });
}

export function pickPerson(text: string, argument: string, found: { byId: KnownPerson[]; near: KnownPerson[] }): KnownPerson {
  const [direct] = found.byId;
  if (direct) return direct;
  const key = matchKey(text);
  const named = new Map<string, KnownPerson>();
  for (const p of found.near) if (forms(p).some((f) => matchKey(f) === key)) named.set(p.id, p);
  const people = [...named.values()];
  const [only] = people;
  if (people.length === 1 && only) return only;
  if (people.length > 1) {
    throw new AppError('BAD_USER_INPUT', `"${text}" names ${people.length} people: give one of their ids`, argument, {
      suggestions: people.map((p) => p.id),
    });
  }
  const suggestions = peopleLike(text, found.near, 3).map((m) => m.value.name);
  const what = /^p-/.test(text.trim()) ? `no person has the id "${text}"` : `no person is known as "${text}"`;
  const hint = suggestions.length ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : '';
  throw new AppError('BAD_USER_INPUT', `${what}${hint}`, argument, { suggestions });
}
