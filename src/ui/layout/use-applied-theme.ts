import { useEffect } from "react";
import type { ThemePreference } from "../../store/persisted-schema";

const darkQuery = "(prefers-color-scheme: dark)";

/** Applies the reader's theme to the document, following the system when asked to. */
export function useAppliedTheme(preference: ThemePreference): void {
  useEffect(() => {
    const media = window.matchMedia(darkQuery);
    const apply = () => {
      const dark = preference === "dark" || (preference === "system" && media.matches);
      document.documentElement.dataset["theme"] = dark ? "dark" : "light";
    };
    apply();
    media.addEventListener("change", apply);
    return () => media.removeEventListener("change", apply);
  }, [preference]);
}
