/** A CSV file the instructor opened: its name and its text. */
export interface OpenedCsv {
  name: string;
  text: string;
}

/**
 * A button that opens a CSV file (a roster) and hands over its name and text. The input is reset
 * after each choice, so the same file can be opened again after it was removed.
 */
export function CsvFileButton({
  label,
  onOpen,
}: {
  label: string;
  onOpen: (file: OpenedCsv) => void;
}) {
  return (
    <label className="button file-button">
      {label}
      <input
        type="file"
        accept=".csv,text/csv"
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
