// The audit log page's query string, the names of its actions and the before/after boiled down to
// the fields that changed.
import { describe, expect, it } from "vitest";
import {
  auditActionLabel,
  auditQueryInput,
  changedFields,
  describeAuditQueryProblems,
  fieldLabel,
  isOverrideAction,
  AUDIT_ACTION_LABELS,
} from "@/lib/domain/audit-query";

const problems = (input: unknown) => {
  const parsed = auditQueryInput.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
};

describe("auditQueryInput", () => {
  it("accepts no filters at all", () => {
    expect(auditQueryInput.parse({})).toEqual({});
  });

  it("treats the empty values a GET form sends as no filter", () => {
    expect(auditQueryInput.parse({ who: "", applicantId: " ", programId: "", action: "", from: "", to: "", page: "" })).toEqual({});
  });

  it("keeps every filter, trimmed, with the page as a number", () => {
    expect(
      auditQueryInput.parse({
        who: " user1 ",
        applicantId: "app1",
        programId: "prog1",
        action: "override.create",
        from: "2026-03-16T09:00",
        to: "2026-03-19T17:30",
        page: "3",
      }),
    ).toEqual({ who: "user1", applicantId: "app1", programId: "prog1", action: "override.create", from: "2026-03-16T09:00", to: "2026-03-19T17:30", page: 3 });
  });

  it("accepts the same minute as from and to, and the last page allowed", () => {
    expect(auditQueryInput.parse({ from: "2026-03-16T09:00", to: "2026-03-16T09:00", page: "10000" })).toMatchObject({ page: 10_000 });
  });

  it.each([
    [{ page: "0" }, "page", "Pages start at 1."],
    [{ page: "-2" }, "page", "Pages start at 1."],
    [{ page: "10001" }, "page", "Pages go up to 10,000."],
    [{ page: "2.5" }, "page", "Enter a whole page number."],
    [{ page: "two" }, "page", "Enter a page number."],
    [{ from: "2026-03-16" }, "from", "Enter a date and time like 2026-03-19T10:00."],
    [{ from: "16/03/2026 09:00" }, "from", "Enter a date and time like 2026-03-19T10:00."],
    [{ to: "2026-02-30T10:00" }, "to", "Enter a date and time like 2026-03-19T10:00."],
    [{ to: "2026-03-16T24:00" }, "to", "Enter a date and time like 2026-03-19T10:00."],
    [{ from: "2026-03-19T10:01", to: "2026-03-19T10:00" }, "to", "Choose a time after “From”."],
    [{ action: "DROP TABLE audit_logs" }, "action", "Pick an action from the list."],
    [{ action: `a.${"b".repeat(70)}` }, "action", "Pick an action from the list."],
    [{ who: "x".repeat(65) }, "who", "Id is too long."],
    [{ applicantId: ["a", "b"] }, "applicantId", expect.any(String)],
  ])("refuses %j with a message for %s", (input, path, message) => {
    expect(problems(input)).toEqual([{ path, message }]);
  });

  it("names the filter in each problem the page shows", () => {
    expect(describeAuditQueryProblems({ from: ["Enter a date and time like 2026-03-19T10:00."], page: ["Pages start at 1."], _: ["Something else."] })).toEqual(
      ["From: Enter a date and time like 2026-03-19T10:00.", "Page: Pages start at 1.", "Something else."],
    );
  });
});

describe("audit action labels", () => {
  it("names known actions in plain English and falls back to the raw action", () => {
    expect(auditActionLabel("override.create")).toBe("Overrode a rule");
    expect(auditActionLabel("target.markApplied")).toBe("Marked an application sent");
    expect(auditActionLabel("something.new")).toBe("something.new");
    expect(auditActionLabel("toString")).toBe("toString");
  });

  it("has a label for every action the server writes", () => {
    for (const action of [
      "contact.log",
      "claim.create",
      "override.used",
      "task.create",
      "narrative.save",
      "connection.create",
      "invitation.create",
      "offer.accept",
      "school.create",
      "school.firstDean",
      "confidential.view",
      "record.export",
      "settings.retention",
      "retention.notice",
      "retention.remove",
    ])
      expect(AUDIT_ACTION_LABELS[action], action).toBeTruthy();
  });

  it("marks override entries", () => {
    expect(isOverrideAction("override.create")).toBe(true);
    expect(isOverrideAction("override.used")).toBe(true);
    expect(isOverrideAction("claim.create")).toBe(false);
  });
});

