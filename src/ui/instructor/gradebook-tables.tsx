import { formatPoints } from "../../course/index";
import { exerciseById } from "../../exercises/catalog/index";
import type { GradebookResponse } from "../../kernel/gradebook-contract";
import { useChapter } from "../shared/chapter/chapter-context";
import { MasteryMeter } from "../shared/page-parts/mastery-meter";
import { Table, type Column } from "../shared/table/table";

type Gradebook = GradebookResponse["gradebook"];
type Row = Gradebook["rows"][number];

const percent = (share: number) => `${(share * 100).toFixed(0)}%`;

/**
 * The gradebook's tables: students × exercises, problems (one line per file and reason) and
 * students with no submission, item analysis per exercise and mastery per learning objective.
 */
export function GradebookTables({ response }: { response: GradebookResponse }) {
  const { gradebook, rosterProblems } = response;
  return (
    <>
      <Grades gradebook={gradebook} />
      <Problems gradebook={gradebook} rosterProblems={rosterProblems} />
      <ItemAnalysis gradebook={gradebook} />
      <Mastery gradebook={gradebook} />
    </>
  );
}

/** Points per student and exercise, with the class mean. */
function Grades({ gradebook }: { gradebook: Gradebook }) {
  const exerciseIds = gradebook.items.map((item) => item.exerciseId);
  const graded = gradebook.rows.filter((row) => row.result);
  const mean =
    graded.length > 0
      ? graded.reduce((sum, row) => sum + (row.result?.points ?? 0), 0) / graded.length
      : undefined;
  return (
    <section aria-labelledby="gradebook-grades">
      <h2 id="gradebook-grades">Grades</h2>
      <p>
        {graded.length} student{graded.length === 1 ? "" : "s"} graded
        {mean !== undefined &&
          `; mean ${formatPoints(mean)} of ${formatPoints(gradebook.maxPoints)} points`}
        .
      </p>
      <Table
        caption="Points per student and exercise"
        label="Grades per student and exercise"
        className="gradebook-grades"
        testId="gradebook-grades"
        columns={[
          { header: "Roster id", cell: (row) => row.rosterId, rowHeader: true },
          { header: "Name", cell: (row) => row.student?.name ?? "" },
          ...exerciseIds.map((id, index): Column<Row> => ({
            header: `${index + 1}. ${exerciseById(id)?.title ?? id}`,
            key: id,
            headerClassName: "exercise-column",
            headerTitle: id,
            numeric: true,
            cell: (row) => {
              const exercise = row.result?.exercises.find((entry) => entry.id === id);
              return exercise
                ? `${formatPoints(exercise.points)}${exercise.late ? " (late)" : ""}`
                : "";
            },
          })),
          {
            header: "Total",
            numeric: true,
            cell: (row) =>
              row.result ? (
                <strong>
                  {formatPoints(row.result.points)} / {formatPoints(row.result.maxPoints)}
                </strong>
              ) : (
                "no submission"
              ),
          },
          { header: "File", className: "file-name", cell: (row) => row.file ?? "" },
        ]}
        rows={gradebook.rows}
        rowKey={(row) => row.rosterId}
        rowAttributes={(row) => ({ "data-roster-id": row.rosterId })}
      />
    </section>
  );
}

/** Files that could not be graded and why, roster problems, and students with no submission. */
function Problems({
  gradebook,
  rosterProblems,
}: {
  gradebook: Gradebook;
  rosterProblems: GradebookResponse["rosterProblems"];
}) {
  return (
    <section aria-labelledby="gradebook-problems">
      <h2 id="gradebook-problems">Problems</h2>
      {gradebook.problems.length + gradebook.missing.length + rosterProblems.length === 0 ? (
        <p>No problems: every file was read and graded.</p>
      ) : (
        <ul className="problem-list" data-testid="gradebook-problems">
          {rosterProblems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
          {gradebook.problems.map((problem, index) => (
            <li key={`${problem.file}-${index}`} data-kind={problem.kind}>
              <strong>{problem.file}</strong> ({problem.kind}): {problem.message}
            </li>
          ))}
          {gradebook.missing.map((id) => (
            <li key={`missing-${id}`} data-kind="missing">
              <strong>{id}</strong> (roster): no submission; no grade, not zero
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Per exercise: mean score, first-attempt success, attempts, hints and frequent wrong answers. */
function ItemAnalysis({ gradebook }: { gradebook: Gradebook }) {
  return (
    <section aria-labelledby="gradebook-items">
      <h2 id="gradebook-items">Item analysis</h2>
      <Table
        caption="Per exercise, across the students graded"
        label="Item analysis per exercise"
        columns={[
          { header: "Exercise", cell: (item) => item.title, rowHeader: true },
          { header: "Mean score", numeric: true, cell: (item) => percent(item.meanScore) },
          {
            header: "Correct at first attempt",
            numeric: true,
            cell: (item) => percent(item.firstAttemptCorrect),
          },
          { header: "Median attempts", cell: (item) => item.medianAttempts },
          {
            header: "Hints (mean; students)",
            numeric: true,
            cell: (item) => `${item.meanHints.toFixed(2)}; ${item.studentsUsingHints}`,
          },
          {
            header: "Most frequent wrong answers",
            cell: (item) =>
              item.wrongAnswers.length === 0 ? (
                "none"
              ) : (
                <ul className="plain-list">
                  {item.wrongAnswers.slice(0, 4).map((group) => (
                    <li key={group.mistakeId}>
                      {group.count}× ({group.students} student
                      {group.students === 1 ? "" : "s"}):{" "}
                      {group.mistakeId === "other" ? "other wrong answers" : group.message}
                    </li>
                  ))}
                </ul>
              ),
          },
        ]}
        rows={gradebook.items}
        rowKey={(item) => item.exerciseId}
      />
    </section>
  );
}

/** Mastery per learning objective across the class. */
function Mastery({ gradebook }: { gradebook: Gradebook }) {
  const { chapter } = useChapter();
  const objectiveText = (id: string) =>
    chapter.objectives.find((objective) => objective.id === id)?.text ?? id;
  return (
    <section aria-labelledby="gradebook-mastery">
      <h2 id="gradebook-mastery">Mastery per learning objective</h2>
      <Table
        caption="Points earned over points available on the objective’s exercises"
        label="Mastery per objective, class table"
        columns={[
          {
            header: "Objective",
            cell: (entry) => objectiveText(entry.objectiveId),
            rowHeader: true,
          },
          { header: "Exercises", cell: (entry) => entry.exerciseIds.length },
          {
            header: "Mastery",
            cell: (entry) => (
              <MasteryMeter label={objectiveText(entry.objectiveId)} share={entry.mastery} />
            ),
          },
          {
            header: "Students at 80% or more",
            numeric: true,
            cell: (entry) => `${entry.studentsMastered} of ${entry.students}`,
          },
        ]}
        rows={gradebook.mastery}
        rowKey={(entry) => entry.objectiveId}
      />
    </section>
  );
}
