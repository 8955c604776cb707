/**
 * `lookup`: type-ahead over what analysts name. Countries and organisations come from the
 * knowledge base (src/resolve/party-names.ts), people and places from the graph; all are
 * scored by the same `similarity`, so one list ranks them together.
 */
import { AppError } from '../../domain/errors.js';
import { closestMatches, matchKey } from '../../resolve/name-match.js';
import { partiesLike } from '../../resolve/party-names.js';
import { nodesNamed } from '../../store/queries/lookup-names.js';
import type { ApiContext } from '../context.js';
import type { EntityKind, LookupHit, QueryLookupArgs } from '../generated/schema-types.js';
import * as v from '../validate.js';

const ALL: EntityKind[] = ['COUNTRY', 'ORGANISATION', 'PERSON', 'PLACE'];

export async function lookup(a: QueryLookupArgs & { first: number }, ctx: ApiContext): Promise<LookupHit[]> {
  const text = v.text(a.text, 'text', 100) ?? '';
  if (matchKey(text).length < 2) throw new AppError('BAD_USER_INPUT', 'must have at least 2 letters or digits', 'text');
  const take = v.count(a.first, 'first', 50);
  const kinds = a.kinds?.length ? a.kinds : ALL;
  const parties: LookupHit[] = partiesLike(text, take * 2)
    .map(({ party, matched, score }) => ({
      kind: party.kind === 'COUNTRY' ? ('COUNTRY' as const) : ('ORGANISATION' as const),
      id: `${party.kind === 'COUNTRY' ? 'country' : 'org'}:${party.code}`,
      name: party.name,
      matched,
      score,
    }))
    .filter((h) => kinds.includes(h.kind));
  const nodeKinds = kinds.filter((k): k is 'PERSON' | 'PLACE' => k === 'PERSON' || k === 'PLACE');
  const nodes = await nodesNamed(ctx.store, matchKey(text), nodeKinds, take * 2);
  const candidates = nodes.flatMap((n) => [n.name, ...n.aliases].map((f) => ({ key: matchKey(f), name: f, value: n })));
  const graphHits: LookupHit[] = closestMatches(text, candidates, (n) => n.id, { take: take * 2, min: 0.5 }).map((m) => ({
    kind: m.value.kind,
    id: m.value.id,
    name: m.value.name,
    matched: m.name,
    score: m.score,
  }));
  return [...parties, ...graphHits].sort((x, y) => y.score - x.score || x.name.localeCompare(y.name)).slice(0, take);
}
