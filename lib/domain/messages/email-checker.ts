// Checks an applicant's email against the playbook: short, concrete, "without sounding like a robot
// or a beggar", and never leading with a red flag. Heuristic by nature, so every finding explains
// itself and none blocks sending.
import { unfilledFields } from "./merge-fields";

export const EMAIL_CHECK_CODES = [
  "SUBJECT_FORM",
  "LENGTH",
  "APPLICATION_SUBMITTED",
  "BACKGROUND_LINE",
  "WHY_PROGRAM",
  "AVAILABILITY",
  "NO_RED_FLAG_LEAD",
  "NO_BEGGING",
  "NO_PLACEHOLDERS",
] as const;
export type EmailCheckCode = (typeof EMAIL_CHECK_CODES)[number];

export interface EmailFinding {
  code: EmailCheckCode;
  ok: boolean;
  message: string;
}

export interface EmailCheckContext {
  fullName: string;
  aamcId: string;
  /** The position's specialty, as the subject should name it. */
  specialty: string;
  programName?: string;
  /** Words the playbook's "short" allows (policy.emailWordLimit, default 150). */
  wordLimit: number;
}

const SUBJECT = /^Applicant for (.+?) SOAP position\s*[–—-]\s*(.+?),\s*(?:AAMC ID:?\s*)?(\S+)\s*$/i;
const SUBMITTED = /\b(applied|submitted|application is in|application has been sent)\b/i;
const BACKGROUND = /\b(US MD|US DO|MD|DO|IMG|international medical graduate|senior|graduate|medical student|fourth[- ]year)\b/;
const WHY = /\b(interested in|interest in|drawn to|appeals? to me|excited (about|by)|because|your program'?s?|training in|fit (for|with))\b/i;
const AVAILABLE = /\b(available|availability|can interview|free to interview)\b/i;
const RED_FLAG =
  /\b(fail(s|ed|ure|ing)?|leave of absence|LOA|professionalism|remediat\w*|probation\w*|dismiss\w*|disciplin\w*|repeat(ed)? (a |the |my )?(year|step|rotation|clerkship)|red flag)\b/i;
const BEGGING = /(please[,!.\s]+please|desperate\w*|\bbeg(ging)?\b|any position|anything at all|take any (spot|position|program)|last chance|I need this)/i;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

const norm = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

/** The sentences a reader meets first, skipping a salutation line such as "Dr. Smith,". */
export function leadSentences(body: string, count = 2): string[] {
  const lines = body.split(/\r?\n/).filter((l) => l.trim() !== "");
  const first = lines[0]?.trim() ?? "";
  const isGreeting = /,$/.test(first) && wordCount(first) <= 6;
  const text = (isGreeting ? lines.slice(1) : lines)
    .join(" ")
    // Titles end in a period that is not a sentence end.
    .replace(/\b(Dr|Mr|Mrs|Ms|Prof|St)\./g, "$1");
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .slice(0, count);
}

function subjectFinding(subject: string, ctx: EmailCheckContext): EmailFinding {
  const expected = `Applicant for ${ctx.specialty} SOAP position – ${ctx.fullName}, ${ctx.aamcId}`;
  const m = SUBJECT.exec(subject.trim());
  const fail = (why: string): EmailFinding => ({
    code: "SUBJECT_FORM",
    ok: false,
    message: `${why} Programs sort by subject: use "${expected}".`,
  });
  if (!m) return fail("The subject is not in the form the playbook recommends.");
  if (norm(m[1] ?? "") !== norm(ctx.specialty)) return fail(`The subject names "${m[1]}" rather than ${ctx.specialty}.`);
  if (norm(m[2] ?? "") !== norm(ctx.fullName)) return fail("The subject does not give your full name as in ERAS.");
  if ((m[3] ?? "") !== ctx.aamcId) return fail("The subject does not end with your 8-digit AAMC ID.");
  return { code: "SUBJECT_FORM", ok: true, message: "Subject names the specialty, your full name and AAMC ID." };
}

function finding(code: EmailCheckCode, ok: boolean, good: string, bad: string): EmailFinding {
  return { code, ok, message: ok ? good : bad };
}

export function checkEmail(email: { subject: string; body: string }, ctx: EmailCheckContext): EmailFinding[] {
  const { body } = email;
  const words = wordCount(body);
  const lead = leadSentences(body).join(" ");
  const exclamations = (body.match(/!/g) ?? []).length;
  const begging = BEGGING.exec(body);
  const redFlag = RED_FLAG.exec(lead);
  const placeholders = unfilledFields(`${email.subject}\n${body}`);
  const mentionsProgram = ctx.programName !== undefined && norm(body).includes(norm(ctx.programName));
  return [
    subjectFinding(email.subject, ctx),
    finding(
      "LENGTH",
      words <= ctx.wordLimit,
      `${words} words: short enough to read in SOAP chaos.`,
      `${words} words; keep it to about ${ctx.wordLimit}. Programs are sorting through frantic emails and have no time for a long one.`,
    ),
    finding(
      "APPLICATION_SUBMITTED",
      SUBMITTED.test(body),
      "Confirms the application is submitted in ERAS.",
      'Say that you have already applied through SOAP ("I\'ve applied to your ... position through SOAP"), so the PD can look you up in ERAS.',
    ),
    finding(
      "BACKGROUND_LINE",
      BACKGROUND.test(body),
      "Gives one line of background.",
      "Add one sentence on your background: US MD/DO or IMG, senior or graduate, and your school.",
    ),
    finding(
      "WHY_PROGRAM",
      WHY.test(body) || mentionsProgram,
      "Says why this program or location.",
      "Add one line on why you like this program or its location.",
    ),
    finding(
      "AVAILABILITY",
      AVAILABLE.test(body),
      "Offers availability for an interview.",
      "Say you are available immediately for an interview if there's an opportunity.",
    ),
    finding(
      "NO_RED_FLAG_LEAD",
      redFlag === null,
      "Does not lead with a red flag.",
      `The opening mentions "${redFlag?.[0] ?? ""}". Do not lead with a red flag in writing: let your faculty advocate give the context, and emphasize maturity, reliability and recent rotations.`,
    ),
    finding(
      "NO_BEGGING",
      begging === null && exclamations <= 1,
      "Professional tone, no pleading.",
      begging
        ? `"${begging[0]}" sounds like begging; pleading looks unprofessional and desperate. Be brief and confident instead.`
        : "Too many exclamation marks; a calm, confident tone reads as professional.",
    ),
    finding("NO_PLACEHOLDERS", placeholders.length === 0, "Every merge field is filled.", `Fill in: ${placeholders.map((p) => `[${p}]`).join(", ")}.`),
  ];
}

export function emailLooksReady(findings: readonly EmailFinding[]): boolean {
  return findings.every((f) => f.ok);
}
