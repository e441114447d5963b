/**
 * The browser-storage keys of everything the app saves: the one definition that the stores, the
 * page's inline theme script (index.html) and the browser tests read. A key change here moves
 * every reader at once; saved data under an old key is no longer found.
 */

/** Practice progress, settings and notebook edits (the app store). */
export const progressStorageKey = "feature-stores-chapter:progress";

/** Assignment work, apart from practice progress (the assignment store). */
export const assignmentStorageKey = "feature-stores-chapter:assignments";

/** The instructor's tools' draft (the instructor store). */
export const instructorStorageKey = "feature-stores-chapter:instructor";
