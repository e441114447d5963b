import { useState, type RefObject } from "react";
import { useAppStore, useSavedStateRead } from "../../store/app-store";

/**
 * On reopening a lesson read part-way, offers to go back to the furthest point reached (the
 * saved reading position), rather than leaving the reader at the top to find it again.
 * Key it by lesson: the position is the one saved when the lesson was opened.
 */
export function ContinueReading(props: {
  lessonId: string;
  articleRef: RefObject<HTMLElement | null>;
}) {
  // A prerendered lesson is hydrated before saved progress is read: wait for it.
  return useSavedStateRead() ? <ContinueReadingOffer {...props} /> : null;
}

function ContinueReadingOffer({
  lessonId,
  articleRef,
}: {
  lessonId: string;
  articleRef: RefObject<HTMLElement | null>;
}) {
  const [saved] = useState(() => useAppStore.getState().lessons[lessonId]);
  const [open, setOpen] = useState(true);
  if (!open || !saved || saved.readAt || saved.progress < 0.08 || saved.progress > 0.97)
    return null;
  const percent = Math.round(saved.progress * 100);
  const resume = () => {
    const article = articleRef.current;
    if (!article) return;
    const box = article.getBoundingClientRect();
    // The inverse of the reading measure: the bottom of the window at `progress` of the article.
    const top = window.scrollY + box.top + saved.progress * box.height - window.innerHeight;
    window.scrollTo({ top: Math.max(0, top) });
    setOpen(false);
  };
  return (
    <div className="continue-reading" role="status">
      <span>You read {percent}% of this lesson last time.</span>{" "}
      <button type="button" className="primary" onClick={resume}>
        Continue where you left off
      </button>{" "}
      <button type="button" className="quiet" onClick={() => setOpen(false)}>
        Start from the top
      </button>
    </div>
  );
}
