// What the dean's office may type to invite someone, and the messages it sees otherwise.
import { describe, expect, it } from "vitest";
import { createInvitationInput, signInEmailInput } from "@/lib/domain/invitation-schemas";
import { invitationExpiresAt, invitationStatus } from "@/lib/domain/invitations";
import { signInErrorMessage, tooManyAttemptsMessage } from "@/lib/domain/sign-in-messages";

const applicant = {
  role: "APPLICANT",
  email: " Jo.Applicant@School.EDU ",
  name: "Jo Applicant",
  aamcId: "12345678",
  degreeType: "US_MD",
  specialty: "Internal Medicine",
};
const advocate = {
  role: "ADVOCATE",
  email: "pd@school.edu",
  name: "Dr. Pat",
  advocateKind: "PROGRAM_DIRECTOR",
  title: "Program Director",
  specialty: "Surgery",
};
const firstMessage = (input: unknown) => createInvitationInput.safeParse(input).error?.issues[0]?.message;

describe("createInvitationInput", () => {
  it("accepts an applicant and normalizes the address", () => {
    expect(createInvitationInput.parse(applicant)).toMatchObject({ email: "jo.applicant@school.edu", aamcId: "12345678" });
  });

  it("accepts an advocate", () => {
    expect(createInvitationInput.parse(advocate)).toMatchObject({ role: "ADVOCATE", advocateKind: "PROGRAM_DIRECTOR" });
  });

  it.each([
    [{ ...applicant, aamcId: "1234567" }, "AAMC ID must be exactly 8 digits."],
    [{ ...applicant, email: "jo@" }, "Enter a valid email address, like name@school.edu."],
    [{ ...applicant, degreeType: "" }, "Choose the degree type: US MD, US DO or IMG."],
    [{ ...applicant, name: " " }, "Enter the person's full name."],
    [{ ...advocate, title: "" }, "Enter the advocate's title, e.g. Program Director, Internal Medicine."],
    [{ ...advocate, advocateKind: "FAMILY" }, expect.stringMatching(/cannot advocate/)],
    [{ ...applicant, role: "DEAN" }, "Choose whether you are inviting an applicant or a faculty advocate."],
  ])("refuses %o with a clear message", (input, message) => {
    expect(firstMessage(input)).toEqual(message);
  });
});

describe("invitations over time", () => {
  const now = new Date("2026-03-10T12:00:00Z");
  it("are valid for seven days, then expire, and stay accepted once accepted", () => {
    const expiresAt = invitationExpiresAt(now);
    expect(expiresAt.toISOString()).toBe("2026-03-17T12:00:00.000Z");
    expect(invitationStatus({ acceptedAt: null, expiresAt }, now)).toBe("pending");
    expect(invitationStatus({ acceptedAt: null, expiresAt }, expiresAt)).toBe("expired");
    expect(invitationStatus({ acceptedAt: now, expiresAt }, new Date("2026-04-01T00:00:00Z"))).toBe("accepted");
  });
});

describe("sign-in messages", () => {
  it("say how long to wait", () => {
    expect(tooManyAttemptsMessage("address", 12)).toBe("Too many sign-in attempts for this address. Try again in 12 minutes.");
    expect(tooManyAttemptsMessage("network", 1)).toBe("Too many sign-in attempts from your network. Try again in 1 minute.");
    expect(signInErrorMessage("RateLimited", 3)).toBe("Too many sign-in attempts from your network. Try again in 3 minutes.");
  });

  it("explain Auth.js's and SOAP Desk's codes, and something general for the rest", () => {
    expect(signInErrorMessage(undefined)).toBeNull();
    expect(signInErrorMessage("NoAccount")).toMatch(/No SOAP Desk account uses that address/);
    expect(signInErrorMessage("Verification")).toMatch(/expired or has already been used/);
    expect(signInErrorMessage("Whatever")).toMatch(/Sign-in did not work/);
  });

  it("validate the sign-in address", () => {
    expect(signInEmailInput.parse({ email: " A@B.EDU " }).email).toBe("a@b.edu");
    expect(signInEmailInput.safeParse({ email: "" }).error?.issues[0]?.message).toBe("Enter an email address.");
  });
});
