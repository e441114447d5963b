// What the load benchmark watches inside a page. `installProbes` is passed to Playwright's
// addInitScript, so it runs in the page before any of the page's own HTML is parsed or scripts run;
// it must be self-contained (no closures over this module).

/**
 * The first simulation output of a page: the first chart (SVG) or table inside a cell's outputs,
 * whether it arrives prerendered in the HTML or is drawn by the app after a worker run.
 */
export const outputSelector =
  process.env.OUTPUT_SELECTOR ?? ".cell-outputs svg, .cell-outputs table";
/** The page's text: its first paragraph in the main region. */
export const textSelector = process.env.TEXT_SELECTOR ?? "main p";

/**
 * Installs, before the page loads, the observers the benchmark reads back from `window.__bench`:
 *
 * - `textPainted` / `outputPainted`: the browser's own paint time (Element Timing API,
 *   `renderTime`) of the page's first paragraph and of its first simulation output. A
 *   MutationObserver tags each with `elementtiming` the moment it enters the document (the HTML
 *   parser's insertions included), before it can be painted. Element Timing reports text and
 *   images, so the text-holding parts of the output (SVG `<text>`, table cells) are tagged too and
 *   the first of them painted counts.
 * - `outputFrame`: a fallback for an output Element Timing does not report (off-screen, where
 *   nothing is painted, or without text): the start time of the first animation frame after it
 *   entered the document. An output that entered before the page's first paint is drawn by that
 *   paint (`outputBeforeFirstPaint`), whose time (`firstPaint`) is then its time: a frame's start
 *   would be earlier than the paint time the text is given for the same frame.
 * - `outputInserted`: when the output entered the document (to tell "in the HTML" from "drawn").
 * - `longTasks`: every main-thread task over 50 ms (Long Tasks API) from navigation on: the
 *   browser's own parsing, style and layout of the page as well as the page's scripts.
 * - `scripts`: the scripts that ran in frames over 50 ms (Long Animation Frames API): each one
 *   callback or script evaluation with its duration (forced layouts included), what invoked it
 *   and its file, so the tasks the app's JavaScript adds can be told from the browser's work.
 *
 * @param {{ output: string, text: string }} selectors CSS selectors of the output and the text.
 */
export function installProbes({ output, text }) {
  const probe = { longTasks: [], scripts: [] };
  window.__bench = probe;
  new PerformanceObserver((list) => {
    for (const frame of list.getEntries())
      for (const script of frame.scripts)
        probe.scripts.push({
          start: script.startTime,
          duration: script.duration,
          invoker: `${script.invokerType} ${script.invoker}`,
          source: script.sourceURL,
        });
  }).observe({ type: "long-animation-frame", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === "first-paint") probe.firstPaint ??= entry.startTime;
  }).observe({ type: "paint", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const time = entry.renderTime || entry.loadTime;
      if (entry.identifier === "bench-output") probe.outputPainted ??= time;
      if (entry.identifier === "bench-text") probe.textPainted ??= time;
    }
  }).observe({ type: "element", buffered: true });
  const tag = (element, id) => {
    if (!element.hasAttribute("elementtiming")) element.setAttribute("elementtiming", id);
  };
  const tagger = new MutationObserver(() => {
    const paragraph = document.querySelector(text);
    if (paragraph) tag(paragraph, "bench-text");
    const first = document.querySelector(output);
    if (!first) return;
    if (probe.outputInserted === undefined) {
      probe.outputInserted = performance.now();
      probe.outputBeforeFirstPaint = performance.getEntriesByName("first-paint").length === 0;
      requestAnimationFrame((frameStart) => (probe.outputFrame ??= frameStart));
    }
    tag(first, "bench-output");
    // Only the first few text holders: enough for a paint to be reported, cheap on every mutation.
    const holders = first.querySelectorAll("text, th, td, caption");
    for (let index = 0; index < Math.min(holders.length, 24); index++)
      tag(holders[index], "bench-output");
    if (probe.outputPainted !== undefined && probe.textPainted !== undefined) tagger.disconnect();
  });
  tagger.observe(document, { childList: true, subtree: true });
}

/**
 * Runs in the page: whether the app has hydrated the element matching `selector` (React has
 * attached its event props to it, so it responds to input). Prerendered HTML and a page drawn
 * only by the app pass alike once React owns the element.
 *
 * @param {string} selector CSS selector of an interactive element.
 * @returns {boolean}
 */
export function isHydrated(selector) {
  const element = document.querySelector(selector);
  return !!element && Object.keys(element).some((key) => key.startsWith("__reactProps$"));
}
