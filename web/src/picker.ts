/**
 * One input for a country, organisation or person: suggestions as you type, resolution of
 * names, codes and aliases on Enter or submit, and a message under the input for anything
 * it cannot resolve, with the nearest matches as buttons. It never guesses silently.
 */
import partyTable from 'virtual:dkg-parties';
import { lookup, search } from './api.js';
import { clear, el } from './dom.js';
import { createListbox } from './listbox.js';
import { createPartyIndex, createResolver, resolutionMessage, type EntityKind, type LookupHit, type Resolution } from './resolve-input.js';

export const resolver = createResolver(createPartyIndex(partyTable), { lookup, search });

const KIND_LABEL: Record<EntityKind, string> = { COUNTRY: 'Country', ORGANISATION: 'Organisation', PERSON: 'Person', PLACE: 'Place' };

export interface PickerOptions {
  id: string;
  label: string;
  placeholder: string;
  kinds: EntityKind[];
  /** Called with each resolved hit when the picker resolves on its own (Enter or a suggestion). */
  onPick?: (hit: LookupHit) => void;
  /** Clear the input after a pick (filters that add chips). */
  clearOnPick?: boolean;
}

export interface Picker {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  /** Shows a resolved value (from the URL) without resolving again. */
  set(hit: LookupHit | null): void;
  /** Resolves what is typed; shows the message and returns null when it names nothing. */
  resolve(): Promise<LookupHit | null>;
  /** Shows a message from elsewhere (the API) under the input. */
  fail(message: string, suggestions?: LookupHit[]): void;
}

let pickers = 0;

export function createPicker(opts: PickerOptions): Picker {
  const input = el('input', {
    attrs: {
      id: opts.id,
      type: 'text',
      placeholder: opts.placeholder,
      'aria-label': opts.label,
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      autocomplete: 'off',
    },
  });
  const list = createListbox<LookupHit>(
    input,
    `${opts.id}-suggestions-${++pickers}`,
    (h) => ({ kind: h.kind, kindLabel: KIND_LABEL[h.kind], label: h.name, note: h.matchedAlias ?? undefined, data: { 'data-id': h.id } }),
    (h) => choose(h),
  );
  const message = el('div', { class: 'resolve-message', attrs: { role: 'alert', hidden: true } });
  const element = el('div', { class: 'picker' }, [input, list.element, message]);
  let chosen: LookupHit | null = null;
  let timer = 0;
  let pending: AbortController | null = null;

  const hideMessage = (): void => {
    message.hidden = true;
    clear(message);
    input.removeAttribute('aria-invalid');
  };
  const fail = (text: string, suggestions: LookupHit[] = []): void => {
    clear(message);
    message.append(
      el('span', { text }),
      ...suggestions.map((h) => el('button', { class: 'link-button suggestion', text: `${h.name} (${h.id})`, attrs: { type: 'button' }, on: { click: () => choose(h) } })),
    );
    message.hidden = false;
    input.setAttribute('aria-invalid', 'true');
  };
  function choose(h: LookupHit): void {
    list.close();
    hideMessage();
    chosen = h;
    input.value = opts.clearOnPick ? '' : h.name;
    opts.onPick?.(h);
  }
  const show = (r: Resolution): LookupHit | null => {
    if (r.status === 'resolved') return r.hit;
    if (!r.text) fail(`Type a ${opts.kinds.map((k) => KIND_LABEL[k].toLowerCase()).join(' or ')} first.`);
    else fail(resolutionMessage(r, opts.kinds), r.status === 'ambiguous' ? r.hits : r.suggestions);
    return null;
  };
  const suggest = (): void => {
    const text = input.value;
    pending?.abort();
    const ctl = (pending = new AbortController());
    resolver
      .suggest(text, opts.kinds, ctl.signal)
      .then((hits) => {
        // Suggestions that arrive after the analyst moved on stay closed.
        if (ctl.signal.aborted || document.activeElement !== input) return;
        list.show(hits.slice(0, 8));
      })
      .catch(() => {
        /* suggestions are a help; resolving on submit reports failures */
      });
  };
  async function resolve(): Promise<LookupHit | null> {
    if (chosen && input.value === chosen.name) return chosen;
    const r = await resolver.resolve(input.value, opts.kinds);
    const hit = show(r);
    if (hit) {
      chosen = hit;
      hideMessage();
      if (!opts.clearOnPick) input.value = hit.name;
    }
    return hit;
  }

  input.addEventListener('input', () => {
    chosen = null;
    hideMessage();
    window.clearTimeout(timer);
    timer = window.setTimeout(suggest, 150);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      list.move(ev.key === 'ArrowDown' ? 1 : -1);
    } else if (ev.key === 'Enter') {
      const hit = list.active();
      list.close();
      if (hit) {
        ev.preventDefault();
        choose(hit);
      } else if (opts.onPick) {
        ev.preventDefault();
        void resolve()
          .then((h) => h && choose(h))
          .catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
      }
    } else if (ev.key === 'Escape') list.close();
  });
  input.addEventListener('blur', () => window.setTimeout(list.close, 150));

  return {
    element,
    input,
    set(hit) {
      chosen = hit;
      input.value = hit?.name ?? '';
      hideMessage();
    },
    resolve,
    fail,
  };
}
