import { useEffect, useRef } from "react";

/**
 * The CodeMirror 6 editor for a cell, loaded only when a reader chooses to edit (it is not part of
 * any page's initial JavaScript). Shift+Enter runs the cell.
 */
export default function CodeEditor({
  value,
  onChange,
  onRun,
  label,
}: {
  value: string;
  onChange: (value: string) => void;
  onRun: () => void;
  label: string;
}) {
  const host = useRef<HTMLDivElement>(null);
  const latest = useRef({ onChange, onRun });
  useEffect(() => {
    latest.current = { onChange, onRun };
  }, [onChange, onRun]);

  useEffect(() => {
    let destroyed = false;
    let view: { destroy(): void } | undefined;
    void Promise.all([
      import("codemirror"),
      import("@codemirror/lang-javascript"),
      import("@codemirror/view"),
      import("@codemirror/theme-one-dark"),
    ]).then(([{ EditorView, basicSetup }, { javascript }, { keymap }, { oneDark }]) => {
      if (destroyed || !host.current) return;
      const dark = document.documentElement.dataset["theme"] === "dark";
      view = new EditorView({
        doc: value,
        parent: host.current,
        extensions: [
          keymap.of([{ key: "Shift-Enter", run: () => (latest.current.onRun(), true) }]),
          basicSetup,
          javascript(),
          ...(dark ? [oneDark] : []),
          EditorView.contentAttributes.of({ "aria-label": label }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) latest.current.onChange(update.state.doc.toString());
          }),
        ],
      });
      (view as unknown as { focus(): void }).focus();
    });
    return () => {
      destroyed = true;
      view?.destroy();
    };
    // The editor owns its document after creation; `value` seeds it once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return <div className="code-editor" ref={host} />;
}
