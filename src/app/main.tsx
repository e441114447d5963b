// KaTeX's stylesheet with font-display: swap, so lesson text never waits for math fonts.
import "katex/dist/katex-swap.min.css";
import "../ui/styles/base.css";
import "../ui/styles/layout.css";
import "../ui/styles/prose.css";
import "../ui/styles/notebook.css";
import "../ui/styles/figures.css";
import "../ui/styles/print.css";

declare global {
  interface Window {
    /** Set by index.html when it shows a page's static preview; settles once it is painted. */
    routePreview?: Promise<void>;
  }
}

// Evaluating the app's JavaScript takes a few hundred milliseconds on a slow machine; when
// index.html is showing a page's static preview, let the browser paint it first.
void (window.routePreview ?? Promise.resolve()).then(() => import("./start"));
