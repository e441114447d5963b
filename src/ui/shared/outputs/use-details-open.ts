import { useEffect, useRef, useState, type RefObject, type SyntheticEvent } from "react";

/**
 * Whether a `<details>` element is open, for content built only once it is opened. A prerendered
 * `<details>` opens without React: when a reader opens it before the page is hydrated, its toggle
 * event comes before React listens, so the element's own state is read once React owns it.
 *
 * @returns whether it is open, the ref to put on the element and its `onToggle` handler
 */
export function useDetailsOpen(): {
  open: boolean;
  ref: RefObject<HTMLDetailsElement | null>;
  onToggle: (event: SyntheticEvent<HTMLDetailsElement>) => void;
} {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (ref.current?.open) setOpen(true);
  }, []);
  return { open, ref, onToggle: (event) => setOpen(event.currentTarget.open) };
}
