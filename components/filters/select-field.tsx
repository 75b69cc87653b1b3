"use client";
/** A labelled native select (keyboard and screen-reader friendly on every phone). */
import { useId } from "react";

interface Props {
  label: string;
  value: string;
  /** The label of the empty value ("all"). */
  all: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  disabled?: boolean;
  testId: string;
}

export function SelectField({ label, value, all, options, onChange, disabled, testId }: Props) {
  const id = useId();
  // A value from the URL that is not among the options (stale link) still shows as selected.
  const known = value === "" || options.some((o) => o.value === value);
  return (
    <div className="flex flex-col gap-0.5">
      <label htmlFor={id} className="text-xs text-slate-600">
        {label}
      </label>
      <select
        id={id}
        className="field min-w-24"
        value={value}
        disabled={disabled}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{all}</option>
        {known ? null : <option value={value}>{value}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
