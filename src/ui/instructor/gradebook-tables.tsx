import { formatPoints } from "../../course/index";
import { exerciseById } from "../../exercises/catalog/index";
import type { GradebookResponse } from "../../kernel/gradebook-contract";
import { useChapter } from "../shared/chapter/chapter-context";

const percent = (share: number) => `${(share * 100).toFixed(0)}%`;

/** A scrollable, focusable wrapper for a wide table (phones scroll it sideways). */
function Scroll({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

/**
 * The gradebook's tables: students × exercises, problems (one line per file and reason) and
 * students with no submission, item analysis per exercise and mastery per learning objective.
 */
export function GradebookTables({ response }: { response: GradebookResponse }) {
  const { chapter } = useChapter();
  const { gradebook, rosterProblems } = response;
  const exerciseIds = gradebook.items.map((item) => item.exerciseId);
  const objectiveText = (id: string) =>
    chapter.objectives.find((objective) => objective.id === id)?.text ?? id;
  const graded = gradebook.rows.filter((row) => row.result);
  const mean =
    graded.length > 0
      ? graded.reduce((sum, row) => sum + (row.result?.points ?? 0), 0) / graded.length
      : undefined;

  return (
    <>
      <section aria-labelledby="gradebook-grades">
        <h2 id="gradebook-grades">Grades</h2>
        <p>
          {graded.length} student{graded.length === 1 ? "" : "s"} graded
          {mean !== undefined &&
            `; mean ${formatPoints(mean)} of ${formatPoints(gradebook.maxPoints)} points`}
          .
        </p>
        <Scroll label="Grades per student and exercise">
          <table className="data-table gradebook-grades" data-testid="gradebook-grades">
            <caption>Points per student and exercise</caption>
            <thead>
              <tr>
                <th scope="col">Roster id</th>
                <th scope="col">Name</th>
                {exerciseIds.map((id, index) => (
                  <th key={id} scope="col" className="exercise-column" title={id}>
                    {index + 1}. {exerciseById(id)?.title ?? id}
                  </th>
                ))}
                <th scope="col">Total</th>
                <th scope="col">File</th>
              </tr>
            </thead>
            <tbody>
              {gradebook.rows.map((row) => (
                <tr key={row.rosterId} data-roster-id={row.rosterId}>
                  <th scope="row">{row.rosterId}</th>
                  <td>{row.student?.name ?? ""}</td>
                  {exerciseIds.map((id) => {
                    const exercise = row.result?.exercises.find((entry) => entry.id === id);
                    return (
                      <td key={id} className="numeric">
                        {exercise
                          ? `${formatPoints(exercise.points)}${exercise.late ? " (late)" : ""}`
                          : ""}
                      </td>
                    );
                  })}
                  <td className="numeric">
                    {row.result ? (
                      <strong>
                        {formatPoints(row.result.points)} / {formatPoints(row.result.maxPoints)}
                      </strong>
                    ) : (
                      "no submission"
                    )}
                  </td>
                  <td className="file-name">{row.file ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      </section>

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

      <section aria-labelledby="gradebook-items">
        <h2 id="gradebook-items">Item analysis</h2>
        <Scroll label="Item analysis per exercise">
          <table className="data-table">
            <caption>Per exercise, across the students graded</caption>
            <thead>
              <tr>
                <th scope="col">Exercise</th>
                <th scope="col">Mean score</th>
                <th scope="col">Correct at first attempt</th>
                <th scope="col">Median attempts</th>
                <th scope="col">Hints (mean; students)</th>
                <th scope="col">Most frequent wrong answers</th>
              </tr>
            </thead>
            <tbody>
              {gradebook.items.map((item) => (
                <tr key={item.exerciseId}>
                  <th scope="row">{item.title}</th>
                  <td className="numeric">{percent(item.meanScore)}</td>
                  <td className="numeric">{percent(item.firstAttemptCorrect)}</td>
                  <td className="numeric">{item.medianAttempts}</td>
                  <td className="numeric">
                    {item.meanHints.toFixed(2)}; {item.studentsUsingHints}
                  </td>
                  <td>
                    {item.wrongAnswers.length === 0 ? (
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
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      </section>

      <section aria-labelledby="gradebook-mastery">
        <h2 id="gradebook-mastery">Mastery per learning objective</h2>
        <Scroll label="Mastery per objective, class table">
          <table className="data-table">
            <caption>Points earned over points available on the objective’s exercises</caption>
            <thead>
              <tr>
                <th scope="col">Objective</th>
                <th scope="col">Exercises</th>
                <th scope="col">Mastery</th>
                <th scope="col">Students at 80% or more</th>
              </tr>
            </thead>
            <tbody>
              {gradebook.mastery.map((entry) => (
                <tr key={entry.objectiveId}>
                  <th scope="row">{objectiveText(entry.objectiveId)}</th>
                  <td className="numeric">{entry.exerciseIds.length}</td>
                  <td>
                    <meter
                      min={0}
                      max={1}
                      value={entry.mastery}
                      aria-label={`${objectiveText(entry.objectiveId)}: ${percent(entry.mastery)}`}
                    />{" "}
                    {percent(entry.mastery)}
                  </td>
                  <td className="numeric">
                    {entry.studentsMastered} of {entry.students}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      </section>
    </>
  );
}
