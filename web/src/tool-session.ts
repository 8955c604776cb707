/**
 * The graph tools on the page, kept in step with the URL: the graph as loaded plus the
 * neighbours of expanded nodes and the chain's stops, drawn less the hidden nodes, with the
 * pins where the link puts them. A link's tools are rebuilt after each load; ids it names
 * that the graph lacks get a note above the graph instead of being dropped silently.
 */
import { fetchChains, fetchGraph, type GraphData } from './api.js';
import { hitForId, type ChainFinder } from './chain-finder.js';
import type { DetailsView } from './details-view.js';
import { el } from './dom.js';
import { withoutRepresents } from './graph-data.js';
import { chainGraph, mergeGraph, missingIds, missingNote, stepText, withoutNodes, type ChainGraph } from './graph-tools.js';
import type { GraphView } from './graph-view.js';
import type { LookupHit } from './resolve-input.js';
import { filterOf, type StateStore, type ViewState } from './url-state.js';

/** Meetings the focused graph may expand through (the API's own maximum). */
export const GRAPH_LIMIT = 500;

export interface ToolSessionDeps {
  store: StateStore;
  graphView: GraphView;
  details: DetailsView;
  finder: ChainFinder;
  /** The line above the graph that names what a link asks for but the graph lacks. */
  note: HTMLElement;
  /** Draws the graph: `hold` keeps the nodes already drawn where they are. */
  draw(g: GraphData, hold: boolean): void;
  pick(kind: string, id: string): void;
  showError(e: unknown): void;
}

export interface ToolSession {
  /** The graph with expansions and chain stops, hidden nodes included. */
  graph(): GraphData;
  /** A freshly loaded graph: the state's expansions and chain are added before it is drawn. */
  load(base: GraphData, s: ViewState, signal: AbortSignal): Promise<void>;
  /** Follows a state change that did not reload the graph (a tool used, or history). */
  sync(s: ViewState): void;
  expand(id: string): void;
  hide(id: string): void;
  /** Hidden nodes the graph has. */
  hiddenCount(): number;
  nodeTools(id: string): HTMLElement | null;
  ask(from: LookupHit, to: LookupHit): void;
}

/** Neighbours as the page draws them: represents links only when asked for or centred. */
async function neighbours(s: ViewState, id: string, signal?: AbortSignal): Promise<GraphData> {
  const g = await fetchGraph({ focus: id, depth: 1, filter: filterOf(s), limit: GRAPH_LIMIT, mode: s.mode }, signal);
  return s.represents || s.focus ? g : withoutRepresents(g);
}

