/**
 * Bilateral ties: pick two countries, see their meetings over time, the topics, places and
 * people on each side, and every meeting with its evidence sentences and sources.
 */
import { max, scaleBand, scaleLinear, select } from 'd3';
import countryTable from 'virtual:dkg-countries';
import { fetchBilateral, fetchBilateralMeetings, type BilateralData } from './api.js';
import { clear, el } from './dom.js';
import { countryName } from './filters-view.js';
import { meetingCard, type Pick } from './meeting-card.js';
import { TYPE_COLORS } from './theme.js';

export interface BilateralView {
  readonly element: HTMLElement;
  show(a: string | null, b: string | null, from: string | null, to: string | null): void;
  /** The charts as one SVG, for export. */
  svgElements(): SVGSVGElement[];
  data(): BilateralData | null;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function partyInput(label: string, id: string): HTMLInputElement {
  return el('input', { attrs: { list: 'bilateral-countries', placeholder: label, 'aria-label': label, id } });
}

function parseParty(value: string): string | null {
  const code = /\(((?:org:)?[A-Za-z0-9]{2,15})\)$/.exec(value.trim())?.[1] ?? value.trim();
  return /^(org:)?[A-Za-z][A-Za-z0-9]{1,14}$/.test(code) ? (code.startsWith('org:') ? code : code.toUpperCase()) : null;
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

export function createBilateralView(onPair: (a: string | null, b: string | null) => void, pick: Pick): BilateralView {
  const options = el('datalist', { attrs: { id: 'bilateral-countries' } });
  for (const [code, row] of Object.entries(countryTable).sort((a, b) => a[1][3].localeCompare(b[1][3]))) {
    options.appendChild(el('option', { attrs: { value: `${row[3]} (${code})` } }));
  }
  const inputA = partyInput('First country', 'bilateral-a');
  const inputB = partyInput('Second country', 'bilateral-b');
  const form = el('form', { class: 'pair-form', attrs: { 'aria-label': 'Choose two countries' } }, [
    el('label', { attrs: { for: 'bilateral-a' }, text: 'Country A ' }),
    inputA,
    el('label', { attrs: { for: 'bilateral-b' }, text: ' and B ' }),
    inputB,
    el('button', { text: 'Show ties', attrs: { type: 'submit' } }),
    options,
  ]);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    onPair(parseParty(inputA.value), parseParty(inputB.value));
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
        stat(`${d.visits.aToB} / ${d.visits.bToA}`, `visits ${d.a.code}→${d.b.code} / ${d.b.code}→${d.a.code}`),
        stat(`${d.modality.inPerson} / ${d.modality.phone + d.modality.video}`, 'in person / calls'),
      ]),
    );
    charts = [
      barChart('Meetings per month', d.timeline.map((t) => ({ label: t.period, count: t.count })), TYPE_COLORS.MEETING!),
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

  return {
    element,
    show(a, b, from, to) {
      const n = ++request;
      range = [from, to];
      inputA.value = a ? `${countryName(a)} (${a})` : '';
      inputB.value = b ? `${countryName(b)} (${b})` : '';
      clear(body);
      current = null;
      charts = [];
      if (!a || !b) {
        body.appendChild(el('p', { class: 'hint', text: 'Choose two countries, or open a country in the details panel and pick one of its partners.' }));
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
          body.appendChild(el('p', { class: 'error', text: e instanceof Error ? e.message : String(e) }));
        });
    },
    svgElements: () => charts,
    data: () => current,
  };
}
