import { lazy, Suspense, useEffect, useRef, useState } from "react";

const ExerciseEmbedCard = lazy(() => import("./exercise-embed-card"));

/**
 * How far below (or above) the screen an exercise starts loading: one screen, so it is there by
 * the time a reader scrolling at reading speed reaches it.
 */
const loadAhead = "100% 0px";

/**
 * An exercise placed in a lesson with `::exercise{#id}`. The exercise catalog with its
 * generators, graders and tables (and KaTeX for the prompts' math) is the largest part of a
 * lesson's JavaScript, and neither reading the text nor moving a simulation's slider needs it, so
 * it loads only when the exercise comes within a screen of the viewport. Until then the
 * placeholder holds the exercise's id, so a deep link to it scrolls there and that loads it.
 */
export default function ExerciseEmbed({ id }: { id: string }) {
  const placeholder = useRef<HTMLParagraphElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = placeholder.current;
    if (near || !element) return;
    if (typeof IntersectionObserver === "undefined") {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: loadAhead },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  const loading = (
    <p className="loading" id={near ? undefined : id} ref={placeholder}>
      Loading the exercise…
    </p>
  );
  if (!near) return loading;
  return (
    <Suspense fallback={<p className="loading">Loading the exercise…</p>}>
      <ExerciseEmbedCard id={id} />
    </Suspense>
  );
}
