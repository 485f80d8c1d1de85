// Merge fields in the playbook's own bracket style ("[Specialty]"), so a field that could not be
// filled stays visible to the person sending the message instead of vanishing.
import type { DegreeType, PositionType } from "../types";

const MERGE_FIELDS = [
  "Last Name",
  "Specialty",
  "Position",
  "Full Name",
  "AAMC ID",
  "Degree",
  "Status",
  "School",
  "Focus",
  "Rotations",
  "Program Feature",
  "Cell Number",
  "Program",
  "Advocate Name",
  "Advocate Role",
  "Strengths",
  "Reliability",
  "Context",
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
export type MergeValues = Partial<Record<MergeField, string>>;

export function merge(template: string, values: MergeValues): string {
  return template.replace(/\[([A-Za-z ]+)\]/g, (whole, name: string) => {
    const value = values[name as MergeField];
    return value && value.trim() !== "" ? value.trim() : whole;
  });
}

/** Placeholders still in a text, e.g. ["Last Name"] when the program has no director on file. */
export function unfilledFields(text: string): string[] {
  const known = new Set<string>(MERGE_FIELDS);
  return [...text.matchAll(/\[([A-Za-z ]+)\]/g)].map((m) => m[1] ?? "").filter((f) => known.has(f));
}

export const DEGREE_LABELS: Record<DegreeType, string> = {
  US_MD: "US MD",
  US_DO: "US DO",
  IMG: "IMG",
};

export const POSITION_LABELS: Record<PositionType, string> = {
  C: "categorical PGY-1",
  M: "primary care PGY-1",
  P: "preliminary PGY-1",
  A: "advanced PGY-2",
  R: "physician (prior training)",
};

/** "Jane Q. Smith, MD" -> "Smith": the greeting needs the surname without credentials. */
export function lastNameOf(fullName: string): string {
  const withoutCredentials = fullName.split(",")[0] ?? "";
  const words = withoutCredentials
    .replace(/^(dr\.?|doctor)\s+/i, "")
    .trim()
    .split(/\s+/)
    .filter((w) => w !== "");
  return words[words.length - 1] ?? "";
}

/** "a, b and c": strengths read as one spoken sentence. */
export function joinList(items: readonly string[]): string {
  const clean = items.map((i) => i.trim()).filter((i) => i !== "");
  if (clean.length <= 1) return clean[0] ?? "";
  return `${clean.slice(0, -1).join(", ")} and ${clean[clean.length - 1]}`;
}
