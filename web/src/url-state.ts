/**
 * The view state (focus, filters, time range, open view and panel, the graph tools' expanded,
 * hidden and pinned nodes and chain) and its URL form, so an analyst can share exactly what
 * they see. Parsing validates every value: a link is input.
 */
import type { GraphMode, MeetingFilter, MeetingStatus, Modality } from './api.js';

export type ViewName = 'graph' | 'bilateral' | 'map';

/** A node fixed where the analyst put it, in layout coordinates (whole units). */
export interface Pin {
  id: string;
  x: number;
  y: number;
}

export interface ViewState {
  view: ViewName;
  /** Node the graph is centred on; null for the overview of all meetings. */
  focus: string | null;
  mode: GraphMode;
  depth: number;
  /** Brushed range, ISO days, inclusive. */
  from: string | null;
  to: string | null;
  countries: string[];
  people: string[];
  topics: string[];
  modality: Modality | null;
  status: MeetingStatus | null;
  /** The two parties of the bilateral view. */
  a: string | null;
  b: string | null;
  /** The entity in the details panel, as "kind:id" ("TIE:a~b" for the link between two). */
  selected: string | null;
  /** Draw person-represents-party links in the overview (hidden by default: they are no ties). */
  represents: boolean;
  /** Nodes whose neighbours were added to the graph, in the order they were expanded. */
  expanded: string[];
  /** Nodes left out of the graph. */
  hidden: string[];
  pinned: Pin[];
  /** The two ends of the chain asked for (people or parties), or null. */
  chain: [string, string] | null;
}

export const DEFAULT_STATE: ViewState = Object.freeze({
  view: 'graph',
  focus: null,
  mode: 'COLLAPSED',
  depth: 1,
  from: null,
  to: null,
  countries: [],
  people: [],
  topics: [],
  modality: null,
  status: null,
  a: null,
  b: null,
  selected: null,
  represents: false,
  expanded: [],
  hidden: [],
  pinned: [],
  chain: null,
}) as ViewState;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[\p{L}\p{N}:_.~&-]{1,160}$/u;
const PARTY = /^(org:|country:)?[A-Za-z][A-Za-z0-9&.-]{1,29}$/i;

/** Country codes in upper case; organisation codes as written ("CoE"), the API being case-sensitive there. */
function canonicalParty(v: string): string {
  if (/^org:/i.test(v)) return `org:${v.slice(4)}`;
  if (/^country:/i.test(v)) return `country:${v.slice(8).toUpperCase()}`;
  return /^[A-Za-z]{2}$/.test(v) ? v.toUpperCase() : v;
}

function list(params: URLSearchParams, name: string, valid: RegExp): string[] {
  const raw = params.get(name);
  if (!raw) return [];
  return [...new Set(raw.split(',').filter((v) => valid.test(v)))].slice(0, 50);
}

/** "RU@120:-40": a node id, then where it is pinned. */
const PIN = /^(.{1,160})@(-?\d{1,7}):(-?\d{1,7})$/u;

function pins(params: URLSearchParams): Pin[] {
  const out = new Map<string, Pin>();
  for (const raw of (params.get('pinned') ?? '').split(',')) {
    const m = PIN.exec(raw);
    if (m && ID.test(m[1]!)) out.set(m[1]!, { id: m[1]!, x: Number(m[2]), y: Number(m[3]) });
  }
  return [...out.values()].slice(0, 50);
}

/** Exactly two different ends, party codes in their canonical case. */
function chainEnds(params: URLSearchParams): [string, string] | null {
  const ends = list(params, 'chain', ID).map((v) => (PARTY.test(v) ? canonicalParty(v) : v));
  return ends.length === 2 && ends[0] !== ends[1] ? [ends[0]!, ends[1]!] : null;
}

function one<T extends string>(raw: string | null, allowed: readonly T[]): T | null {
  return raw !== null && (allowed as readonly string[]).includes(raw) ? (raw as T) : null;
}

