// What the dean's office types to invite someone, and what a person types to sign in. Shared by
// the forms (messages are shown next to the field as-is) and the server use cases.
import { z } from "zod";
import { aamcIdSchema } from "./schemas";
import { ADVOCATE_KINDS, DEGREE_TYPES } from "./types";
import { advocateLevel, INVITABLE_ADVOCATE_KINDS } from "./rules/eligibility";

const emailAddressSchema = z
  .string({ error: "Enter an email address." })
  .trim()
  .min(1, { error: "Enter an email address." })
  .max(254, { error: "That email address is too long." })
  .toLowerCase()
  .pipe(z.email({ error: "Enter a valid email address, like name@school.edu." }));

export const signInEmailInput = z.object({ email: emailAddressSchema });

const personName = z
  .string({ error: "Enter the person's full name." })
  .trim()
  .min(2, { error: "Enter the person's full name." })
  .max(120, { error: "Keep the name under 120 characters." });

const specialty = z
  .string({ error: "Enter the specialty, e.g. Internal Medicine." })
  .trim()
  .min(2, { error: "Enter the specialty, e.g. Internal Medicine." })
  .max(80, { error: "Keep the specialty under 80 characters." });

/** The kinds the playbook accepts as advocates; family, friends and classmates are never invited. */

const inviteApplicantInput = z.object({
  role: z.literal("APPLICANT"),
  name: personName,
  email: emailAddressSchema,
  aamcId: aamcIdSchema,
  degreeType: z.enum(DEGREE_TYPES, { error: "Choose the degree type: US MD, US DO or IMG." }),
  specialty,
});

const inviteAdvocateInput = z.object({
  role: z.literal("ADVOCATE"),
  name: personName,
  email: emailAddressSchema,
  advocateKind: z.enum(ADVOCATE_KINDS, { error: "Choose the advocate's position." }).refine((kind) => advocateLevel(kind) !== "refused", {
    error: "Family, friends, classmates and people without authority cannot advocate: it looks unprofessional and desperate to programs.",
  }),
  title: z
    .string({ error: "Enter the advocate's title, e.g. Program Director, Internal Medicine." })
    .trim()
    .min(2, { error: "Enter the advocate's title, e.g. Program Director, Internal Medicine." })
    .max(120, { error: "Keep the title under 120 characters." }),
  specialty,
});

export const createInvitationInput = z.discriminatedUnion("role", [inviteApplicantInput, inviteAdvocateInput], {
  error: "Choose whether you are inviting an applicant or a faculty advocate.",
});
export type CreateInvitationInput = z.input<typeof createInvitationInput>;

export const invitationIdInput = z.object({ invitationId: z.string().trim().min(1, { error: "Missing invitation." }).max(64, { error: "Id is too long." }) });

/** 32 random bytes in base64url: 43 characters. Anything else is not one of our links. */
export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: "This invitation link is not complete." });

export { INVITABLE_ADVOCATE_KINDS };
