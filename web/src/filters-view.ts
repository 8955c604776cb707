/**
 * Filters (countries, people, topics, modality, status) and the search box with
 * suggestions. It reads and writes only the view state; the views react to the state.
 */
import countryTable from 'virtual:dkg-countries';
import { search, type SearchHit } from './api.js';
import { clear, el } from './dom.js';
import { createListbox } from './listbox.js';
import { createPicker, resolver } from './picker.js';
import type { StateStore, ViewState } from './url-state.js';

export interface Suggestion {
  kind: 'COUNTRY' | 'PERSON' | 'PLACE' | 'ARTICLE';
  id: string;
  label: string;
}

export function countryName(code: string): string {
  return countryTable[code]?.[3] ?? code;
}

export function countrySuggestions(text: string, limit = 5): Suggestion[] {
  const q = text.trim().toLowerCase();
  if (q.length < 2) return [];
  return Object.entries(countryTable)
    .filter(([code, row]) => row[3].toLowerCase().includes(q) || code.toLowerCase() === q)
    .sort((a, b) => Number(!a[1][3].toLowerCase().startsWith(q)) - Number(!b[1][3].toLowerCase().startsWith(q)))
    .slice(0, limit)
    .map(([code, row]) => ({ kind: 'COUNTRY' as const, id: code, label: row[3] }));
}

const KIND_LABEL: Record<Suggestion['kind'], string> = { COUNTRY: 'Country', PERSON: 'Person', PLACE: 'Place', ARTICLE: 'Article' };

/** The search box: suggestions from the API (people, places, articles) and from the country list. */
export function createSearchBox(onPick: (s: Suggestion) => void): HTMLElement {
  const input = el('input', {
    class: 'search-input',
    attrs: {
      type: 'search',
      placeholder: 'Search people, countries, places, articles…',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-label': 'Search',
      autocomplete: 'off',
    },
  });
  const pick = (s: Suggestion): void => {
    input.value = s.label;
    onPick(s);
  };
  const list = createListbox<Suggestion>(
    input,
    'search-suggestions',
    (s) => ({ kind: s.kind, kindLabel: KIND_LABEL[s.kind], label: s.label, data: { 'data-kind': s.kind } }),
    pick,
  );
  const nothing = el('p', { class: 'resolve-message search-empty', attrs: { role: 'status', hidden: true } });
  const sayNothing = (text: string | null): void => {
    nothing.textContent = text ? `Nothing matches “${text}”: try another spelling, a code or fewer words.` : '';
    nothing.hidden = !text;
  };
  let timer = 0;
  let pending: AbortController | null = null;

  const lookup = (): void => {
    const text = input.value.trim();
    pending?.abort();
    const local = countrySuggestions(text);
    sayNothing(null);
    if (text.length < 2) {
      list.show([]);
      return;
    }
    list.show(local);
    const ctl = new AbortController();
    pending = ctl;
    search(text, ctl.signal)
      .then((hits: SearchHit[]) => {
        if (ctl.signal.aborted) return;
        const items = [...local, ...hits.map((h) => ({ kind: h.kind, id: h.id, label: h.label }))].slice(0, 12);
        list.show(items);
        sayNothing(items.length ? null : text);
      })
      .catch(() => {
        /* a failed or aborted suggestion lookup leaves the local ones */
      });
  };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(lookup, 180);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      list.move(ev.key === 'ArrowDown' ? 1 : -1);
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      if (!list.items().length && input.value.trim()) sayNothing(input.value.trim());
      const s = list.active() ?? list.items()[0];
      list.close();
      if (s) pick(s);
    } else if (ev.key === 'Escape') list.close();
  });
  input.addEventListener('blur', () => window.setTimeout(list.close, 150));
  return el('div', { class: 'search', attrs: { role: 'search' } }, [input, list.element, nothing]);
}

export interface FiltersView {
  readonly element: HTMLElement;
  setTopics(topics: { topic: string; total: number }[]): void;
  setPeople(people: { id: string; name: string }[]): void;
  render(state: ViewState): void;
}

