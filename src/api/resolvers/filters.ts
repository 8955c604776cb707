/** GraphQL filter arguments, validated, as the store's MeetingFilter. */
import type { MeetingFilter } from '../../store/queries/meeting-filter.js';
import { luceneText } from '../../store/queries/full-text-search.js';
import * as v from '../validate.js';

export interface MeetingFilterInput {
  countries?: string[] | null;
  people?: string[] | null;
  topics?: string[] | null;
  from?: string | null;
  to?: string | null;
  place?: string | null;
  modality?: string | null;
  status?: string | null;
  text?: string | null;
}

export function meetingFilter(input: MeetingFilterInput | null | undefined): MeetingFilter {
  const f = input ?? {};
  const text = v.text(f.text, 'filter.text', 200);
  return {
    parties: v.parties(f.countries, 'filter.countries'),
    people: v.ids(f.people, 'filter.people', 20),
    topics: v.topics(f.topics, 'filter.topics'),
    from: v.isoDate(f.from, 'filter.from'),
    to: v.isoDate(f.to, 'filter.to'),
    place: f.place ? v.id(f.place, 'filter.place') : null,
    modality: f.modality ?? null,
    status: f.status ?? null,
    text: text ? luceneText(text) : null,
  };
}
