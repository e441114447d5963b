import { parseAssignmentYaml, type Assignment } from "../../course/index";

/** A file the instructor opened: its name and its text. */
export interface OpenedFile {
  name: string;
  text: string;
}

/**
 * A button that opens a text file of the given types and hands over its name and text. The input
 * is reset after each choice, so the same file can be opened again after it was removed.
 */
export function FileButton({
  label,
  accept,
  onOpen,
}: {
  label: string;
  accept: string;
  onOpen: (file: OpenedFile) => void;
}) {
  return (
    <label className="button file-button">
      {label}
      <input
        type="file"
        accept={accept}
        className="visually-hidden"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) void file.text().then((text) => onOpen({ name: file.name, text }));
        }}
      />
    </label>
  );
}

/** A roster (or any CSV) file. */
export function CsvFileButton(props: { label: string; onOpen: (file: OpenedFile) => void }) {
  return <FileButton {...props} accept=".csv,text/csv" />;
}

/**
 * "Open an assignment file…": validates the YAML or JSON like the build does, then hands over
 * the assignment, or its problems as `file:line: message` lines.
 */
export function AssignmentFileButton({
  onAssignment,
  onProblems,
}: {
  onAssignment: (assignment: Assignment) => void;
  onProblems: (problems: string[]) => void;
}) {
  return (
    <FileButton
      label="Open an assignment file…"
      accept=".yaml,.yml,.json,text/yaml,application/json"
      onOpen={({ name, text }) => {
        const parsed = parseAssignmentYaml(text, name);
        if (parsed.assignment) onAssignment(parsed.assignment);
        else
          onProblems(
            parsed.problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`),
          );
      }}
    />
  );
}
