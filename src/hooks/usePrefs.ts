// 大字模式 shared by every page: one store in memory, persisted by services/prefs.
import { useEffect, useState } from 'react';
import { getLargeText, setLargeText } from '@/services';

let largeText: boolean | undefined;
const listeners = new Set<(on: boolean) => void>();

function current(): boolean {
  if (largeText === undefined) largeText = getLargeText();
  return largeText;
}

/** Turn 大字模式 on or off everywhere: saved on the phone, applied to every mounted page. */
export function setLargeTextEverywhere(on: boolean): void {
  largeText = on;
  setLargeText(on);
  listeners.forEach((listener) => listener(on));
}

/** The current 大字模式 setting; re-renders when it changes on any page. */
export function useLargeText(): boolean {
  const [on, setOn] = useState(current);
  useEffect(() => {
    listeners.add(setOn);
    setOn(current());
    return () => {
      listeners.delete(setOn);
    };
  }, []);
  return on;
}
