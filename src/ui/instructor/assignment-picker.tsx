import { useId, useMemo, useState } from "react";
import { parseAssignmentYaml, validateAssignment, type Assignment } from "../../course/index";
import { useInstructorStore } from "../../store/instructor-store";
import { courseAssignments } from "../shared/assignments/course-assignments";
import { draftToData } from "./builder-draft";

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
      <label className="button file-button">
        Open an assignment file…
        <input
          type="file"
          accept=".yaml,.yml,.json,text/yaml,application/json"
          className="visually-hidden"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (!file) return;
            void file.text().then((text) => {
              const parsed = parseAssignmentYaml(text, file.name);
              if (parsed.assignment) {
                setLoaded(parsed.assignment);
                setChoice("file");
                setProblems([]);
              } else {
                setProblems(
                  parsed.problems.map(
                    (problem) => `${problem.file}:${problem.line}: ${problem.message}`,
                  ),
                );
              }
            });
          }}
        />
      </label>
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
