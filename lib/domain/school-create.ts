// What `npm run school:create` is given: the school's name, its IANA time zone, its first dean's
// office person ("Name <email>") and, optionally, its slug (derived from the name otherwise). The
// slug names the school in single sign-on's settings (OIDC_SCHOOL, OIDC_PROVIDERS), so it keeps
// the same shape they accept: lower-case letters, digits and single hyphens.
import { z } from "zod";

/** A school's slug: lower-case letters and digits in words joined by hyphens (OIDC_SCHOOL names it). */
export const SCHOOL_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MAX = 60;

/** "Université Saint-Éloi School of Medicine" → "universite-saint-eloi-school-of-medicine". */
export function slugFromName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, SLUG_MAX)
    .replace(/^-+|-+$/g, "");
}

/** A zone the server's Intl knows by its IANA name (America/Chicago), not an offset or an abbreviation. */
export function isIanaTimeZone(zone: string): boolean {
  return zone === "UTC" || Intl.supportedValuesOf("timeZone").includes(zone);
}

const DEAN = /^\s*([^<>]+?)\s*<\s*([^<>\s]+)\s*>\s*$/;

const deanEmail = z.email({ error: "the address in <…> is not a valid email address" });

const dean = z.string({ error: 'Name the first dean\'s office person with --dean "Full Name <email@school.edu>".' }).transform((value, ctx) => {
  const match = DEAN.exec(value);
  const name = match?.[1]?.trim() ?? "";
  const email = match?.[2]?.toLowerCase() ?? "";
  const problem = !match
    ? "write it as Full Name <email@school.edu>"
    : name.length < 2
      ? "the name before <…> is missing"
      : name.length > 120
        ? "keep the name under 120 characters"
        : email.length > 254
          ? "the email address is too long"
          : deanEmail.safeParse(email).success
            ? null
            : "the address in <…> is not a valid email address";
  if (problem) {
    ctx.addIssue({ code: "custom", message: `--dean "${value}": ${problem}.` });
    return z.NEVER;
  }
  return { name, email };
});

export const createSchoolArgs = z
  .object({
    name: z
      .string({ error: 'Name the school with --name "Its Full Name".' })
      .trim()
      .min(2, { error: 'Name the school with --name "Its Full Name".' })
      .max(120, { error: "--name: keep the school's name under 120 characters." }),
    timeZone: z
      .string({ error: "Give the school's time zone with --time-zone, e.g. --time-zone America/Chicago." })
      .trim()
      .refine(isIanaTimeZone, {
        error: (issue) =>
          `--time-zone "${String(issue.input)}" is not an IANA time zone this server knows: use a name like America/New_York or America/Chicago.`,
      }),
    dean,
    slug: z
      .string()
      .trim()
      .max(SLUG_MAX, { error: `--slug: keep it under ${SLUG_MAX} characters.` })
      .regex(SCHOOL_SLUG, { error: "--slug: use lower-case letters, digits and single hyphens, e.g. northfield." })
      .optional(),
  })
  .transform((args, ctx) => {
    const slug = args.slug ?? slugFromName(args.name);
    if (!SCHOOL_SLUG.test(slug)) {
      ctx.addIssue({ code: "custom", message: `--name "${args.name}" gives no slug (no letters or digits): name one with --slug.` });
      return z.NEVER;
    }
    return { ...args, slug };
  });

export type CreateSchoolArgs = z.output<typeof createSchoolArgs>;

/** The refusal to print: one line per problem. */
export function createSchoolArgsProblems(error: z.ZodError): string[] {
  return error.issues.map((issue) => issue.message);
}
