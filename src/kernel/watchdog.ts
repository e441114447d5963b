/** The clock a watchdog reads and the timer it sets: the page's, or a test's. */
export interface WatchdogClock {
  now(): number;
  setTimer(callback: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

/** The page's clock: `performance.now` and the window's timers. */
export const pageClock: WatchdogClock = {
  now: () => performance.now(),
  setTimer: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimer: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** A started watchdog: disarm it when the run ends; `elapsedMs` says how long it has run. */
export interface Watchdog {
  disarm(): void;
  elapsedMs(): number;
}

/**
 * Starts a watchdog for one run: unless disarmed first, `onExpire` is called once after `limitMs`
 * (the client then terminates the worker, which is the only way to stop a runaway cell).
 */
export function startWatchdog(
  limitMs: number,
  onExpire: () => void,
  clock: WatchdogClock = pageClock,
): Watchdog {
  const started = clock.now();
  let armed = true;
  const handle = clock.setTimer(() => {
    if (!armed) return;
    armed = false;
    onExpire();
  }, limitMs);
  return {
    disarm() {
      if (!armed) return;
      armed = false;
      clock.clearTimer(handle);
    },
    elapsedMs: () => clock.now() - started,
  };
}
