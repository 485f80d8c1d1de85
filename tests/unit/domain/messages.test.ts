import { describe, expect, it } from "vitest";
import { checkEmail, emailLooksReady, leadSentences, wordCount, type EmailCheckCode } from "../../../lib/domain/messages/email-checker";
import { lastNameOf, merge, unfilledFields } from "../../../lib/domain/messages/merge-fields";
import { applicantEmail, facultyScript, followUpEmail } from "../../../lib/domain/messages/templates";

const applicant = {
  fullName: "Alex Rivera",
  aamcId: "12345678",
  degreeType: "US_MD" as const,
  schoolName: "Lakeside School of Medicine",
  phone: "555-010-2000",
  focus: "hospital medicine",
  recentRotations: ["inpatient medicine", "critical care"],
};
const program = {
  name: "Riverside Community Hospital",
  specialty: "Internal Medicine",
  positionType: "P" as const,
  directorName: "Jane Q. Smith, MD",
  feature: "a community hospital in the Midwest",
};
const ctx = { fullName: "Alex Rivera", aamcId: "12345678", specialty: "Internal Medicine", programName: program.name, wordLimit: 150 };
const failing = (subject: string, body: string) =>
  checkEmail({ subject, body }, ctx)
    .filter((f) => !f.ok)
    .map((f) => f.code);

describe("templates", () => {
  it("fills the applicant email from profile and program, in the playbook's subject form", () => {
    const email = applicantEmail(applicant, program);
    expect(email.subject).toBe("Applicant for Internal Medicine SOAP position – Alex Rivera, 12345678");
    expect(email.body).toContain("Dr. Smith,");
    expect(email.body).toContain("I've applied to your Internal Medicine preliminary PGY-1 position through SOAP.");
    expect(email.body).toContain("I'm a US MD senior from Lakeside School of Medicine");
    expect(email.body).toContain("inpatient medicine and critical care");
    expect(unfilledFields(email.body)).toEqual([]);
    expect(checkEmail(email, ctx).filter((f) => !f.ok)).toEqual([]);
  });

  it("leaves unknown fields visible instead of inventing them", () => {
    const email = applicantEmail({ ...applicant, focus: undefined }, { ...program, directorName: undefined });
    expect(unfilledFields(email.body)).toEqual(["Last Name", "Focus"]);
    expect(failing(email.subject, email.body)).toEqual(["NO_PLACEHOLDERS"]);
  });

  it("writes the follow-up naming the connection briefly, and it passes the checker", () => {
    const email = followUpEmail(applicant, program, { name: "Dr. Patel", role: "IM program director" });
    expect(email.body).toContain("Dr. Patel from Lakeside School of Medicine mentioned your program");
    expect(emailLooksReady(checkEmail(email, ctx))).toBe(true);
  });

  it("builds the faculty script from the narrative, with context only from faculty", () => {
    const narrative = {
      strengths: ["clinically strong", "very reliable", "team-oriented", "a fourth one"],
      weaknessContext: ["They failed Step 1 early, remediated, and scored 243 on Step 2", "", "third"],
      reliability: "I trust them with patients",
    };
    const phone = facultyScript(applicant, program, { name: "Dr. Patel", role: "IM program director" }, narrative, "PHONE");
    expect(phone.body).toContain(
      "This is Dr. Patel, IM program director at Lakeside School of Medicine. I'm calling about one of our seniors in SOAP, Alex Rivera",
    );
    expect(phone.body).toContain("What stands out: clinically strong and very reliable.");
    expect(phone.body).not.toContain("team-oriented");
    expect(phone.body).toContain("I trust them with patients. They failed Step 1 early");
    expect(phone.body).not.toContain("third");
    expect(phone.subject).toBe("");
    const email = facultyScript(applicant, program, { name: "Dr. Patel", role: "IM PD" }, { ...narrative, weaknessContext: [] }, "EMAIL");
    expect(email.body).toContain("I'm writing about");
    expect(email.body).toContain("I trust them with patients. We were surprised");
    expect(email.subject).toContain("12345678");
  });

  it("reads strengths written as sentences mid-sentence, keeping names and scores as written", () => {
    const narrative = { strengths: ["Top tenth of the class.", "Step 2 CK 251"], weaknessContext: [], reliability: "Never missed a shift" };
    const phone = facultyScript(applicant, program, { name: "Dr. Patel", role: "IM PD" }, narrative, "PHONE");
    expect(phone.body).toContain("What stands out: top tenth of the class and Step 2 CK 251. Never missed a shift.");
  });

  it("merges bracket fields and finds surnames", () => {
    expect(merge("Hi [Full Name], [Unknown] [School]", { "Full Name": "A B" })).toBe("Hi A B, [Unknown] [School]");
    expect(lastNameOf("Dr. Maria de la Cruz")).toBe("Cruz");
    expect(lastNameOf("John Smith, MD, PhD")).toBe("Smith");
  });
});

describe("checkEmail", () => {
  const good = applicantEmail(applicant, program);

  const cases: { code: EmailCheckCode; subject?: string; body: string }[] = [
    { code: "SUBJECT_FORM", subject: "SOAP application", body: good.body },
    { code: "LENGTH", body: `${good.body}\n${"I am a hard worker. ".repeat(20)}` },
    { code: "APPLICATION_SUBMITTED", body: good.body.replace("I've applied to your", "I'm writing about your") },
    { code: "AVAILABILITY", body: good.body.replace("am available immediately for an interview", "hope to hear from you") },
    {
      code: "NO_RED_FLAG_LEAD",
      body: "Dr. Smith,\n\nI know I failed Step 1, but I've applied to your position through SOAP. I'm a US MD senior from Lakeside.\nI'm interested in training in the Midwest and available immediately.",
    },
    { code: "NO_BEGGING", body: `${good.body}\nI am desperate and will take any position.` },
    { code: "NO_BEGGING", body: good.body.replace("Thank you for your time,", "Thank you so much!! Please!") },
  ];

  it.each(cases)("flags $code", ({ code, subject, body }) => {
    expect(failing(subject ?? good.subject, body)).toContain(code);
  });

  it("flags a missing background line and a missing reason for the program", () => {
    const body = "Dr. Smith,\n\nI've applied through SOAP. I am available immediately for an interview.\n\nThanks,\nAlex Rivera";
    expect(failing(good.subject, body)).toEqual(expect.arrayContaining(["BACKGROUND_LINE", "WHY_PROGRAM"]));
  });

  it("checks each part of the subject", () => {
    expect(failing("Applicant for Surgery SOAP position – Alex Rivera, 12345678", good.body)).toContain("SUBJECT_FORM");
    expect(failing("Applicant for Internal Medicine SOAP position – Alex Rivera, 87654321", good.body)).toContain("SUBJECT_FORM");
    expect(failing("Applicant for internal medicine SOAP position - Alex Rivera, AAMC ID 12345678", good.body)).not.toContain("SUBJECT_FORM");
  });

  it("mentions of a red flag later in the email are not the lead", () => {
    const body = `${good.body}\nP.S. My advisor can explain my leave of absence.`;
    expect(failing(good.subject, body)).not.toContain("NO_RED_FLAG_LEAD");
  });

  it("explains every finding", () => {
    for (const f of checkEmail(good, ctx)) expect(f.message.length).toBeGreaterThan(10);
  });

  it("counts words and finds the lead sentences past the greeting", () => {
    expect(wordCount("One two  three\nfour - five")).toBe(5);
    expect(leadSentences("Dr. Smith,\n\nFirst one. Dr. Lee said hi. Third.")).toEqual(["First one.", "Dr Lee said hi."]);
  });
});
