import { useEffect, useState } from "react";

/** The state of a lazily loaded module. */
export type ModuleState<T> =
  { status: "loading" } | { status: "ready"; value: T } | { status: "error"; message: string };

type Loader<T> = () => Promise<{ default: T }>;

/** Modules already loaded, by loader, so a page seen before (or preloaded) renders at once. */
const loaded = new WeakMap<Loader<unknown>, unknown>();

function remember<T>(load: Loader<T>): Promise<T> {
  return load().then((module) => {
    loaded.set(load, module.default);
    return module.default;
  });
}

/**
 * Loads a module before the page that needs it first renders (the opened lesson at start-up), so
 * that render already shows its content. Never rejects: a failure is reported by `useModule`.
 */
export function preloadModule<T>(load: Loader<T>): Promise<void> {
  return remember(load).then(
    () => undefined,
    () => undefined,
  );
}

/**
 * Loads a module on demand (a lesson's compiled content) and re-loads when the key changes.
 * A failed load (for example offline before the page was ever cached) becomes a message.
 */
export function useModule<T>(key: string, load: Loader<T> | undefined): ModuleState<T> {
  const known = (): ModuleState<T> =>
    load && loaded.has(load)
      ? { status: "ready", value: loaded.get(load) as T }
      : { status: "loading" };
  const [state, setState] = useState<{ key: string; value: ModuleState<T> }>(() => ({
    key,
    value: known(),
  }));
  useEffect(() => {
    let cancelled = false;
    if (!load || (state.key === key && state.value.status === "ready")) return;
    remember(load).then(
      (value) => !cancelled && setState({ key, value: { status: "ready", value } }),
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
  }, [key, load, state]);
  return state.key === key ? state.value : known();
}
