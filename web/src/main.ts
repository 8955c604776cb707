/**
 * The page's composition root: reads the view state from the URL, builds the views, and
 * reloads data when the state changes. Each view lives in its own module.
 */
import { fetchGraph, fetchMeetings, fetchTopics, type GraphData, type MeetingSummary } from './api.js';
import { createBilateralView } from './bilateral-view.js';
import { createChainFinder } from './chain-finder.js';
import { createDetailsView } from './details-view.js';
import { $, clear, el } from './dom.js';
import { createExportMenu } from './export-menu.js';
import type { ExportContext } from './export.js';
import { createFiltersView, createSearchBox, countryName } from './filters-view.js';
import { graphFromMeetings, indexGraph, withoutRepresents } from './graph-data.js';
import { resolver } from './picker.js';
import { createGraphView } from './graph-view.js';
import { createMapView } from './map-view.js';
import { createTimelineView, monthsOf } from './timeline-view.js';
import { createToolSession, GRAPH_LIMIT } from './tool-session.js';
import { createStateStore, filterOf, parseState, type ViewName, type ViewState } from './url-state.js';

/** How many meetings the overview (no focus) loads; beyond it the page asks to filter or focus. */
const OVERVIEW_MAX = 2000;
const SEED = 7;

const store = createStateStore(parseState(location.search), (query, push) => {
  const url = `${location.pathname}${query}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
});
window.addEventListener('popstate', () => store.set(parseState(location.search)));

// On narrow windows the filters are a drawer.
const filtersToggle = $('#filters-toggle');
const closeFilters = (): void => {
  document.body.classList.remove('filters-open');
  filtersToggle.setAttribute('aria-expanded', 'false');
};
$('#filters-slot').appendChild(el('button', { class: 'drawer-close', text: 'Close filters', attrs: { type: 'button' }, on: { click: closeFilters } }));
filtersToggle.addEventListener('click', () => {
  const open = document.body.classList.toggle('filters-open');
  filtersToggle.setAttribute('aria-expanded', String(open));
  if (open) $('#filters-slot').querySelector<HTMLElement>('input, select, button')?.focus();
});
document.addEventListener('keydown', (ev) => {
  if (ev.key === 'Escape' && document.body.classList.contains('filters-open')) {
    closeFilters();
    filtersToggle.focus();
  }
});

const banner = $('#banner');
function showError(e: unknown): void {
  if (e instanceof DOMException && e.name === 'AbortError') return;
  banner.textContent = `Could not load data: ${e instanceof Error ? e.message : String(e)}`;
  banner.hidden = false;
}

const pick = (kind: string, id: string): void => store.set({ selected: `${kind}:${id}` }, { push: true });
// A new centre is a new graph: neighbours added to the old one do not carry over.
const focus = (id: string): void => store.set({ focus: id, view: 'graph', expanded: [] }, { push: true });
const openBilateral = (a: string, b: string): void => store.set({ view: 'bilateral', a, b }, { push: true });

// Views.
const graphView = createGraphView({
  onSelect: (n) => store.set({ selected: n ? `${n.type}:${n.id}` : null }),
  onFocus: (n) => focus(n.id),
  onExpand: (n) => session.expand(n.id),
  onPinMoved: () => store.set({ pinned: graphView.pins() }),
  onSelectTie: (a, b) => store.set({ selected: `TIE:${a.id}~${b.id}` }, { push: true }),
});
const bilateralView = createBilateralView((a, b) => store.set({ a, b }, { push: true }), pick);
const mapView = createMapView(pick, openBilateral);
const timeline = createTimelineView((from, to) => store.set({ from, to }));
const filters = createFiltersView(store);
const details = createDetailsView({
  pick,
  focus,
  bilateral: openBilateral,
  close: () => {
    store.set({ selected: null });
    details.show(null);
  },
  nodeTools: (id) => session.nodeTools(id),
});
const finder = createChainFinder({ ask: (a, b) => session.ask(a, b), clear: () => store.set({ chain: null }, { push: true }) });
const toolNote = el('p', { class: 'tool-note', attrs: { role: 'status', hidden: true } });
const session = createToolSession({
  store,
  graphView,
  details,
  finder,
  note: toolNote,
  draw(g, hold) {
    graphView.setGraph(indexGraph(g), SEED, hold);
    const sel = store.get().selected;
    graphView.select(sel ? sel.slice(sel.indexOf(':') + 1) : null);
    renderViewBar(store.get());
  },
  pick,
  showError,
});

declare global {
  interface Window {
    /** Where a node is drawn: lets browser tests check that nodes hold their place. */
    dkgGraph?: { positionOf(id: string): [number, number] | null };
  }
}
window.dkgGraph = { positionOf: (id) => graphView.positionOf(id) };
$('#panel-graph').append(finder.element, toolNote, graphView.element);
$('#panel-bilateral').appendChild(bilateralView.element);
$('#panel-map').appendChild(mapView.element);
$('#timeline-slot').appendChild(timeline.element);
$('#filters-slot').appendChild(filters.element);
$('#details-slot').appendChild(details.element);
$('#search-slot').appendChild(
  createSearchBox((s) => {
    if (s.kind === 'COUNTRY' || s.kind === 'PERSON') store.set({ focus: s.id, view: 'graph', selected: `${s.kind}:${s.id}`, expanded: [] }, { push: true });
    else pick(s.kind, s.id);
  }),
);

$('#export-slot').appendChild(
  createExportMenu({
    view: () => store.get().view,
    graph: () => session.graph(),
    graphView,
    mapView,
    bilateralView,
    meetings: () => inRange,
    context: exportContext,
  }),
);

function exportContext(): ExportContext {
  const s = store.get();
  const period = s.from || s.to ? `${s.from ?? 'start'} to ${s.to ?? 'today'}` : 'all dates';
  const source = `Source: DKG explorer, ${location.href}, exported ${new Date().toISOString().slice(0, 10)}`;
  if (s.view === 'bilateral') {
    const d = bilateralView.data();
    const scope = d ? `${d.a.name ?? d.a.code} – ${d.b.name ?? d.b.code}` : 'No pair chosen';
    const figures = d
      ? [`${d.count} meetings`, `${d.held} held`, `${d.planned} planned`, `visits ${d.a.code}→${d.b.code} ${d.visits.aToB}, ${d.b.code}→${d.a.code} ${d.visits.bToA}`, `${d.sources} source articles`]
      : [];
    return { title: 'Bilateral ties', scope, period, figures, source };
  }
  const graphData = session.graph();
  const focusLabel = s.focus ? (graphData.nodes.find((n) => n.id === s.focus)?.label ?? s.focus) : null;
  const scope = focusLabel ? `Centred on ${focusLabel}` : s.countries.length ? `Meetings of ${s.countries.map(countryName).join(', ')}` : 'All meetings';
  const figures = [`${inRange.length} meetings`, `${graphData.nodes.length} nodes`, `${graphData.edges.length} links`];
  return { title: s.view === 'map' ? 'Meetings on the map' : 'Relationship graph', scope, period, figures, source };
}

// The bar above the views: focus, graph mode and depth.
const viewBar = $('#view-bar');
function renderViewBar(s: ViewState): void {
  clear(viewBar);
  const focusLabel = s.focus ? (session.graph().nodes.find((n) => n.id === s.focus)?.label ?? (/^[A-Z]{2}$/.test(s.focus) ? countryName(s.focus) : s.focus)) : null;
  const mode = (value: ViewState['mode'], label: string): HTMLElement => {
    const input = el('input', { attrs: { type: 'radio', name: 'mode', value, checked: s.mode === value } });
    input.addEventListener('change', () => store.set({ mode: value }));
    return el('label', { class: 'toggle' }, [input, ` ${label}`]);
  };
  const depth = el('select', { attrs: { 'aria-label': 'Hops from the focus', disabled: !s.focus } }, [1, 2, 3].map((d) => el('option', { text: `${d} hop${d > 1 ? 's' : ''}`, attrs: { value: d, selected: s.depth === d } })));
  depth.addEventListener('change', () => store.set({ depth: Number(depth.value) }));
  viewBar.append(
    el('span', { class: 'focus-label' }, s.focus ? ['Centred on ', el('strong', { text: focusLabel ?? s.focus }), ' '] : [el('strong', { text: 'All meetings' }), ' (search to centre; double-click a node to add its neighbours)']),
    s.focus ? el('button', { class: 'secondary', text: 'Show all', attrs: { type: 'button' }, on: { click: () => store.set({ focus: null, expanded: [] }, { push: true }) } }) : '',
    !s.focus && s.mode === 'COLLAPSED' ? representsToggle(s) : '',
    el('fieldset', { class: 'mode', attrs: { 'aria-label': 'Graph mode' } }, [mode('COLLAPSED', 'People & countries linked'), mode('MEETINGS', 'Meetings as nodes')]),
    depth,
    session.hiddenCount() ? el('button', { class: 'secondary', text: `Show hidden (${session.hiddenCount()})`, attrs: { type: 'button', 'data-tool': 'show-hidden' }, on: { click: () => store.set({ hidden: [] }) } }) : '',
  );
  viewBar.hidden = s.view !== 'graph';
}

function representsToggle(s: ViewState): HTMLElement {
  const box = el('input', { attrs: { type: 'checkbox', checked: s.represents, id: 'show-represents' } });
  box.addEventListener('change', () => store.set({ represents: box.checked }));
  return el('label', { class: 'toggle', attrs: { for: 'show-represents' } }, [box, ' Show who represents whom']);
}

/** Says what in the state names nothing the page knows, or null; such a state loads nothing silently. */
function unresolvedInState(s: ViewState): string | null {
  const unknown = s.countries.filter((c) => !resolver.parties.byId(c));
  return unknown.length ? `The country filter names ${unknown.map((c) => `“${c}”`).join(', ')}, which is no country or organisation code: remove it or pick one from the suggestions.` : null;
}

function showView(view: ViewName): void {
  document.body.dataset.view = view;
  for (const tab of document.querySelectorAll<HTMLButtonElement>('[role=tab]')) {
    const on = tab.dataset.view === view;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    $(`#panel-${tab.dataset.view}`).hidden = !on;
  }
}
const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role=tab]')];
for (const tab of tabs) {
  tab.addEventListener('click', () => store.set({ view: tab.dataset.view as ViewName }, { push: true }));
  tab.addEventListener('keydown', (ev) => {
    if (ev.key !== 'ArrowRight' && ev.key !== 'ArrowLeft') return;
    const i = tabs.indexOf(tab);
    const next = tabs[(i + (ev.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]!;
    next.focus();
    next.click();
  });
}

// Data: the histogram ignores the time range (it is the context the brush moves in);
// everything else uses it.
let histogramCtl: AbortController | null = null;
function loadHistogram(s: ViewState): void {
  histogramCtl?.abort();
  const ctl = (histogramCtl = new AbortController());
  fetchMeetings(filterOf(s, false), OVERVIEW_MAX, ctl.signal)
    .then(({ meetings }) => {
      const { bins, undated } = monthsOf(meetings.map((m) => m.date));
      timeline.setData(bins, undated);
      const people = new Map<string, string>();
      for (const m of meetings) for (const p of m.participants) people.set(p.person.id, p.person.name);
      filters.setPeople([...people].map(([id, name]) => ({ id, name })));
    })
    .catch(showError);
}

let viewCtl: AbortController | null = null;
let inRange: MeetingSummary[] = [];
function loadViews(s: ViewState): void {
  viewCtl?.abort();
  const ctl = (viewCtl = new AbortController());
  banner.hidden = true;
  const unresolved = unresolvedInState(s);
  if (unresolved) {
    banner.textContent = unresolved;
    banner.dataset.kind = 'unresolved';
    banner.hidden = false;
    // The bilateral view does not read the country filter, so it still answers.
    showBilateral(s);
    return;
  }
  delete banner.dataset.kind;
  graphView.markStale(true);
  const meetings = fetchMeetings(filterOf(s), OVERVIEW_MAX, ctl.signal).then((r) => {
    inRange = r.meetings;
    mapView.setMeetings(r.meetings);
    return r;
  });
  const graph: Promise<GraphData> = s.focus
    ? fetchGraph({ focus: s.focus, depth: s.depth, filter: filterOf(s), limit: GRAPH_LIMIT, mode: s.mode }, ctl.signal)
    : meetings.then((r) => {
        const g = { ...graphFromMeetings(r.meetings, s.mode), truncated: r.total > r.meetings.length };
        return s.represents ? g : withoutRepresents(g);
      });
  graph
    .then(async (g) => {
      if (ctl.signal.aborted) return;
      await session.load(g, s, ctl.signal);
      if (!g.nodes.length) {
        banner.textContent = s.focus
          ? `Nothing is linked to “${s.focus}” with these filters: check the name or widen the filters and the time range.`
          : 'No meetings match these filters and this time range.';
        banner.dataset.kind = 'empty';
        banner.hidden = false;
      }
      if (g.truncated) {
        banner.textContent = `Showing part of the graph (${inRange.length} meetings loaded). Narrow the filters or the time range to see all.`;
        banner.hidden = false;
      }
    })
    .catch((e: unknown) => {
      graphView.markStale(false);
      showError(e);
    });
  meetings.catch(showError);
  showBilateral(s);
}

function showBilateral(s: ViewState): void {
  if (s.view === 'bilateral' || s.a || s.b) bilateralView.show(s.a, s.b, s.from, s.to);
}

const keys = {
  filters: (s: ViewState) => JSON.stringify([s.countries, s.people, s.topics, s.modality, s.status]),
  views: (s: ViewState) => JSON.stringify([s.countries, s.people, s.topics, s.modality, s.status, s.from, s.to, s.focus, s.mode, s.depth, s.represents]),
  bilateral: (s: ViewState) => JSON.stringify([s.a, s.b, s.from, s.to]),
};

function apply(s: ViewState, prev: ViewState | null): void {
  showView(s.view);
  renderViewBar(s);
  filters.render(s);
  timeline.setRange(s.from, s.to);
  if (!prev || keys.filters(s) !== keys.filters(prev)) loadHistogram(s);
  if (!prev || keys.views(s) !== keys.views(prev)) loadViews(s);
  else {
    session.sync(s);
    if (keys.bilateral(s) !== keys.bilateral(prev) || (s.view === 'bilateral' && prev.view !== 'bilateral' && !bilateralView.data())) {
      bilateralView.show(s.a, s.b, s.from, s.to);
    }
  }
  if (!prev || s.selected !== prev.selected) {
    details.show(s.selected);
    graphView.select(s.selected ? s.selected.slice(s.selected.indexOf(':') + 1) : null);
  }
}

store.subscribe((s, prev) => apply(s, prev));
apply(store.get(), null);
fetchTopics()
  .then((t) => filters.setTopics(t.filter((x) => x.total > 0).sort((a, b) => b.total - a.total)))
  .catch(showError);
