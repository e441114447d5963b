// The browser entry: hydrates the page the build prerendered (or renders it, in development).
import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { parseLocation, siteLocation } from "../content/model/routes";
import { prepareSavedStateRead } from "../store/app-store";
import { App, known, preloadRoute } from "./app";
import { registerServiceWorker } from "./register-service-worker";

const container = document.getElementById("root");
if (!container) throw new Error("the page has no #root element");
// The build names the file it rendered (the 404 page is served for any unknown address).
const prerenderedFile =
  container.dataset["routeFile"] ?? siteLocation(window.location.pathname).file;
// The prerendered page shows its content already; load the page's module before hydrating so
// the first client render has the same content (rather than a "loading" state). Saved progress
// is read in the first layout effect after hydration, synchronously: its validator loads now too.
void Promise.all([
  preloadRoute(parseLocation(siteLocation(prerenderedFile), known)),
  prepareSavedStateRead(),
]).then(() => {
  const app = (
    <StrictMode>
      <App prerenderedFile={prerenderedFile} />
    </StrictMode>
  );
  if (container.dataset["routeFile"]) hydrateRoot(container, app);
  else createRoot(container).render(app);
});
registerServiceWorker();
