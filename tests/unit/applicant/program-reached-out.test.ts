// What the "which program reached you?" dialog may send: a call or an email, a contact or an
// interview offer, and a few words to search the catalog.
import { describe, expect, it } from "vitest";
import { programReachedOutInput, programSearchInput } from "@/lib/domain/applicant/program-reached-out";

describe("programReachedOutInput", () => {
  it("takes a call or an email, a contact or an interview offer; a call by default", () => {
    expect(programReachedOutInput.parse({ programId: "p1", outcome: "SPOKE" })).toEqual({ programId: "p1", channel: "PHONE", outcome: "SPOKE", summary: "" });
    expect(programReachedOutInput.parse({ programId: "p1", channel: "EMAIL", outcome: "INTERVIEW_OFFERED" })).toMatchObject({
      channel: "EMAIL",
      outcome: "INTERVIEW_OFFERED",
    });
  });

  it.each([
    [{ programId: "p1", channel: "VIDEO", outcome: "SPOKE" }, "Say whether the program called or emailed."],
    [{ programId: "p1", channel: "PHONE", outcome: "DECLINED" }, "Say whether they reached out or offered an interview."],
    [{ programId: "", channel: "PHONE", outcome: "SPOKE" }, "Missing id."],
  ])("refuses %o", (input, message) => {
    const parsed = programReachedOutInput.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(message);
  });
});

describe("programSearchInput", () => {
  it("trims the words; blank means no search; long input is refused", () => {
    expect(programSearchInput.parse({ q: "  harbor view " })).toEqual({ q: "harbor view" });
    expect(programSearchInput.parse({ q: "   " })).toEqual({ q: undefined });
    expect(programSearchInput.parse({})).toEqual({ q: undefined });
    expect(programSearchInput.safeParse({ q: "x".repeat(101) }).success).toBe(false);
  });
});
