import { useEffect } from 'react';

/**
 * Calls `reload` every `everyMs` while the page is visible, and once when it becomes visible
 * again: the ticket page stays current without a live stream.
 */
export function usePollWhileVisible(reload: () => void, everyMs = 10_000, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const tick = () => {
      if (document.visibilityState === 'visible') reload();
    };
    const timer = setInterval(tick, everyMs);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [reload, everyMs, enabled]);
}
