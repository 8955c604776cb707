/**
 * The suggestion list under a combobox input (ARIA listbox): painting, the active option
 * for the arrow keys, and choosing by mouse. The search box and the pickers share it.
 */
import { clear, el } from './dom.js';

export interface ListOption {
  /** The kind shown as a tag before the label (its lower case names the CSS class). */
  kind: string;
  kindLabel: string;
  label: string;
  note?: string;
  data: Record<string, string>;
}

export interface Listbox<T> {
  readonly element: HTMLUListElement;
  show(items: T[]): void;
  close(): void;
  /** Moves the active option down (1) or up (-1), wrapping; false when the list is empty. */
  move(step: 1 | -1): boolean;
  /** The active option, or null when none is. */
  active(): T | null;
  items(): T[];
}

export function createListbox<T>(input: HTMLInputElement, listId: string, view: (item: T) => ListOption, choose: (item: T) => void): Listbox<T> {
  const element = el('ul', { class: 'suggestions', attrs: { id: listId, role: 'listbox', hidden: true } });
  input.setAttribute('aria-controls', listId);
  let items: T[] = [];
  let active = -1;

  const close = (): void => {
    element.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const paint = (): void => {
    clear(element);
    items.forEach((item, i) => {
      const o = view(item);
      element.appendChild(
        el('li', {
          attrs: { role: 'option', id: `${listId}-${i}`, 'aria-selected': i === active ? 'true' : 'false', ...o.data },
          on: { mousedown: (ev) => (ev.preventDefault(), close(), choose(item)) },
        }, [
          el('span', { class: `kind kind-${o.kind.toLowerCase()}`, text: o.kindLabel }),
          el('span', { text: o.label }),
          o.note ? el('span', { class: 'muted', text: ` (${o.note})` }) : null,
        ]),
      );
    });
    element.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(items.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
  };

  return {
    element,
    show(next) {
      items = next;
      active = -1;
      paint();
    },
    close,
    move(step) {
      if (!items.length) return false;
      active = (active + (step === 1 ? 1 : items.length - 1)) % items.length;
      paint();
      return true;
    },
    active: () => (active >= 0 ? (items[active] ?? null) : null),
    items: () => items,
  };
}
