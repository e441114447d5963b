// The app itself: loaded by main.tsx once the static page preview (if any) has been painted.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { lessonLoaders, notebookLoaders } from "virtual:chapter";
import { preloadModule } from "../ui/content/use-module";
import { parseRoute } from "../ui/routing/route";
import { App, known } from "./app";
import { registerServiceWorker } from "./register-service-worker";

// Opening a lesson: render once its text is loaded, so the first render replaces index.html's
// static preview of the lesson with the same text (no "loading" flash in between).
const opened = parseRoute(window.location.hash, known);
const lessonLoader = opened.kind === "lesson" ? lessonLoaders[opened.id] : undefined;
const firstPageLoaded = lessonLoader
  ? Promise.race([
      preloadModule(lessonLoader),
      new Promise<void>((resolve) => setTimeout(resolve, 3000)),
    ])
  : Promise.resolve();

// Opening a notebook: fetch it while the app starts, rather than after the first render.
const notebookLoader = opened.kind === "notebook" ? notebookLoaders[opened.id] : undefined;
if (notebookLoader) void preloadModule(notebookLoader);

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");
const root = createRoot(container);
void firstPageLoaded.then(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
registerServiceWorker();
