import { useEffect, useState } from "react";

/** The state of a lazily loaded module. */
export type ModuleState<T> =
  { status: "loading" } | { status: "ready"; value: T } | { status: "error"; message: string };

/**
 * Loads a module on demand (a lesson's compiled content) and re-loads when the key changes.
 * A failed load (for example offline before the page was ever cached) becomes a message.
 */
export function useModule<T>(
  key: string,
  load: (() => Promise<{ default: T }>) | undefined,
): ModuleState<T> {
  const [state, setState] = useState<{ key: string; value: ModuleState<T> }>({
    key,
    value: { status: "loading" },
  });
  useEffect(() => {
    let cancelled = false;
    if (!load) return;
    load().then(
      (module) =>
        !cancelled && setState({ key, value: { status: "ready", value: module.default } }),
      (error: unknown) =>
        !cancelled &&
        setState({
          key,
          value: {
            status: "error",
            message: error instanceof Error ? error.message : String(error),
          },
        }),
    );
    return () => {
      cancelled = true;
    };
  }, [key, load]);
  return state.key === key ? state.value : { status: "loading" };
}
