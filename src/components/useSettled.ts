import { useEffect, useState } from 'react';

/**
 * `value`, once it has stopped changing for `delayMs`. For work that should follow the view but
 * not run on every frame of a zoom (the list of events in view over 100,000 events).
 */
export function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