export function createToolSession(deps: ToolSessionDeps): ToolSession {
  const { store, graphView, details, finder } = deps;
  let data: GraphData = { nodes: [], edges: [], truncated: false };
  /** The graph as last loaded, before any tool added to it. */
  let loaded = data;
  /** What the drawing holds, to tell a tool the analyst used from a history step. */
  const drawn = { expanded: [] as string[], hidden: '', chain: '' };
  const hits = new Map<string, LookupHit>();
  let chainRun = 0;

  function draw(hold: boolean): void {
    const s = store.get();
    drawn.hidden = s.hidden.join(',');
    deps.draw(withoutNodes(data, new Set(s.hidden)), hold);
  }

  /** The chain for the ends, ready to merge: its pieces, or why there are none. */
  async function findChain(ends: [string, string]): Promise<{ drawn: ChainGraph | null; text: string }> {
    const [a, b] = await Promise.all(ends.map(async (id) => hits.get(id) ?? (await hitForId(id))));
    const none = (text: string): { drawn: null; text: string } => ({ drawn: null, text });
    if (!a || !b) return none(`No person, country or organisation has the id ${ends.filter((_, i) => ![a, b][i]).map((id) => `“${id}”`).join(' or ')}: check the link, or pick both again.`);
    finder.setEnds(a, b);
    if ((a.kind === 'PERSON') !== (b.kind === 'PERSON')) return none('Pick two people or two parties: a chain runs between the same kind.');
    const chains = await fetchChains(a.id, b.id, 3, 5);
    const chain = chains[0];
    if (!chain) return none(`No chain of up to 3 meetings links ${a.name} and ${b.name} (held meetings only).`);
    const pieces = chainGraph(chain);
    if (!pieces) return none(`A chain links ${a.name} and ${b.name}, but its stops could not be placed on the graph.`);
    const apart = `${chain.hops} meeting${chain.hops === 1 ? '' : 's'} apart`;
    // A node selected in the same link keeps the panel.
    if (!store.get().selected) details.showContent(`Chain: ${a.name} to ${b.name}`, [
      el('p', { class: 'kind-line', text: `${apart}${chains.length > 1 ? `; ${chains.length - 1} other chain(s) as short or shorter not drawn` : ''}` }),
      el('ol', { class: 'chain-steps' }, pieces.steps.map((st) => el('li', {}, [el('button', { class: 'link-button', text: stepText(st), attrs: { type: 'button', 'data-meeting-id': st.meetingId }, on: { click: () => deps.pick('MEETING', st.meetingId) } })]))),
    ]);
    return { drawn: pieces, text: `${apart}: ${pieces.nodes.map((n) => n.label).join(' — ')}.` };
  }

  /** Finds and shows the chain of the state, merging its stops in; false when nothing was added. */
  async function addChain(ends: [string, string] | null): Promise<boolean> {
    const run = ++chainRun;
    drawn.chain = ends?.join(',') ?? '';
    graphView.setChain(null);
    if (!ends) {
      finder.show(null);
      finder.setEnds(null, null);
      return false;
    }
    finder.show('Searching…', 'searching');
    try {
      const found = await findChain(ends);
      if (run !== chainRun) return false;
      finder.show(found.text, found.drawn ? 'done' : 'error');
      if (!found.drawn) return false;
      data = mergeGraph(data, found.drawn);
      const stops = new Set(found.drawn.nodes.map((n) => n.id));
      // A hidden stop comes back: the chain is what the analyst asked to see.
      const hidden = store.get().hidden.filter((id) => !stops.has(id));
      if (hidden.length !== store.get().hidden.length) {
        drawn.hidden = hidden.join(',');
        store.set({ hidden });
      }
      graphView.setChain(found.drawn.nodes.map((n) => n.id));
      return true;
    } catch (e) {
      if (run === chainRun) finder.show(e instanceof Error ? e.message : String(e), 'error');
      return false;
    }
  }

  function showNote(s: ViewState): void {
    const text = missingNote(missingIds(data, s));
    deps.note.textContent = text ?? '';
    deps.note.hidden = !text;
  }

  const session: ToolSession = {
    graph: () => data,
    async load(base, s, signal) {
      data = loaded = base;
      drawn.expanded = [...s.expanded];
      // An expansion that fails (an id the API does not know) leaves its node missing: the note says so.
      const extra = await Promise.all(s.expanded.map((id) => neighbours(s, id, signal).catch(() => null)));
      if (signal.aborted) return;
      for (const g of extra) if (g) data = mergeGraph(data, g);
      // The chain's stops join before the first drawing, so one layout places them all.
      await addChain(s.chain);
      if (signal.aborted) return;
      graphView.setPins(s.pinned);
      draw(false);
      showNote(store.get());
    },
    sync(s) {
      if (s.expanded.join(',') !== drawn.expanded.join(',')) {
        // A history step that drops expansions: rebuild from the loaded graph and the state.
        void session.load(loaded, s, new AbortController().signal).catch(deps.showError);
        return;
      }
      if (s.hidden.join(',') !== drawn.hidden) draw(true);
      const pins = JSON.stringify(s.pinned);
      if (pins !== JSON.stringify(graphView.pins())) graphView.setPins(s.pinned);
      if ((s.chain?.join(',') ?? '') !== drawn.chain) void addChain(s.chain).then((added) => added && draw(true));
    },
    expand(id) {
      const s = store.get();
      graphView.markStale(true);
      neighbours(s, id)
        .then((g) => {
          data = mergeGraph(data, g);
          if (!drawn.expanded.includes(id)) drawn.expanded.push(id);
          store.set({ expanded: [...drawn.expanded] });
          draw(true);
        })
        .catch((e: unknown) => {
          graphView.markStale(false);
          deps.showError(e);
        });
    },
    hide(id) {
      store.set({ hidden: [...new Set([...store.get().hidden, id])], selected: null });
    },
    hiddenCount: () => store.get().hidden.filter((id) => data.nodes.some((n) => n.id === id)).length,
    nodeTools(id) {
      if (!data.nodes.some((n) => n.id === id) || store.get().hidden.includes(id)) return null;
      const tool = (name: string, text: string, run: (b: HTMLButtonElement) => void): HTMLButtonElement => {
        const b = el('button', { text, attrs: { type: 'button', 'data-tool': name } });
        b.addEventListener('click', () => run(b));
        return b;
      };
      const pinText = (): string => (graphView.isPinned(id) ? 'Unpin' : 'Pin in place');
      return el('span', { class: 'node-tools' }, [
        tool('expand', 'Expand neighbours', () => session.expand(id)),
        tool('hide', 'Hide', () => session.hide(id)),
        tool('pin', pinText(), (b) => {
          graphView.togglePin(id);
          store.set({ pinned: graphView.pins() });
          b.textContent = pinText();
        }),
      ]);
    },
    ask(a, b) {
      hits.set(a.id, a);
      hits.set(b.id, b);
      const ends: [string, string] = [a.id, b.id];
      // Asking again for the chain on screen searches again (the data may have changed).
      if (store.get().chain?.join(',') === ends.join(',')) void addChain(ends).then((added) => added && draw(true));
      else store.set({ chain: ends, selected: null }, { push: true });
    },
  };
  return session;
}
