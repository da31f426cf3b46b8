// The current time for rules that depend on it (domain/sla): read here, passed into the domain,
// and refreshed every minute so a page left open (the centre's desk) flags a wish once it is late.
import { useEffect, useState } from 'react';

export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
