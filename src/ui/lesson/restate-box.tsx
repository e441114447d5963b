import { useEffect, useId, useRef, useState } from "react";
import { useAppStore } from "../../store/app-store";
import { Html } from "../content/html";

const saveDelayMs = 400;

/** A pause-and-restate prompt whose answer is saved in the browser as the reader types. */
export function RestateBox({ id, html }: { id: string; html: string }) {
  const saved = useAppStore((state) => state.restate[id]);
  const save = useAppStore((state) => state.saveRestatement);
  const [text, setText] = useState(saved?.text ?? "");
  const [dirty, setDirty] = useState(false);
  const labelId = useId();
  const timer = useRef<number | undefined>(undefined);

  // Another tab (or an import) changed the saved answer while this box was untouched.
  useEffect(() => {
    if (!dirty) setText(saved?.text ?? "");
  }, [saved?.text, dirty]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const onChange = (value: string) => {
    setText(value);
    setDirty(true);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      save(id, value);
      setDirty(false);
    }, saveDelayMs);
  };

  const status = dirty
    ? "Saving…"
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
          save(id, text);
          setDirty(false);
        }}
      />
      <p className="restate-status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
