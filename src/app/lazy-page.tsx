import { lazy, type ComponentType } from "react";

/** A page component that loads with its route, and can be loaded ahead of its first render. */
export interface LazyPage<P extends object> {
  /** Renders the page: at once when loaded, otherwise suspending until its module arrives. */
  Page: ComponentType<P>;
  /** Loads the page's module, so the next render needs no suspension. */
  preload: () => Promise<void>;
}

/**
 * Splits a page out of the app's first JavaScript. The route's page is preloaded before the
 * build renders it and before the browser hydrates it, so both render the loaded component in
 * one pass; a page reached later in the app suspends once while its module loads (the caller
 * wraps it in a Suspense boundary, on the server and in the browser alike, so the markup the
 * boundary adds is the same on both).
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const fetchModule = () => {
    loading ??= load().then((component) => (loaded = component));
    return loading;
  };
  const Suspending = lazy(() => fetchModule().then((component) => ({ default: component })));
  function Page(props: P) {
    const Component = loaded ?? Suspending;
    return <Component {...props} />;
  }
  return { Page, preload: () => fetchModule().then(() => undefined) };
}
