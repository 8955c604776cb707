/**
 * One meeting as a card: when, where, who, topics, and the evidence sentences with their
 * sources. The card says what it shows: api.ts asks for MEETING_FULL wherever cards are drawn.
 */
import type { Evidence, MeetingSummary } from './api.js';
import type * as S from './generated/schema-types.js';
import { isOverdue, todayUtc } from './bilateral-story.js';
import { el, safeLink } from './dom.js';
import { groupEvidence, highlighter, supportingTerms } from './evidence-text.js';

/** The meeting's own values a card reads; each is asked for and typed from this list. */
const VALUES = ['id', 'date', 'datePrecision', 'status', 'modality', 'settingKind', 'settingEvent', 'confidence', 'sourceCount', 'disputed'] as const satisfies readonly (keyof S.Meeting)[];

const EVIDENCE = 'sentence confidence article { id url title publishedAt }';
export const MEETING_FULL = `${VALUES.join(' ')}
  place { id name country lat lon } parties { code name kind }
  participants { person { id name } party { code } role side evidence { ${EVIDENCE} } }
  topics { name status evidence { ${EVIDENCE} } }
  evidence { ${EVIDENCE} } placeEvidence { ${EVIDENCE} }`;

/** A meeting as MEETING_FULL brings it. */
export type MeetingFull = Pick<S.Meeting, (typeof VALUES)[number]> &
  Pick<MeetingSummary, 'place' | 'parties'> & {
    participants: (MeetingSummary['participants'][number] & Pick<S.Participant, 'side'> & { evidence: Evidence[] })[];
    topics: (Pick<S.MeetingTopic, 'name' | 'status'> & { evidence: Evidence[] })[];
    evidence: Evidence[];
    placeEvidence: Evidence[];
  };

const MODALITY: Record<string, string> = { IN_PERSON: 'In person', PHONE: 'Phone call', VIDEO: 'Video call' };

/** Opens an entity (kind and id) in the details panel. */
export type PickEntity = (kind: string, id: string) => void;

/**
 * Evidence sentences, each once (with every article that carries it), the supporting words
 * marked. `seen` carries the sentences already shown for this meeting, so sections repeat none.
 */
export function evidenceList(evidence: Evidence[], pick: PickEntity, max = 6, terms: string[] = [], seen = new Set<string>()): HTMLElement {
  const mark = highlighter(terms);
  const items = groupEvidence(evidence, seen)
    .slice(0, max)
    .map((g) =>
      el('li', { class: 'evidence' }, [
        el('q', {}, mark(g.sentence).map((seg) => (seg.mark ? el('mark', { text: seg.text }) : seg.text))),
        ...g.items.map((e) => source(e, pick)),
      ]),
    );
  return el('ul', { class: 'evidence-list' }, items);
}

function source(e: Evidence, pick: PickEntity): HTMLElement {
  const title = e.article.title || e.article.url || e.article.id;
  return el('span', { class: 'source' }, [
    ' — ',
    el('button', { class: 'link-button', text: title, attrs: { type: 'button', title: 'Open the article' }, on: { click: () => pick('ARTICLE', e.article.id) } }),
    e.article.url ? ' ' : null,
    e.article.url ? safeLink(e.article.url, 'source ↗') : null,
    e.article.publishedAt ? el('span', { class: 'muted', text: `, ${e.article.publishedAt}` }) : null,
    e.confidence !== null ? el('span', { class: 'muted', text: ` · confidence ${e.confidence.toFixed(2)}` }) : null,
  ]);
}

function entityButton(label: string, onClick: () => void): HTMLElement {
  return el('button', { class: 'link-button', text: label, attrs: { type: 'button' }, on: { click: onClick } });
}

export function meetingCard(m: MeetingFull, pick: PickEntity, seen = new Set<string>(), terms = supportingTerms(m)): HTMLElement {
  const overdue = isOverdue(m, todayUtc());
  const when = m.date ?? 'Undated';
  const where = m.place ? `${m.place.name}${m.place.country ? `, ${m.place.country}` : ''}` : 'place unknown';
  const people = m.participants.flatMap((p, i) => [
    i ? ', ' : '',
    entityButton(p.person.name, () => pick('PERSON', p.person.id)),
    p.role || p.party ? el('span', { class: 'muted', text: ` (${[p.role, p.party?.code].filter(Boolean).join(', ')})` }) : '',
  ]);
  return el('article', { class: 'meeting-card', attrs: { 'data-meeting-id': m.id } }, [
    el('header', {}, [
      entityButton(`${when} · ${where}`, () => pick('MEETING', m.id)),
      el('span', { class: `badge ${m.status === 'HELD' ? 'held' : 'planned'}`, text: m.status === 'HELD' ? 'Held' : 'Planned' }),
      overdue ? el('span', { class: 'badge overdue', attrs: { title: 'Planned for a date that has passed; no report says it was held' }, text: 'Date passed, not reported held' }) : null,
      el('span', { class: 'badge', text: MODALITY[m.modality] ?? m.modality }),
      m.settingEvent ? el('span', { class: 'badge', text: `Sidelines: ${m.settingEvent}` }) : null,
      m.sourceCount > 1 ? el('span', { class: 'muted', text: `${m.sourceCount} sources` }) : null,
      m.disputed.length ? el('span', { class: 'badge disputed', text: `Disputed: ${m.disputed.join(', ')}` }) : null,
    ]),
    el('p', { class: 'participants' }, ['Participants: ', ...people]),
    m.topics.length ? el('p', { class: 'topics-line', text: `Topics: ${m.topics.map((t) => `${t.name.replace(/_/g, ' ')}${t.status === 'EXPECTED' ? ' (expected)' : ''}`).join(', ')}` }) : null,
    evidenceList(m.evidence, pick, 6, terms, seen),
  ]);
}
