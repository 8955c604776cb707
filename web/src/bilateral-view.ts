/**
 * Bilateral ties: pick two countries, see their meetings over time, the topics, places and
 * people on each side, and every meeting with its evidence sentences and sources.
 */
import { ApiError, fetchBilateral, fetchBilateralMeetings, type BilateralData } from './api.js';
import { barChart, modalityChart, timeAxisChart } from './bilateral-charts.js';
import { visitNote } from './bilateral-story.js';
import { clear, el } from './dom.js';
import { countryName } from './filters-view.js';
import { meetingCard, type PickEntity } from './meeting-card.js';
import { createPicker, resolver } from './picker.js';
import { resolutionMessage } from './resolve-input.js';
import { TYPE_COLORS } from './theme.js';

export interface BilateralView {
  readonly element: HTMLElement;
  show(a: string | null, b: string | null, from: string | null, to: string | null): void;
  /** The charts as one SVG, for export. */
  svgElements(): SVGSVGElement[];
  data(): BilateralData | null;
}

/** Trips each way with the years since the one before, and the summits the sidelines were at. */
function story(d: BilateralData, nameA: string, nameB: string): HTMLElement {
  const name = (code: string): string => (code === d.a.code ? nameA : code === d.b.code ? nameB : countryName(code));
  const trips = d.visits.list.map((v) => {
    const note = visitNote(v);
    const when = v.start && v.end && v.start !== v.end ? `${v.start} – ${v.end}` : (v.start ?? 'undated');
    return el('li', { class: 'trip' }, [
      el('span', { text: `${when}: ${name(v.visitor.code)} → ${name(v.host.code)}` }),
      v.meetings.length > 1 ? el('span', { class: 'muted', text: ` (${v.meetings.length} meetings)` }) : null,
      note ? el('span', { class: 'badge trip-note', text: note }) : null,
    ]);
  });
  const events = d.setting.events.map((e) => el('li', { text: `${e.event} (${e.count})` }));
  return el('div', { class: 'story' }, [
    el('section', {}, [el('h3', { text: 'Visits each way' }), trips.length ? el('ol', { class: 'plain-list trips' }, trips) : el('p', { class: 'muted', text: 'No trips in this range.' })]),
    el('section', {}, [
      el('h3', { text: 'Sidelines' }),
      events.length ? el('ul', { class: 'plain-list events' }, events) : el('p', { class: 'muted', text: 'No meetings on summit sidelines.' }),
      d.nextPlannedMeeting ? el('p', { text: `Next planned: ${d.nextPlannedMeeting.date ?? 'undated'}` }) : null,
    ]),
  ]);
}

