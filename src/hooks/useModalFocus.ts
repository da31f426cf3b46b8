import { useEffect, useRef } from 'react';
import { focusablesIn, focusWhenReady, shownById } from './shownDom';

/**
 * While a modal dialog is open (H5): focus moves into it, Tab and Shift+Tab stay inside it, Escape
 * calls `onEscape`, and on closing focus goes back where it was (e.g. 提交心愿).
 */
export function useModalFocus(dialogId: string, onEscape: () => void): void {
  const escape = useRef(onEscape);
  escape.current = onEscape;
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    const box = () => shownById(dialogId);
    focusWhenReady(box);
    const onKey = (e: KeyboardEvent) => {
      const dialog = box();
      if (!dialog) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        escape.current();
        return;
      }
      if (e.key !== 'Tab') return;
      const inside = focusablesIn(dialog);
      if (inside.length === 0) return e.preventDefault();
      const at = inside.indexOf(document.activeElement as HTMLElement);
      const next = e.shiftKey ? (at <= 0 ? inside.length - 1 : at - 1) : at === -1 || at === inside.length - 1 ? 0 : at + 1;
      e.preventDefault();
      inside[next].focus();
    };
    // A click or a screen reader may still put focus behind the dialog: bring it back.
    const onFocusIn = (e: FocusEvent) => {
      const dialog = box();
      if (dialog && e.target instanceof Node && !dialog.contains(e.target)) dialog.focus();
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('focusin', onFocusIn);
      if (before?.isConnected) before.focus();
    };
  }, [dialogId]);
}
