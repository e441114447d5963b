import { useEffect, useState } from "react";

/** Whole seconds since `running` became true (0 while not running), ticking each second. */
export function useElapsedSeconds(running: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    setSeconds(0);
    if (!running) return;
    const started = performance.now();
    const timer = window.setInterval(
      () => setSeconds(Math.floor((performance.now() - started) / 1000)),
      250,
    );
    return () => window.clearInterval(timer);
  }, [running]);
  return seconds;
}
