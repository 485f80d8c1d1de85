// The dean's office's audit log page: its query string (every filter optional, empty means "any",
// so a plain GET form and a shared link both parse), the plain-English names of audit actions, and
// the before/after pair of an entry boiled down to the fields that changed.
import { storedValueLabel } from "./stored-value-labels";
import { z } from "zod";
import { idSchema } from "./schemas";
import { formatInZone } from "./format-time";
import { EMPTY_MARK, formatNumber } from "./human-format";

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_MAX_PAGE = 10_000;

/** Empty strings from a GET form mean "any". */
const blankAsMissing = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "YYYY-MM-DDTHH:mm" naming a real calendar minute (no 31 February, no 24:00). */
function isRealLocalTime(value: string): boolean {
  const m = LOCAL_TIME.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60;
}

// Messages read after the filter's label ("From: Enter a date and time like ..."); see
// AUDIT_FILTER_LABELS. The ids' messages are idSchema's own.
const localTime = z.preprocess(blankAsMissing, z.string().trim().refine(isRealLocalTime, { error: "Enter a date and time like 2026-03-19T10:00." }).optional());

export const auditQueryInput = z
  .object({
    who: z.preprocess(blankAsMissing, idSchema.optional()),
    applicantId: z.preprocess(blankAsMissing, idSchema.optional()),
    programId: z.preprocess(blankAsMissing, idSchema.optional()),
    action: z.preprocess(
      blankAsMissing,
      z
        .string()
        .trim()
        .max(64, { error: "Pick an action from the list." })
        .regex(/^[a-z][a-zA-Z_]*(\.[a-zA-Z_]+)+$/, { error: "Pick an action from the list." })
        .optional(),
    ),
    from: localTime,
    to: localTime,
    page: z.preprocess(
      blankAsMissing,
      z.coerce
        .number({ error: "Enter a page number." })
        .int({ error: "Enter a whole page number." })
        .min(1, { error: "Pages start at 1." })
        .max(AUDIT_MAX_PAGE, { error: `Pages go up to ${AUDIT_MAX_PAGE.toLocaleString("en-US")}.` })
        .optional(),
    ),
  })
  // Same format on both sides, so the strings compare as the times do.
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { error: "Choose a time after “From”.", path: ["to"] });
export type AuditQuery = z.infer<typeof auditQueryInput>;

/** The filters' names as the form shows them; a problem reads "<label>: <message>". */
export const AUDIT_FILTER_LABELS: Record<keyof AuditQuery, string> = {
  who: "Who",
  applicantId: "Applicant",
  programId: "Program",
  action: "Action",
  from: "From",
  to: "To",
  page: "Page",
};

/** Each invalid filter's problem as one sentence, for the page (fieldErrors as parseInput builds them). */
export function describeAuditQueryProblems(fieldErrors: Record<string, string[]>): string[] {
  return Object.entries(fieldErrors).flatMap(([key, messages]) => {
    const label = (AUDIT_FILTER_LABELS as Record<string, string | undefined>)[key];
    return messages.map((message) => (label ? `${label}: ${message}` : message));
  });
}

/** What each audit action means, in the words a dean's office uses. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "assignment.create": "Assigned an advocate",
  "assignment.end": "Unassigned an advocate",
  "checklist.update": "Updated the reachability checklist",
  "claim.create": "Claimed a program",
  "claim.release": "Released a claim",
  "connection.create": "Recorded a connection to a program",
  "connection.update": "Changed a connection to a program",
  "connection.delete": "Removed a connection to a program",
  "contact.log": "Logged a contact with a program",
  "interview.record": "Recorded an interview",
  "invitation.create": "Invited someone",
  "demo.reset": "Reset the demo school",
  "invitation.resend": "Re-sent an invitation",
  "invitation.email_sent": "Sent an invitation email",
  "invitation.accept": "Accepted an invitation",
  "narrative.save": "Saved the shared narrative",
  "notification.read": "Read notifications",
  "notification.channels": "Changed how they are told (email, push)",
  "nudge.create": "Nudged the applicant",
  "offer.record": "Recorded an offer",
  "offer.accept": "Accepted an offer",
  "offer.reject": "Rejected an offer",
  "offer.withdrawn": "Offer closed by another acceptance",
  "override.create": "Overrode a rule",
  "override.used": "Used an override",
  "profile.update": "Updated the applicant profile",
  "target.add": "Added a program to the target list",
  "target.remove": "Removed a program from the target list",
  "target.markApplied": "Marked an application sent",
  "target.reorder": "Reordered the target list",
  "target.setPriority": "Changed a program's priority",
  "task.create": "Created a task",
  "task.complete": "Completed a task",
  "task.cancel": "Cancelled a task",
  "programs.import": "Imported the List of Unfilled Programs",
  "settings.policy": "Changed the school's policy",
  "settings.season": "Changed the season's settings",
  "seed.demo": "Loaded the demo data",
  "school.create": "Created the school",
  "school.firstDean": "Created the school's first dean's office account",
  "confidential.view": "Saw red flags or the confidential narrative",
  "record.export": "Downloaded an applicant's whole record",
  "settings.retention": "Changed how long applicants' data is kept",
  "retention.notice": "Told the dean's office of a coming removal of applicants' data",
  "retention.remove": "Removed a season's applicants' personal data",
};

export function auditActionLabel(action: string): string {
  return Object.hasOwn(AUDIT_ACTION_LABELS, action) ? (AUDIT_ACTION_LABELS[action] ?? action) : action;
}

/** Overrides bend a rule: their entries show the written reason prominently. */
export function isOverrideAction(action: string): boolean {
  return action.startsWith("override.");
}

