// KaTeX's stylesheet with font-display: swap, so lesson text never waits for math fonts.
import "katex/dist/katex-swap.min.css";
import "../ui/styles/base.css";
import "../ui/styles/layout.css";
import "../ui/styles/prose.css";
import "../ui/styles/notebook.css";
import "../ui/styles/print.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { lessonLoaders } from "virtual:chapter";
import { App } from "./app";
import { registerServiceWorker } from "./register-service-worker";

// Start fetching the opened lesson before React's first render, so its text arrives sooner.
const openedLesson = /^#\/lessons\/([^/?]+)/.exec(window.location.hash)?.[1];
if (openedLesson) void lessonLoaders[openedLesson]?.();

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
registerServiceWorker();
