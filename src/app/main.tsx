import "katex/dist/katex.min.css";
import "../ui/styles/base.css";
import "../ui/styles/layout.css";
import "../ui/styles/prose.css";
import "../ui/styles/notebook.css";
import "../ui/styles/print.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app";
import { registerServiceWorker } from "./register-service-worker";

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
registerServiceWorker();
