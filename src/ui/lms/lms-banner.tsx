import { useEffect, useState } from "react";
import { useLmsStatus } from "../../store/lms/lms-status";
import "./lms.css";

function clock(ms: number): string {
  return new Date(ms).toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });
}

/** Seconds until `at`, re-rendered each second while a retry is waiting. */
function useSecondsUntil(at: number | undefined): number | undefined {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (at === undefined) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [at]);
  return at === undefined ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/**
 * The learner and save status when the chapter runs inside an LMS (a SCORM package): who is
 * working, whether the last save reached the course, and, plainly, anything kept in this browser
 * only. Renders nothing on the open web.
 */
export function LmsBanner() {
  const status = useLmsStatus();
  const save = status.save;
  const seconds = useSecondsUntil(save.kind === "retrying" ? save.retryAt : undefined);
  if (status.connection === "none") return null;
  if (status.connection === "refused") {
    return (
      <section className="lms-banner lms-banner-problem" aria-label="Your course">
        <p role="status">
          This chapter could not connect to your course ({status.refusal}). You can work as usual:
          your progress is kept in this browser, but your course does not receive it this time.
          Close and reopen the activity to try again.
        </p>
      </section>
    );
  }
  return (
    <section
      className={`lms-banner${save.kind === "retrying" ? " lms-banner-problem" : ""}`}
      aria-label="Your course"
    >
      <p>
        {status.learnerName ? (
          <>
            Signed in through your course as{" "}
            <strong className="lms-learner">{status.learnerName}</strong>
            {status.learnerId ? ` (${status.learnerId})` : ""}.
          </>
        ) : (
          <>Opened from your course.</>
        )}{" "}
        Your progress and scores are saved in your course.
      </p>
      <p role="status" className="lms-save">
        {save.kind === "saved" && `Saved in your course at ${clock(save.at)}.`}
        {save.kind === "ended" && "Session ended: your course has your latest progress."}
        {save.kind === "retrying" && (
          <>
            Your course did not accept the last save ({save.error}). Nothing is lost: your work is
            kept in this browser, and it is sent again {seconds ? `in ${seconds} s` : "now"} (try{" "}
            {save.attempt + 1}).{" "}
          </>
        )}
      </p>
      {save.kind === "retrying" && status.retryNow && (
        <button type="button" onClick={status.retryNow}>
          Send again now
        </button>
      )}
      {status.leftOut.length > 0 && (
        <p className="lms-left-out">
          Your course can hold only part of your progress, so these are kept in this browser only:{" "}
          {status.leftOut.join("; ")}.
        </p>
      )}
      {status.notAccepted.length > 0 && (
        <p className="lms-left-out">
          Your course did not accept part of the record of your attempts (your score and progress
          were saved): {status.notAccepted.join("; ")}.
        </p>
      )}
      {status.restoreProblems.length > 0 && (
        <p className="lms-left-out">
          Not everything saved in your course could be restored: {status.restoreProblems.join("; ")}
          .
        </p>
      )}
    </section>
  );
}
