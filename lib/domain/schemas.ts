// Zod schemas shared by forms, server actions, API bodies and the rules' callers. Messages are
// written for the person who typed the value, since they are shown as-is next to the field.
import { z } from "zod";
import { RULE_CATALOG, RULE_CODES } from "./rules/catalog";
import { POLICY_FIELDS, type PolicyField } from "./policy-fields";
import { COMMUNICATION_MODES, CONTACT_CHANNELS, CONTACT_DIRECTIONS, CONTACT_OUTCOMES, DEGREE_TYPES, RED_FLAG_KINDS, TARGET_PRIORITIES } from "./types";
import { DATE_RANGE_MESSAGE, REORDER_MAX, PROFILE_FIELD_MAX, NARRATIVE_LINE_MAX, RED_FLAG_CONTEXT_MAX, SEASON_NAME_MAX } from "./limits";

/** 4-digit institution, 3-digit specialty, position letter (C, M, P, A, R), 1–3 track digits. */
export const NRMP_PROGRAM_CODE = /^\d{4}\d{3}[CMPAR]\d{1,3}$/;

export const nrmpCodeSchema = z.string().trim().toUpperCase().regex(NRMP_PROGRAM_CODE, {
  error: "NRMP program code must be 4 institution digits, 3 specialty digits, a position letter (C, M, P, A or R) and 1–3 track digits, e.g. 1000140C0.",
});

export const aamcIdSchema = z
  .string()
  .trim()
  .regex(/^\d{8}$/, { error: "AAMC ID must be exactly 8 digits." });

export const idSchema = z.string().trim().min(1, { error: "Missing id." }).max(64, { error: "Id is too long." });

/**
 * Every date a person types lies in this window (UTC). Outside it a date is a typo or an attack,
 * and far-off years (e.g. +275760) break date arithmetic and rendering for good once stored.
 */
export const DATE_MIN = new Date("2020-01-01T00:00:00.000Z");
export const DATE_MAX = new Date("2100-12-31T23:59:59.999Z");

/** A coerced date that must be valid (`invalidMessage` otherwise) and within DATE_MIN–DATE_MAX. */
export const boundedDateSchema = (invalidMessage: string) =>
  z.coerce.date({ error: invalidMessage }).min(DATE_MIN, { error: DATE_RANGE_MESSAGE }).max(DATE_MAX, { error: DATE_RANGE_MESSAGE });

const dateSchema = boundedDateSchema("Enter a valid date and time.");

const programIdInput = z.object({ programId: idSchema });
export const addTargetInput = programIdInput;
export const removeTargetInput = programIdInput;
export const markAppliedInput = programIdInput;

export const setTargetPriorityInput = z.object({
  programId: idSchema,
  priority: z.enum(TARGET_PRIORITIES, { error: "Priority must be FACULTY or SELF." }),
});

export const reorderTargetsInput = z.object({
  programIds: z
    .array(idSchema)
    .min(1, { error: "The list is empty." })
    .max(REORDER_MAX, { error: `A target list holds at most ${REORDER_MAX} programs.` })
    .refine((ids) => new Set(ids).size === ids.length, { error: "A program appears twice in the new order." }),
});

export const logContactInput = z.object({
  programId: idSchema,
  direction: z.enum(CONTACT_DIRECTIONS, { error: "Say whether you contacted the program or it contacted you." }),
  channel: z.enum(CONTACT_CHANNELS, { error: "Channel must be email, phone, voicemail or video." }),
  outcome: z.enum(CONTACT_OUTCOMES, { error: "Pick what came of the contact." }),
  occurredAt: dateSchema,
  summary: z.string().trim().max(2000, { error: "Keep the summary under 2,000 characters." }).default(""),
  narrativeVersionId: idSchema.optional(),
});

export const claimInput = z.object({ applicantId: idSchema, programId: idSchema });
export const releaseInput = claimInput;

export const assignAdvocateInput = z.object({ applicantId: idSchema, advocateId: idSchema });
export const unassignAdvocateInput = assignAdvocateInput;

export const recordOfferInput = z.object({
  programId: idSchema,
  round: z.coerce
    .number({ error: "Round must be a number." })
    .int({ error: "Round must be a whole number." })
    .min(1, { error: "SOAP offer rounds are numbered 1 to 4." })
    .max(4, { error: "SOAP offer rounds are numbered 1 to 4." }),
  offeredAt: dateSchema,
});

export const respondOfferInput = z.object({
  offerId: idSchema,
  response: z.enum(["ACCEPT", "REJECT"], { error: "Answer ACCEPT or REJECT." }),
});

export const overrideInput = z.object({
  applicantId: idSchema,
  programId: idSchema.nullable().default(null),
  ruleCode: z
    .enum(RULE_CODES, { error: "Unknown rule." })
    .refine((code) => RULE_CATALOG[code].overridable, { error: "This rule cannot be overridden (an NRMP rule or a fact)." }),
  reason: z
    .string()
    .trim()
    .min(10, { error: "Write the reason for the override (at least 10 characters); it goes into the audit log." })
    .max(1000, { error: "Keep the reason under 1,000 characters." }),
});

