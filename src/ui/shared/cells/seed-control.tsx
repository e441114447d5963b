import { useState } from "react";

/**
 * The seed of a cell's random draws, shown and settable: the same seed gives the same sample, so
 * a conclusion can be checked on other samples and a sample can be named to someone else.
 */
export function SeedControl({
  seed,
  onChange,
  label,
}: {
  seed: number;
  onChange: (seed: number) => void;
  label: string;
}) {
  const [text, setText] = useState(String(seed));
  const [shown, setShown] = useState(seed);
  // "New sample", Reset or a shared link changed the seed: show it.
  if (shown !== seed) {
    setShown(seed);
    setText(String(seed));
  }
  return (
    <label className="cell-seed" title="The seed of this cell's random draws">
      Seed{" "}
      <input
        type="number"
        min={1}
        step={1}
        inputMode="numeric"
        value={text}
        aria-label={label}
        onChange={(event) => {
          setText(event.target.value);
          const value = Number(event.target.value);
          if (Number.isInteger(value) && value >= 1) onChange(value);
        }}
        onBlur={() => setText(String(seed))}
      />
    </label>
  );
}
