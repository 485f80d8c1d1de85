// What a server action hands back to the form that called it, shown in an announced region.
// "warning": the change was saved but something around it failed (an email not sent).
// `values` on an error gives the form back what the person typed, so nothing is lost.
export type FormState =
  | { status: "idle" }
  | { status: "success"; message: string }
  | { status: "warning"; message: string }
  | { status: "error"; message: string; fieldErrors?: Record<string, string[]>; values?: Record<string, string> };

export const IDLE: FormState = { status: "idle" };

/** The text fields of a submitted form, to hand back with an error. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  return values;
}