export const checklistInput = z
  .object({
    phoneLoud: z.boolean(),
    voicemailReady: z.boolean(),
    erasUpdated: z.boolean(),
    contactCurrent: z.boolean(),
  })
  .partial();

export const profileInput = z.object({
  aamcId: aamcIdSchema,
  degreeType: z.enum(DEGREE_TYPES, { error: "Degree must be US MD, US DO or IMG." }),
  step2Score: z
    .number({ error: "Step 2 CK must be a number." })
    .int({ error: "Step 2 CK is a whole number." })
    .min(1, { error: "Step 2 CK scores run from 1 to 300." })
    .max(300, { error: "Step 2 CK scores run from 1 to 300." })
    .nullable(),
  specialty: z
    .string()
    .trim()
    .min(2, { error: "Enter your specialty." })
    .max(PROFILE_FIELD_MAX, { error: `Keep the specialty under ${PROFILE_FIELD_MAX} characters.` }),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ().-]{7,20}$/, { error: "Enter a phone number programs can call." }),
});

const line = (what: string) =>
  z
    .string()
    .trim()
    .min(3, { error: `${what} is too short.` })
    .max(NARRATIVE_LINE_MAX, { error: `${what}: keep it to one line (under ${NARRATIVE_LINE_MAX} characters).` });

export const narrativeInput = z.object({
  strengths: z.array(line("A strength")).min(2, { error: "Give 2–3 strengths." }).max(3, { error: "Give 2–3 strengths: more dilutes the story." }),
  weaknessContext: z.array(line("Context")).max(2, { error: "Context for at most two weaknesses." }),
  reliability: line("The reliability line"),
});

export const redFlagInput = z.object({
  kind: z.enum(RED_FLAG_KINDS, { error: "Pick the kind of red flag." }),
  context: z
    .string()
    .trim()
    .min(3, { error: "Add the context an advocate would give." })
    .max(RED_FLAG_CONTEXT_MAX, { error: "Keep the red flag's context under 1,000 characters." }),
});

const count = (what: string, min: number, max: number) =>
  z
    .number({ error: `${what} must be a number.` })
    .int({ error: `${what} must be a whole number.` })
    .min(min, { error: `${what} must be at least ${min}.` })
    .max(max, { error: `${what} must be at most ${max}.` });

export const policyInput = z
  .object({
    ...(Object.fromEntries(POLICY_FIELDS.map((f) => [f.key, count(f.label, f.min, f.max)])) as Record<PolicyField["key"], ReturnType<typeof count>>),
    allowFacultyEmailWithoutTie: z.boolean(),
  })
  .refine((p) => p.facultyContactMinimum <= p.facultyContactCap, {
    error: "The faculty contact minimum cannot exceed the cap.",
    path: ["facultyContactMinimum"],
  })
  .refine((p) => p.targetListMin <= p.targetListMax, {
    error: "The target list minimum cannot exceed the maximum.",
    path: ["targetListMin"],
  })
  .refine((p) => p.averageStep2Min <= p.strongStep2Min, {
    error: "The average threshold cannot be above the strong threshold.",
    path: ["averageStep2Min"],
  })
  .refine((p) => p.offerReminderSecondMinutes < p.offerReminderFirstMinutes, {
    error: "The second offer reminder must come after the first: give it fewer minutes before the deadline.",
    path: ["offerReminderSecondMinutes"],
  });

export const seasonInput = z
  .object({
    name: z
      .string()
      .trim()
      .min(2, { error: "Name the season, e.g. Match Week 2026." })
      .max(SEASON_NAME_MAX, { error: `Keep the season name under ${SEASON_NAME_MAX} characters.` }),
    resultsAt: dateSchema,
    erasOpensAt: dateSchema,
    windowStartsAt: dateSchema,
    windowEndsAt: dateSchema,
    offerRounds: z
      .array(
        z.object({ offersAt: dateSchema, respondBy: dateSchema }).refine((r) => r.offersAt.getTime() < r.respondBy.getTime(), {
          error: "A round's response deadline must come after its offers.",
          path: ["respondBy"],
        }),
      )
      .max(4, { error: "SOAP has at most 4 offer rounds." }),
    communicationMode: z.enum(COMMUNICATION_MODES, { error: "Mode must be PROGRAM_INITIATED or OPEN." }),
  })
  .refine((s) => s.windowStartsAt.getTime() < s.windowEndsAt.getTime(), {
    error: "The window must end after it starts.",
    path: ["windowEndsAt"],
  });

export type LogContactRequest = z.infer<typeof logContactInput>;
export type OverrideRequest = z.infer<typeof overrideInput>;
export type PolicyRequest = z.infer<typeof policyInput>;
export type SeasonRequest = z.infer<typeof seasonInput>;
export type NarrativeRequest = z.infer<typeof narrativeInput>;
export type ProfileRequest = z.infer<typeof profileInput>;

// The limits the forms show, where the code that parses with them has always found them.
export * from "./limits";
