/**
 * GraphQL filter arguments, validated and resolved, as the store's MeetingFilter. Every
 * resolver that takes a MeetingFilter goes through `resolvedMeetingFilter`, so parties,
 * groups and people are read the same way everywhere.
 */
import { AppError } from '../../domain/errors.js';
import { matchKey } from '../../resolve/name-match.js';
import type { MeetingFilter, PartyCode } from '../../store/queries/meeting-filter.js';
import { luceneText } from '../../store/queries/full-text-search.js';
import type { MeetingFilter as MeetingFilterInput } from '../generated/schema-types.js';
import * as v from '../validate.js';
import { countryArg, partyListArg, peopleArg, type FilterContext } from './party-args.js';

function anyOf(texts: string[] | null | undefined): PartyCode[] | null {
  const { parties, groups } = partyListArg(texts, 'filter.anyCountries');
  const all = [...(parties ?? []), ...(groups ?? []).flat()];
  return all.length ? all : null;
}

export async function resolvedMeetingFilter(input: MeetingFilterInput | null | undefined, ctx: FilterContext): Promise<MeetingFilter> {
  const f = input ?? {};
  const text = v.text(f.text, 'filter.text', 200);
  const summit = v.text(f.summit, 'filter.summit', 200);
  const { parties, groups } = partyListArg(f.countries, 'filter.countries');
  const range = { from: v.isoDate(f.from, 'filter.from'), to: v.isoDate(f.to, 'filter.to') };
  if (range.from && range.to && range.from.slice(0, range.to.length) > range.to) {
    throw new AppError('BAD_USER_INPUT', `must not be after filter.to (${range.from} > ${range.to})`, 'filter.from');
  }
  return {
    parties,
    partyGroups: groups,
    anyParties: anyOf(f.anyCountries),
    people: await peopleArg(f.people, 'filter.people', ctx),
    topics: v.topics(f.topics, 'filter.topics'),
    ...range,
    includeUndated: f.includeUndated ?? false,
    place: f.place ? v.id(f.place, 'filter.place') : null,
    placeCountry: f.placeCountry ? countryArg(f.placeCountry, 'filter.placeCountry') : null,
    hostCountry: f.hostCountry ? countryArg(f.hostCountry, 'filter.hostCountry') : null,
    modality: f.modality ?? null,
    status: f.status ?? null,
    settingKind: f.settingKind ?? null,
    summit: summit ? matchKey(summit) : null,
    levels: f.levels?.length ? f.levels : null,
    minSources: f.minSources === null || f.minSources === undefined ? null : v.range(f.minSources, 'filter.minSources', 1, 1000),
    disputed: f.disputed ?? null,
    text: text ? luceneText(text) : null,
  };
}
