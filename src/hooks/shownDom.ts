// H5 only: Taro keeps earlier pages in the document (hidden), so an id can be there twice; these
// helpers find the element of the page being shown, and what inside it takes focus.

const visible = (el: Element) => el.getClientRects().length > 0;

/** The visible element with this id (the shown page's), if any. */
export function shownById(id: string): HTMLElement | undefined {
  return [...document.querySelectorAll<HTMLElement>(`[id="${id}"]`)].find(visible);
}

const FOCUSABLE = 'input:not([type=hidden]), textarea, [tabindex="0"]';

/** What a keyboard reaches inside `box`, in order. */
export function focusablesIn(box: Element): HTMLElement[] {
  return [...box.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(visible);
}

/**
 * Focus an element and make it stick. Taro's H5 components (Stencil custom elements) are hidden
 * until their first render, and that render can drop focus from its host: so look again every 60 ms
 * for a while, and focus once more if focus is still where it was or fell back to <body> (never when
 * the person has moved it elsewhere).
 */
export function focusWhenReady(find: () => HTMLElement | undefined, checks = 10): void {
  const from = document.activeElement;
  const attempt = (left: number) => {
    const el = find();
    const active = document.activeElement;
    if (el && active !== el && (!active || active === document.body || active === from)) el.focus();
    if (left > 0) setTimeout(() => attempt(left - 1), 60);
  };
  attempt(checks);
}
