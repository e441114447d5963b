import { encodeAssignmentLink, type Assignment } from "../../course/index";
import { hrefs } from "../../content/model/routes";

/** A site link as a full address, to hand to someone (this page's folder, that file). */
export function absoluteHref(href: string): string {
  return new URL(href, window.location.href).href;
}

/** The student link of an assignment: this site's address with the assignment in the route. */
export function studentLink(assignment: Assignment): string {
  return absoluteHref(hrefs.assignment(assignment.id, encodeAssignmentLink(assignment)));
}
