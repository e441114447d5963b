// The build's prerender entry (a Vite SSR build, run in Node after the browser build): renders
// every route with the app's own components into the HTML of one static file per route, which
// the browser then hydrates (start.tsx).
import { StrictMode } from "react";
import { prerenderToNodeStream } from "react-dom/static";
import { chapter } from "virtual:chapter";
import {
  parseLocation,
  prerenderRoutes,
  routeFile,
  siteLocation,
  type Route,
} from "../content/model/routes";
import { App, known, preloadRoute } from "./app";

/** The file of every route the build writes, `index.html` first. */
export const routeFiles: string[] = prerenderRoutes(chapter).map(routeFile);

/** A prerendered page: the app's HTML for `#root` and the document's title. */
export interface RenderedPage {
  html: string;
  title: string;
  /** The id of the lesson the page shows, so the build can preload its module. */
  lessonId: string | undefined;
}

/**
 * Renders the route that `file` names, waiting for its compiled content and lazily loaded pages,
 * exactly as the browser's first render of that file (see `useRoute`) will.
 */
export async function renderPage(file: string): Promise<RenderedPage> {
  const route = parseLocation(siteLocation(file), known);
  await preloadRoute(route);
  // A lazily loaded page (the exercises) suspends the first time: React then writes it as a
  // hidden part swapped in by a script, which a reader without JavaScript never sees. Rendering
  // again once it has loaded writes it in place.
  let html = await renderToHtml(file);
  for (let attempt = 0; attempt < 3 && html.includes("<!--$?-->"); attempt++) {
    html = await renderToHtml(file);
  }
  if (html.includes("<!--$?-->")) throw new Error(`${file}: a part of the page never loaded`);
  return {
    html,
    title: pageTitle(route),
    lessonId: route.kind === "lesson" ? route.id : undefined,
  };
}

/** The app's HTML for a route's file; a render error fails the build. */
async function renderToHtml(file: string): Promise<string> {
  const errors: unknown[] = [];
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <App prerenderedFile={file} />
    </StrictMode>,
    {
      // Every boundary in place, however large (a figure's SVG and data run past React's default
      // 12.8 KB): otherwise React outlines it as a hidden part that a script swaps in, which a
      // reader without JavaScript never sees.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      onError(error) {
        errors.push(error);
      },
    },
  );
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
  // A render error would ship a broken page: fail the build instead.
  if (errors.length > 0) {
    const first = errors[0];
    throw new Error(
      `${file} does not render: ${first instanceof Error ? first.stack : String(first)}`,
    );
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The title each page sets when it shows (the pages set the same once running). */
function pageTitle(route: Route): string {
  const suffix = ` · ${chapter.title}`;
  switch (route.kind) {
    case "overview":
      return chapter.title;
    case "lesson": {
      const lesson = chapter.lessons.find((item) => item.id === route.id);
      return lesson ? `${lesson.number}. ${lesson.title}${suffix}` : chapter.title;
    }
    case "page":
      return `${chapter.pages.find((page) => page.id === route.id)?.title ?? route.id}${suffix}`;
    case "notebook": {
      const notebook = chapter.notebookPages.find((item) => item.id === route.id);
      return `${notebook?.title ?? route.id}${suffix}`;
    }
    case "exercises":
      return `Exercises notebook${suffix}`;
    case "progress":
      return `Your progress${suffix}`;
    case "assignment":
      return `Assignment${suffix}`;
    case "instructor":
      return `For instructors${suffix}`;
    case "not-found":
      return `Page not found${suffix}`;
  }
}
