/**
 * The chain finder's form: two pickers (a person or a party each) and a button. It resolves
 * both names, or shows why not under the input, and hands the two hits to `find`, whose
 * answer ("2 meetings apart", "No chain...") it shows below the form.
 */
import { el } from './dom.js';
import { createPicker } from './picker.js';
import type { LookupHit } from './resolve-input.js';

export interface ChainFinder {
  readonly element: HTMLElement;
}

const KINDS = ['PERSON', 'COUNTRY', 'ORGANISATION'] as const;

export function createChainFinder(find: (from: LookupHit, to: LookupHit) => Promise<string>): ChainFinder {
  const from = createPicker({ id: 'chain-from', label: 'Chain from', placeholder: 'From: person or country', kinds: [...KINDS] });
  const to = createPicker({ id: 'chain-to', label: 'Chain to', placeholder: 'To: person or country', kinds: [...KINDS] });
  const result = el('p', { class: 'chain-result', attrs: { role: 'status', 'aria-live': 'polite' } });
  const submit = el('button', { text: 'Find the chain', attrs: { type: 'submit' } });
  const form = el('form', { class: 'chain-form', attrs: { 'aria-label': 'Find the chain between two people or parties' } }, [from.element, to.element, submit, result]);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    result.textContent = '';
    delete result.dataset.kind;
    void run();
  });

  async function run(): Promise<void> {
    submit.disabled = true;
    try {
      // Resolving asks the API, so it can fail like the search itself.
      const [a, b] = await Promise.all([from.resolve(), to.resolve()]);
      if (!a || !b) return;
      if ((a.kind === 'PERSON') !== (b.kind === 'PERSON')) {
        show('Pick two people or two parties: a chain runs between the same kind.', 'error');
        return;
      }
      result.textContent = 'Searching…';
      show(await find(a, b), 'done');
    } catch (e) {
      show(e instanceof Error ? e.message : String(e), 'error');
    } finally {
      submit.disabled = false;
    }
  }

  function show(text: string, kind: string): void {
    result.textContent = text;
    result.dataset.kind = kind;
  }

  return { element: el('details', { class: 'chain-box' }, [el('summary', { text: 'Find the chain between two' }), form]) };
}
