import { useStorageHealth } from "../../store/storage-health";
import { downloadText } from "./download";

/** Tells the reader when saved data was damaged or could not be saved, and offers the raw data. */
export function StorageBanner() {
  const issues = useStorageHealth((state) => state.issues);
  const dismiss = useStorageHealth((state) => state.dismiss);
  if (issues.length === 0) return null;
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
        </div>
      ))}
    </div>
  );
}
