import { useEffect, useState } from "react";

/**
 * Runs a cell when asked from outside its Run button: on its notebook's "Run all" (a window
 * event), and after a reset once the original code is back. Returns that second request: call it
 * with the reset, and the cell runs after the next render.
 */
export function useRunRequests(notebookId: string, run: () => void): () => void {
  const [runAfterRender, setRunAfterRender] = useState(false);
  useEffect(() => {
    const onRunAll = (event: Event) => {
      if ((event as CustomEvent<string>).detail === notebookId) run();
    };
    window.addEventListener("notebook:run-all", onRunAll);
    return () => window.removeEventListener("notebook:run-all", onRunAll);
  }, [notebookId, run]);
  useEffect(() => {
    if (!runAfterRender) return;
    setRunAfterRender(false);
    run();
  }, [runAfterRender, run]);
  return () => setRunAfterRender(true);
}
