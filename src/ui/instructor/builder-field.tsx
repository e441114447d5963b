import { useId, type ReactNode } from "react";

/** What a field's control takes: the id its label points at, and its hint's id. */
export interface FieldProps {
  id: string;
  "aria-describedby"?: string;
}

/** A labelled form field; `children` renders the control with the id and description it gets. */
export function Field({
  label,
  hint,
  children,
}: {
  label: string;
  hint?: string;
  children: (props: FieldProps) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="builder-field">
      <label htmlFor={id}>{label}</label>
      {children(hint ? { id, "aria-describedby": hintId } : { id })}
      {hint && (
        <span id={hintId} className="builder-hint">
          {hint}
        </span>
      )}
    </div>
  );
}
