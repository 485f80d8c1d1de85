// The first-run page's form: the one-time setup code from the server's log, the school (name, time
// zone, optional slug) and its first dean's office person, who is signed in at once. The same
// checks as `npm run school:create` (school-create.ts), in words for a form.
import { z } from "zod";
import { isIanaTimeZone, SCHOOL_SLUG, slugFromName } from "./school-create";

/** Setup codes: 12 characters in three groups, from letters and digits no one confuses. */
export const SETUP_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const SETUP_CODE_LENGTH = 12;

/** The code as typed, whatever the case, spaces or hyphens: the characters that count. */
export function normalizeSetupCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, "");
}

export function formatSetupCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}

/** The zones US schools use, offered first; the first is the default (SOAP runs on Eastern time). */
export const US_TIME_ZONES = [
  { zone: "America/New_York", label: "Eastern (New York)" },
  { zone: "America/Chicago", label: "Central (Chicago)" },
  { zone: "America/Denver", label: "Mountain (Denver)" },
  { zone: "America/Phoenix", label: "Mountain, no daylight saving (Phoenix)" },
  { zone: "America/Los_Angeles", label: "Pacific (Los Angeles)" },
  { zone: "America/Anchorage", label: "Alaska (Anchorage)" },
  { zone: "Pacific/Honolulu", label: "Hawaii (Honolulu)" },
  { zone: "America/Puerto_Rico", label: "Atlantic (Puerto Rico)" },
] as const;

const text = (missing: string, max: number, tooLong: string) => z.string({ error: missing }).trim().min(1, { error: missing }).max(max, { error: tooLong });

export const schoolSetupInput = z
  .object({
    code: z
      .string({ error: "Enter the setup code from the server's log." })
      .max(40, { error: "That is not a setup code: it has 12 letters and digits, like ABCD-EFGH-JKLM." })
      .transform(normalizeSetupCode)
      .refine((code) => code.length === SETUP_CODE_LENGTH && [...code].every((c) => SETUP_CODE_ALPHABET.includes(c)), {
        error: "That is not a setup code: it has 12 letters and digits, like ABCD-EFGH-JKLM.",
      }),
    name: text("Enter the school's name.", 120, "Keep the school's name under 120 characters."),
    timeZone: z.string({ error: "Choose the school's time zone." }).trim().refine(isIanaTimeZone, { error: "Choose the school's time zone from the list." }),
    slug: z
      .string()
      .trim()
      .max(60, { error: "Keep the short name under 60 characters." })
      .refine((slug) => slug === "" || SCHOOL_SLUG.test(slug), { error: "Use lower-case letters, digits and single hyphens, e.g. northfield." })
      .optional(),
    deanName: text("Enter your full name.", 120, "Keep your name under 120 characters."),
    deanEmail: z
      .string({ error: "Enter your email address." })
      .trim()
      .toLowerCase()
      .max(254, { error: "That email address is too long." })
      .pipe(z.email({ error: "Enter an email address like name@school.edu." })),
  })
  .transform((input, ctx) => {
    const slug = input.slug || slugFromName(input.name);
    if (!SCHOOL_SLUG.test(slug)) {
      ctx.addIssue({ code: "custom", path: ["slug"], message: "The name gives no short name: enter one, e.g. northfield." });
      return z.NEVER;
    }
    return { ...input, slug };
  });

export type SchoolSetupInput = z.output<typeof schoolSetupInput>;
