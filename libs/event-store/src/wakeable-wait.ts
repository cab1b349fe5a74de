/** A pause that a close or a commit can cut short: one pending wait at a time. */
export interface WakeableWait {
  /** Resolves after `ms` milliseconds (only when woken, for undefined), or as soon as `wake` is called. */
  wait(ms: number | undefined): Promise<void>;
  /** Ends the pending wait now; does nothing when none is pending. */
  wake(): void;
}

export function wakeableWait(): WakeableWait {
  let wake: (() => void) | undefined;
  return {
    wait(ms) {
      return new Promise((resolve) => {
        const timer = ms === undefined ? undefined : setTimeout(done, ms);
        function done() {
          if (timer) clearTimeout(timer);
          wake = undefined;
          resolve();
        }
        wake = done;
      });
    },
    wake: () => wake?.(),
  };
}
