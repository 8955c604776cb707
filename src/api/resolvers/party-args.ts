/**
 * Arguments that name parties or people, resolved as analysts write them (src/resolve):
 * parties by code, name or alias; people by id, a merged person's old id, name or alias.
 * Unknown or ambiguous input is a BAD_USER_INPUT naming the argument, with suggestions.
 */
import { AppError } from '../../domain/errors.js';
import { matchKey } from '../../resolve/name-match.js';
import { resolveCountry, resolveParty, resolvePartyOrGroup, type ResolvedParty } from '../../resolve/party-names.js';
import { pickPerson } from '../../resolve/person-names.js';
import { peopleNamed } from '../../store/queries/person-names.js';
import type { PartyCode } from '../../store/queries/meeting-filter.js';
import type { ApiContext } from '../context.js';
import * as v from '../validate.js';

const MAX_NAME = 200;

const code = (p: ResolvedParty): PartyCode => ({ code: p.code, kind: p.kind });

function checked(text: string, argument: string): string {
  return v.id(text.trim(), argument);
}

export function partyArg(text: string, argument: string): PartyCode {
  return code(resolveParty(checked(text, argument), argument));
}

export function countryArg(text: string, argument: string): string {
  return resolveCountry(checked(text, argument), argument).code;
}

/** Parties that must all take part; a region group stands for "any of its members". */
export function partyListArg(
  texts: string[] | null | undefined,
  argument: string,
): { parties: PartyCode[] | null; groups: PartyCode[][] | null } {
  if (!texts?.length) return { parties: null, groups: null };
  if (texts.length > 20) throw new AppError('BAD_USER_INPUT', `at most 20, got ${texts.length}`, argument);
  const parties: PartyCode[] = [];
  const groups: PartyCode[][] = [];
  texts.forEach((t, i) => {
    const r = resolvePartyOrGroup(checked(t, `${argument}[${i}]`), `${argument}[${i}]`, { groups: true });
    if (r.party) parties.push(code(r.party));
    else groups.push(r.group.members.map((c) => ({ code: c, kind: 'COUNTRY' })));
  });
  return { parties: parties.length ? parties : null, groups: groups.length ? groups : null };
}

async function resolvePeople(items: { text: string; argument: string }[], ctx: ApiContext): Promise<string[]> {
  const named = items.map((it) => {
    const text = checked(it.text, it.argument);
    if (text.length > MAX_NAME) throw new AppError('BAD_USER_INPUT', `at most ${MAX_NAME} characters`, it.argument);
    return { text, folded: matchKey(text), argument: it.argument };
  });
  const found = await peopleNamed(ctx.store, named);
  return named.map((n, i) => pickPerson(n.text, n.argument, found[i] ?? { byId: [], near: [] }).id);
}

/** Person ids for texts that are ids or names, in order (one round trip for all). */
export async function peopleArg(texts: string[] | null | undefined, argument: string, ctx: ApiContext): Promise<string[] | null> {
  if (!texts?.length) return null;
  if (texts.length > 20) throw new AppError('BAD_USER_INPUT', `at most 20, got ${texts.length}`, argument);
  return resolvePeople(texts.map((text, i) => ({ text, argument: `${argument}[${i}]` })), ctx);
}

async function personArg(text: string, argument: string, ctx: ApiContext): Promise<string> {
  return (await resolvePeople([{ text, argument }], ctx))[0] as string;
}

export type EndKind = 'PERSON' | 'COUNTRY' | 'ORGANIZATION';

/**
 * A party or a person, for graph focus and connection ends: a `p-...` id is a person; any
 * other text is tried as a party, then as a person's name; when it is neither, the error
 * suggests from both.
 */
export async function partyOrPersonArg(text: string, argument: string, ctx: ApiContext): Promise<{ id: string; kind: EndKind }> {
  const t = checked(text, argument);
  if (/^p-/.test(t)) return { id: await personArg(t, argument, ctx), kind: 'PERSON' };
  let partyError: AppError;
  try {
    const p = resolveParty(t, argument);
    return { id: p.code, kind: p.kind };
  } catch (e) {
    if (!(e instanceof AppError) || e.suggestions.some((s) => /^(country|org):/.test(s))) throw e;
    partyError = e;
  }
  try {
    return { id: await personArg(t, argument, ctx), kind: 'PERSON' };
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    const suggestions = [...partyError.suggestions, ...e.suggestions].slice(0, 5);
    const hint = suggestions.length ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : '';
    throw new AppError('BAD_USER_INPUT', `no party or person is known as "${t}"${hint}`, argument, { suggestions });
  }
}
