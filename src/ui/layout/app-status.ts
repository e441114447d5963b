import { create } from "zustand";

/** What the reader is told about the offline copy and the network (not persisted). */
interface AppStatus {
  /** The chapter has just been saved for offline reading (the first visit's install). */
  offlineReady: boolean;
  /** A newer version is downloaded and waits: applying it reloads the page. */
  applyUpdate: (() => void) | undefined;
  online: boolean;
  setOfflineReady(ready: boolean): void;
  setUpdate(apply: (() => void) | undefined): void;
  setOnline(online: boolean): void;
}

export const useAppStatus = create<AppStatus>()((set) => ({
  offlineReady: false,
  applyUpdate: undefined,
  online: typeof navigator === "undefined" ? true : navigator.onLine,
  setOfflineReady: (offlineReady) => set({ offlineReady }),
  setUpdate: (applyUpdate) => set({ applyUpdate }),
  setOnline: (online) => set({ online }),
}));

/** Follows the browser's online and offline events. */
export function followNetwork(): () => void {
  const update = () => useAppStatus.getState().setOnline(navigator.onLine);
  window.addEventListener("online", update);
  window.addEventListener("offline", update);
  update();
  return () => {
    window.removeEventListener("online", update);
    window.removeEventListener("offline", update);
  };
}
