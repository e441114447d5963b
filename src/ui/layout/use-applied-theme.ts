import { useEffect } from "react";
import type { ThemePreference } from "../../store/persisted-schema";

const darkQuery = "(prefers-color-scheme: dark)";

/**
 * Applies the reader's theme to the document, following the system when asked to; waits while
 * `ready` is false (saved settings not read yet), keeping what index.html applied before paint.
 */
export function useAppliedTheme(preference: ThemePreference, ready = true): void {
  useEffect(() => {
    if (!ready) return;
    const media = window.matchMedia(darkQuery);
    const apply = () => {
      const dark = preference === "dark" || (preference === "system" && media.matches);
      document.documentElement.dataset["theme"] = dark ? "dark" : "light";
    };
    apply();
    media.addEventListener("change", apply);
    return () => media.removeEventListener("change", apply);
  }, [preference, ready]);
}