export interface FieldChange {
  field: string;
  /** The value as shown; null when the field was absent or empty. */
  before: string | null;
  after: string | null;
}

/** Bookkeeping every row has; the reader learns nothing from it. */
const IGNORED_FIELDS = new Set(["id", "createdAt", "updatedAt", "schoolId"]);
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const MAX_VALUE_LENGTH = 160;

export interface ChangeDisplay {
  /** Timestamps are shown in this zone (the school's); raw ISO strings otherwise. */
  timeZone?: string;
  /** Ids the reader would rather see as names (people, applicants, programs). */
  names?: ReadonlyMap<string, string>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function truncate(text: string): string {
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

/** A record's id as the database makes it (a cuid): never shown as such. */
const ID_SHAPED = /^c[a-z0-9]{20,32}$/;

function show(value: unknown, display: ChangeDisplay, field = ""): string | null {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value === "string") {
    const named = display.names?.get(value);
    if (named !== undefined) return named;
    if (ID_SHAPED.test(value)) return "a record no longer on file";
    const label = storedValueLabel(field, value);
    if (label !== null) return label;
    // Text shaped like an instant may still name no real one ("2026-13-01T00:00:00Z" typed into a
    // narrative): it is shown as typed.
    const at = ISO_INSTANT.test(value) ? new Date(value) : null;
    if (display.timeZone && at && !Number.isNaN(at.getTime())) return formatInZone(at, display.timeZone);
    return truncate(value);
  }
  if (typeof value === "number" || typeof value === "boolean") return typeof value === "boolean" ? (value ? "yes" : "no") : formatNumber(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    if (value.every((item) => item === null || typeof item !== "object"))
      return truncate(value.map((item) => show(item, display, field) ?? EMPTY_MARK).join(", "));
    return truncate(value.map((item) => show(item, display, field) ?? EMPTY_MARK).join("; "));
  }
  if (isRecord(value)) return truncate(describeRecord(value, display));
  return null;
}

/** A field that only links one record to another: shown by the name it points at, or left out. */
const LINK_FIELD = /^(id|[a-z]\w*Id)$/;

/**
 * A nested record (a red flag, an offer round) as words: "Kind: a leave of absence, Context: …",
 * its bookkeeping and the links nobody can read left out, the links with a known name named.
 */
function describeRecord(record: Record<string, unknown>, display: ChangeDisplay): string {
  const parts: string[] = [];
  for (const [key, item] of Object.entries(record)) {
    if (IGNORED_FIELDS.has(key)) continue;
    if (LINK_FIELD.test(key) && !(typeof item === "string" && display.names?.has(item))) continue;
    const text = show(item, display, key);
    if (text !== null) parts.push(`${fieldLabel(key)}: ${text}`);
  }
  return parts.join(", ");
}

/**
 * The fields an entry changed, in the order they appear (before's fields, then new ones), with
 * each value as a short display string. A before/after that is not an object counts as one field
 * named "value". Fields equal on both sides and bookkeeping fields are left out.
 */
export function changedFields(before: unknown, after: unknown, display: ChangeDisplay = {}): FieldChange[] {
  const asFields = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : value === undefined || value === null ? {} : { value });
  const old = asFields(before);
  const now = asFields(after);
  const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter((field) => !IGNORED_FIELDS.has(field));
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const was = show(old[field], display, field);
    const is = show(now[field], display, field);
    if ((was === null && is === null) || JSON.stringify(old[field]) === JSON.stringify(now[field])) continue;
    changes.push({ field, before: was, after: is });
  }
  return changes;
}

/** "appliedAt" -> "Applied at", for the field names of a change list. */
export function fieldLabel(field: string): string {
  const words = field
    // "programId" is the program, "programIds" the programs: the reader sees names, not ids.
    .replace(/Ids$/, "s")
    .replace(/Id$/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/_/g, " ")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
