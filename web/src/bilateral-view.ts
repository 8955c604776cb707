/**
 * Bilateral ties: pick two countries, see their meetings over time, the topics, places and
 * people on each side, and every meeting with its evidence sentences and sources.
 */
import { axisBottom, max, scaleBand, scaleLinear, scaleUtc, select } from 'd3';
import { ApiError, fetchBilateral, fetchBilateralMeetings, type BilateralData } from './api.js';
import { gaps, monthBars, visitNote } from './bilateral-story.js';
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

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Meetings per month on a real time axis: empty months take their width, long gaps are named. */
function timeAxisChart(timeline: BilateralData['timeline'], width = 560): SVGSVGElement {
  const bars = monthBars(timeline);
  const height = 150;
  const margin = { left: 28, right: 12, top: 24, bottom: 40 };
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('role', 'img');
  svg.setAttribute('class', 'bar-chart time-axis');
  const spans = gaps(bars);
  svg.setAttribute('aria-label', `Meetings per month: ${bars.map((b) => `${b.start.toISOString().slice(0, 7)} ${b.count}`).join(', ')}${spans.length ? `; gaps of ${spans.map((g) => `${g.months} months`).join(', ')}` : ''}`);
  const root = select(svg);
  root.append('text').attr('x', 0).attr('y', 14).attr('class', 'chart-title').text('Meetings over time');
  if (!bars.length) return svg;
  const x = scaleUtc().domain([bars[0]!.start, bars.at(-1)!.end]).range([margin.left, width - margin.right]);
  const y = scaleLinear().domain([0, Math.max(1, max(bars, (b) => b.count) ?? 1)]).range([height - margin.bottom, margin.top]);
  root.append('g').attr('class', 'gaps').selectAll('rect').data(spans).join('rect')
    .attr('x', (g) => x(g.from)).attr('width', (g) => Math.max(0, x(g.to) - x(g.from)))
    .attr('y', margin.top).attr('height', height - margin.top - margin.bottom).attr('class', 'gap');
  root.append('g').attr('class', 'gap-labels').selectAll('text').data(spans.filter((g) => x(g.to) - x(g.from) > 40)).join('text')
    .attr('x', (g) => (x(g.from) + x(g.to)) / 2).attr('y', margin.top + 12).attr('text-anchor', 'middle').attr('class', 'muted-text')
    .text((g) => `${g.months} months without`);
  root.append('g').selectAll('rect').data(bars).join('rect').attr('class', 'bar')
    .attr('x', (b) => x(b.start)).attr('width', (b) => Math.max(2, x(b.end) - x(b.start) - 1))
    .attr('y', (b) => y(b.count)).attr('height', (b) => y(0) - y(b.count)).attr('fill', TYPE_COLORS.MEETING!)
    .append('title').text((b) => `${b.start.toISOString().slice(0, 7)}: ${b.count}`);
  root.append('g').attr('transform', `translate(0,${height - margin.bottom})`).call(axisBottom(x).ticks(Math.max(2, Math.floor(width / 90))));
  return svg;
}

function barChart(title: string, rows: { label: string; count: number }[], color: string, width = 360): SVGSVGElement {
  const rowH = 20;
  const height = 26 + rows.length * rowH;
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `${title}: ${rows.map((r) => `${r.label} ${r.count}`).join(', ')}`);
  svg.setAttribute('class', 'bar-chart');
  const root = select(svg);
  root.append('text').attr('x', 0).attr('y', 14).attr('class', 'chart-title').text(title);
  const labelW = 130;
  const x = scaleLinear()
    .domain([0, Math.max(1, max(rows, (r) => r.count) ?? 1)])
    .range([0, width - labelW - 40]);
  const y = scaleBand<number>()
    .domain(rows.map((_, i) => i))
    .range([24, height])
    .padding(0.2);
  const g = root.selectAll('g.row').data(rows).join('g').attr('class', 'row').attr('transform', (_, i) => `translate(0,${y(i) ?? 0})`);
  g.append('text').attr('x', labelW - 6).attr('y', y.bandwidth() / 2).attr('dy', '0.35em').attr('text-anchor', 'end').text((r) => r.label);
  g.append('rect').attr('x', labelW).attr('height', y.bandwidth()).attr('width', (r) => Math.max(2, x(r.count))).attr('fill', color);
  g.append('text').attr('x', (r) => labelW + Math.max(2, x(r.count)) + 4).attr('y', y.bandwidth() / 2).attr('dy', '0.35em').text((r) => String(r.count));
  return svg;
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
