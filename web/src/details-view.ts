/**
 * The details panel: opens on a click in any view and shows the entity's facts, its
 * meetings and the evidence sentences with links to the source articles.
 */
import { fetchTieMeetings, gql, type Evidence, type Party, type PersonRef, type PlaceRef } from './api.js';
import { clear, el, safeLink } from './dom.js';
import { countryName } from './filters-view.js';
import { supportingTerms } from './evidence-text.js';
import { meetingCard, evidenceList, MEETING_FULL, type MeetingFull, type PickEntity } from './meeting-card.js';

/** Meetings listed with their evidence; each costs about 700 of the API's 20,000 query-cost budget. */
const RECENT = 10;

export interface DetailsActions {
  pick: PickEntity;
  focus: (id: string) => void;
  bilateral: (a: string, b: string) => void;
  close: () => void;
  /** Buttons acting on a node of the graph (expand, hide, pin), or null when it is not drawn. */
  nodeTools?: (id: string) => HTMLElement | null;
}

export interface DetailsView {
  readonly element: HTMLElement;
  show(selected: string | null): void;
  /** Opens the panel on content made elsewhere (a found chain). */
  showContent(heading: string, parts: (HTMLElement | null)[]): void;
}

interface PersonData {
  person: {
    id: string;
    name: string;
    aliases: string[];
    roles: { role: string; party: Party }[];
    meetingCount: number;
    counterparts: { nodes: { person: PersonRef; count: number }[] };
  } | null;
}
interface CountryData {
  country: {
    code: string;
    name: string | null;
    meetingCount: number;
    partners: { nodes: { party: Party; count: number }[] };
    people: { nodes: PersonRef[] };
    places: { nodes: PlaceRef[] };
  } | null;
}
interface PlaceData {
  place: { id: string; name: string; country: Party | null; lat: number | null; lon: number | null; meetingCount: number; meetings: { nodes: MeetingFull[] } } | null;
}
interface ArticleData {
  article: {
    id: string;
    url: string | null;
    title: string | null;
    publishedAt: string | null;
    publisher: string | null;
    source: string | null;
    cites: Party[];
    meetings: MeetingFull[];
    people: PersonRef[];
    places: PlaceRef[];
  } | null;
}

