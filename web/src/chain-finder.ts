/**
 * The chain finder's form: two pickers (a person or a party each), a button to ask and one to
 * clear. It resolves both names, or shows why not under the input, and hands the two hits to
 * `ask`; the page answers ("2 meetings apart", "No chain...") through `show`.
 */
import { gql } from './api.js';
import { el } from './dom.js';
import { createPicker, resolver } from './picker.js';
import type { LookupHit } from './resolve-input.js';

export type ChainAnswer = 'searching' | 'done' | 'error';

export interface ChainFinder {
  readonly element: HTMLElement;
  /** Shows the chain's ends in the pickers (when they come from a link). */
  setEnds(from: LookupHit | null, to: LookupHit | null): void;
  /** The answer under the form; null text clears it. */
  show(text: string | null, kind?: ChainAnswer): void;
}

export interface ChainActions {
  ask(from: LookupHit, to: LookupHit): void;
  clear(): void;
}

const KINDS = ['PERSON', 'COUNTRY', 'ORGANISATION'] as const;

/** The person or party a canonical id names, or null: chain ends arrive as ids in a link. */
export async function hitForId(id: string): Promise<LookupHit | null> {
  const party = resolver.parties.byId(id);
  if (party || !id.startsWith('p-')) return party;
  const { person } = await gql<{ person: { id: string; name: string } | null }>('query ChainEnd($id: ID!) { person(id: $id) { id name } }', { id });
  return person ? { kind: 'PERSON', id: person.id, name: person.name, matchedAlias: null, score: 1 } : null;
}

export function createChainFinder(actions: ChainActions): ChainFinder {
  const from = createPicker({ id: 'chain-from', label: 'Chain from', placeholder: 'From: person or country', kinds: [...KINDS] });
  const to = createPicker({ id: 'chain-to', label: 'Chain to', placeholder: 'To: person or country', kinds: [...KINDS] });
  const result = el('p', { class: 'chain-result', attrs: { role: 'status', 'aria-live': 'polite' } });
  const submit = el('button', { text: 'Find the chain', attrs: { type: 'submit' } });
  const clear = el('button', { class: 'secondary', text: 'Clear', attrs: { type: 'button', 'data-tool': 'clear-chain' }, on: { click: () => actions.clear() } });
  const form = el('form', { class: 'chain-form', attrs: { 'aria-label': 'Find the chain between two people or parties' } }, [from.element, to.element, submit, clear, result]);
  const box = el('details', { class: 'chain-box' }, [el('summary', { text: 'Find the chain between two' }), form]);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    show(null);
    void resolveBoth();
  });

  async function resolveBoth(): Promise<void> {
    submit.disabled = true;
    try {
      // Resolving asks the API, so it can fail like the search itself.
      const [a, b] = await Promise.all([from.resolve(), to.resolve()]);
      if (a && b) actions.ask(a, b);
    } catch (e) {
      show(e instanceof Error ? e.message : String(e), 'error');
    } finally {
      submit.disabled = false;
    }
  }

  function show(text: string | null, kind?: ChainAnswer): void {
    result.textContent = text ?? '';
    if (kind) result.dataset.kind = kind;
    else delete result.dataset.kind;
    if (text) box.open = true;
  }

  return {
    element: box,
    setEnds(a, b) {
      from.set(a);
      to.set(b);
    },
    show,
  };
}