export function parseState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const id = (name: string): string | null => {
    const v = p.get(name);
    return v && ID.test(v) ? v : null;
  };
  const party = (name: string): string | null => {
    const v = p.get(name);
    return v && PARTY.test(v) ? canonicalParty(v) : null;
  };
  const day = (name: string): string | null => {
    const v = p.get(name);
    return v && DAY.test(v) ? v : null;
  };
  const depth = Number(p.get('depth'));
  return {
    view: one(p.get('view'), ['graph', 'bilateral', 'map'] as const) ?? DEFAULT_STATE.view,
    focus: id('focus'),
    mode: one(p.get('mode'), ['MEETINGS', 'COLLAPSED'] as const) ?? DEFAULT_STATE.mode,
    depth: Number.isInteger(depth) && depth >= 1 && depth <= 3 ? depth : DEFAULT_STATE.depth,
    from: day('from'),
    to: day('to'),
    countries: list(p, 'countries', PARTY).map(canonicalParty),
    people: list(p, 'people', ID),
    topics: list(p, 'topics', /^[a-z][a-z_ -]{0,40}$/),
    modality: one(p.get('modality'), ['IN_PERSON', 'PHONE', 'VIDEO'] as const),
    status: one(p.get('status'), ['HELD', 'PLANNED'] as const),
    a: party('a'),
    b: party('b'),
    selected: id('selected'),
    represents: p.get('represents') === '1',
    expanded: list(p, 'expanded', ID),
    hidden: list(p, 'hidden', ID),
    pinned: pins(p),
    chain: chainEnds(p),
  };
}

/** The query string for a state, leaving out what equals the default so links stay short. */
export function formatState(s: ViewState): string {
  const p = new URLSearchParams();
  const put = (k: string, v: string | number | null, dflt: string | number | null = null): void => {
    if (v !== null && v !== dflt && v !== '') p.set(k, String(v));
  };
  put('view', s.view, DEFAULT_STATE.view);
  put('focus', s.focus);
  put('mode', s.mode, DEFAULT_STATE.mode);
  put('depth', s.depth, DEFAULT_STATE.depth);
  put('from', s.from);
  put('to', s.to);
  put('countries', s.countries.join(','));
  put('people', s.people.join(','));
  put('topics', s.topics.join(','));
  put('modality', s.modality);
  put('status', s.status);
  put('a', s.a);
  put('b', s.b);
  put('selected', s.selected);
  put('represents', s.represents ? 1 : null);
  put('expanded', s.expanded.join(','));
  put('hidden', s.hidden.join(','));
  put('pinned', s.pinned.map((q) => `${q.id}@${Math.round(q.x)}:${Math.round(q.y)}`).join(','));
  put('chain', s.chain ? s.chain.join(',') : null);
  const text = p.toString();
  return text ? `?${text}` : '';
}

/** The MeetingFilter the API takes for this state (time range included). */
export function filterOf(s: ViewState, withRange = true): MeetingFilter {
  const f: MeetingFilter = {};
  if (s.countries.length) f.countries = s.countries;
  if (s.people.length) f.people = s.people;
  if (s.topics.length) f.topics = s.topics;
  if (s.modality) f.modality = s.modality;
  if (s.status) f.status = s.status;
  if (withRange && s.from) f.from = s.from;
  if (withRange && s.to) f.to = s.to;
  return f;
}

export type Listener = (state: ViewState, previous: ViewState) => void;

export interface StateStore {
  get(): ViewState;
  /** Merges a change; `push` makes a new history entry (focus and view changes), else the URL is replaced. */
  set(change: Partial<ViewState>, opts?: { push?: boolean }): void;
  subscribe(fn: Listener): void;
}

export function createStateStore(initial: ViewState, onUrl: (query: string, push: boolean) => void): StateStore {
  let state = initial;
  const listeners: Listener[] = [];
  return {
    get: () => state,
    set(change, opts = {}) {
      const previous = state;
      state = { ...state, ...change };
      const before = formatState(previous);
      const after = formatState(state);
      if (before === after) return;
      onUrl(after, opts.push ?? false);
      for (const fn of listeners) fn(state, previous);
    },
    subscribe(fn) {
      listeners.push(fn);
    },
  };
}
