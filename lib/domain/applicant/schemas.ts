// Zod inputs of the applicant workspace that schemas.ts does not already have. Shared by the
// forms (client) and the use cases (server); messages are shown next to the field as-is.
import { z } from "zod";
import { boundedDateSchema, idSchema, profileInput, redFlagInput } from "../schemas";
import { INTERVIEW_FORMATS, POSITION_TYPES, PROGRAM_SETTINGS } from "../types";
import { INTERVIEW_LOCATION_MAX, INTERVIEW_NOTES_MAX } from "../limits";

const PHONE = /^\+?[0-9 ().-]{7,20}$/;

/**
 * The profile form: the profile fields plus the red flags, each with its private context. The
 * phone may stay empty (an invitation never asks for it): saving a red flag, or any other part of
 * the profile, never waits for it; a phone that is given must be one programs can call.
 */
export const profileUpdateInput = profileInput.extend({
  phone: z
    .string()
    .trim()
    .refine((v) => v === "" || PHONE.test(v), { error: "Enter a phone number programs can call, or leave it empty for now." }),
  redFlags: z
    .array(redFlagInput)
    .max(3, { error: "At most three red flags (one of each kind)." })
    .refine((flags) => new Set(flags.map((f) => f.kind)).size === flags.length, { error: "List each kind of red flag once, with all its context." })
    .default([]),
});
export type ProfileUpdateRequest = z.infer<typeof profileUpdateInput>;

export const completeTaskInput = z.object({ taskId: idSchema });

export const recordInterviewInput = z.object({
  programId: idSchema,
  startsAt: boundedDateSchema("Enter the interview's date and time."),
  durationMinutes: z.coerce
    .number({ error: "Duration must be a number of minutes." })
    .int({ error: "Duration is a whole number of minutes." })
    .min(5, { error: "An interview lasts at least 5 minutes." })
    .max(480, { error: "An interview lasts at most 8 hours." }),
  format: z.enum(INTERVIEW_FORMATS, { error: "Pick phone, video or in person." }),
  location: z.string().trim().max(INTERVIEW_LOCATION_MAX, { error: "Keep the location or link under 300 characters." }).default(""),
  notes: z.string().trim().max(INTERVIEW_NOTES_MAX, { error: "Keep the notes under 1,000 characters." }).default(""),
});
export type RecordInterviewRequest = z.infer<typeof recordInterviewInput>;

export const CATALOG_TEXT_MAX = 100;

const optionalText = (what: string) =>
  z
    .string()
    .trim()
    .max(CATALOG_TEXT_MAX, { error: `Keep the ${what} under ${CATALOG_TEXT_MAX} characters.` })
    .optional()
    .transform((v) => (v ? v : undefined));

/** The catalog's filters as its GET form sends them (`backups` is the checkbox, `page` the pager's). */
export const CATALOG_FILTER_KEYS = ["q", "specialty", "state", "positionType", "setting", "backups"] as const;
export const CATALOG_MAX_PAGE = 10_000;

const blankAsMissing = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/**
 * The catalog search: every filter optional; empty strings mean "any". `filtersChosen` is false
 * when the URL names no filter at all (the catalog just opened, or only a page of it): the server
 * then starts from the applicant's own specialty and its prelim/TY backups. A form submitted with
 * "Any" sends the keys empty, so it means "any" and not "not chosen yet".
 */
export const catalogQueryInput = z.preprocess(
  (raw) =>
    typeof raw === "object" && raw !== null ? { ...raw, filtersChosen: CATALOG_FILTER_KEYS.some((key) => (raw as Record<string, unknown>)[key] != null) } : raw,
  z.object({
    q: optionalText("search"),
    specialty: optionalText("specialty"),
    state: z
      .string()
      .trim()
      .toUpperCase()
      .optional()
      .transform((v) => (v ? v : undefined))
      .refine((v) => v === undefined || /^[A-Z]{2}$/.test(v), { error: "State is a 2-letter code." }),
    positionType: z
      .enum(POSITION_TYPES)
      .optional()
      .or(z.literal("").transform(() => undefined)),
    setting: z
      .enum(PROGRAM_SETTINGS)
      .optional()
      .or(z.literal("").transform(() => undefined)),
    /** With a specialty: also its backups, the Transitional Year and preliminary (P) programs. */
    backups: z
      .union([z.boolean(), z.string()])
      .optional()
      .transform((v) => v === true || v === "1" || v === "on" || v === "true"),
    page: z.preprocess(
      blankAsMissing,
      z.coerce
        .number({ error: "Enter a page number." })
        .int({ error: "Enter a whole page number." })
        .min(1, { error: "Pages start at 1." })
        .max(CATALOG_MAX_PAGE, { error: `Pages go up to ${CATALOG_MAX_PAGE.toLocaleString("en-US")}.` })
        .default(1),
    ),
    filtersChosen: z.boolean(),
  }),
);
export type CatalogQuery = z.infer<typeof catalogQueryInput>;

export { INTERVIEW_LOCATION_MAX, INTERVIEW_NOTES_MAX };
