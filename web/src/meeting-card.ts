/** One meeting as a card: when, where, who, topics, and the evidence sentences with their sources. */
import type { Evidence, MeetingFull } from './api.js';
import { el, safeLink } from './dom.js';

const MODALITY: Record<string, string> = { IN_PERSON: 'In person', PHONE: 'Phone call', VIDEO: 'Video call' };

export type Pick = (kind: string, id: string) => void;

export function evidenceList(evidence: Evidence[], pick: Pick, max = 6): HTMLElement {
  const seen = new Set<string>();
  const items: HTMLElement[] = [];
  for (const e of evidence) {
    const key = `${e.article.id}|${e.sentence}`;
    if (seen.has(key) || items.length >= max) continue;
    seen.add(key);
    const source = e.article.title || e.article.url || e.article.id;
    items.push(
      el('li', { class: 'evidence' }, [
        el('q', { text: e.sentence }),
        el('span', { class: 'source' }, [
          ' — ',
          el('button', { class: 'link-button', text: source, attrs: { type: 'button', title: 'Open the article' }, on: { click: () => pick('ARTICLE', e.article.id) } }),
          e.article.url ? ' ' : null,
          e.article.url ? safeLink(e.article.url, 'source ↗') : null,
          e.article.publishedAt ? el('span', { class: 'muted', text: `, ${e.article.publishedAt}` }) : null,
          e.confidence !== null ? el('span', { class: 'muted', text: ` · confidence ${e.confidence.toFixed(2)}` }) : null,
        ]),
      ]),
    );
  }
  return el('ul', { class: 'evidence-list' }, items);
}

function entityButton(label: string, onClick: () => void): HTMLElement {
  return el('button', { class: 'link-button', text: label, attrs: { type: 'button' }, on: { click: onClick } });
}

export function meetingCard(m: MeetingFull, pick: Pick): HTMLElement {
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
      el('span', { class: 'badge', text: MODALITY[m.modality] ?? m.modality }),
      m.settingEvent ? el('span', { class: 'badge', text: `Sidelines: ${m.settingEvent}` }) : null,
      m.sourceCount > 1 ? el('span', { class: 'muted', text: `${m.sourceCount} sources` }) : null,
      m.disputed.length ? el('span', { class: 'badge disputed', text: `Disputed: ${m.disputed.join(', ')}` }) : null,
    ]),
    el('p', { class: 'participants' }, ['Participants: ', ...people]),
    m.topics.length ? el('p', { class: 'topics-line', text: `Topics: ${m.topics.map((t) => `${t.name.replace(/_/g, ' ')}${t.status === 'EXPECTED' ? ' (expected)' : ''}`).join(', ')}` }) : null,
    evidenceList(m.evidence, pick),
  ]);
}
