import type { SearchTarget } from "../../content/model/search-documents";
import { hrefs } from "../../content/model/routes";

/** The link to a search result, built with the route grammar's own functions. */
export function searchTargetHref(target: SearchTarget): string {
  switch (target.route) {
    case "lesson":
      return hrefs.lesson(target.id, target.anchor);
    case "page":
      return hrefs.page(target.id, target.anchor);
    case "notebook":
      return hrefs.notebook(target.id, target.cell);
    case "exercises":
      return hrefs.exercises(target.exercise);
  }
}

/** The id of the element a result points at (a section, block, entry, cell or exercise). */
export function searchTargetElementId(target: SearchTarget): string | undefined {
  switch (target.route) {
    case "lesson":
    case "page":
      return target.anchor;
    case "notebook":
      return target.cell;
    case "exercises":
      return target.exercise;
  }
}
