import { version } from "../../../../package.json";
import type { CompiledNotebook } from "../../../content/model/notebook-types";
import { exercises } from "../../../exercises/catalog/index";
import { exercisesIpynb } from "../../../kernel/jupyter/exercises-ipynb";
import {
  ipynbText,
  notebookIpynb,
  personalizeIpynb,
  withoutOutputs,
  type Ipynb,
} from "../../../kernel/jupyter/ipynb";
import { useAppStore } from "../../../store/app-store";
import { practiceSeed } from "../exercise-card/exercise-card";
import { downloadText } from "./download";

const ipynbType = "application/x-ipynb+json";

/** The site's own address (every page sits in the site's folder), where lab.mjs is served. */
function siteUrl(): string {
  return new URL("./", document.baseURI).href;
}

/**
 * Downloads a notebook as the build wrote it, with every cell's output, pointed at this site and
 * carrying the reader's edited code and parameter values (those cells without the build's
 * outputs). When the file cannot be fetched (offline before it was ever fetched, say), the
 * notebook is written here without outputs. Answers whether the outputs are included.
 */
export async function downloadNotebook(
  notebook: CompiledNotebook,
): Promise<"outputs" | "no-outputs"> {
  const { cells } = useAppStore.getState();
  let built: Ipynb | undefined;
  try {
    const response = await fetch(new URL(`downloads/${notebook.id}.ipynb`, document.baseURI));
    if (response.ok) built = (await response.json()) as Ipynb;
  } catch {
    built = undefined;
  }
  const base =
    built ?? withoutOutputs(notebookIpynb(notebook, () => [], { siteUrl: "./", version }));
  const personal = personalizeIpynb(base, notebook, {
    siteUrl: siteUrl(),
    sourceOf: (cellId) => cells[cellId]?.source,
    paramsOf: (cellId) => cells[cellId]?.params,
  });
  downloadText(`${notebook.id}.ipynb`, ipynbText(personal), ipynbType);
  return built ? "outputs" : "no-outputs";
}

/**
 * Downloads the exercises notebook with the reader's own instances (the variant each exercise
 * is on, from their student id), pointed at this site.
 */
export function downloadExercisesNotebook(): void {
  const state = useAppStore.getState();
  const studentId = state.ensureStudentId();
  const variants = exercises.map((exercise) => {
    const variant = state.exercises[exercise.id]?.variant ?? 0;
    return { exercise, seed: practiceSeed(studentId, exercise.id, variant), variant: variant + 1 };
  });
  const notebook = exercisesIpynb(variants, { siteUrl: siteUrl(), version, studentId });
  downloadText("exercises.ipynb", ipynbText(notebook), ipynbType);
}
