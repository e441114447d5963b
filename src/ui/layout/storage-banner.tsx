import { useState } from "react";
import { storageKey, useAppStore } from "../../store/app-store";
import { useStorageHealth } from "../../store/storage-health";
import { downloadText } from "../shared/downloads/download";
import { downloadProgress } from "../shared/downloads/progress-download";

/** Copies of damaged progress set aside in this browser (they take storage space). */
function setAsideKeys(): string[] {
  try {
    return Object.keys(localStorage).filter((key) => key.startsWith(`${storageKey}:set-aside:`));
  } catch {
    return [];
  }
}

/** Tells the reader when saved data was damaged or could not be saved, and offers the raw data. */
export function StorageBanner() {
  const issues = useStorageHealth((state) => state.issues);
  const dismiss = useStorageHealth((state) => state.dismiss);
  const [removed, setRemoved] = useState(0);
  if (issues.length === 0) return null;
  const setAside = setAsideKeys();
  return (
    <div className="storage-banner" role="alert">
      {issues.map((issue) => (
        <div key={issue.id} className="storage-issue">
          <p>
            <strong>{issue.message}</strong>
          </p>
          {issue.details.length > 0 && (
            <ul>
              {issue.details.slice(0, 5).map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
              {issue.details.length > 5 && <li>and {issue.details.length - 5} more</li>}
            </ul>
          )}
          <div className="button-row">
            {issue.cause === "save-failed" && (
              <button type="button" className="primary" onClick={downloadProgress}>
                Export progress
              </button>
            )}
            {issue.cause === "save-failed" && setAside.length > 0 && (
              <button
                type="button"
                onClick={() => {
                  for (const key of setAside) localStorage.removeItem(key);
                  setRemoved(setAside.length);
                  // Try again now that there is room.
                  useAppStore.setState({});
                }}
              >
                Remove {setAside.length} set-aside cop{setAside.length === 1 ? "y" : "ies"} of
                damaged data
              </button>
            )}
            {issue.raw !== undefined && (
              <button
                type="button"
                onClick={() => downloadText("set-aside-progress.json", issue.raw ?? "")}
              >
                Download the set-aside data
              </button>
            )}
            <button type="button" className="quiet" onClick={() => dismiss(issue.id)}>
              Dismiss
            </button>
          </div>
          {issue.cause === "save-failed" && removed > 0 && (
            <p>
              Removed {removed} set-aside cop{removed === 1 ? "y" : "ies"}; saving was tried again.
            </p>
          )}
        </div>
      ))}
    </div>
  );
}