export function createFiltersView(store: StateStore): FiltersView {
  const countryChips = el('ul', { class: 'chips', attrs: { 'aria-label': 'Selected countries' } });
  const peopleChips = el('ul', { class: 'chips', attrs: { 'aria-label': 'Selected people' } });
  const countryPicker = createPicker({
    id: 'filter-country',
    label: 'Add a country or organisation',
    placeholder: 'Add a country…',
    kinds: ['COUNTRY', 'ORGANISATION'],
    clearOnPick: true,
    onPick: (hit) => {
      const s = store.get();
      if (!s.countries.includes(hit.id)) store.set({ countries: [...s.countries, hit.id] });
    },
  });
  const personPicker = createPicker({
    id: 'filter-person',
    label: 'Add a person',
    placeholder: 'Add a person…',
    kinds: ['PERSON'],
    clearOnPick: true,
    onPick: (hit) => {
      people.set(hit.id, hit.name);
      const s = store.get();
      if (!s.people.includes(hit.id)) store.set({ people: [...s.people, hit.id] });
    },
  });
  const topicsBox = el('div', { class: 'topics', attrs: { role: 'group', 'aria-label': 'Topics' } });
  const modality = el('select', { attrs: { 'aria-label': 'Modality' } }, [
    el('option', { text: 'Any', attrs: { value: '' } }),
    el('option', { text: 'In person', attrs: { value: 'IN_PERSON' } }),
    el('option', { text: 'Phone call', attrs: { value: 'PHONE' } }),
    el('option', { text: 'Video call', attrs: { value: 'VIDEO' } }),
  ]);
  const status = el('select', { attrs: { 'aria-label': 'Status' } }, [
    el('option', { text: 'Any', attrs: { value: '' } }),
    el('option', { text: 'Held', attrs: { value: 'HELD' } }),
    el('option', { text: 'Planned', attrs: { value: 'PLANNED' } }),
  ]);
  const reset = el('button', { text: 'Clear filters', attrs: { type: 'button', class: 'secondary' } });
  const people = new Map<string, string>();

  modality.addEventListener('change', () => store.set({ modality: (modality.value || null) as ViewState['modality'] }));
  status.addEventListener('change', () => store.set({ status: (status.value || null) as ViewState['status'] }));
  reset.addEventListener('click', () => store.set({ countries: [], people: [], topics: [], modality: null, status: null }));

  const group = (title: string, ...children: HTMLElement[]): HTMLElement =>
    el('fieldset', { class: 'filter-group' }, [el('legend', { text: title }), ...children]);
  const element = el('section', { class: 'filters' }, [
    el('h2', { text: 'Filters' }),
    el('p', { class: 'bilateral-note', text: 'The bilateral view counts every meeting of the pair: only the time range below the views applies there, so these filters are hidden.' }),
    group('Countries', countryChips, countryPicker.element),
    group('People', peopleChips, personPicker.element),
    group('Topics', topicsBox),
    group('Modality', modality),
    group('Status', status),
    reset,
  ]);

  function chip(label: string, onRemove: () => void): HTMLElement {
    return el('li', { class: 'chip' }, [
      el('span', { text: label }),
      el('button', { text: '×', attrs: { type: 'button', 'aria-label': `Remove ${label}` }, on: { click: onRemove } }),
    ]);
  }

  let topicList: { topic: string; total: number }[] = [];
  const view: FiltersView = {
    element,
    setTopics(topics) {
      topicList = topics;
      view.render(store.get());
    },
    setPeople(list) {
      for (const p of list) people.set(p.id, p.name);
      view.render(store.get());
    },
    render(s) {
      clear(countryChips);
      for (const c of s.countries) {
        const known = resolver.parties.byId(c);
        const remove = (): void => store.set({ countries: store.get().countries.filter((x) => x !== c) });
        const item = chip(known?.name ?? c, remove);
        // A code from a link that names no party is shown as such, never dropped or sent silently.
        if (!known) item.append(el('span', { class: 'resolve-message', attrs: { role: 'alert' }, text: `“${c}” is no country or organisation code` }));
        countryChips.appendChild(item);
      }
      clear(peopleChips);
      for (const p of s.people) peopleChips.appendChild(chip(people.get(p) ?? p, () => store.set({ people: store.get().people.filter((x) => x !== p) })));
      clear(topicsBox);
      for (const t of topicList) {
        const box = el('input', { attrs: { type: 'checkbox', value: t.topic, checked: s.topics.includes(t.topic) } });
        box.addEventListener('change', () => {
          const now = store.get().topics;
          store.set({ topics: box.checked ? [...now, t.topic] : now.filter((x) => x !== t.topic) });
        });
        topicsBox.appendChild(el('label', { class: 'topic' }, [box, ` ${t.topic.replace(/_/g, ' ')} `, el('span', { class: 'muted', text: String(t.total) })]));
      }
      modality.value = s.modality ?? '';
      status.value = s.status ?? '';
    },
  };
  return view;
}
