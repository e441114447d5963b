import { useId, useMemo, useState } from "react";
import { validateAssignment, type Assignment } from "../../course/index";
import { useInstructorStore } from "../../store/instructor-store";
import { courseAssignments } from "../shared/assignments/course-assignments";
import { draftToData } from "./builder-draft";
import { AssignmentFileButton } from "./file-button";

/**
 * Chooses the assignment a tool works on: the one in the builder, one of the course's, or an
 * assignment file opened from disk (validated like the build does). Calls back with the choice.
 */
export function useAssignmentChoice(): {
  assignment: Assignment | undefined;
  picker: React.ReactElement;
} {
  const selectId = useId();
  const draft = useInstructorStore((state) => state.draft);
  const built = useMemo(
    () =>
      draft ? validateAssignment(draftToData(draft), { file: "builder" }).assignment : undefined,
    [draft],
  );
  const [loaded, setLoaded] = useState<Assignment | undefined>();
  const [problems, setProblems] = useState<string[]>([]);
  const options = [
    ...(built
      ? [
          {
            key: "builder",
            label: `In the builder: ${built.title} (${built.id})`,
            assignment: built,
          },
        ]
      : []),
    ...courseAssignments.map((assignment) => ({
      key: `course:${assignment.id}`,
      label: `Course: ${assignment.title} (${assignment.id})`,
      assignment,
    })),
    ...(loaded
      ? [{ key: "file", label: `From a file: ${loaded.title} (${loaded.id})`, assignment: loaded }]
      : []),
  ];
  const [choice, setChoice] = useState<string | undefined>();
  const selected = options.find((option) => option.key === choice) ?? options[0];

  const picker = (
    <div className="assignment-picker">
      <label htmlFor={selectId}>Assignment</label>
      {options.length > 0 ? (
        <select
          id={selectId}
          value={selected?.key}
          onChange={(event) => setChoice(event.target.value)}
        >
          {options.map((option) => (
            <option key={option.key} value={option.key}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <span id={selectId} className="muted">
          none yet: build one or open its file
        </span>
      )}
      <AssignmentFileButton
        onAssignment={(assignment) => {
          setLoaded(assignment);
          setChoice("file");
          setProblems([]);
        }}
        onProblems={setProblems}
      />
      {problems.length > 0 && (
        <div className="callout callout-error" role="alert">
          <p>That file is not a usable assignment:</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
  return { assignment: selected?.assignment, picker };
}
