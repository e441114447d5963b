import { lazy, Suspense, useEffect, useLayoutEffect, useMemo } from "react";
import { chapter, lessonLoaders, notebookLoaders, pageLoaders } from "virtual:chapter";
import { knownIds, routeFile, type Route } from "../content/model/routes";
import {
  rehydrateSavedState,
  syncAcrossTabs,
  useAppStore,
  useSavedStateRead,
} from "../store/app-store";
import { preloadModule } from "../ui/shared/chapter/use-module";
import { ChapterContext, type ChapterData } from "../ui/shared/chapter/chapter-context";
import { AppLayout } from "../ui/layout/app-layout";
import { RouteErrorBoundary } from "../ui/layout/route-error-boundary";
import { useAppliedTheme } from "../ui/layout/use-applied-theme";
import { OverviewPage } from "../ui/overview/overview-page";
import { NotFoundPage } from "../ui/pages/not-found-page";
import { fetchPageRuns } from "../ui/shared/outputs/prerendered-runs";
import { useHydrated } from "../ui/shared/routing/use-hydrated";
import { followSiteLinks, onRouteChange, useRoute } from "../ui/shared/routing/use-route";
import { LmsBanner } from "../ui/lms/lms-banner";
import { SearchBox } from "../ui/search/search-box";
import { lazyPage } from "./lazy-page";
import { useLms } from "./use-lms";

// The exercises (their generators, grader and runtime math) load only when opened.
const ExercisesPage = lazy(() => import("../ui/exercises/exercises-page"));
// Assignments and the instructor's tools load only when opened, too.
const AssignmentPage = lazy(() => import("../ui/assignments/assignment-page"));
const InstructorPage = lazy(() => import("../ui/instructor/instructor-page"));

// Lessons, notebooks, reference pages and progress load with their route, not with the app:
// the overview's first JavaScript carries none of them. Each page's Suspense boundary has a key
// of its own, so a navigation replaces the old page rather than keeping it, hidden, in the
// document while the new one loads (its heading would take the focus meant for the new one).
const lessonPage = lazyPage(() => import("../ui/lesson/lesson-page").then((m) => m.LessonPage));
const notebookPage = lazyPage(() =>
  import("../ui/notebook/notebook-page").then((m) => m.NotebookPage),
);
const contentPage = lazyPage(() => import("../ui/pages/content-page").then((m) => m.ContentPage));
const progressPage = lazyPage(() =>
  import("../ui/pages/progress-page").then((m) => m.ProgressPage),
);

const data: ChapterData = { chapter, lessonLoaders, pageLoaders, notebookLoaders };
/** The ids that routes may name. */
export const known = knownIds(chapter);
const lessonIds = chapter.lessons.map((lesson) => lesson.id);

/**
 * Loads the compiled content a route shows (a lesson, page or notebook), so that the next render
 * of that route has it at once: before the build prerenders it and before the browser hydrates it.
 */
export function preloadRoute(route: Route): Promise<void> {
  if (route.kind === "lesson")
    return Promise.all([lessonPage.preload(), preloadIfKnown(lessonLoaders[route.id])]).then(
      () => undefined,
    );
  if (route.kind === "notebook")
    return Promise.all([notebookPage.preload(), preloadIfKnown(notebookLoaders[route.id])]).then(
      () => undefined,
    );
  if (route.kind === "page")
    return Promise.all([contentPage.preload(), preloadIfKnown(pageLoaders[route.id])]).then(
      () => undefined,
    );
  if (route.kind === "progress") return progressPage.preload();
  return Promise.resolve();
}

function preloadIfKnown<T>(loader: (() => Promise<{ default: T }>) | undefined): Promise<void> {
  return loader ? preloadModule(loader) : Promise.resolve();
}

/** A route as text (its query included), so that any navigation resets the error boundary. */
const routeKey = (route: Route): string =>
  JSON.stringify(route, (_, value: unknown) =>
    value instanceof URLSearchParams ? value.toString() : value,
  );

