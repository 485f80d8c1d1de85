// The workspace's form controls: one look for every field, and a labelled select.
import type { ReactNode } from "react";

export const INPUT_CLASS = "min-h-10 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

export interface SelectOption {
  value: string;
  label: ReactNode;
}

export function LabelledSelect({
  label,
  name,
  options,
  defaultValue,
  anyLabel,
  required,
  className = "text-sm",
}: {
  label: string;
  name: string;
  options: SelectOption[];
  defaultValue?: string;
  /** Adds a first, empty option ("Any") for filters. */
  anyLabel?: string;
  required?: boolean;
  className?: string;
}) {
  return (
    <label className={className}>
      <span className="mb-1 block font-medium">{label}</span>
      <select name={name} defaultValue={defaultValue} required={required} className={INPUT_CLASS}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
