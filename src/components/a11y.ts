// Roles, names and states in each platform's words. WeChat's screen reader reads `aria-role`,
// `aria-label`, `aria-checked`… on a view (config/weapp-aria adds them to Taro's templates); a browser
// reads `role` and `aria-*`, and a View there also needs `tabIndex` and Enter/Space to be usable
// without a finger. Values are strings: Taro's H5 components drop an `aria-*` attribute set to false.

const H5 = process.env.TARO_ENV === 'h5';

export type ControlRole = 'button' | 'link' | 'radio' | 'checkbox' | 'switch' | 'tab';
export type StaticRole = 'radiogroup' | 'group' | 'tablist' | 'dialog' | 'alert' | 'status' | 'img';

/** Props for a component; `undefined` values are left out (an absent state stays absent). */
export type AriaProps = Record<string, string | number | ((e: KeyboardEvent) => void)>;

const flag = (v: boolean | undefined) => (v === undefined ? undefined : v ? 'true' : 'false');

function defined(props: Record<string, AriaProps[string] | undefined>): AriaProps {
  const out: AriaProps = {};
  for (const [k, v] of Object.entries(props)) if (v !== undefined) out[k] = v;
  return out;
}

/** Enter and Space press a focused control, as they press a native button. */
function pressOnKeys(e: KeyboardEvent) {
  if (e.target !== e.currentTarget || (e.key !== 'Enter' && e.key !== ' ')) return;
  e.preventDefault();
  (e.currentTarget as HTMLElement).click();
}

export interface Control {
  role: ControlRole;
  /** The name said aloud; without it, the control's own text. */
  label?: string;
  /** radio, checkbox, switch */
  checked?: boolean;
  /** tab */
  selected?: boolean;
  disabled?: boolean;
}

/** A tappable View as a control: role, name, state; on H5 also keyboard focus and Enter/Space. */
export function controlProps({ role, label, checked, selected, disabled }: Control): AriaProps {
  const state = { 'aria-label': label, 'aria-checked': flag(checked), 'aria-selected': flag(selected), 'aria-disabled': flag(disabled) };
  if (!H5) return defined({ 'aria-role': role, ...state });
  return defined({ role, ...state, tabIndex: 0, onKeyDown: pressOnKeys });
}

export interface Region {
  role: StaticRole;
  label?: string;
  /** H5: the ids of visible text that names it (instead of `label`; weapp keeps `label`). */
  labelledBy?: string;
  describedBy?: string;
  live?: 'polite' | 'assertive';
  modal?: boolean;
  /** H5: focusable by script only (a dialog receives focus when it opens). */
  focusTarget?: boolean;
}

/** A View that is not tapped but has a meaning: a group of choices, a dialog, an alert. */
export function regionProps({ role, label, labelledBy, describedBy, live, modal, focusTarget }: Region): AriaProps {
  const common = { 'aria-live': live, 'aria-modal': flag(modal) };
  if (!H5) return defined({ 'aria-role': role, 'aria-label': label, ...common });
  return defined({
    role,
    ...(labelledBy ? { 'aria-labelledby': labelledBy } : { 'aria-label': label }),
    'aria-describedby': describedBy,
    ...common,
    tabIndex: focusTarget ? -1 : undefined,
  });
}

/** Decoration a screen reader should skip (e.g. the five ★ glyphs beside the words that say the rating). */
export const hiddenProps: AriaProps = { 'aria-hidden': 'true' };

/** H5: a heading a screen reader can jump to (WeChat's reader has no heading navigation). */
export const headingProps = (level: 1 | 2): AriaProps => (H5 ? { role: 'heading', 'aria-level': String(level) } : {});

/** H5: the page's main content (one landmark per page). */
export const mainProps: AriaProps = H5 ? { role: 'main' } : {};

export type TableRole = 'table' | 'row' | 'columnheader' | 'rowheader' | 'cell';

/** A View as a part of a table (a chart's data): `role` on H5, `aria-role` on WeChat. */
export const tableProps = (role: TableRole, label?: string): AriaProps =>
  defined(H5 ? { role, 'aria-label': label } : { 'aria-role': role, 'aria-label': label });
