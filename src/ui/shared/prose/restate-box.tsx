import { useEffect, useId, useRef, useState } from "react";
import { useAppStore } from "../../../store/app-store";
import { useStorageHealth } from "../../../store/storage-health";
import { Html } from "../chapter/html";

const saveDelayMs = 400;

/** A pause-and-restate prompt whose answer is saved in the browser as the reader types. */
export function RestateBox({ id, html }: { id: string; html: string }) {
  const saved = useAppStore((state) => state.restate[id]);
  const save = useAppStore((state) => state.saveRestatement);
  const [text, setText] = useState(saved?.text ?? "");
  const [dirty, setDirty] = useState(false);
  const labelId = useId();
  const timer = useRef<number | undefined>(undefined);
  const saveFailed = useStorageHealth((state) => state.saveFailed);
  // This box's last save did not reach the browser's storage (saving is synchronous).
  const [unsaved, setUnsaved] = useState(false);
  const commit = (value: string) => {
    save(id, value);
    setUnsaved(useStorageHealth.getState().saveFailed);
  };
  // The text waiting for its save, so leaving the page can save it at once.
  const pending = useRef<string | undefined>(undefined);

  // Another tab (or an import) changed the saved answer while this box was untouched.
  useEffect(() => {
    if (!dirty) setText(saved?.text ?? "");
  }, [saved?.text, dirty]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  // A reload, a closed tab or a switch to another app within the save delay still saves.
  useEffect(() => {
    const flush = () => {
      if (pending.current === undefined) return;
      window.clearTimeout(timer.current);
      save(id, pending.current);
      pending.current = undefined;
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") flush();
    };
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onVisibility);
      flush();
    };
  }, [id, save]);

  const onChange = (value: string) => {
    setText(value);
    setDirty(true);
    pending.current = value;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      pending.current = undefined;
      commit(value);
      setDirty(false);
    }, saveDelayMs);
  };

  const status = dirty
    ? "Saving…"
    : unsaved && saveFailed
      ? "Not saved: browser storage is full (see the message at the top of the page). Kept in this tab only."
      : saved
        ? `Saved ${new Date(saved.updatedAt).toLocaleString()}`
        : "Not answered yet";
  return (
    <div className="directive directive-restate" id={id}>
      <p className="directive-title" id={labelId}>
        <strong>Pause and restate</strong>
      </p>
      <Html html={html} />
      <textarea
        aria-labelledby={labelId}
        value={text}
        rows={4}
        placeholder="In your own words…"
        onChange={(event) => onChange(event.target.value)}
        onBlur={() => {
          if (!dirty) return;
          window.clearTimeout(timer.current);
          pending.current = undefined;
          commit(text);
          setDirty(false);
        }}
      />
      <p className="restate-status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
