import { useAppStatus } from "../ui/layout/app-status";

/**
 * Registers the service worker that precaches the app for offline use. Loaded after the first
 * render so it never delays reading. Not registered by the dev server. Says when the offline
 * copy is ready, and when an update waits; the update applies (and the page reloads) only when
 * the reader chooses it.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  void import("virtual:pwa-register").then(({ registerSW }) => {
    const updateSW = registerSW({
      immediate: true,
      onOfflineReady: () => useAppStatus.getState().setOfflineReady(true),
      onNeedRefresh: () => useAppStatus.getState().setUpdate(() => void updateSW(true)),
    });
  });
}
