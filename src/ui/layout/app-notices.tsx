import { useEffect, useState } from "react";
import { followNetwork, useAppStatus } from "./app-status";

/**
 * Tells the reader that the chapter is ready offline, that they are offline, and that an update
 * is waiting. An update applies only when the reader chooses it (it reloads the page), so it never
 * interrupts an answer being typed.
 */
export function AppNotices() {
  const { offlineReady, applyUpdate, online, setOfflineReady } = useAppStatus();
  const [updateLater, setUpdateLater] = useState(false);
  useEffect(() => followNetwork(), []);
  return (
    <div className="app-notices" aria-live="polite">
      {!online && (
        <p className="app-notice app-notice-offline">
          You are offline. Pages you can open keep working, and your progress is still saved in this
          browser.
        </p>
      )}
      {offlineReady && (
        <p className="app-notice">
          The chapter is saved in this browser for offline reading.{" "}
          <button type="button" className="quiet" onClick={() => setOfflineReady(false)}>
            Dismiss
          </button>
        </p>
      )}
      {applyUpdate && !updateLater && (
        <p className="app-notice">
          A new version of the chapter is ready. Reloading applies it; your saved progress is kept.{" "}
          <button type="button" className="primary" onClick={applyUpdate}>
            Reload to update
          </button>{" "}
          <button type="button" className="quiet" onClick={() => setUpdateLater(true)}>
            Later
          </button>
        </p>
      )}
    </div>
  );
}
