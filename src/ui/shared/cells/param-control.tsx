import { useId } from "react";
import type { CellParam } from "../../../content/model/notebook-types";
import { formatNumber } from "../../../lab/core/format-number";

type Value = number | string | boolean;

/** A slider's value with as many decimals as its step has (0.05 → "0.50"). */
function stepText(value: number, step: number): string {
  const decimals = Math.max(0, Math.min(6, Math.ceil(-Math.log10(step))));
  return formatNumber(value, { decimals: Number.isFinite(decimals) ? decimals : 0 });
}

/**
 * One declared parameter as an accessible control: a labelled slider (arrow keys step it), a
 * number box, a select or a switch, with the current value and unit shown beside it.
 */
export function ParamControl({
  name,
  param,
  value,
  onChange,
  onEngage,
}: {
  name: string;
  param: CellParam;
  value: Value;
  onChange: (name: string, value: Value) => void;
  /** The reader is about to move this control (pointer over it, or focus). */
  onEngage?: (name: string) => void;
}) {
  const id = useId();
  if (param.kind === "toggle") {
    return (
      <label className="param param-toggle" htmlFor={id} data-param={name}>
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={Boolean(value)}
          onChange={(event) => onChange(name, event.target.checked)}
        />
        <span className="param-label">{param.label}</span>
      </label>
    );
  }
  if (param.kind === "select") {
    return (
      <label className="param" htmlFor={id} data-param={name}>
        <span className="param-label">{param.label}</span>
        <select
          id={id}
          value={String(value)}
          onChange={(event) => onChange(name, event.target.value)}
        >
          {param.options.map((option) => (
            <option key={option} value={option}>
              {option}
              {param.unit ? ` ${param.unit}` : ""}
            </option>
          ))}
        </select>
      </label>
    );
  }
  const numeric = typeof value === "number" ? value : param.default;
  const shown = `${stepText(numeric, param.step)}${param.unit ? ` ${param.unit}` : ""}`;
  return (
    <label className="param" htmlFor={id} data-param={name}>
      <span className="param-label">{param.label}</span>
      <input
        id={id}
        type={param.kind === "range" ? "range" : "number"}
        min={param.min}
        max={param.max}
        step={param.step}
        value={numeric}
        aria-valuetext={shown}
        onPointerEnter={() => onEngage?.(name)}
        onFocus={() => onEngage?.(name)}
        onChange={(event) => {
          const next = Number(event.target.value);
          if (Number.isFinite(next)) onChange(name, Math.min(param.max, Math.max(param.min, next)));
        }}
      />
      {param.kind === "range" && <output className="param-value">{shown}</output>}
      {param.kind === "number" && param.unit && <span className="param-value">{param.unit}</span>}
    </label>
  );
}
