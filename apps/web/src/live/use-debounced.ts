import { useEffect, useMemo, useRef } from 'react';

/** `fn` called at most once per burst: `delayMs` after the last call of the burst. */
export function useDebounced(fn: () => void, delayMs = 300): () => void {
  const latest = useRef(fn);
  useEffect(() => {
    latest.current = fn;
  });
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return useMemo(
    () => () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => latest.current(), delayMs);
    },
    [delayMs],
  );
}