/**
 * The whole app: chapter data, theme, cross-tab sync and the route's page. `prerenderedFile` is
 * the file this page was built as (see `useRoute`).
 */
export function App({ prerenderedFile }: { prerenderedFile: string }) {
  const route = useRoute(known, prerenderedFile);
  // A lesson or notebook reached in the app: its build-time outputs are in its prerendered file,
  // fetched as the address changes, before the new page renders, so its cells' effects find the
  // fetch under way and wait for it rather than start the worker. The first page's own runs are
  // in the document already.
  useEffect(
    () =>
      onRouteChange(known, (next) => {
        const file = routeFile(next);
        if ((next.kind === "lesson" || next.kind === "notebook") && file !== prerenderedFile)
          fetchPageRuns(file);
      }),
    [prerenderedFile],
  );
  // Only the pages built from what the browser alone knows wait for hydration; the others are not
  // rendered again when it ends.
  const hydrated = useHydrated();
  const clientReady = route.kind === "assignment" || route.kind === "instructor" ? hydrated : true;
  const theme = useAppStore((state) => state.theme);
  // Saved progress is read right after hydration, in a layout effect: before any page's effect
  // can save (which would otherwise write the defaults over it) and before the first paint.
  useLayoutEffect(() => {
    void rehydrateSavedState();
  }, []);
  const savedStateRead = useSavedStateRead();
  // Until saved settings are read the theme is the one index.html's first script applied.
  useAppliedTheme(theme, savedStateRead);
  useEffect(() => syncAcrossTabs(), []);
  useLms(route, lessonIds);
  useEffect(() => followSiteLinks(known), []);
  // The page's controls answer from now on (the prerendered HTML alone does not run them); the
  // end-to-end tests wait for this before they click.
  useEffect(() => {
    document.documentElement.dataset["app"] = "live";
  }, []);
  useEffect(() => {
    if (route.kind === "overview") document.title = chapter.title;
  }, [route.kind]);

  const page = useMemo(() => {
    switch (route.kind) {
      case "overview":
        return <OverviewPage />;
      case "lesson":
        return (
          <Suspense key="lesson" fallback={<p className="loading">Loading the lesson…</p>}>
            <lessonPage.Page id={route.id} anchor={route.anchor} />
          </Suspense>
        );
      case "notebook":
        return (
          <Suspense key="notebook" fallback={<p className="loading">Loading the notebook…</p>}>
            <notebookPage.Page id={route.id} cellId={route.cellId} query={route.query} />
          </Suspense>
        );
      case "page":
        return (
          <Suspense key="page" fallback={<p className="loading">Loading the page…</p>}>
            <contentPage.Page id={route.id} anchor={route.anchor} />
          </Suspense>
        );
      case "exercises":
        return (
          <Suspense fallback={<p className="loading">Loading the exercises…</p>}>
            <ExercisesPage exerciseId={route.exerciseId} />
          </Suspense>
        );
      case "progress":
        return (
          <Suspense key="progress" fallback={<p className="loading">Loading your progress…</p>}>
            <progressPage.Page />
          </Suspense>
        );
      case "assignment":
        // Built from its query and saved work, which only the browser has: a frame until then.
        if (!clientReady) return <p className="loading">Loading the assignment…</p>;
        return (
          <Suspense fallback={<p className="loading">Loading the assignment…</p>}>
            <AssignmentPage id={route.id} query={route.query} />
          </Suspense>
        );
      case "instructor":
        if (!clientReady) return <p className="loading">Loading the instructor's tools…</p>;
        return (
          <Suspense fallback={<p className="loading">Loading the instructor's tools…</p>}>
            <InstructorPage tool={route.tool} />
          </Suspense>
        );
      case "not-found":
        return <NotFoundPage path={route.path} />;
    }
  }, [route, clientReady]);

  return (
    <ChapterContext.Provider value={data}>
      <AppLayout route={route} search={<SearchBox />}>
        <LmsBanner />
        <RouteErrorBoundary resetKey={routeKey(route)}>{page}</RouteErrorBoundary>
      </AppLayout>
    </ChapterContext.Provider>
  );
}
