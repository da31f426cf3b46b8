import { useCallback, useEffect, useState } from 'react';
import { focusablesIn, focusWhenReady, shownById } from './shownDom';

/**
 * Move focus into a block once the next render is on screen (H5): its first field or control. A
 * failed submit uses it to put the keyboard and the screen reader on the first wrong field. WeChat
 * gives a page no way to move its screen reader's focus: there the page scrolls to the field.
 */
export function useFocusRequest(): (blockId: string) => void {
  const [request, setRequest] = useState<{ blockId: string }>();
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5' || !request) return;
    focusWhenReady(() => {
      const box = shownById(request.blockId);
      return box && (focusablesIn(box)[0] ?? box);
    });
  }, [request]);
  // A new object each time: the same field asked for twice is focused twice.
  return useCallback((blockId: string) => setRequest({ blockId }), []);
}
