import { useMemo } from "react";
import { validateAssignment } from "../../course/index";
import { courseAssignments } from "../shared/assignments/course-assignments";
import { AssignmentDetails } from "./builder-details";
import { draftToData } from "./builder-draft";
import { ShareSection } from "./builder-share";
import { BuilderStart, CourseAssignmentList } from "./builder-start";
import { ExercisePicker } from "./exercise-picker";
import { useBuilderDraft } from "./use-builder-draft";
import { VariantPreview } from "./variant-preview";

/**
 * The assignment builder: title, instructions (Markdown + math, previewed), dates and policies,
 * exercises picked by objective with points; live validation with the same rules as the build;
 * any student's variant with its reference answer; the assignment file (YAML) and the student link.
 */
export function AssignmentBuilder() {
  const editor = useBuilderDraft();
  const { draft, update } = editor;
  const validation = useMemo(
    () => validateAssignment(draftToData(draft), { file: "builder" }),
    [draft],
  );
  const assignment = validation.assignment;

  return (
    <div className="assignment-builder">
      {courseAssignments.length > 0 && <CourseAssignmentList />}
      <BuilderStart editor={editor} />
      <AssignmentDetails editor={editor} />

      <section aria-labelledby="builder-exercises">
        <h2 id="builder-exercises">Exercises</h2>
        <ExercisePicker chosen={draft.exercises} onChange={(exercises) => update({ exercises })} />
      </section>

      <ShareSection assignment={assignment} problems={validation.problems} />

      {assignment && (
        <section aria-labelledby="builder-preview">
          <h2 id="builder-preview">Preview a student’s variant</h2>
          <VariantPreview assignment={assignment} />
        </section>
      )}
    </div>
  );
}