export function createBilateralView(onPair: (a: string | null, b: string | null) => void, pick: PickEntity): BilateralView {
  const kinds = ['COUNTRY', 'ORGANISATION'] as const;
  const pickerA = createPicker({ id: 'bilateral-a', label: 'First country or organisation', placeholder: 'Country or organisation', kinds: [...kinds] });
  const pickerB = createPicker({ id: 'bilateral-b', label: 'Second country or organisation', placeholder: 'Country or organisation', kinds: [...kinds] });
  const form = el('form', { class: 'pair-form', attrs: { 'aria-label': 'Choose two countries or organisations' } }, [
    el('label', { attrs: { for: 'bilateral-a' }, text: 'A ' }),
    pickerA.element,
    el('label', { attrs: { for: 'bilateral-b' }, text: ' and B ' }),
    pickerB.element,
    el('button', { text: 'Show ties', attrs: { type: 'submit' } }),
  ]);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    Promise.all([pickerA.resolve(), pickerB.resolve()])
      .then(([a, b]) => {
        if (a && b) onPair(a.id, b.id);
      })
      .catch((e: unknown) => pickerA.fail(e instanceof Error ? e.message : String(e)));
  });
  const body = el('div', { class: 'bilateral-body', attrs: { 'aria-live': 'polite' } });
  const element = el('section', { class: 'bilateral', attrs: { 'aria-label': 'Bilateral ties' } }, [el('h2', { text: 'Bilateral ties' }), form, body]);
  let current: BilateralData | null = null;
  let charts: SVGSVGElement[] = [];
  let request = 0;
  let range: [string | null, string | null] = [null, null];

  function render(d: BilateralData): void {
    clear(body);
    const nameA = d.a.name ?? countryName(d.a.code);
    const nameB = d.b.name ?? countryName(d.b.code);
    const stat = (n: number | string, label: string): HTMLElement => el('div', { class: 'stat' }, [el('strong', { text: String(n) }), el('span', { text: label })]);
    body.appendChild(
      el('div', { class: 'stats' }, [
        stat(d.count, 'meetings'),
        stat(d.held, 'held'),
        stat(d.planned, 'planned'),
        stat(d.sources, 'source articles'),
        stat(d.firstMeeting?.date ?? '—', 'first meeting'),
        stat(d.lastMeeting?.date ?? '—', 'last meeting'),
        stat(`${d.visits.aToB} / ${d.visits.bToA}`, `visits ${d.a.code}→${d.b.code} / ${d.b.code}→${d.a.code}`),
        stat(`${d.modality.inPerson} / ${d.modality.phone + d.modality.video}`, 'in person / calls'),
        stat(`${d.setting.standalone} / ${d.setting.sidelines}`, 'standalone / on sidelines'),
      ]),
    );
    body.appendChild(story(d, nameA, nameB));
    charts = [
      timeAxisChart(d.timeline),
      modalityChart(d.modalityTimeline),
      barChart('Topics', d.topics.slice(0, 10).map((t) => ({ label: t.topic.replace(/_/g, ' '), count: t.count })), TYPE_COLORS.TOPIC!),
      barChart('Places', d.places.slice(0, 10).map((p) => ({ label: p.place.name, count: p.count })), TYPE_COLORS.PLACE!),
    ];
    body.appendChild(el('div', { class: 'charts' }, charts.map((c) => el('figure', {}, [c]))));
    const side = (name: string, people: BilateralData['peopleA']): HTMLElement =>
      el('div', { class: 'side' }, [
        el('h3', { text: name }),
        el('ul', { class: 'plain-list' }, people.map((p) => el('li', {}, [el('button', { class: 'link-button', text: p.person.name, attrs: { type: 'button' }, on: { click: () => pick('PERSON', p.person.id) } }), el('span', { class: 'muted', text: ` ${p.count}` })]))),
      ]);
    body.appendChild(el('div', { class: 'sides' }, [side(`People for ${nameA}`, d.peopleA), side(`People for ${nameB}`, d.peopleB)]));
    const list = el('div', { class: 'meeting-list' }, d.meetings.edges.map((e) => meetingCard(e.node, pick)));
    body.appendChild(el('h3', { text: `Meetings of ${nameA} and ${nameB} (${d.meetings.totalCount})` }));
    body.appendChild(d.meetings.edges.length ? list : el('p', { class: 'muted', text: 'No meetings in this range.' }));
    // Further pages on request: each meeting with its evidence is costly to fetch.
    let cursor = d.meetings.pageInfo.endCursor;
    if (d.meetings.pageInfo.hasNextPage) {
      const more = el('button', { text: 'Show more meetings', attrs: { type: 'button', class: 'secondary' } });
      more.addEventListener('click', () => {
        more.disabled = true;
        fetchBilateralMeetings(d.a.code, d.b.code, range[0] ?? undefined, range[1] ?? undefined, cursor)
          .then((page) => {
            for (const e of page.edges) list.appendChild(meetingCard(e.node, pick));
            d.meetings.edges.push(...page.edges);
            cursor = page.pageInfo.endCursor;
            more.disabled = false;
            if (!page.pageInfo.hasNextPage) more.remove();
          })
          .catch((e: unknown) => {
            more.replaceWith(el('p', { class: 'error', text: e instanceof Error ? e.message : String(e) }));
          });
      });
      body.appendChild(more);
    }
  }

  /** A party id from the URL the page does not know: say so, with what the text might mean. */
  function unknownParty(id: string, picker: ReturnType<typeof createPicker>): boolean {
    const known = resolver.parties.byId(id);
    picker.set(known);
    if (known) return false;
    picker.input.value = id;
    resolver
      .resolve(id, [...kinds])
      .then((r) => {
        const hits = r.status === 'resolved' ? [r.hit] : r.status === 'ambiguous' ? r.hits : r.suggestions;
        picker.fail(r.status === 'resolved' ? `“${id}” is not a code; did you mean ${r.hit.name}?` : resolutionMessage(r, [...kinds]), hits);
      })
      .catch(() => picker.fail(`No country or organisation has the code “${id}”.`));
    return true;
  }

  return {
    element,
    show(a, b, from, to) {
      const n = ++request;
      range = [from, to];
      clear(body);
      current = null;
      charts = [];
      const badA = a ? unknownParty(a, pickerA) : (pickerA.set(null), false);
      const badB = b ? unknownParty(b, pickerB) : (pickerB.set(null), false);
      if (badA || badB) {
        body.appendChild(el('p', { class: 'error', attrs: { 'data-unresolved': 'true' }, text: 'The pair could not be resolved; nothing is shown until both parties are known (see the message under the input).' }));
        return;
      }
      if (!a || !b) {
        body.appendChild(el('p', { class: 'hint', text: 'Choose two countries or organisations (names, codes or other spellings), or open a country in the details panel and pick one of its partners.' }));
        return;
      }
      body.appendChild(el('p', { class: 'muted', text: 'Loading…' }));
      fetchBilateral(a, b, from ?? undefined, to ?? undefined)
        .then((d) => {
          if (n !== request) return;
          current = d;
          render(d);
        })
        .catch((e: unknown) => {
          if (n !== request) return;
          clear(body);
          const offered = e instanceof ApiError && e.suggestions.length ? ` Did you mean: ${e.suggestions.join(', ')}?` : '';
          body.appendChild(el('p', { class: 'error', text: `${e instanceof Error ? e.message : String(e)}${offered}` }));
        });
    },
    svgElements: () => charts,
    data: () => current,
  };
}
