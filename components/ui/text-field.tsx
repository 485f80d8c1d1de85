// A labelled input with its error tied to it (aria-describedby), so the error is read with the field.
import type { InputHTMLAttributes } from "react";
import { Field, fieldIds, Input } from "./input";

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name"> {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  idPrefix?: string;
}

export function TextField({ name, label, hint, error, idPrefix = "field", ...input }: TextFieldProps) {
  const id = `${idPrefix}-${name}`;
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <Input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={fieldIds(id, hint, error)} {...input} />
    </Field>
  );
}
