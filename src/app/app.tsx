import { lazy, Suspense, useEffect, useMemo } from "react";
import { chapter, lessonLoaders, notebookLoaders, pageLoaders } from "virtual:chapter";
import { syncAcrossTabs, useAppStore } from "../store/app-store";
import { ChapterContext, type ChapterData } from "../ui/content/chapter-context";
import { AppLayout } from "../ui/layout/app-layout";
import { RouteErrorBoundary } from "../ui/layout/route-error-boundary";
import { useAppliedTheme } from "../ui/layout/use-applied-theme";
import { LessonPage } from "../ui/lesson/lesson-page";
import { OverviewPage } from "../ui/overview/overview-page";
import { NotebookPage } from "../ui/notebook/notebook-page";
import { ContentPage } from "../ui/pages/content-page";
import { NotFoundPage } from "../ui/pages/not-found-page";
import { ProgressPage } from "../ui/pages/progress-page";
import type { Route } from "../ui/routing/route";
import { useRoute } from "../ui/routing/use-route";

// The exercises (their generators, grader and runtime math) load only when opened.
const ExercisesPage = lazy(() => import("../ui/exercises/exercises-page"));
// Assignments and the instructor's tools load only when opened, too.
const AssignmentPage = lazy(() => import("../ui/assignments/assignment-page"));
const InstructorPage = lazy(() => import("../ui/instructor/instructor-page"));

const data: ChapterData = { chapter, lessonLoaders, pageLoaders, notebookLoaders };
/** The ids that routes may name. */
export const known = {
  lessons: new Set(chapter.lessons.map((lesson) => lesson.id)),
  pages: new Set(chapter.pages.map((page) => page.id)),
  notebooks: new Set(chapter.notebookPages.map((notebook) => notebook.id)),
};

/** A route as text (its query included), so that any navigation resets the error boundary. */
const routeKey = (route: Route): string =>
  JSON.stringify(route, (_, value: unknown) =>
    value instanceof URLSearchParams ? value.toString() : value,
  );

/** The whole app: chapter data, theme, cross-tab sync and the route's page. */
export function App() {
  const route = useRoute(known);
  const theme = useAppStore((state) => state.theme);
  useAppliedTheme(theme);
  useEffect(() => syncAcrossTabs(), []);
  useEffect(() => {
    if (route.kind === "overview") document.title = chapter.title;
  }, [route.kind]);

  const page = useMemo(() => {
    switch (route.kind) {
      case "overview":
        return <OverviewPage />;
      case "lesson":
        return <LessonPage id={route.id} anchor={route.anchor} />;
      case "notebook":
        return <NotebookPage id={route.id} cellId={route.cellId} query={route.query} />;
      case "page":
        return <ContentPage id={route.id} anchor={route.anchor} />;
      case "exercises":
        return (
          <Suspense fallback={<p className="loading">Loading the exercises…</p>}>
            <ExercisesPage exerciseId={route.exerciseId} />
          </Suspense>
        );
      case "progress":
        return <ProgressPage />;
      case "assignment":
        return (
          <Suspense fallback={<p className="loading">Loading the assignment…</p>}>
            <AssignmentPage id={route.id} query={route.query} />
          </Suspense>
        );
      case "instructor":
        return (
          <Suspense fallback={<p className="loading">Loading the instructor's tools…</p>}>
            <InstructorPage tool={route.tool} />
          </Suspense>
        );
      case "not-found":
        return <NotFoundPage path={route.path} />;
    }
  }, [route]);

  return (
    <ChapterContext.Provider value={data}>
      <AppLayout route={route}>
        <RouteErrorBoundary resetKey={routeKey(route)}>{page}</RouteErrorBoundary>
      </AppLayout>
    </ChapterContext.Provider>
  );
}
