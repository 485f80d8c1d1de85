// The playbook's scripts ("Practical Scripts: What Each Person Should Actually Say") with merge
// fields, filled from the applicant's profile, the shared narrative and the program.
import type { DegreeType, PositionType } from "../types";
import { DEGREE_LABELS, POSITION_LABELS, joinList, lastNameOf, merge, type MergeValues } from "./merge-fields";

export interface MessageApplicant {
  fullName: string;
  aamcId: string;
  degreeType: DegreeType;
  schoolName: string;
  phone: string;
  /** "senior" or "graduate", as the playbook's "[US MD/DO, IMG] senior from [School]". */
  status?: string;
  /** Brief focus: community medicine, hospitalist path, surgical training... */
  focus?: string;
  recentRotations?: readonly string[];
}

export interface MessageNarrative {
  strengths: readonly string[];
  weaknessContext: readonly string[];
  reliability: string;
}

export interface MessageProgram {
  name: string;
  specialty: string;
  positionType: PositionType;
  directorName?: string;
  /** Why this program: region or program feature, in the applicant's words. */
  feature?: string;
}

export interface MessageAdvocate {
  name: string;
  role: string;
}

export interface EmailDraft {
  subject: string;
  body: string;
}

const APPLICANT_SUBJECT = "Applicant for [Specialty] SOAP position – [Full Name], [AAMC ID]";

const APPLICANT_EMAIL_BODY = `Dr. [Last Name],

I've applied to your [Specialty] [Position] position through SOAP. I'm a [Degree] [Status] from [School] with strong interest in [Focus].

I completed recent rotations in [Rotations], and I'm very interested in training in [Program Feature]. I would be grateful for consideration and am available immediately for an interview if there's an opportunity.

Thank you for your time,
[Full Name]
[School]
[Cell Number]`;

const FACULTY_SCRIPT = `Hi Dr. [Last Name],

This is [Advocate Name], [Advocate Role] at [School]. I'm {verb} about one of our [Status]s in SOAP, [Full Name] (AAMC ID [AAMC ID]). They've applied to your [Specialty] position.

What stands out: [Strengths]. [Reliability][Context] We were surprised they ended up in SOAP and think they'd be an asset in a program like yours. If you have any flexibility to review their application, I'd appreciate it. I'm happy to answer any questions about their performance or background.

Thanks for taking the time.
[Advocate Name]`;

const FOLLOW_UP_BODY = `Dr. [Last Name],

I've applied to your [Specialty] [Position] position through SOAP; [Advocate Name] from [School] mentioned your program. I'm a [Degree] [Status] from [School] with strong interest in [Focus], and I'm very interested in training in [Program Feature].

I would be grateful for consideration and am available immediately for an interview if there's an opportunity.

Thank you for your time,
[Full Name]
[School]
[Cell Number]`;

function values(applicant: MessageApplicant, program: MessageProgram): MergeValues {
  return {
    "Last Name": program.directorName ? lastNameOf(program.directorName) : undefined,
    Specialty: program.specialty,
    Position: POSITION_LABELS[program.positionType],
    "Full Name": applicant.fullName,
    "AAMC ID": applicant.aamcId,
    Degree: DEGREE_LABELS[applicant.degreeType],
    Status: applicant.status ?? "senior",
    School: applicant.schoolName,
    Focus: applicant.focus,
    Rotations: applicant.recentRotations ? joinList(applicant.recentRotations) : undefined,
    "Program Feature": program.feature,
    "Cell Number": applicant.phone,
    Program: program.name,
  };
}

function applicantSubject(applicant: Pick<MessageApplicant, "fullName" | "aamcId">, specialty: string): string {
  return merge(APPLICANT_SUBJECT, { Specialty: specialty, "Full Name": applicant.fullName, "AAMC ID": applicant.aamcId });
}

export function applicantEmail(applicant: MessageApplicant, program: MessageProgram): EmailDraft {
  return {
    subject: applicantSubject(applicant, program.specialty),
    body: merge(APPLICANT_EMAIL_BODY, values(applicant, program)),
  };
}

/** The follow-up after a faculty call: names the connection briefly, nothing more. */
export function followUpEmail(applicant: MessageApplicant, program: MessageProgram, advocate: MessageAdvocate): EmailDraft {
  return {
    subject: applicantSubject(applicant, program.specialty),
    body: merge(FOLLOW_UP_BODY, { ...values(applicant, program), "Advocate Name": advocate.name }),
  };
}

export type ScriptChannel = "PHONE" | "EMAIL";

/**
 * The faculty script. Only faculty give context for weaknesses (the applicant never leads with a
 * red flag in writing), and at most two, as the narrative allows.
 */
export function facultyScript(
  applicant: MessageApplicant,
  program: MessageProgram,
  advocate: MessageAdvocate,
  narrative: MessageNarrative,
  channel: ScriptChannel,
): EmailDraft {
  const context = narrative.weaknessContext
    .slice(0, 2)
    .map((c) => c.trim())
    .filter((c) => c !== "");
  // Context is optional, so it is spliced in directly rather than left as a visible placeholder.
  const contextText = context.length > 0 ? ` ${context.map(sentence).join(" ")}` : "";
  const template = FACULTY_SCRIPT.replace("{verb}", channel === "PHONE" ? "calling" : "writing").replace("[Context]", contextText);
  const body = merge(template, {
    ...values(applicant, program),
    "Advocate Name": advocate.name,
    "Advocate Role": advocate.role,
    // The playbook's short shape: one or two strengths, read as part of the sentence.
    Strengths: joinList(narrative.strengths.slice(0, 2).map(inSentence)),
    Reliability: sentence(narrative.reliability),
  });
  const subject = channel === "EMAIL" ? `${applicant.fullName} (AAMC ID ${applicant.aamcId}) – SOAP applicant to your ${program.specialty} position` : "";
  return { subject, body };
}

/** "Top tenth of the class" reads "top tenth of the class" mid-sentence; "Step 2 CK 251" and "USMLE" stay. */
function inSentence(text: string): string {
  const t = text.trim().replace(/[.!?]+$/, "");
  const [first = "", second = ""] = t.split(/\s+/);
  if (/^[A-Z][a-z]/.test(first) && !/^\d/.test(second)) return t.charAt(0).toLowerCase() + t.slice(1);
  return t;
}

function sentence(text: string): string {
  const t = text.trim();
  if (t === "") return "";
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
