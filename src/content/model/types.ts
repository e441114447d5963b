/**
 * Runtime shapes of compiled content. The build-time compiler produces them; the app reads them.
 * Everything here is plain data (strings, numbers, arrays), so it can be serialised into a module.
 */
import type { CompiledCodeCell } from "./notebook-types";

/** A piece of a lesson, in reading order. Interactive parts are their own blocks. */
export type LessonBlock =
  | { kind: "html"; html: string }
  | { kind: "restate"; id: string; html: string }
  | { kind: "cell"; id: string }
  | { kind: "exercise"; id: string }
  | LessonFigure;

/**
 * A numbered figure: a notebook cell run with fixed parameters (its defaults, overridden by the
 * figure's), shown without controls or code, with a caption, a text alternative and its data.
 */
export interface LessonFigure {
  kind: "figure";
  /** The figure's anchor. */
  id: string;
  /** "Figure 6.1". */
  label: string;
  cell: string;
  params: Record<string, number | string | boolean>;
  captionHtml: string;
  alt: string;
}

/** One entry of a page's table of contents. */
export interface TocEntry {
  id: string;
  depth: number;
  text: string;
}

/** A lesson as the app shows it. */
export interface CompiledLesson {
  id: string;
  number: number;
  title: string;
  summary: string;
  minutes: number;
  objectives: string[];
  toc: TocEntry[];
  blocks: LessonBlock[];
  wordCount: number;
}

/**
 * A lesson's module (`virtual:lesson/<id>`): the lesson and the notebook code cells it shows
 * (beside its sections, embedded, as figures), so its route need not load whole notebooks.
 */
export interface LessonModule extends CompiledLesson {
  cells: CompiledCodeCell[];
}

/** A free-standing page such as the glossary or the notation table. */
export interface CompiledPage {
  id: string;
  title: string;
  summary: string;
  toc: TocEntry[];
  blocks: LessonBlock[];
}

/** What the navigation and the overview need about a lesson, without its body. */
export type LessonSummary = Omit<CompiledLesson, "blocks">;

/** A learning objective with the lessons that teach it. */
export interface ObjectiveEntry {
  id: string;
  text: string;
  lessons: string[];
}

/** The chapter's overview, navigation and cross-reference data. */
export interface ChapterIndex {
  title: string;
  subtitleHtml: string;
  epigraph: string;
  overviewHtml: string[];
  prerequisites: string[];
  notebooks: { id: string; file: string; description: string }[];
  objectivesIntro: string;
  objectives: ObjectiveEntry[];
  studyFlowHtml: string[];
  lessons: LessonSummary[];
  pages: { id: string; title: string; summary: string }[];
  /** The notebooks the app runs (theory, exercises), for navigation. */
  notebookPages: { id: string; title: string; summary: string }[];
  /** Every notebook code cell, by id: where it lives and the lesson section it illustrates. */
  cells: Record<
    string,
    { notebook: string; title: string; lesson: string | undefined; anchor: string | undefined }
  >;
}
