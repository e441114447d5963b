import { useMemo, useState } from "react";
import type { CompiledCodeCell } from "../../content/model/notebook-types";
import type { Instance } from "../../exercises/types";
import { CodeCell } from "../shared/cells/code-cell";

const scratchSource = `// \`data\` is this exercise's instance (data.params, data.tables); \`lab\` is the statistics library.
const [table] = data.tables;
show.table(table);`;

/** A code cell, folded until opened, with the student's instance in scope as `data`. */
export function ExerciseScratch({
  assignmentId,
  exerciseId,
  instance,
}: {
  assignmentId: string;
  exerciseId: string;
  instance: Instance;
}) {
  const [open, setOpen] = useState(false);
  const data = useMemo(() => ({ params: instance.params, tables: instance.tables }), [instance]);
  const cell = useMemo<CompiledCodeCell>(
    () => ({
      kind: "code",
      id: `scratch-${assignmentId}-${exerciseId}`,
      title: "Scratch cell",
      source: scratchSource,
      params: {},
      lesson: undefined,
    }),
    [assignmentId, exerciseId],
  );
  return (
    <details className="exercise-scratch" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Scratch cell: compute with the lab</summary>
      {open && <CodeCell cell={cell} notebookId="exercises" placement="scratch" data={data} />}
    </details>
  );
}