describe("changedFields", () => {
  it("lists only the fields that changed, ignoring bookkeeping", () => {
    const before = { id: "t1", schoolId: "s1", createdAt: "2026-03-16T14:00:00.000Z", updatedAt: "2026-03-16T14:00:00.000Z", priority: "SELF", rank: 2 };
    const after = { ...before, updatedAt: "2026-03-17T14:00:00.000Z", priority: "FACULTY" };
    expect(changedFields(before, after)).toEqual([{ field: "priority", before: "the applicant alone", after: "a connected advocate also calls" }]);
  });

  it("shows a created record as every field new and a removed one as every field gone", () => {
    expect(changedFields(null, { id: "c1", programId: "p1", note: "", active: true })).toEqual([
      { field: "programId", before: null, after: "p1" },
      { field: "active", before: null, after: "yes" },
    ]);
    expect(changedFields({ id: "c1", rank: 3 }, undefined)).toEqual([{ field: "rank", before: "3", after: null }]);
  });

  it("says stored codes and ids in words: no SCREAMING_SNAKE, no id, typed text as typed", () => {
    const changes = changedFields(
      { status: "OPEN", kind: "FOLLOW_UP", positionType: "C", programId: "cmxcnm7t90001abcdefghijkl", summary: "PENDING REVIEW" },
      { status: "DONE", kind: "URGENT_RESPONSE", positionType: "P", programId: "cmxcnm7t90002abcdefghijkl", summary: "ICU_NOTE from PD" },
    );
    expect(changes).toEqual([
      { field: "status", before: "open", after: "done" },
      { field: "kind", before: "follow-up", after: "urgent response" },
      { field: "positionType", before: "categorical", after: "preliminary" },
      { field: "programId", before: "a record no longer on file", after: "a record no longer on file" },
      { field: "summary", before: "PENDING REVIEW", after: "ICU_NOTE from PD" },
    ]);
    expect(changedFields({ mode: "PROGRAM_INITIATED" }, { mode: "SOME_NEW_CODE" })).toEqual([
      { field: "mode", before: "programs contact the applicant first", after: "some new code" },
    ]);
    expect(fieldLabel("programId")).toBe("Program");
    expect(fieldLabel("programIds")).toBe("Programs");
  });

  it("returns nothing when there is nothing to compare", () => {
    expect(changedFields(null, null)).toEqual([]);
    expect(changedFields({ status: "OPEN" }, { status: "OPEN" })).toEqual([]);
  });

  it("shows times in the school's zone, and ids as names when they are known", () => {
    const names = new Map([
      ["p1", "Mercy Internal Medicine"],
      ["p2", "City Surgery"],
    ]);
    const changes = changedFields(
      { appliedAt: null, order: ["p2", "p1"] },
      { appliedAt: "2026-03-16T15:05:00.000Z", order: ["p1", "p2"] },
      { timeZone: "America/New_York", names },
    );
    expect(changes).toEqual([
      { field: "appliedAt", before: null, after: "Mon, Mar 16, 11:05 AM EDT" },
      { field: "order", before: "City Surgery, Mercy Internal Medicine", after: "Mercy Internal Medicine, City Surgery" },
    ]);
  });

  it("shows text shaped like an instant that names no real one as typed", () => {
    const changes = changedFields({}, { strengths: ["2026-13-01T00:00:00Z", "Reliable"] }, { timeZone: "America/New_York" });
    expect(changes).toEqual([{ field: "strengths", before: null, after: "2026-13-01T00:00:00Z, Reliable" }]);
  });

  it("keeps long and nested values short", () => {
    const [change] = changedFields({}, { summary: "x".repeat(500), nested: { a: 1 } });
    expect(change?.after).toHaveLength(160);
    expect(change?.after?.endsWith("…")).toBe(true);
    expect(changedFields({}, { nested: { a: 1 } })).toEqual([{ field: "nested", before: null, after: "A: 1" }]);
  });

  it("says nested records in words: codes as words, times in the zone, links by name or left out", () => {
    const round = { id: "cmxcvycaf0003dr7dufxquxir", schoolId: "cmxcvyc510000dr7dxy7ust98", seasonId: "cmxcvycaa0002dr7di97jvjy", number: 1 };
    const changes = changedFields(
      { redFlags: [], offerRounds: [{ ...round, offersAt: "2026-03-19T16:00:00.000Z" }] },
      {
        redFlags: [{ kind: "LEAVE_OF_ABSENCE", context: "A semester away" }],
        offerRounds: [{ ...round, offersAt: "2026-03-19T17:00:00.000Z", programId: "p1" }],
      },
      { timeZone: "America/New_York", names: new Map([["p1", "Harbor Internal Medicine"]]) },
    );
    expect(changes).toEqual([
      { field: "redFlags", before: null, after: "Kind: a leave of absence, Context: A semester away" },
      {
        field: "offerRounds",
        before: "Number: 1, Offers at: Thu, Mar 19, 12:00 PM EDT",
        after: "Number: 1, Offers at: Thu, Mar 19, 1:00 PM EDT, Program: Harbor Internal Medicine",
      },
    ]);
    for (const change of changes) expect(`${change.before} ${change.after}`).not.toMatch(/[A-Z]{2,}_[A-Z]|c[a-z0-9]{20,}|[{}"]/);
  });

  it("writes numbers one way", () => {
    expect(changedFields({ openPositions: 2 }, { openPositions: 3061 })).toEqual([{ field: "openPositions", before: "2", after: "3,061" }]);
  });

  it("treats a before/after that is not an object as one value", () => {
    expect(changedFields("OPEN", "DONE")).toEqual([{ field: "value", before: "open", after: "done" }]);
  });

  it("labels fields for people", () => {
    expect(fieldLabel("appliedAt")).toBe("Applied at");
    expect(fieldLabel("step2Score")).toBe("Step2 score");
    expect(fieldLabel("email_sent")).toBe("Email sent");
  });
});