export function createDetailsView(actions: DetailsActions): DetailsView {
  const title = el('h2', { attrs: { tabindex: -1, id: 'details-title' } });
  const closeButton = el('button', { class: 'close', text: '×', attrs: { type: 'button', 'aria-label': 'Close details' }, on: { click: () => actions.close() } });
  const body = el('div', { class: 'details-body' });
  const element = el('aside', { class: 'details', attrs: { 'aria-labelledby': 'details-title', hidden: true } }, [
    el('header', { class: 'details-header' }, [title, closeButton]),
    body,
  ]);
  element.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') actions.close();
  });
  let request = 0;

  const section = (heading: string, ...children: (HTMLElement | null)[]): HTMLElement =>
    el('section', {}, [el('h3', { text: heading }), ...children]);
  const buttons = (items: { label: string; onClick: () => void }[]): HTMLElement =>
    el('ul', { class: 'plain-list' }, items.map((i) => el('li', {}, [el('button', { class: 'link-button', text: i.label, attrs: { type: 'button' }, on: { click: i.onClick } })])));
  const meetingsSection = (meetings: MeetingFull[], total: number): HTMLElement =>
    section(`Meetings (${total})`, ...meetings.map((m) => meetingCard(m, actions.pick)), total > meetings.length ? el('p', { class: 'muted', text: `Showing the ${meetings.length} most recent.` }) : null);
  const focusButton = (id: string): HTMLElement =>
    el('div', { class: 'node-actions' }, [
      el('button', { text: 'Centre the graph here', attrs: { type: 'button' }, on: { click: () => actions.focus(id) } }),
      actions.nodeTools?.(id) ?? null,
    ]);
  function render(heading: string, parts: (HTMLElement | null)[]): void {
    title.textContent = heading;
    clear(body);
    for (const p of parts) if (p) body.appendChild(p);
    title.focus({ preventScroll: true });
  }

  async function load(kind: string, id: string): Promise<{ heading: string; parts: (HTMLElement | null)[] }> {
    switch (kind) {
      case 'PERSON': {
        // Two requests: one would exceed the API's query-cost limit (graphql-armor, 20,000).
        const [{ person: p }, recent] = await Promise.all([
          gql<PersonData>(
            `query Person($id: ID!) { person(id: $id) { id name aliases meetingCount roles { role party { code name kind } }
              counterparts(first: 15) { nodes { person { id name } count } } } }`,
            { id },
          ),
          gql<{ person: { meetings: { nodes: MeetingFull[] } } | null }>(`query PersonMeetings($id: ID!) { person(id: $id) { meetings(first: ${RECENT}) { nodes { ${MEETING_FULL} } } } }`, { id }),
        ]);
        if (!p) return { heading: 'Not found', parts: [el('p', { text: `No person ${id} in the graph.` })] };
        return {
          heading: p.name,
          parts: [
            el('p', { class: 'kind-line', text: 'Person' }),
            focusButton(p.id),
            p.roles.length ? section('Roles', el('ul', { class: 'plain-list' }, p.roles.map((r) => el('li', { text: `${r.role || 'role not given'} — ${r.party.name ?? r.party.code}` })))) : null,
            p.aliases.length ? el('p', { class: 'muted', text: `Also written: ${p.aliases.join(', ')}` }) : null,
            section('Met most often', buttons(p.counterparts.nodes.map((c) => ({ label: `${c.person.name} (${c.count})`, onClick: () => actions.pick('PERSON', c.person.id) })))),
            meetingsSection(recent.person?.meetings.nodes ?? [], p.meetingCount),
          ],
        };
      }
      case 'COUNTRY':
      case 'ORGANIZATION': {
        const [{ country: c }, recent] = await Promise.all([
          gql<CountryData>(
            `query Country($code: String!) { country(code: $code) { code name meetingCount partners(first: 15) { nodes { party { code name kind } count } }
              people(first: 15) { nodes { id name } } places { nodes { id name country lat lon } } } }`,
            { code: id },
          ),
          gql<{ country: { meetings: { nodes: MeetingFull[] } } | null }>(`query CountryMeetings($code: String!) { country(code: $code) { meetings(first: ${RECENT}) { nodes { ${MEETING_FULL} } } } }`, { code: id }),
        ]);
        if (!c) return { heading: countryName(id), parts: [el('p', { text: 'No meetings of this party in the graph.' }), focusButton(id)] };
        return {
          heading: c.name ?? countryName(c.code),
          parts: [
            el('p', { class: 'kind-line', text: `${kind === 'COUNTRY' ? 'Country' : 'Organisation'} · ${c.code}` }),
            focusButton(c.code),
            section('Partners (open the bilateral view)', buttons(c.partners.nodes.map((p) => ({ label: `${p.party.name ?? p.party.code} (${p.count})`, onClick: () => actions.bilateral(c.code, p.party.code) })))),
            section('People', buttons(c.people.nodes.map((p) => ({ label: p.name, onClick: () => actions.pick('PERSON', p.id) })))),
            c.places.nodes.length ? section('Places', buttons(c.places.nodes.map((p) => ({ label: p.name, onClick: () => actions.pick('PLACE', p.id) })))) : null,
            meetingsSection(recent.country?.meetings.nodes ?? [], c.meetingCount),
          ],
        };
      }
      case 'MEETING': {
        const { meeting: m } = await gql<{ meeting: MeetingFull | null }>(`query Meeting($id: ID!) { meeting(id: $id) { ${MEETING_FULL} } }`, { id });
        if (!m) return { heading: 'Not found', parts: [el('p', { text: `No meeting ${id}.` })] };
        // Each sentence once per meeting: the place and topic sections show only what the card did not.
        const seen = new Set<string>();
        const terms = supportingTerms(m);
        const card = meetingCard(m, actions.pick, seen, terms);
        const evidence = (heading: string, ev: Evidence[]): HTMLElement | null => {
          const list = evidenceList(ev, actions.pick, 10, terms, seen);
          return list.childElementCount ? section(heading, list) : null;
        };
        return {
          heading: `Meeting ${m.date ?? 'undated'}${m.place ? ` in ${m.place.name}` : ''}`,
          parts: [
            el('p', { class: 'kind-line', text: `Meeting · ${m.parties.map((p) => p.name ?? p.code).join(' – ')}` }),
            focusButton(m.id),
            card,
            evidence('Where: evidence', m.placeEvidence),
            ...m.topics.map((t) => evidence(`Topic ${t.name.replace(/_/g, ' ')}: evidence`, t.evidence)),
          ],
        };
      }
      case 'PLACE': {
        const { place: p } = await gql<PlaceData>(
          `query Place($id: ID!) { place(id: $id) { id name lat lon meetingCount country { code name kind } meetings(first: ${RECENT}) { nodes { ${MEETING_FULL} } } } }`,
          { id },
        );
        if (!p) return { heading: 'Not found', parts: [el('p', { text: `No place ${id}.` })] };
        return {
          heading: p.name,
          parts: [
            el('p', { class: 'kind-line', text: `Place · ${p.country?.name ?? p.country?.code ?? ''}${p.lat !== null && p.lon !== null ? ` · ${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}` : ''}` }),
            focusButton(p.id),
            meetingsSection(p.meetings.nodes, p.meetingCount),
          ],
        };
      }
      case 'ARTICLE': {
        const { article: a } = await gql<ArticleData>(
          `query Article($id: ID!) { article(id: $id) { id url title publishedAt publisher source cites { code name kind }
            people { id name } places { id name country lat lon } meetings { ${MEETING_FULL} } } }`,
          { id },
        );
        if (!a) return { heading: 'Not found', parts: [el('p', { text: `No article ${id}.` })] };
        return {
          heading: a.title ?? a.url ?? a.id,
          parts: [
            el('p', { class: 'kind-line' }, ['Article', a.publisher ? ` · ${a.publisher}` : '', a.publishedAt ? ` · ${a.publishedAt}` : '']),
            el('p', {}, [safeLink(a.url, a.url ?? a.source ?? a.id)]),
            a.cites.length ? el('p', { class: 'muted', text: `Cites: ${a.cites.map((c) => c.name ?? c.code).join(', ')}` }) : null,
            section('People mentioned', buttons(a.people.map((p) => ({ label: p.name, onClick: () => actions.pick('PERSON', p.id) })))),
            meetingsSection(a.meetings, a.meetings.length),
          ],
        };
      }
      case 'TIE': {
        const [a = '', b = ''] = id.split('~');
        const { totalCount, meetings } = await fetchTieMeetings(a, b, RECENT);
        const name = (x: string): string => (x.startsWith('p-') ? (meetings.flatMap((m) => m.participants).find((p) => p.person.id === x)?.person.name ?? x) : countryName(x.replace(/^org:/, '')));
        return {
          heading: `${name(a)} – ${name(b)}`,
          parts: [
            el('p', { class: 'kind-line', text: `Tie · ${totalCount} meeting${totalCount === 1 ? '' : 's'} together` }),
            !a.startsWith('p-') ? el('button', { text: 'Open the bilateral view', attrs: { type: 'button' }, on: { click: () => actions.bilateral(a, b) } }) : null,
            totalCount ? meetingsSection(meetings, totalCount) : el('p', { class: 'error', text: 'No meetings of these two match; the link may come from a planned meeting or another filter.' }),
          ],
        };
      }
      default:
        return { heading: 'Unknown', parts: [el('p', { text: `Nothing to show for ${kind}.` })] };
    }
  }

  return {
    element,
    show(selected) {
      const n = ++request;
      if (!selected) {
        element.hidden = true;
        return;
      }
      const colon = selected.indexOf(':');
      const kind = selected.slice(0, colon);
      const id = selected.slice(colon + 1);
      element.hidden = false;
      title.textContent = 'Loading…';
      clear(body);
      load(kind, id)
        .then(({ heading, parts }) => {
          if (n === request) render(heading, parts);
        })
        .catch((e: unknown) => {
          if (n !== request) return;
          title.textContent = 'Could not load';
          clear(body);
          body.appendChild(el('p', { class: 'error', text: e instanceof Error ? e.message : String(e) }));
        });
    },
    showContent(heading, parts) {
      request += 1;
      element.hidden = false;
      render(heading, parts);
    },
  };
}
