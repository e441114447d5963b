/** Where the answers are kept, and whether checked answers also go to the course. */
export function AutosaveNote({ inLms }: { inLms: boolean }) {
  return inLms ? (
    <p className="assignment-autosave">
      Your answers are saved in this browser as you type, and each checked answer is sent to your
      course with your score. <strong>Submit</strong> below also downloads a file you may keep.
    </p>
  ) : (
    <p className="assignment-autosave">
      Your answers are saved in this browser as you type. Nothing is sent anywhere: when you are
      done, press <strong>Submit</strong> below and hand in the file it downloads.
    </p>
  );
}
