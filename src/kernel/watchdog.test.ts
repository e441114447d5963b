import { describe, expect, it } from "vitest";
import { startWatchdog, type WatchdogClock } from "./watchdog";

/** A clock the test moves by hand. */
function manualClock() {
  let now = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  let nextHandle = 1;
  const clock: WatchdogClock = {
    now: () => now,
    setTimer(callback, ms) {
      const handle = nextHandle++;
      timers.set(handle, { at: now + ms, callback });
      return handle;
    },
    clearTimer(handle) {
      timers.delete(handle as number);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [handle, timer] of [...timers]) {
      if (timer.at <= now) {
        timers.delete(handle);
        timer.callback();
      }
    }
  };
  return { clock, advance, pending: () => timers.size };
}

describe("startWatchdog", () => {
  it("fires once when the limit passes, and reports the elapsed time", () => {
    const { clock, advance } = manualClock();
    let fired = 0;
    const watchdog = startWatchdog(100, () => (fired += 1), clock);
    advance(60);
    expect(fired).toBe(0);
    expect(watchdog.elapsedMs()).toBe(60);
    advance(40);
    expect(fired).toBe(1);
    advance(500);
    expect(fired).toBe(1);
  });

  it("never fires once disarmed, and clears its timer", () => {
    const { clock, advance, pending } = manualClock();
    let fired = 0;
    const watchdog = startWatchdog(100, () => (fired += 1), clock);
    watchdog.disarm();
    expect(pending()).toBe(0);
    advance(200);
    expect(fired).toBe(0);
    watchdog.disarm(); // twice is harmless
  });
});
