/**
 * Registers the service worker that precaches the app for offline use. Loaded after the first
 * render so it never delays reading. Not registered by the dev server.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  void import("virtual:pwa-register").then(({ registerSW }) => registerSW({ immediate: true }));
}
